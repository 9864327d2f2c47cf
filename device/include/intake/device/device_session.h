#pragma once

// The vaults and core objects of one enrolled device, opened for its role.
// Not a QML type: main() (and the QML tests' TestDevice) build one and hand
// the controllers what they need. Every role has a config vault, pulled from
// the central service's read-only "config" database; until its first pull
// the Gothenburg seed is used.

#include "intake/device/device_profile.h"

#include "intake/core/clock.h"
#include "intake/core/config.h"
#include "intake/core/vault.h"
#include "intake/core/vault_key.h"
#include "intake/platform/key_store.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace intake::device {

// Opens the vault at `path` with `key`, creating it when there is no file.
Result<std::unique_ptr<Vault>> openOrCreateVault(const std::filesystem::path& path, const VaultKey& key);

class DeviceSession {
public:
    // Opens the vaults the role needs that have keys in `keys` (all but the
    // outreach team vault, whose key only the staff PIN unwraps: see
    // OutreachController). Keys are made on first start (loadOrCreate).
    static Result<std::unique_ptr<DeviceSession>> open(DeviceProfile profile, std::filesystem::path dataDir,
                                                       platform::KeyStore& keys);

    const DeviceProfile& profile() const { return profile_; }
    const std::filesystem::path& dataDir() const { return dataDir_; }
    const Config& config() const { return config_; }
    platform::KeyStore& keys() const { return keys_; }

    Vault& configVault() { return *configVault_; }
    // Welcome House roles: the site's queue. Null for other roles.
    Vault* queueVault() { return queueVault_.get(); }
    // Counselling role: the registrations (push-only inbox) and the slots
    // (pulled). Null for other roles.
    Vault* counsellingVault() { return counsellingVault_.get(); }
    Vault* slotVault() { return slotVault_.get(); }

    std::filesystem::path vaultPath(const std::string& name) const;  // <dataDir>/<name>.vault
    // The vaults a role opens with keys from the key store (not the
    // outreach vault: its key is in the staff PIN ring), config first.
    static std::vector<std::string> vaultNames(Role role);
    // The staff PIN ring of an outreach tablet, and the name of the team
    // vault's key inside it.
    static constexpr const char* kOutreachKeyring = "outreach-keyring.json";
    static constexpr const char* kOutreachRingKey = "outreach";
    static constexpr const char* kConfigVault = "config";
    static constexpr const char* kQueueVault = "welcome-house";
    static constexpr const char* kCounsellingVault = "family-counselling";
    static constexpr const char* kSlotVault = "counselling-slots";
    static constexpr const char* kOutreachVault = "outreach";

private:
    DeviceSession(DeviceProfile profile, std::filesystem::path dataDir, platform::KeyStore& keys);

    DeviceProfile profile_;
    std::filesystem::path dataDir_;
    platform::KeyStore& keys_;
    std::unique_ptr<Vault> configVault_;
    std::unique_ptr<Vault> queueVault_;
    std::unique_ptr<Vault> counsellingVault_;
    std::unique_ptr<Vault> slotVault_;
    Config config_;
};

// Config from the config vault's documents, or the seed when it holds none
// (or none that parse: a bad central config never bricks a device).
Config loadConfig(Vault& configVault);

}  // namespace intake::device
