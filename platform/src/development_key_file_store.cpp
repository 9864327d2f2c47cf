#include "intake/platform/development_key_file_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <string>

namespace intake::platform {

namespace {

bool writeAll(int fd, const std::string& content) {
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

// fsync on the folder, so a created or renamed entry in it is on disk.
bool syncFolder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

}  // namespace

DevelopmentKeyFileStore::DevelopmentKeyFileStore(std::filesystem::path folder, std::ostream& warnings)
    : folder_(std::move(folder)) {
    warnings << "WARNING: vault keys are kept in plain files in " << folder_.string()
             << " (development mode). Anyone who can read that folder can read the vaults. "
                "Never use this mode on a kiosk or tablet.\n";
}

std::filesystem::path DevelopmentKeyFileStore::fileFor(const std::string& name) const {
    return folder_ / (name + ".key");
}

std::filesystem::path DevelopmentKeyFileStore::secretFileFor(const std::string& name) const {
    return folder_ / (name + ".secret");
}

// Temporary file (0600), fsync, rename over the target, fsync the folder.
Result<void> DevelopmentKeyFileStore::writePrivateFile(const std::filesystem::path& target,
                                                       const std::string& content, const char* what) {
    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    ::chmod(folder_.c_str(), 0700);
    const auto temporary = target.string() + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(KeyStoreError::Unavailable, std::string("cannot create ") + what + " file");
    // An older temporary file may have been left with other permissions.
    const bool ok = ::fchmod(fd, 0600) == 0 && writeAll(fd, content) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || std::rename(temporary.c_str(), target.c_str()) != 0) {
        std::remove(temporary.c_str());
        return Error(KeyStoreError::Unavailable, std::string("cannot write ") + what + " file");
    }
    if (!syncFolder(folder_))
        return Error(KeyStoreError::Unavailable, std::string("cannot sync the folder of the ") + what + " file");
    return {};
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
    std::string hex = key.hex() + "\n";
    auto written = writePrivateFile(fileFor(name), hex, "key");
    wipe(hex);
    return written;
}

Result<void> DevelopmentKeyFileStore::remove(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid key name");
    std::error_code ec;
    if (!std::filesystem::remove(fileFor(name), ec))
        return Error(KeyStoreError::KeyMissing, name);
    syncFolder(folder_);
    return {};
}

Result<std::string> DevelopmentKeyFileStore::loadSecret(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid secret name");
    const int fd = ::open(secretFileFor(name).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return Error(KeyStoreError::KeyMissing, name);
        return Error(KeyStoreError::Unavailable, "cannot open secret file " + name);
    }
    // Read into a buffer of the final size, so no partial copies are left in freed memory.
    struct stat info {};
    std::string secret;
    bool ok = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
    if (ok) {
        secret.resize(static_cast<std::size_t>(info.st_size));
        std::size_t got = 0;
        while (ok && got < secret.size()) {
            const ssize_t n = ::read(fd, secret.data() + got, secret.size() - got);
            if (n < 0 && errno == EINTR)
                continue;
            ok = n > 0;
            if (ok)
                got += static_cast<std::size_t>(n);
        }
    }
    ::close(fd);
    if (!ok) {
        wipe(secret);
        return Error(KeyStoreError::Unavailable, "cannot read secret file " + name);
    }
    return secret;
}

Result<void> DevelopmentKeyFileStore::storeSecret(const std::string& name, const std::string& secret) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::Unavailable, "invalid secret name");
    return writePrivateFile(secretFileFor(name), secret, "secret");
}

Result<void> DevelopmentKeyFileStore::removeSecret(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid secret name");
    std::error_code ec;
    if (!std::filesystem::remove(secretFileFor(name), ec))
        return Error(KeyStoreError::KeyMissing, name);
    syncFolder(folder_);
    return {};
}

}  // namespace intake::platform
