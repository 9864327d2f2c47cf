#include "intake/device/sync_plan.h"

#include "intake/device/device_session.h"

namespace intake::device {

namespace {

sync::ReplicationOptions pullOnly() {
    sync::ReplicationOptions options;
    options.push = false;
    return options;
}

sync::ReplicationOptions pushOnly(bool purge) {
    sync::ReplicationOptions options;
    options.pull = false;
    options.purgeAfterPush = purge;
    return options;
}

}  // namespace

VaultLink outreachLink(const DeviceProfile& profile, Vault& outreachVault) {
    return {&outreachVault, DeviceSession::kOutreachVault, profile.outreachDatabase(), {}, true};
}

std::vector<VaultLink> syncPlan(DeviceSession& session, Vault* outreachVault) {
    const auto& profile = session.profile();
    std::vector<VaultLink> links;
    links.push_back({&session.configVault(), DeviceSession::kConfigVault, profile.configDatabase(), pullOnly(), false});
    switch (profile.role) {
    case Role::Kiosk:
        // A kiosk keeps nothing once the central service holds it.
        links.push_back({session.queueVault(), DeviceSession::kQueueVault, profile.queueDatabase(), pushOnly(true), false});
        break;
    case Role::Reception:
        links.push_back({session.queueVault(), DeviceSession::kQueueVault, profile.queueDatabase(), {}, true});
        break;
    case Role::Counselling:
        links.push_back({session.counsellingVault(), DeviceSession::kCounsellingVault, profile.counsellingInbox(),
                         pushOnly(true), true});
        links.push_back({session.slotVault(), DeviceSession::kSlotVault, profile.slotDatabase(), pullOnly(), false});
        break;
    case Role::Outreach:
        if (outreachVault)
            links.push_back(outreachLink(profile, *outreachVault));
        break;
    }
    return links;
}

}  // namespace intake::device
