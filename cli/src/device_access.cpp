#include "device_access.h"

#include "intake/core/staff_pin.h"
#include "intake/device/enrolment.h"
#include "intake/device/vault_keys.h"
#include "intake/sync/credentials.h"
#include "intake/sync/remote_endpoint.h"
#include "intake/sync/replicator.h"

#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

#include <system_error>

namespace intake::cli {

std::optional<std::string> readSecretLine(Environment& env, const std::string& prompt) {
    std::string line;
    if (env.inputIsTerminal) {
        env.output.err() << prompt << ": " << std::flush;
        termios saved{};
        const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (canHide) {
            termios quiet = saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        const bool got = static_cast<bool>(std::getline(env.input, line));
        if (canHide)
            tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        env.output.err() << "\n";
        if (!got)
            return std::nullopt;
    } else if (!std::getline(env.input, line)) {
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

struct DeviceAccess::OutreachState {
    std::optional<StaffPinRing> ring;
    KeysByName keys;  // wiped by VaultKey's destructor
    std::unique_ptr<Vault> vault;
};

DeviceAccess::DeviceAccess(Environment& env) : env_(env), outreach_(std::make_unique<OutreachState>()) {}

DeviceAccess::~DeviceAccess() = default;

std::filesystem::path DeviceAccess::profilePath() const { return env_.dataDir / device::kProfileFile; }

bool DeviceAccess::enrolled() const {
    std::error_code ec;
    return std::filesystem::exists(profilePath(), ec);
}

Result<device::DeviceProfile> DeviceAccess::profile() {
    if (session_)
        return session_->profile();
    return device::DeviceProfile::load(profilePath());
}

Result<device::DeviceSession*> DeviceAccess::session() {
    if (!session_) {
        auto loaded = profile();
        if (!loaded)
            return loaded.error();
        auto opened = device::DeviceSession::open(std::move(*loaded), env_.dataDir, env_.keys);
        if (!opened)
            return opened.error();
        session_ = std::move(*opened);
    }
    return session_.get();
}

bool DeviceAccess::hasOutreachRing() const {
    std::error_code ec;
    return std::filesystem::exists(env_.dataDir / device::DeviceSession::kOutreachKeyring, ec);
}

std::filesystem::path DeviceAccess::outreachVaultPath() const {
    return env_.dataDir / (std::string(device::DeviceSession::kOutreachVault) + ".vault");
}

Result<Vault*> DeviceAccess::outreachVault() {
    if (outreach_->vault)
        return outreach_->vault.get();
    if (!outreach_->ring) {
        auto ring = StaffPinRing::open(env_.dataDir / device::DeviceSession::kOutreachKeyring);
        if (!ring)
            return ring.error();
        outreach_->ring = std::move(*ring);
    }
    auto& ring = *outreach_->ring;
    if (!ring.isUnlocked()) {
        auto pin = readSecretLine(env_, "Staff PIN of this outreach tablet");
        if (!pin)
            return Error(PinError::TooShort, "no PIN on standard input");
        auto keys = ring.unlock(*pin, env_.clock);
        OPENSSL_cleanse(pin->data(), pin->size());
        if (!keys)
            return keys.error();
        outreach_->keys = std::move(*keys);
    }
    if (!outreach_->keys.contains(device::DeviceSession::kOutreachRingKey))
        return Error(PinError::RingDamaged, "no team key");
    // Settles an interrupted `vault rekey` in the ring, as the app does.
    device::PinRingKeys ringKeys(ring, outreach_->keys);
    auto vault = device::openWithKeyStore(outreachVaultPath(), device::DeviceSession::kOutreachRingKey, ringKeys);
    if (!vault)
        return vault.error();
    outreach_->vault = std::move(*vault);
    return outreach_->vault.get();
}

Result<void> DeviceAccess::rekeyOutreachVault() {
    auto opened = outreachVault();  // unlocks the ring
    if (!opened)
        return opened.error();
    outreach_->vault.reset();  // rekeyWithKeyStore opens it itself
    device::PinRingKeys ringKeys(*outreach_->ring, outreach_->keys);
    return device::rekeyWithKeyStore(outreachVaultPath(), device::DeviceSession::kOutreachRingKey, ringKeys);
}

Result<std::vector<DeviceAccess::NamedVault>> DeviceAccess::vaults(bool withOutreach) {
    auto opened = session();
    if (!opened)
        return opened.error();
    auto& s = **opened;
    std::vector<NamedVault> list{{device::DeviceSession::kConfigVault, &s.configVault()}};
    if (s.queueVault())
        list.push_back({device::DeviceSession::kQueueVault, s.queueVault()});
    if (s.counsellingVault())
        list.push_back({device::DeviceSession::kCounsellingVault, s.counsellingVault()});
    if (s.slotVault())
        list.push_back({device::DeviceSession::kSlotVault, s.slotVault()});
    if (withOutreach && s.profile().role == device::Role::Outreach) {
        auto outreach = outreachVault();
        if (!outreach)
            return outreach.error();
        list.push_back({device::DeviceSession::kOutreachVault, *outreach});
    }
    return list;
}

Result<Vault*> DeviceAccess::vault(const std::string& name) {
    if (name == device::DeviceSession::kOutreachVault) {
        auto p = profile();
        if (!p)
            return p.error();
        if (p->role != device::Role::Outreach)
            return Error(VaultError::NotFound, name);
        return outreachVault();
    }
    auto list = vaults(false);
    if (!list)
        return list.error();
    for (const auto& named : *list) {
        if (named.name == name)
            return named.vault;
    }
    return Error(VaultError::NotFound, name);
}

Result<sync::ClientOptions> DeviceAccess::clientOptions() {
    auto p = profile();
    if (!p)
        return p.error();
    sync::ClientOptions options;
    if (!p->credentials.empty()) {
        auto credentials = sync::loadCredentials(env_.keys, p->credentials);
        if (!credentials)
            return credentials.error();
        options.credentials = std::move(*credentials);
    }
    return options;
}

int DeviceAccess::requireEnrolled() {
    if (enrolled())
        return kExitOk;
    return env_.output.failWith(kExitNotReady, "cli.not_enrolled",
                                "this device is not enrolled (no " + profilePath().string() +
                                    "); run intake enrol --profile FILE");
}

device::DeviceSession* DeviceAccess::sessionForCommand(int& exitCode) {
    if ((exitCode = requireEnrolled()) != kExitOk)
        return nullptr;
    auto opened = session();
    if (!opened) {
        exitCode = env_.output.fail(opened.error(), "opening the device's vaults");
        return nullptr;
    }
    return *opened;
}

Vault* DeviceAccess::outreachForCommand(int& exitCode) {
    auto opened = outreachVault();
    if (!opened) {
        exitCode = env_.output.fail(opened.error(), "unlocking the outreach vault");
        return nullptr;
    }
    return *opened;
}

std::optional<sync::ClientOptions> DeviceAccess::clientForCommand(int& exitCode) {
    auto options = clientOptions();
    if (!options) {
        exitCode = env_.output.fail(options.error(), "reading the central service's credentials");
        return std::nullopt;
    }
    return std::move(*options);
}

Result<DeviceAccess::LocalSyncState> DeviceAccess::localSyncState(const device::VaultLink& link,
                                                                   const sync::ClientOptions* client) {
    LocalSyncState state;
    auto p = profile();
    if (!p)
        return p.error();
    if (p->centralUrl.empty() || !client) {
        if (link.options.push) {
            auto changes = link.vault->changeCount(0);
            if (!changes)
                return changes.error();
            state.waiting = *changes;
        }
        return state;
    }
    auto remote = sync::RemoteEndpoint::parse(p->centralUrl + "/" + link.database);
    if (!remote)
        return remote.error();
    // Made only to read the vault's own checkpoints.
    auto replicator = sync::Replicator::create(*link.vault, *remote, *client, link.options, env_.clock);
    if (!replicator)
        return replicator.error();
    const auto status = (*replicator)->status();
    state.waiting = link.options.push ? status.pendingPush : 0;
    state.lastSync = status.lastSuccess;
    return state;
}

void DeviceAccess::close() {
    outreach_ = std::make_unique<OutreachState>();
    session_.reset();
}

void DeviceAccess::closeSession() { session_.reset(); }

}  // namespace intake::cli
