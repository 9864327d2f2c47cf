#pragma once

// The written conflict policy of each record type, applied by the replicator
// right after each pull. Qt-free.
//
// A conflict is a document with more than one live leaf revision (two devices
// edited it offline). Each rule picks one leaf to keep and tombstones every
// other live leaf; bed nights also get a new revision on the kept leaf that
// records the displaced allocations. Revision ids are deterministic, so two
// devices that settle the same conflict write identical revisions and
// converge without a new conflict.
//
//   type                          rule                 keeps
//   visit, application, referral, "status_forward"     the highest statusRank;
//   concern_report (any type                           equal ranks: CouchDB order
//   statusRank knows)
//   booking_request               "booking_decision"   the same ranks: cancelled >
//                                                      confirmed | declined > requested
//   bed_night                     "earliest_allocation" the earliest given_at (as an
//                                                      instant; tie: CouchDB order), plus
//                                                      `displaced` for the others
//   config, slot                  "server_wins"        the remote's leaf first in CouchDB
//                                                      order; none from the remote: the winner
//   contact, audit, unknown types, "none"              nothing: a person chooses
//   mixed types, unreadable bodies                     (keepRevision in needs_attention.h)

#include "intake/core/result.h"
#include "intake/core/vault.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace intake::sync {

struct ConflictResolution {
    std::string rule;                        // "status_forward", "earliest_allocation", "booking_decision", "server_wins", "none"
    std::string keepRev;                     // empty when rule == "none"
    std::optional<nlohmann::json> newBody;   // a new revision on keepRev with this body
    std::vector<std::string> tombstoneRevs;  // every other live leaf, in CouchDB order
    // Why no rule applied (rule == "none"), a code and never record contents:
    // "no_conflict" (fewer than two leaves), "no_rule" (the type has no
    // automatic rule), "types_differ", "unreadable" (no type, a body that does
    // not read as its record, a missing body, a bad given_at or displaced
    // list), "unknown_status" (a status the type's order does not know).
    std::string detail;
};

// Pure: `leaves` are the live leaves, winner first (CouchDB order), with
// bodies. `remoteLeafRevs`: the leaf revisions the remote side has for this
// document (used by "server_wins" only).
ConflictResolution decideConflict(const std::vector<Document>& leaves, const std::set<std::string>& remoteLeafRevs);

struct ResolveSummary {
    std::size_t resolved = 0;       // a rule applied and was written
    std::size_t leftForPerson = 0;  // no rule: listed by needsAttention
};

// Loads each document's live leaves (Vault::revisionTree + Vault::get(id,
// rev)), decides and applies each resolution in one Vault::putAll (all or
// nothing per document). Documents no longer in conflict (or gone) are
// skipped. `remoteLeafRevs` maps an id to the leaves the remote has; a
// missing id means none. A local write racing with this one (Conflict) is
// retried from a fresh read, a few times.
Result<ResolveSummary> resolveConflicts(Vault& vault, const std::vector<std::string>& ids,
                                        const std::map<std::string, std::set<std::string>>& remoteLeafRevs);

// The live leaves of a document with their bodies, winner first (CouchDB
// order). A leaf whose body is gone is returned with a null body (it reads as
// unreadable). A document that does not exist gives an empty list.
Result<std::vector<Document>> liveLeaves(Vault& vault, const std::string& id);

// Writes a resolution: a new revision on keepRev when newBody is set, and a
// tombstone on every tombstoneRevs entry, in one Vault::putAll. Nothing to
// write for rule "none".
Result<void> applyResolution(Vault& vault, const std::string& id, const ConflictResolution& resolution);

}  // namespace intake::sync
