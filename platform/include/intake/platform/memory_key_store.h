#pragma once

#include "intake/platform/key_store.h"

#include <map>
#include <mutex>

namespace intake::platform {

// Keeps keys and secrets in memory only: for tests. `setAvailable(false)` makes every
// call fail as a locked or absent key store would.
class MemoryKeyStore final : public KeyStore {
public:
    Result<VaultKey> load(const std::string& name) override;
    Result<void> store(const std::string& name, const VaultKey& key) override;
    Result<void> remove(const std::string& name) override;
    Result<std::string> loadSecret(const std::string& name) override;
    Result<void> storeSecret(const std::string& name, const std::string& secret) override;
    Result<void> removeSecret(const std::string& name) override;
    void setAvailable(bool available);
    ~MemoryKeyStore() override;

private:
    std::mutex mutex_;
    std::map<std::string, VaultKey> keys_;
    std::map<std::string, std::string> secrets_;
    bool available_ = true;
};

}  // namespace intake::platform
