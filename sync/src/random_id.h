#pragma once

#include <openssl/rand.h>

#include <array>
#include <stdexcept>
#include <string>

namespace intake::sync {

// `bytes` random bytes from OpenSSL as lowercase hex (replication ids, sessions).
inline std::string randomHex(std::size_t bytes) {
    std::string raw(bytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(raw.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");  // the CSPRNG is broken: nothing is safe
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(bytes * 2);
    for (unsigned char c : raw) {
        hex += digits[c >> 4];
        hex += digits[c & 0xf];
    }
    return hex;
}

}  // namespace intake::sync
