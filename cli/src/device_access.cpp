#include "device_access.h"

#include "intake/core/staff_pin.h"
#include "intake/device/enrolment.h"
#include "intake/device/vault_keys.h"
#include "intake/sync/credentials.h"

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

namespace {
const std::string kRingKey = device::DeviceSession::kOutreachRingKey;
const std::string kRingPendingKey = device::pendingKeyName(kRingKey);
}  // namespace

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
    const auto found = outreach_->keys.find(kRingKey);
    if (found == outreach_->keys.end())
        return Error(PinError::RingDamaged, "no team key");
    const auto pendingFound = outreach_->keys.find(kRingPendingKey);
    std::optional<VaultKey> pending;
    if (pendingFound != outreach_->keys.end())
        pending = pendingFound->second;
    std::error_code ec;
    if (!std::filesystem::exists(outreachVaultPath(), ec)) {
        auto made = Vault::create({outreachVaultPath(), found->second, std::nullopt});
        if (!made)
            return made.error();
        outreach_->vault = std::move(*made);
        return outreach_->vault.get();
    }
    auto settled = device::openSettlingRekey(outreachVaultPath(), found->second, pending);
    if (!settled)
        return settled.error();
    if (settled->adoptedKey) {
        INTAKE_TRY(ring.addKey(kRingKey, *settled->adoptedKey));
        outreach_->keys.insert_or_assign(kRingKey, *settled->adoptedKey);
    }
    if (pending) {
        INTAKE_TRY(ring.removeKey(kRingPendingKey));
        outreach_->keys.erase(kRingPendingKey);
    }
    outreach_->vault = std::move(settled->vault);
    return outreach_->vault.get();
}

Result<void> DeviceAccess::rekeyOutreachVault() {
    auto vault = outreachVault();
    if (!vault)
        return vault.error();
    auto next = VaultKey::random();
    if (!next)
        return next.error();
    auto& ring = *outreach_->ring;
    INTAKE_TRY(ring.addKey(kRingPendingKey, *next));
    outreach_->keys.insert_or_assign(kRingPendingKey, *next);
    auto changed = outreach_->vault->rekey(*next);
    outreach_->vault.reset();
    if (!changed) {
        // Settled by the next open, whichever key the vault has now.
        auto reopened = outreachVault();
        outreach_->vault.reset();
        if (!reopened)
            return reopened.error();
        return changed.error();
    }
    INTAKE_TRY(ring.addKey(kRingKey, *next));
    outreach_->keys.insert_or_assign(kRingKey, *next);
    INTAKE_TRY(ring.removeKey(kRingPendingKey));
    outreach_->keys.erase(kRingPendingKey);
    return {};
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

void DeviceAccess::close() {
    outreach_ = std::make_unique<OutreachState>();
    session_.reset();
}

void DeviceAccess::closeSession() { session_.reset(); }

}  // namespace intake::cli
