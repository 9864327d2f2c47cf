#include "intake/platform/systemd_credential_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string_view>

namespace intake::platform {

namespace {

// systemd refuses credentials above 1 MiB (CREDENTIAL_SIZE_MAX); so do we.
constexpr off_t kMaxCredentialSize = 1024 * 1024;

std::string octal(mode_t mode) {
    std::string out = "0";
    for (int shift = 6; shift >= 0; shift -= 3)
        out += static_cast<char>('0' + ((mode >> shift) & 7));
    return out;
}

Error readOnly(const std::string& credential) {
    return Error(KeyStoreError::ReadOnly,
                 "credential " + credential +
                     ": systemd credentials are read-only; enrol with systemd-creds encrypt and LoadCredentialEncrypted=");
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

}  // namespace

SystemdCredentialStore::SystemdCredentialStore(std::filesystem::path directory) : directory_(std::move(directory)) {}

SystemdCredentialStore SystemdCredentialStore::fromEnvironment() {
    const char* directory = std::getenv("CREDENTIALS_DIRECTORY");
    return SystemdCredentialStore(directory ? std::filesystem::path(directory) : std::filesystem::path());
}

std::string SystemdCredentialStore::keyCredentialName(const std::string& name) {
    return name + ".key";
}

std::string SystemdCredentialStore::secretCredentialName(const std::string& name) {
    return name + ".secret";
}

Result<std::string> SystemdCredentialStore::readCredential(const std::string& credential) const {
    if (directory_.empty())
        return Error(KeyStoreError::KeyMissing,
                     "credential " + credential +
                         ": $CREDENTIALS_DIRECTORY is not set (the service has no LoadCredential= for it)");
    FileDescriptor fd(::open((directory_ / credential).c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return Error(KeyStoreError::KeyMissing, "credential " + credential + " is not in $CREDENTIALS_DIRECTORY");
        return Error(KeyStoreError::Unavailable,
                     "credential " + credential + " cannot be opened (errno " + std::to_string(error) + ")");
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0)
        return Error(KeyStoreError::Unavailable, "credential " + credential + " cannot be examined");
    if (!S_ISREG(info.st_mode))
        return Error(KeyStoreError::KeyMalformed, "credential " + credential + " is not a regular file");
    if ((info.st_mode & (S_IRWXO | S_IWGRP)) != 0)
        return Error(KeyStoreError::KeyExposed, "credential " + credential + " has mode " +
                                                    octal(info.st_mode & 0777) +
                                                    "; others may read or change it (systemd makes it 0400)");
    if (info.st_size > kMaxCredentialSize)
        return Error(KeyStoreError::KeyMalformed, "credential " + credential + " is larger than 1 MiB");

    // One buffer of the final size (plus one byte to notice growth), so no
    // partial copy of the content is left behind in freed memory.
    std::string content(static_cast<std::size_t>(info.st_size) + 1, '\0');
    std::size_t got = 0;
    while (got < content.size()) {
        const ssize_t n = ::read(fd.get(), content.data() + got, content.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            wipe(content);
            return Error(KeyStoreError::Unavailable, "credential " + credential + " cannot be read");
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    if (got != static_cast<std::size_t>(info.st_size)) {
        wipe(content);
        return Error(KeyStoreError::Unavailable, "credential " + credential + " changed while it was read");
    }
    content.resize(got);  // shrinks in place: no reallocation
    return content;  // moved (C++20 implicit move): the buffer is not copied
}

Result<VaultKey> SystemdCredentialStore::load(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid key name");
    const auto credential = keyCredentialName(name);
    auto content = readCredential(credential);
    if (!content)
        return content.error();
    std::string_view hex = *content;
    if (hex.ends_with('\n'))
        hex.remove_suffix(1);
    if (hex.ends_with('\r'))
        hex.remove_suffix(1);
    auto key = VaultKey::fromHex(hex);
    wipe(*content);
    if (!key)
        return Error(KeyStoreError::KeyMalformed, "credential " + credential + " does not hold 64 hex digits");
    return *key;
}

Result<void> SystemdCredentialStore::store(const std::string& name, const VaultKey&) {
    return readOnly(keyCredentialName(name));
}

Result<void> SystemdCredentialStore::remove(const std::string& name) {
    return readOnly(keyCredentialName(name));
}

Result<std::string> SystemdCredentialStore::loadSecret(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid secret name");
    return readCredential(secretCredentialName(name));
}

Result<void> SystemdCredentialStore::storeSecret(const std::string& name, const std::string&) {
    return readOnly(secretCredentialName(name));
}

Result<void> SystemdCredentialStore::removeSecret(const std::string& name) {
    return readOnly(secretCredentialName(name));
}

}  // namespace intake::platform
