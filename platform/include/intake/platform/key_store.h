#pragma once

#include "intake/core/result.h"
#include "intake/core/vault_key.h"

#include <string>

namespace intake::platform {

// Where vault keys and other secrets (sync credentials) live between runs.
// One implementation per platform. Keys and secrets are separate namespaces:
// a key and a secret may share a name.
class KeyStore {
public:
    virtual ~KeyStore() = default;
    // KeyStoreError::KeyMissing if nothing is stored under `name`.
    virtual Result<VaultKey> load(const std::string& name) = 0;
    virtual Result<void> store(const std::string& name, const VaultKey& key) = 0;
    virtual Result<void> remove(const std::string& name) = 0;

    // Arbitrary secret bytes (e.g. sync credentials as JSON). The caller
    // should wipe() what it loaded once it is done with it.
    // KeyStoreError::KeyMissing if nothing is stored under `name`.
    virtual Result<std::string> loadSecret(const std::string& name) = 0;
    // Replaces whatever secret is stored under `name`.
    virtual Result<void> storeSecret(const std::string& name, const std::string& secret) = 0;
    // KeyStoreError::KeyMissing if nothing is stored under `name`.
    virtual Result<void> removeSecret(const std::string& name) = 0;
};

// A stored key, or a new random one stored first (first start of a device).
Result<VaultKey> loadOrCreate(KeyStore& store, const std::string& name);

// Key names are used as file and credential names: [A-Za-z0-9._-], 1..64.
bool isValidKeyName(const std::string& name);

}  // namespace intake::platform
