#pragma once

#include "intake/core/result.h"
#include "intake/core/vault.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace intake::sync {

// A revision refused by the other side (or by this vault on pull), set aside
// so that the rest of the queue goes on. Kept in _local/intake-sync-rejected.
struct SetAside {
    std::string id;
    std::string rev;
    std::string reason;  // an error name, e.g. "sync.rejected"; never record contents
};

// The replicator's one way into a vault: reading changes and revisions to
// push, inserting pulled revisions, checkpoints, the set-aside list, conflict
// resolution and the kiosk purge. Everything the replication protocol needs
// from the store goes through here, so the protocol code holds no SQL and the
// vault no protocol.
class ReplicationStore {
public:
    explicit ReplicationStore(Vault& vault) : vault_(vault) {}

    // A random id for this vault, made on first use and kept in _local/: the
    // source or target part of every replication id.
    Result<std::string> identity();

    Result<std::vector<intake::Change>> changesSince(std::int64_t seq, std::size_t limit);
    Result<std::int64_t> changeCount(std::int64_t sinceSeq);
    Result<std::int64_t> lastSequence();

    // The revision in CouchDB form for _bulk_docs with new_edits=false: the
    // body with _id, _rev, _revisions (its known ancestry) and _deleted.
    Result<nlohmann::json> revisionForPush(const std::string& id, const std::string& rev);
    // Of `revs`, those this vault lacks.
    Result<std::vector<std::string>> missing(const std::string& id, std::span<const std::string> revs);
    // Revisions as the server sends them (revs=true). A document this vault
    // refuses is reported in `refused` and the rest go in.
    struct InsertSummary {
        std::size_t added = 0;
        std::vector<SetAside> refused;
    };
    Result<InsertSummary> insertPulled(const std::vector<nlohmann::json>& docs);

    // Settles conflicts among `ids` by the per-type policies (conflict_policy.h).
    // `remoteLeafRevs`: the leaves the remote side has, per document.
    Result<std::size_t> resolveConflicts(const std::vector<std::string>& ids,
                                         const std::map<std::string, std::set<std::string>>& remoteLeafRevs);

    Result<std::optional<nlohmann::json>> checkpoint(const std::string& replicationId);
    Result<void> saveCheckpoint(const std::string& replicationId, const nlohmann::json& body);

    Result<std::vector<SetAside>> setAside();
    // Records refusals and forgets earlier ones of documents now accepted.
    Result<void> updateSetAside(const std::vector<SetAside>& refused, const std::vector<std::string>& accepted,
                                const std::string& now);

    // Drops this device's copy of a document the remote holds, unless it was
    // written after change `seq` or it must stay (mustKeep / mayPurge).
    Result<bool> purgeIfSafe(const std::string& id, std::int64_t seq);

private:
    Vault& vault_;
};

}  // namespace intake::sync
