#include "intake/sync/needs_attention.h"

#include "intake/core/records.h"
#include "intake/sync/conflict_policy.h"

#include <algorithm>

namespace intake::sync {

using nlohmann::json;

namespace {

std::string idPrefix(const std::string& id) {
    const auto colon = id.find(':');
    return colon == std::string::npos ? std::string() : id.substr(0, colon);
}

std::string typeFor(const std::string& id, const json& body) {
    if (body.is_object()) {
        const auto type = body.find("type");
        if (type != body.end() && type->is_string())
            return type->get<std::string>();
    }
    return idPrefix(id);
}

Result<void> unresolvedConflicts(Vault& vault, std::vector<AttentionItem>& items) {
    auto ids = vault.conflictedDocuments();
    if (!ids)
        return ids.error();
    for (const auto& id : *ids) {
        auto leaves = liveLeaves(vault, id);
        if (!leaves)
            return leaves.error();
        const auto decision = decideConflict(*leaves, {});
        if (decision.rule != "none" || decision.detail == "no_conflict")
            continue;  // a rule will settle it on the next resolve
        AttentionItem item{id, typeFor(id, leaves->front().body), "unresolved_conflict", {}, decision.detail};
        for (const auto& leaf : *leaves)
            item.revs.push_back(leaf.rev);
        items.push_back(std::move(item));
    }
    return {};
}

Result<void> displacedAllocations(Vault& vault, std::vector<AttentionItem>& items) {
    return vault.forEach({.type = std::string(records::BedNight::kType)}, [&](Document&& doc) -> Result<bool> {
        const auto list = doc.body.find("displaced");
        if (list == doc.body.end() || !list->is_array() || list->empty())
            return true;
        AttentionItem item{doc.id, records::BedNight::kType, "displaced_allocation", {}, "earlier_allocation_kept"};
        for (const auto& entry : *list) {
            if (entry.is_object() && entry.contains("rev") && entry["rev"].is_string())
                item.revs.push_back(entry["rev"].get<std::string>());
        }
        std::sort(item.revs.begin(), item.revs.end());
        items.push_back(std::move(item));
        return true;
    });
}

Result<void> rejectedDocuments(Vault& vault, std::vector<AttentionItem>& items) {
    auto rejected = vault.getLocal(kRejectedDocumentsId);
    if (!rejected) {
        if (rejected.error().is(VaultError::DocumentNotFound))
            return {};
        return rejected.error();
    }
    const auto docs = rejected->body.find("docs");
    if (docs == rejected->body.end() || !docs->is_object())
        return {};
    for (const auto& [id, entry] : docs->items()) {  // an object: already in id order
        if (!entry.is_object())
            continue;
        AttentionItem item{id, {}, "rejected_by_server", {}, "unknown"};
        const auto rev = entry.find("rev");
        if (rev != entry.end() && rev->is_string())
            item.revs.push_back(rev->get<std::string>());
        const auto reason = entry.find("reason");
        if (reason != entry.end() && reason->is_string() && !reason->get<std::string>().empty())
            item.detail = reason->get<std::string>();
        // The type only: the local copy may be gone (purged, deleted).
        auto doc = vault.get(id);
        item.type = doc ? typeFor(id, doc->body) : idPrefix(id);
        items.push_back(std::move(item));
    }
    return {};
}

}  // namespace

Result<std::vector<AttentionItem>> needsAttention(Vault& vault) {
    std::vector<AttentionItem> items;
    INTAKE_TRY(unresolvedConflicts(vault, items));
    INTAKE_TRY(displacedAllocations(vault, items));
    INTAKE_TRY(rejectedDocuments(vault, items));
    return items;
}

Result<void> keepRevision(Vault& vault, const std::string& id, const std::string& rev) {
    auto leaves = liveLeaves(vault, id);
    if (!leaves)
        return leaves.error();
    const auto kept = std::find_if(leaves->begin(), leaves->end(), [&](const Document& leaf) { return leaf.rev == rev; });
    if (kept == leaves->end())
        return Error(VaultError::Conflict, "revision is not a live leaf");
    ConflictResolution resolution;
    resolution.rule = "person";
    resolution.keepRev = rev;
    for (const auto& leaf : *leaves) {
        if (leaf.rev != rev)
            resolution.tombstoneRevs.push_back(leaf.rev);
    }
    return applyResolution(vault, id, resolution);
}

Result<void> settleDisplaced(Vault& vault, const std::string& id) {
    auto doc = vault.get(id);
    if (!doc)
        return doc.error();
    if (!doc->body.is_object() || !doc->body.contains("displaced"))
        return {};
    auto body = doc->body;
    body.erase("displaced");
    auto written = vault.put(PutRequest{id, std::move(body), doc->rev, false});
    if (!written)
        return written.error();
    return {};
}

}  // namespace intake::sync
