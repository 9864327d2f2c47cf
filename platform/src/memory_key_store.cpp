#include "intake/platform/memory_key_store.h"

namespace intake::platform {

Result<VaultKey> MemoryKeyStore::load(const std::string& name) {
    std::lock_guard lock(mutex_);
    if (!available_)
        return Error(KeyStoreError::Unavailable);
    const auto it = keys_.find(name);
    if (it == keys_.end())
        return Error(KeyStoreError::KeyMissing, name);
    return it->second;
}

Result<void> MemoryKeyStore::store(const std::string& name, const VaultKey& key) {
    std::lock_guard lock(mutex_);
    if (!available_)
        return Error(KeyStoreError::Unavailable);
    keys_.insert_or_assign(name, key);
    return {};
}

Result<void> MemoryKeyStore::remove(const std::string& name) {
    std::lock_guard lock(mutex_);
    if (!available_)
        return Error(KeyStoreError::Unavailable);
    if (keys_.erase(name) == 0)
        return Error(KeyStoreError::KeyMissing, name);
    return {};
}

Result<std::string> MemoryKeyStore::loadSecret(const std::string& name) {
    std::lock_guard lock(mutex_);
    if (!available_)
        return Error(KeyStoreError::Unavailable);
    const auto it = secrets_.find(name);
    if (it == secrets_.end())
        return Error(KeyStoreError::KeyMissing, name);
    return it->second;
}

Result<void> MemoryKeyStore::storeSecret(const std::string& name, const std::string& secret) {
    std::lock_guard lock(mutex_);
    if (!available_)
        return Error(KeyStoreError::Unavailable);
    auto [it, inserted] = secrets_.try_emplace(name);
    if (!inserted)
        wipe(it->second);
    it->second = secret;
    return {};
}

Result<void> MemoryKeyStore::removeSecret(const std::string& name) {
    std::lock_guard lock(mutex_);
    if (!available_)
        return Error(KeyStoreError::Unavailable);
    const auto it = secrets_.find(name);
    if (it == secrets_.end())
        return Error(KeyStoreError::KeyMissing, name);
    wipe(it->second);
    secrets_.erase(it);
    return {};
}

MemoryKeyStore::~MemoryKeyStore() {
    for (auto& [name, secret] : secrets_)
        wipe(secret);
}

void MemoryKeyStore::setAvailable(bool available) {
    std::lock_guard lock(mutex_);
    available_ = available;
}

}  // namespace intake::platform
