#pragma once

#include "intake/core/result.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace intake {

// A raw 256-bit vault key. The bytes are wiped when the object goes away.
class VaultKey {
public:
    static constexpr std::size_t kSize = 32;

    // A fresh random key from OpenSSL's CSPRNG.
    static Result<VaultKey> random();
    static std::optional<VaultKey> fromBytes(std::span<const std::uint8_t> bytes);
    // 64 hex digits, as a key file or a systemd credential holds it.
    static std::optional<VaultKey> fromHex(std::string_view hex);

    VaultKey(const VaultKey& other) = default;
    VaultKey& operator=(const VaultKey& other) = default;
    ~VaultKey();

    std::span<const std::uint8_t, kSize> bytes() const { return bytes_; }
    // The hex form; the caller must wipe it (see wipe()).
    std::string hex() const;

    friend bool operator==(const VaultKey& a, const VaultKey& b);

private:
    VaultKey() = default;
    std::array<std::uint8_t, kSize> bytes_{};
};

// Overwrites a string's bytes in a way the compiler cannot drop.
void wipe(std::string& secret);

}  // namespace intake
