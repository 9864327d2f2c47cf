#pragma once

// Which vault of a device syncs with which central database, and how: the
// one place intake-app and `intake sync` learn it from.
//   every role   config vault      <- config              (pull only)
//   kiosk        welcome-house     -> queue-<site>        (push only, purged once held)
//   reception    welcome-house     <-> queue-<site>
//   counselling  family-counselling -> counselling-inbox-<device> (push only, purged)
//                counselling-slots <- counselling-slots   (pull only)
//   outreach     outreach          <-> outreach-<team>    (after the staff PIN)

#include "intake/device/device_profile.h"

#include "intake/core/vault.h"
#include "intake/sync/replicator.h"

#include <string>
#include <vector>

namespace intake::device {

class DeviceSession;

struct VaultLink {
    Vault* vault = nullptr;
    std::string vaultName;  // DeviceSession::k*Vault
    std::string database;   // on the central server
    sync::ReplicationOptions options;
    bool countsForAttention = true;  // what needs a person is read from this vault
};

// The links of the vaults `session` has open, plus the outreach vault when
// given (it opens only after the staff PIN).
std::vector<VaultLink> syncPlan(DeviceSession& session, Vault* outreachVault = nullptr);
// The outreach vault's link alone.
VaultLink outreachLink(const DeviceProfile& profile, Vault& outreachVault);

}  // namespace intake::device
