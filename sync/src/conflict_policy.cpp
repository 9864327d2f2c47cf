#include "intake/sync/conflict_policy.h"

#include "intake/core/records.h"
#include "intake/core/validation.h"

#include <algorithm>
#include <chrono>
#include <string_view>

namespace intake::sync {

using nlohmann::json;

namespace {

constexpr int kApplyAttempts = 3;

ConflictResolution noRule(std::string detail) {
    ConflictResolution resolution;
    resolution.rule = "none";
    resolution.detail = std::move(detail);
    return resolution;
}

ConflictResolution keep(std::string rule, const std::vector<Document>& leaves, std::size_t index,
                        std::optional<json> newBody = std::nullopt) {
    ConflictResolution resolution;
    resolution.rule = std::move(rule);
    resolution.keepRev = leaves[index].rev;
    resolution.newBody = std::move(newBody);
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        if (i != index)
            resolution.tombstoneRevs.push_back(leaves[i].rev);
    }
    return resolution;
}

std::optional<std::string> typeOf(const json& body) {
    if (!body.is_object())
        return std::nullopt;
    const auto type = body.find("type");
    if (type == body.end() || !type->is_string())
        return std::nullopt;
    return type->get<std::string>();
}

// The status of a body read as its record (missing fields take their
// defaults, as everywhere else); nullopt when the body does not read.
template <typename Record>
std::optional<std::string> typedStatus(const json& body) {
    auto record = records::fromJson<Record>(body);
    if (!record)
        return std::nullopt;
    return record->status;
}

enum class Readable { Yes, No, Untyped };

// Whether a body reads as the record of `type`; Untyped for types this build
// has no struct for (config, unknown types).
Readable readsAs(const std::string& type, const json& body) {
    auto ok = [](auto result) { return result ? Readable::Yes : Readable::No; };
    if (type == records::Visit::kType) return ok(records::fromJson<records::Visit>(body));
    if (type == records::BookingRequest::kType) return ok(records::fromJson<records::BookingRequest>(body));
    if (type == records::Application::kType) return ok(records::fromJson<records::Application>(body));
    if (type == records::Slot::kType) return ok(records::fromJson<records::Slot>(body));
    if (type == records::Contact::kType) return ok(records::fromJson<records::Contact>(body));
    if (type == records::BedNight::kType) return ok(records::fromJson<records::BedNight>(body));
    if (type == records::Referral::kType) return ok(records::fromJson<records::Referral>(body));
    if (type == records::ConcernReport::kType) return ok(records::fromJson<records::ConcernReport>(body));
    if (type == records::Audit::kType) return ok(records::fromJson<records::Audit>(body));
    return Readable::Untyped;
}

// The status a leaf has for the status-forward rule: the typed record's
// status for known types, the raw `status` string otherwise.
std::optional<std::string> statusOf(const std::string& type, const json& body) {
    if (type == records::Visit::kType) return typedStatus<records::Visit>(body);
    if (type == records::BookingRequest::kType) return typedStatus<records::BookingRequest>(body);
    if (type == records::Application::kType) return typedStatus<records::Application>(body);
    if (type == records::Referral::kType) return typedStatus<records::Referral>(body);
    if (type == records::ConcernReport::kType) return typedStatus<records::ConcernReport>(body);
    const auto status = body.find("status");
    if (status == body.end() || !status->is_string())
        return std::nullopt;
    return status->get<std::string>();
}

bool isStatusType(const std::string& type) {
    return type == records::Visit::kType || type == records::BookingRequest::kType ||
           type == records::Application::kType || type == records::Referral::kType ||
           type == records::ConcernReport::kType;
}

ConflictResolution serverWins(const std::vector<Document>& leaves, const std::set<std::string>& remoteLeafRevs) {
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        if (remoteLeafRevs.contains(leaves[i].rev))
            return keep("server_wins", leaves, i);
    }
    return keep("server_wins", leaves, 0);  // nothing from the remote: the CouchDB winner
}

ConflictResolution statusForward(const std::string& type, const std::vector<Document>& leaves) {
    std::size_t best = 0;
    int bestRank = -1;
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        const auto status = statusOf(type, leaves[i].body);
        if (!status)
            return noRule("unreadable");
        const int rank = records::statusRank(type, *status);
        if (rank < 0)
            return noRule("unknown_status");
        if (rank > bestRank) {  // strictly: equal ranks keep the earlier leaf in CouchDB order
            best = i;
            bestRank = rank;
        }
    }
    return keep(type == records::BookingRequest::kType ? "booking_decision" : "status_forward", leaves, best);
}

// A displaced list is valid when absent/null or an array of objects with a string "rev".
std::optional<std::vector<json>> displacedEntries(const json& body) {
    std::vector<json> entries;
    const auto list = body.find("displaced");
    if (list == body.end() || list->is_null())
        return entries;
    if (!list->is_array())
        return std::nullopt;
    for (const auto& entry : *list) {
        if (!entry.is_object() || !entry.contains("rev") || !entry["rev"].is_string())
            return std::nullopt;
        entries.push_back(entry);
    }
    return entries;
}

ConflictResolution earliestAllocation(const std::vector<Document>& leaves) {
    std::vector<records::BedNight> beds;
    std::size_t best = 0;
    std::optional<std::chrono::sys_seconds> earliest;
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        auto bed = records::fromJson<records::BedNight>(leaves[i].body);
        if (!bed || !displacedEntries(leaves[i].body))
            return noRule("unreadable");
        const auto givenAt = validation::parseDateTime(bed->given_at);
        if (!givenAt)
            return noRule("unreadable");
        if (!earliest || *givenAt < *earliest) {  // a tie keeps the earlier leaf in CouchDB order
            earliest = givenAt;
            best = i;
        }
        beds.push_back(std::move(*bed));
    }

    // The kept body plus every allocation it displaces: the other leaves, and
    // whatever they had displaced themselves. One entry per revision, by rev.
    std::map<std::string, json> displaced;
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        auto earlier = displacedEntries(leaves[i].body);  // checked above
        for (auto& entry : *earlier) {
            auto rev = entry["rev"].get<std::string>();
            displaced.emplace(std::move(rev), std::move(entry));
        }
        if (i == best)
            continue;
        const auto& bed = beds[i];
        json entry = {{"rev", leaves[i].rev},       {"given_at", bed.given_at},   {"given_by", bed.given_by},
                      {"person_code", bed.person_code}, {"gender", bed.gender}, {"filled_by", bed.filled_by}};
        if (bed.alias)
            entry["alias"] = *bed.alias;
        displaced[leaves[i].rev] = std::move(entry);
    }
    json body = leaves[best].body;
    body["displaced"] = json::array();
    for (auto& [rev, entry] : displaced)
        body["displaced"].push_back(std::move(entry));
    return keep("earliest_allocation", leaves, best, std::move(body));
}

}  // namespace

ConflictResolution decideConflict(const std::vector<Document>& leaves, const std::set<std::string>& remoteLeafRevs) {
    if (leaves.size() < 2)
        return noRule("no_conflict");
    const auto type = typeOf(leaves.front().body);
    if (!type)
        return noRule("unreadable");
    for (const auto& leaf : leaves) {
        const auto other = typeOf(leaf.body);
        if (!other)
            return noRule("unreadable");
        if (*other != *type)
            return noRule("types_differ");
    }
    for (const auto& leaf : leaves) {
        if (readsAs(*type, leaf.body) == Readable::No)
            return noRule("unreadable");
    }

    if (*type == records::ConfigDocument::kType || *type == records::Slot::kType)
        return serverWins(leaves, remoteLeafRevs);
    if (*type == records::BedNight::kType)
        return earliestAllocation(leaves);
    if (isStatusType(*type))
        return statusForward(*type, leaves);
    if (*type == records::Contact::kType || *type == records::Audit::kType)
        return noRule("no_rule");
    // A type this build has no rule for: status forward if its status order
    // is known (statusRank), else a person decides.
    for (const auto& leaf : leaves) {
        const auto status = statusOf(*type, leaf.body);
        if (!status || records::statusRank(*type, *status) < 0)
            return noRule("no_rule");
    }
    return statusForward(*type, leaves);
}

Result<std::vector<Document>> liveLeaves(Vault& vault, const std::string& id) {
    std::vector<Document> leaves;
    auto tree = vault.revisionTree(id);
    if (!tree) {
        if (tree.error().is(VaultError::DocumentNotFound))
            return leaves;
        return tree.error();
    }
    for (const auto* node : tree->leavesByPriority()) {
        if (node->deleted)
            break;  // live leaves come first
        auto doc = vault.get(id, node->rev);
        if (doc) {
            leaves.push_back(std::move(*doc));
        } else if (doc.error().is(VaultError::DocumentNotFound)) {
            leaves.push_back(Document{id, node->rev, false, json(), {}});  // body gone: unreadable
        } else {
            return doc.error();
        }
    }
    return leaves;
}

Result<void> applyResolution(Vault& vault, const std::string& id, const ConflictResolution& resolution) {
    if (resolution.keepRev.empty())
        return {};
    std::vector<PutRequest> writes;
    if (resolution.newBody)
        writes.push_back(PutRequest{id, *resolution.newBody, resolution.keepRev, false});
    for (const auto& rev : resolution.tombstoneRevs)
        writes.push_back(PutRequest{id, json::object(), rev, true});
    if (writes.empty())
        return {};
    auto written = vault.putAll(writes);
    if (!written)
        return written.error();
    return {};
}

Result<ResolveSummary> resolveConflicts(Vault& vault, const std::vector<std::string>& ids,
                                        const std::map<std::string, std::set<std::string>>& remoteLeafRevs) {
    static const std::set<std::string> kNone;
    ResolveSummary summary;
    for (const auto& id : ids) {
        const auto remote = remoteLeafRevs.find(id);
        const auto& remoteRevs = remote == remoteLeafRevs.end() ? kNone : remote->second;
        for (int attempt = 1;; ++attempt) {
            auto leaves = liveLeaves(vault, id);
            if (!leaves)
                return leaves.error();
            if (leaves->size() < 2)
                break;  // not (or no longer) in conflict
            const auto resolution = decideConflict(*leaves, remoteRevs);
            if (resolution.rule == "none") {
                ++summary.leftForPerson;
                break;
            }
            auto applied = applyResolution(vault, id, resolution);
            if (applied) {
                ++summary.resolved;
                break;
            }
            // A local edit landed between the read and the write: decide again.
            if (!applied.error().is(VaultError::Conflict) || attempt == kApplyAttempts)
                return applied.error();
        }
    }
    return summary;
}

}  // namespace intake::sync
