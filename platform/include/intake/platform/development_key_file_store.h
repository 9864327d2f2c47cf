#pragma once

#include "intake/platform/key_store.h"

#include <filesystem>
#include <ostream>

namespace intake::platform {

// Development mode: keys as hex in files (mode 0600) in one folder. Anyone
// who can read the folder can read the vaults, so it warns on every start.
class DevelopmentKeyFileStore final : public KeyStore {
public:
    DevelopmentKeyFileStore(std::filesystem::path folder, std::ostream& warnings);
    Result<VaultKey> load(const std::string& name) override;
    Result<void> store(const std::string& name, const VaultKey& key) override;
    Result<void> remove(const std::string& name) override;

private:
    std::filesystem::path fileFor(const std::string& name) const;
    std::filesystem::path folder_;
};

}  // namespace intake::platform
