#include "intake/platform/key_store.h"

#include <algorithm>

namespace intake::platform {

Result<VaultKey> loadOrCreate(KeyStore& store, const std::string& name) {
    auto existing = store.load(name);
    if (existing || !existing.error().is(KeyStoreError::KeyMissing))
        return existing;
    auto created = VaultKey::random();
    if (!created)
        return created.error();
    INTAKE_TRY(store.store(name, *created));
    return created;
}

bool isValidKeyName(const std::string& name) {
    if (name.empty() || name.size() > 64 || name.front() == '.')
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
               c == '-';
    });
}

}  // namespace intake::platform
