#include "intake/core/vault_key.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>

namespace intake {

Result<VaultKey> VaultKey::random() {
    VaultKey key;
    if (RAND_bytes(key.bytes_.data(), static_cast<int>(key.bytes_.size())) != 1)
        return Error(VaultError::Internal, "RAND_bytes failed");
    return key;
}

std::optional<VaultKey> VaultKey::fromBytes(std::span<const std::uint8_t> bytes) {
    if (bytes.size() != kSize)
        return std::nullopt;
    VaultKey key;
    std::copy(bytes.begin(), bytes.end(), key.bytes_.begin());
    return key;
}

std::optional<VaultKey> VaultKey::fromHex(std::string_view hex) {
    if (hex.size() != 2 * kSize)
        return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    VaultKey key;
    for (std::size_t i = 0; i < kSize; ++i) {
        const int high = nibble(hex[2 * i]);
        const int low = nibble(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        key.bytes_[i] = static_cast<std::uint8_t>(high << 4 | low);
    }
    return key;
}

VaultKey::~VaultKey() {
    OPENSSL_cleanse(bytes_.data(), bytes_.size());
}

std::string VaultKey::hex() const {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(2 * kSize, '0');
    for (std::size_t i = 0; i < kSize; ++i) {
        out[2 * i] = digits[bytes_[i] >> 4];
        out[2 * i + 1] = digits[bytes_[i] & 0xf];
    }
    return out;
}

bool operator==(const VaultKey& a, const VaultKey& b) {
    return CRYPTO_memcmp(a.bytes_.data(), b.bytes_.data(), VaultKey::kSize) == 0;
}

void wipe(std::string& secret) {
    OPENSSL_cleanse(secret.data(), secret.size());
    secret.clear();
}

}  // namespace intake
