#pragma once

// Opening a vault with its key, and changing that key without ever being
// able to lose the vault. A rekey keeps the new key under a second name
// ("<name>.next") from before the vault changes until after the key store
// holds it under the vault's own name, so a crash at any point leaves a key
// that opens the vault: opening settles an interrupted rekey either way.

#include "intake/core/result.h"
#include "intake/core/staff_pin.h"
#include "intake/core/vault.h"
#include "intake/core/vault_key.h"
#include "intake/platform/key_store.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace intake::device {

std::string pendingKeyName(const std::string& name);  // "<name>.next"

// An outreach tablet's team key lives in its staff PIN ring, not in the key
// store. This view of an unlocked ring lets the same open and rekey protocol
// (openWithKeyStore, rekeyWithKeyStore) serve it. `keys` is what unlock()
// returned; it is kept in step with the ring. Secrets are not kept here
// (KeyMissing to read, ReadOnly to write).
class PinRingKeys final : public platform::KeyStore {
public:
    PinRingKeys(StaffPinRing& ring, KeysByName& keys) : ring_(ring), keys_(keys) {}
    Result<VaultKey> load(const std::string& name) override;
    Result<void> store(const std::string& name, const VaultKey& key) override;
    Result<void> remove(const std::string& name) override;
    Result<std::string> loadSecret(const std::string& name) override;
    Result<void> storeSecret(const std::string& name, const std::string& secret) override;
    Result<void> removeSecret(const std::string& name) override;

private:
    StaffPinRing& ring_;
    KeysByName& keys_;
};

// The key store flavour: opens the vault `name` at `path` (creating it and
// its key when there is no file), settling an interrupted rekey in the key
// store. An existing vault whose key is missing is keystore.key_missing; no
// new key is stored over the gap.
Result<std::unique_ptr<Vault>> openWithKeyStore(const std::filesystem::path& path, const std::string& name,
                                                platform::KeyStore& keys);
// Gives the vault a new random key (the protocol above). The vault must
// not be open elsewhere.
Result<void> rekeyWithKeyStore(const std::filesystem::path& path, const std::string& name, platform::KeyStore& keys);

}  // namespace intake::device
