#pragma once

#include "intake/platform/key_store.h"

#include <filesystem>
#include <ostream>

namespace intake::platform {

// Development mode: keys as hex in files (`<name>.key`) and secrets as they
// are (`<name>.secret`), mode 0600, in one folder (mode 0700). Each file is
// written to a temporary file, fsynced, renamed over the old one, and the
// folder fsynced, so a crash leaves the old or the new content, never a torn
// one. Anyone who can read the folder can read the vaults, so it warns on
// every start.
class DevelopmentKeyFileStore final : public KeyStore {
public:
    DevelopmentKeyFileStore(std::filesystem::path folder, std::ostream& warnings);
    Result<VaultKey> load(const std::string& name) override;
    Result<void> store(const std::string& name, const VaultKey& key) override;
    Result<void> remove(const std::string& name) override;
    Result<std::string> loadSecret(const std::string& name) override;
    Result<void> storeSecret(const std::string& name, const std::string& secret) override;
    Result<void> removeSecret(const std::string& name) override;

private:
    std::filesystem::path fileFor(const std::string& name) const;
    std::filesystem::path secretFileFor(const std::string& name) const;
    Result<void> writePrivateFile(const std::filesystem::path& target, const std::string& content,
                                  const char* what);
    std::filesystem::path folder_;
};

}  // namespace intake::platform
