#pragma once

// What sync could not settle on its own, for the UI and the CLI: conflicts
// with no rule, bed nights whose double allocation was displaced, and
// documents the server refused. Items carry ids, revisions and codes, never
// record contents. Qt-free.

#include "intake/core/result.h"
#include "intake/core/vault.h"

#include <string>
#include <vector>

namespace intake::sync {

// The local document where the replicator keeps the documents the server
// refused: {"docs": {"<id>": {"rev": "...", "reason": "<error name>", "at": "<RFC 3339>"}}}.
inline constexpr const char* kRejectedDocumentsId = "_local/intake-sync-rejected";

struct AttentionItem {
    std::string id;
    std::string type;    // the record type (the winner's `type`, else the id's prefix)
    std::string reason;  // "unresolved_conflict" | "displaced_allocation" | "rejected_by_server"
    // unresolved_conflict: the live leaves, winner first; displaced_allocation:
    // the displaced revisions, sorted; rejected_by_server: the refused revision.
    std::vector<std::string> revs;
    // A code, never record contents. unresolved_conflict: why no rule applied
    // (ConflictResolution::detail); displaced_allocation: "earlier_allocation_kept";
    // rejected_by_server: the error name the replicator stored.
    std::string detail;
};

// Conflicts with no rule, bed nights with a non-empty `displaced`, and
// documents the server refused, in that order, each group by id.
Result<std::vector<AttentionItem>> needsAttention(Vault& vault);

// What a person does from the list. keepRevision keeps one live leaf of a
// document and tombstones the others (one putAll); `rev` must be a live leaf
// (else VaultError::Conflict). settleDisplaced marks a bed's displaced
// allocations as handled: a new revision without `displaced` (nothing is
// written when there is none).
Result<void> keepRevision(Vault& vault, const std::string& id, const std::string& rev);
Result<void> settleDisplaced(Vault& vault, const std::string& id);

}  // namespace intake::sync
