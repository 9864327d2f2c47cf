#include "key_check.h"

#include "durable_file.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace intake::keycheck {

namespace {

constexpr std::string_view kLabel = "intake vault key check v1";

std::array<unsigned char, 32> checkValue(const VaultKey& key) {
    std::array<unsigned char, 32> mac{};
    unsigned int length = 0;
    const auto bytes = key.bytes();
    HMAC(EVP_sha256(), bytes.data(), static_cast<int>(bytes.size()),
         reinterpret_cast<const unsigned char*>(kLabel.data()), kLabel.size(), mac.data(), &length);
    return mac;
}

}  // namespace

std::filesystem::path pathFor(const std::filesystem::path& vault) {
    return vault.string() + ".keycheck";
}

Match compare(const std::filesystem::path& vault, const VaultKey& key) {
    std::ifstream in(pathFor(vault), std::ios::binary);
    if (!in)
        return Match::Missing;
    const std::string stored((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto expected = checkValue(key);
    if (stored.size() != expected.size())
        return Match::Missing;  // a torn or foreign file proves nothing
    return CRYPTO_memcmp(stored.data(), expected.data(), expected.size()) == 0 ? Match::Same : Match::Different;
}

Result<void> write(const std::filesystem::path& vault, const VaultKey& key) {
    const auto target = pathFor(vault);
    const auto temporary = target.string() + ".tmp";
    const auto value = checkValue(key);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return durable::fromErrno(errno, "create key check");
    const bool written = ::write(fd, value.data(), value.size()) == static_cast<ssize_t>(value.size());
    const bool synced = written && ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) {
        auto error = durable::fromErrno(errno, "write key check");
        std::remove(temporary.c_str());
        return error;
    }
    if (std::rename(temporary.c_str(), target.c_str()) != 0)
        return durable::fromErrno(errno, "rename key check");
    return durable::syncFolder(durable::folderOf(vault));
}

}  // namespace intake::keycheck
