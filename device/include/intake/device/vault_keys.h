#pragma once

// Opening a vault with its key, and changing that key without ever being
// able to lose the vault. A rekey keeps the new key under a second name
// ("<name>.next") from before the vault changes until after the key store
// holds it under the vault's own name, so a crash at any point leaves a key
// that opens the vault: opening settles an interrupted rekey either way.

#include "intake/core/result.h"
#include "intake/core/vault.h"
#include "intake/core/vault_key.h"
#include "intake/platform/key_store.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace intake::device {

std::string pendingKeyName(const std::string& name);  // "<name>.next"

struct SettledVault {
    std::unique_ptr<Vault> vault;
    // Set when the vault opened with the pending key: the rekey had
    // committed, and the caller must store this key as the vault's key
    // (then drop the pending one). Unset: the current key opened it, and
    // the pending key (if any) is to be dropped.
    std::optional<VaultKey> adoptedKey;
};
// Opens an existing vault with `key`, or, when a rekey was interrupted,
// with whichever of `key` and `pending` the vault now has.
Result<SettledVault> openSettlingRekey(const std::filesystem::path& path, const VaultKey& key,
                                       const std::optional<VaultKey>& pending);

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
