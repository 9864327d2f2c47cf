#include "intake/platform/development_key_file_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <string>

namespace intake::platform {

DevelopmentKeyFileStore::DevelopmentKeyFileStore(std::filesystem::path folder, std::ostream& warnings)
    : folder_(std::move(folder)) {
    warnings << "WARNING: vault keys are kept in plain files in " << folder_.string()
             << " (development mode). Anyone who can read that folder can read the vaults. "
                "Never use this mode on a kiosk or tablet.\n";
}

std::filesystem::path DevelopmentKeyFileStore::fileFor(const std::string& name) const {
    return folder_ / (name + ".key");
}

Result<VaultKey> DevelopmentKeyFileStore::load(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid key name");
    std::ifstream in(fileFor(name));
    if (!in)
        return Error(KeyStoreError::KeyMissing, name);
    std::string hex;
    std::getline(in, hex);
    auto key = VaultKey::fromHex(hex);
    wipe(hex);
    if (!key)
        return Error(KeyStoreError::KeyMalformed, name);
    return *key;
}

Result<void> DevelopmentKeyFileStore::store(const std::string& name, const VaultKey& key) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::Unavailable, "invalid key name");
    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    ::chmod(folder_.c_str(), 0700);
    const auto target = fileFor(name);
    const auto temporary = target.string() + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(KeyStoreError::Unavailable, "cannot create key file");
    std::string hex = key.hex() + "\n";
    const bool ok = ::write(fd, hex.data(), hex.size()) == static_cast<ssize_t>(hex.size()) && ::fsync(fd) == 0;
    wipe(hex);
    ::close(fd);
    if (!ok || std::rename(temporary.c_str(), target.c_str()) != 0) {
        std::remove(temporary.c_str());
        return Error(KeyStoreError::Unavailable, "cannot write key file");
    }
    return {};
}

Result<void> DevelopmentKeyFileStore::remove(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid key name");
    std::error_code ec;
    if (!std::filesystem::remove(fileFor(name), ec))
        return Error(KeyStoreError::KeyMissing, name);
    return {};
}

}  // namespace intake::platform
