#include "intake/sync/replication_store.h"

#include "intake/core/record_writer.h"
#include "intake/sync/conflict_policy.h"
#include "random_id.h"

#include <algorithm>

namespace intake::sync {

namespace {

using nlohmann::json;

constexpr const char* kIdentityDoc = "_local/intake-replication-identity";
constexpr const char* kSetAsideDoc = "_local/intake-sync-rejected";

std::string checkpointDocId(const std::string& replicationId) { return "_local/" + replicationId; }

Result<std::optional<json>> readLocal(Vault& vault, const std::string& id) {
    auto local = vault.getLocal(id);
    if (!local) {
        if (local.error().is(VaultError::DocumentNotFound))
            return std::optional<json>();
        return local.error();
    }
    return std::optional<json>(std::move(local->body));
}

// "_revisions" {start, ids} newest first into full revision ids.
// Anything but a well-formed history ending at _rev ("<generation>-<hash>" throughout, as
// RevisionId reads them) is the server's fault, BadResponse, not a document this vault refuses:
// refusing the page keeps the pull checkpoint where it was, so a later honest answer still
// brings the revision, where a set-aside entry would skip it for good.
Result<std::vector<std::string>> historyOf(const json& doc) {
    const auto revisions = doc.find("_revisions");
    const auto rev = doc.find("_rev");
    if (rev == doc.end() || !rev->is_string())
        return Error(SyncError::BadResponse, "a pulled revision has no _rev");
    if (!RevisionId::parse(rev->get<std::string>()))
        return Error(SyncError::BadResponse, "a pulled revision has a malformed _rev");
    if (revisions == doc.end())
        return std::vector<std::string>{rev->get<std::string>()};
    const auto start = revisions->find("start");
    const auto ids = revisions->find("ids");
    if (!revisions->is_object() || start == revisions->end() || !start->is_number_integer() ||
        ids == revisions->end() || !ids->is_array() || ids->empty())
        return Error(SyncError::BadResponse, "a pulled revision has malformed _revisions");
    std::vector<std::string> history;
    auto generation = start->get<std::int64_t>();
    for (const auto& hash : *ids) {
        if (!hash.is_string() || generation < 1)
            return Error(SyncError::BadResponse, "a pulled revision has malformed _revisions");
        history.push_back(std::to_string(generation--) + "-" + hash.get<std::string>());
        if (!RevisionId::parse(history.back()))
            return Error(SyncError::BadResponse, "a pulled revision has malformed _revisions");
    }
    if (history.front() != rev->get<std::string>())
        return Error(SyncError::BadResponse, "_revisions does not start at _rev");
    return history;
}

}  // namespace

Result<std::string> ReplicationStore::identity() {
    auto stored = readLocal(vault_, kIdentityDoc);
    if (!stored)
        return stored.error();
    if (*stored && (*stored)->contains("id") && (**stored)["id"].is_string())
        return (**stored)["id"].get<std::string>();
    const auto id = randomHex(16);
    INTAKE_TRY(vault_.putLocal(kIdentityDoc, json{{"id", id}}));
    return id;
}

Result<std::vector<Change>> ReplicationStore::changesSince(std::int64_t seq, std::size_t limit) {
    return vault_.changesSince(seq, limit);
}

Result<std::int64_t> ReplicationStore::changeCount(std::int64_t sinceSeq) { return vault_.changeCount(sinceSeq); }

Result<std::int64_t> ReplicationStore::lastSequence() { return vault_.lastSequence(); }

Result<json> ReplicationStore::revisionForPush(const std::string& id, const std::string& rev) {
    auto tree = vault_.revisionTree(id);
    if (!tree)
        return tree.error();
    auto doc = vault_.get(id, rev);
    if (!doc)
        return doc.error();
    const auto ancestry = tree->ancestry(rev);
    json ids = json::array();
    for (const auto& ancestor : ancestry) {
        const auto parsed = RevisionId::parse(ancestor);
        if (!parsed)
            return Error(VaultError::Damaged, "a stored revision id is malformed");
        ids.push_back(parsed->hash);
    }
    json out = doc->toJson();
    const auto head = RevisionId::parse(rev);
    if (!head)
        return Error(VaultError::Damaged, "a stored revision id is malformed");
    out["_revisions"] = json{{"start", head->generation}, {"ids", std::move(ids)}};
    return out;
}

Result<std::vector<std::string>> ReplicationStore::missing(const std::string& id, std::span<const std::string> revs) {
    return vault_.missingRevisions(id, revs);
}

Result<ReplicationStore::InsertSummary> ReplicationStore::insertPulled(const std::vector<json>& docs) {
    InsertSummary summary;
    std::vector<RevisionInsert> inserts;
    inserts.reserve(docs.size());
    for (const auto& doc : docs) {
        const auto id = doc.find("_id");
        if (!doc.is_object() || id == doc.end() || !id->is_string())
            return Error(SyncError::BadResponse, "a pulled revision has no _id");
        auto history = historyOf(doc);
        if (!history)
            return history.error();
        RevisionInsert insert;
        insert.id = id->get<std::string>();
        insert.history = std::move(*history);
        if (const auto deleted = doc.find("_deleted"); deleted != doc.end()) {
            // (json::value() would throw on another type.)
            if (!deleted->is_boolean())
                return Error(SyncError::BadResponse, "a pulled revision has a non-boolean _deleted");
            insert.deleted = deleted->get<bool>();
        }
        insert.body = json::object();
        for (const auto& [key, value] : doc.items()) {
            // Only the protocol's own fields are dropped: any other "_" field
            // stays, so the vault refuses the document by name (set aside).
            if (key != "_id" && key != "_rev" && key != "_revisions" && key != "_deleted")
                insert.body[key] = value;
        }
        if (insert.deleted)
            insert.body = json::object();
        inserts.push_back(std::move(insert));
    }
    auto outcomes = vault_.insertRevisions(inserts);
    if (!outcomes)
        return outcomes.error();
    for (std::size_t i = 0; i < outcomes->size(); ++i) {
        const auto& outcome = (*outcomes)[i];
        // A history that contradicts the revisions this vault holds (a known revision given
        // another parent or generation) is the server's fault like a malformed one: the page is
        // refused, so the checkpoint stays (the valid revisions that went in are kept).
        if (outcome.error && outcome.error->is(VaultError::InvalidRevision))
            return Error(SyncError::BadResponse, "a pulled revision's history contradicts this vault's");
        if (outcome.error)
            summary.refused.push_back({inserts[i].id, inserts[i].history.front(), outcome.error->name()});
        else if (outcome.added)
            ++summary.added;
    }
    return summary;
}

Result<std::size_t> ReplicationStore::resolveConflicts(const std::vector<std::string>& ids,
                                                       const std::map<std::string, std::set<std::string>>& remoteLeafRevs) {
    if (ids.empty())
        return std::size_t{0};
    auto conflicted = vault_.conflictedDocuments();
    if (!conflicted)
        return conflicted.error();
    std::vector<std::string> wanted(ids);
    std::sort(wanted.begin(), wanted.end());
    std::vector<std::string> both;
    std::set_intersection(wanted.begin(), wanted.end(), conflicted->begin(), conflicted->end(),
                          std::back_inserter(both));
    if (both.empty())
        return std::size_t{0};
    auto summary = sync::resolveConflicts(vault_, both, remoteLeafRevs);
    if (!summary)
        return summary.error();
    return summary->resolved;
}

Result<std::optional<json>> ReplicationStore::checkpoint(const std::string& replicationId) {
    return readLocal(vault_, checkpointDocId(replicationId));
}

Result<void> ReplicationStore::saveCheckpoint(const std::string& replicationId, const json& body) {
    auto saved = vault_.putLocal(checkpointDocId(replicationId), body);
    if (!saved)
        return saved.error();
    return {};
}

Result<std::vector<SetAside>> ReplicationStore::setAside() {
    auto stored = readLocal(vault_, kSetAsideDoc);
    if (!stored)
        return stored.error();
    std::vector<SetAside> list;
    if (!*stored)
        return list;
    const auto docs = (*stored)->find("docs");
    if (docs == (*stored)->end() || !docs->is_object())
        return list;
    for (const auto& [id, entry] : docs->items())
        list.push_back({id, entry.value("rev", std::string()), entry.value("reason", std::string())});
    return list;
}

Result<void> ReplicationStore::updateSetAside(const std::vector<SetAside>& refused,
                                              const std::vector<std::string>& accepted, const std::string& now) {
    if (refused.empty() && accepted.empty())
        return {};
    auto stored = readLocal(vault_, kSetAsideDoc);
    if (!stored)
        return stored.error();
    json body = *stored ? **stored : json::object();
    if (!body.contains("docs") || !body["docs"].is_object())
        body["docs"] = json::object();
    auto& docs = body["docs"];
    bool changed = false;
    for (const auto& id : accepted)
        changed = docs.erase(id) > 0 || changed;
    for (const auto& entry : refused) {
        docs[entry.id] = json{{"rev", entry.rev}, {"reason", entry.reason}, {"at", now}};
        changed = true;
    }
    if (!changed)
        return {};
    auto saved = vault_.putLocal(kSetAsideDoc, body);
    if (!saved)
        return saved.error();
    return {};
}

Result<bool> ReplicationStore::purgeIfSafe(const std::string& id, std::int64_t seq) {
    auto current = vault_.get(id);
    if (current) {
        if (mustKeep(current->body))
            return false;
    } else if (!current.error().is(VaultError::DocumentDeleted)) {
        if (current.error().is(VaultError::DocumentNotFound))
            return false;  // already gone
        return current.error();
    }
    auto purged = vault_.purgeIfUnchanged(id, seq);
    if (!purged) {
        if (purged.error().is(VaultError::DocumentNotFound))
            return false;
        return purged.error();
    }
    return *purged;
}

}  // namespace intake::sync
