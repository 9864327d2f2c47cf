#include "intake/core/staff_pin.h"

#include "durable_file.h"

#include <nlohmann/json.hpp>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <span>
#include <vector>

namespace intake {

namespace {

constexpr int kFormatVersion = 1;
constexpr const char* kFormatName = "intake-staff-pin-ring";
constexpr std::string_view kKeyLabel = "intake-keyring-v1/key/";
constexpr std::string_view kCheckLabel = "intake-keyring-v1/pin-check";
constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::size_t kKekSize = 32;
constexpr std::size_t kDerivedSize = 64;  // KEK, then the PIN-check key
constexpr std::size_t kMaxFileSize = 1 << 20;
// What a ring file may ask of scrypt when it is read, so that a damaged or
// hostile file cannot make the tablet allocate gigabytes.
constexpr std::uint64_t kMaxN = std::uint64_t{1} << 20;
constexpr std::uint32_t kMaxR = 32;
constexpr std::uint32_t kMaxP = 16;
constexpr std::uint64_t kMaxScryptMemory = std::uint64_t{256} << 20;

std::atomic<std::uint64_t> kdfRuns{0};

// Bytes that are wiped when they go away.
template <std::size_t N>
struct Secret {
    std::array<unsigned char, N> bytes{};
    Secret() = default;
    Secret(const Secret& other) : bytes(other.bytes) {}
    Secret& operator=(const Secret& other) {
        bytes = other.bytes;
        return *this;
    }
    ~Secret() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
    const unsigned char* kek() const { return bytes.data(); }
    const unsigned char* checkKey() const { return bytes.data() + kKekSize; }
};
using Derived = Secret<kDerivedSize>;

struct WrappedKey {
    std::array<unsigned char, kNonceSize> nonce{};
    std::array<unsigned char, VaultKey::kSize> ciphertext{};
    std::array<unsigned char, kTagSize> tag{};
};

struct RingFile {
    ScryptParameters kdf;
    std::array<unsigned char, kSaltSize> salt{};
    std::optional<std::array<unsigned char, 32>> pinCheck;  // gone once erased
    std::map<std::string, WrappedKey> keys;
    PinPolicy policy;
    int failures = 0;
    std::optional<std::int64_t> lastFailureMs;
    bool erased = false;
    std::optional<std::int64_t> erasedAtMs;
};

Error damaged(std::string detail) { return Error(PinError::RingDamaged, std::move(detail)); }
Error cryptoFailure(const char* what) { return Error(VaultError::Internal, std::string("OpenSSL: ") + what); }

std::int64_t millis(const Clock& clock) { return clock.now().time_since_epoch().count(); }

// --- hex -------------------------------------------------------------------

std::string toHex(std::span<const unsigned char> bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 0xf];
    }
    return out;
}

template <std::size_t N>
bool fromHex(const nlohmann::json& value, std::array<unsigned char, N>& out) {
    if (!value.is_string())
        return false;
    const auto& text = value.get_ref<const std::string&>();
    if (text.size() != 2 * N)
        return false;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < N; ++i) {
        const int high = nibble(text[2 * i]);
        const int low = nibble(text[2 * i + 1]);
        if (high < 0 || low < 0)
            return false;
        out[i] = static_cast<unsigned char>(high << 4 | low);
    }
    return true;
}

// --- checks ----------------------------------------------------------------

bool validKeyName(const std::string& name) {
    if (name.empty() || name.size() > 128)
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
               c == '-' || c == ':';
    });
}

bool isPowerOfTwo(std::uint64_t n) { return n >= 2 && (n & (n - 1)) == 0; }

bool withinCaps(const ScryptParameters& kdf) {
    return isPowerOfTwo(kdf.n) && kdf.n <= kMaxN && kdf.r >= 1 && kdf.r <= kMaxR && kdf.p >= 1 && kdf.p <= kMaxP &&
           128 * std::uint64_t{kdf.r} * kdf.n <= kMaxScryptMemory;
}

bool atLeastDefaults(const ScryptParameters& kdf) {
    const ScryptParameters defaults;
    return kdf.n >= defaults.n && kdf.r >= defaults.r && kdf.p >= defaults.p;
}

bool policyValid(const PinPolicy& policy) {
    return policy.maxFailures >= 1 && policy.maxFailures <= 1000 && policy.freeFailures >= 0 &&
           policy.freeFailures <= policy.maxFailures && policy.firstDelay.count() >= 0 &&
           policy.maxDelay.count() >= policy.firstDelay.count() && policy.maxDelay <= std::chrono::hours(24 * 7);
}

// --- crypto ----------------------------------------------------------------

Result<Derived> derive(std::string_view pin, const std::array<unsigned char, kSaltSize>& salt,
                       const ScryptParameters& kdf) {
    kdfRuns.fetch_add(1, std::memory_order_relaxed);
    std::uint64_t n = kdf.n;
    std::uint32_t r = kdf.r;
    std::uint32_t p = kdf.p;
    // OpenSSL's default limit (32 MiB) is just below what N = 2^15, r = 8 needs.
    std::uint64_t maxMemory = 128 * std::uint64_t{r} * (n + p + 2) + (std::uint64_t{1} << 20);
    EVP_KDF* algorithm = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    if (!algorithm)
        return cryptoFailure("no scrypt");
    EVP_KDF_CTX* context = EVP_KDF_CTX_new(algorithm);
    EVP_KDF_free(algorithm);
    if (!context)
        return cryptoFailure("scrypt context");
    // OpenSSL copies the password into its context and cleanses it on free.
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char*>(pin.data()), pin.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<unsigned char*>(salt.data()), salt.size()),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    Derived out;
    const int ok = EVP_KDF_derive(context, out.bytes.data(), out.bytes.size(), params);
    EVP_KDF_CTX_free(context);
    if (ok != 1)
        return cryptoFailure("scrypt failed (out of memory?)");
    return out;
}

std::array<unsigned char, 32> pinCheckValue(const Derived& derived, const std::array<unsigned char, kSaltSize>& salt) {
    std::string message(kCheckLabel);
    message.append(reinterpret_cast<const char*>(salt.data()), salt.size());
    std::array<unsigned char, 32> mac{};
    unsigned int length = 0;
    HMAC(EVP_sha256(), derived.checkKey(), static_cast<int>(kDerivedSize - kKekSize),
         reinterpret_cast<const unsigned char*>(message.data()), message.size(), mac.data(), &length);
    return mac;
}

bool pinCheckMatches(const Derived& derived, const RingFile& file) {
    if (!file.pinCheck)
        return false;
    const auto expected = pinCheckValue(derived, file.salt);
    return CRYPTO_memcmp(expected.data(), file.pinCheck->data(), expected.size()) == 0;
}

std::string associatedData(const std::string& name) { return std::string(kKeyLabel) + name; }

struct CipherContext {
    EVP_CIPHER_CTX* context = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(context); }
};

Result<WrappedKey> wrap(const Derived& derived, const std::string& name, const VaultKey& key) {
    WrappedKey out;
    if (RAND_bytes(out.nonce.data(), static_cast<int>(out.nonce.size())) != 1)
        return cryptoFailure("RAND_bytes");
    CipherContext cipher;
    const auto aad = associatedData(name);
    int length = 0;
    const auto plain = key.bytes();
    if (!cipher.context || EVP_EncryptInit_ex(cipher.context, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(cipher.context, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(cipher.context, nullptr, nullptr, derived.kek(), out.nonce.data()) != 1 ||
        EVP_EncryptUpdate(cipher.context, nullptr, &length, reinterpret_cast<const unsigned char*>(aad.data()),
                          static_cast<int>(aad.size())) != 1 ||
        EVP_EncryptUpdate(cipher.context, out.ciphertext.data(), &length, plain.data(),
                          static_cast<int>(plain.size())) != 1 ||
        length != static_cast<int>(plain.size()) ||
        EVP_EncryptFinal_ex(cipher.context, out.ciphertext.data() + length, &length) != 1 ||
        EVP_CIPHER_CTX_ctrl(cipher.context, EVP_CTRL_GCM_GET_TAG, kTagSize, out.tag.data()) != 1)
        return cryptoFailure("AES-256-GCM wrap");
    return out;
}

// nullopt: the tag does not check out (wrong KEK, or the wrapped key, its
// nonce, tag or name were changed).
std::optional<VaultKey> unwrap(const Derived& derived, const std::string& name, const WrappedKey& wrapped) {
    CipherContext cipher;
    const auto aad = associatedData(name);
    Secret<VaultKey::kSize> plain;
    auto tag = wrapped.tag;
    int length = 0;
    int finalLength = 0;
    const bool ok =
        cipher.context && EVP_DecryptInit_ex(cipher.context, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(cipher.context, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(cipher.context, nullptr, nullptr, derived.kek(), wrapped.nonce.data()) == 1 &&
        EVP_DecryptUpdate(cipher.context, nullptr, &length, reinterpret_cast<const unsigned char*>(aad.data()),
                          static_cast<int>(aad.size())) == 1 &&
        EVP_DecryptUpdate(cipher.context, plain.bytes.data(), &length, wrapped.ciphertext.data(),
                          static_cast<int>(wrapped.ciphertext.size())) == 1 &&
        length == static_cast<int>(plain.bytes.size()) &&
        EVP_CIPHER_CTX_ctrl(cipher.context, EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(cipher.context, plain.bytes.data() + length, &finalLength) == 1;
    if (!ok)
        return std::nullopt;
    return VaultKey::fromBytes(plain.bytes);
}

std::string sha256Hex(const std::string& text) {
    std::array<unsigned char, 32> digest{};
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest.data(), &length, EVP_sha256(), nullptr);
    return toHex(digest);
}

// --- the file ----------------------------------------------------------------

nlohmann::json toJson(const RingFile& file) {
    nlohmann::json keys = nlohmann::json::object();
    for (const auto& [name, wrapped] : file.keys)
        keys[name] = {{"nonce", toHex(wrapped.nonce)}, {"ciphertext", toHex(wrapped.ciphertext)},
                      {"tag", toHex(wrapped.tag)}};
    nlohmann::json j = {
        {"format", kFormatName},
        {"version", kFormatVersion},
        {"kdf", {{"name", "scrypt"}, {"n", file.kdf.n}, {"r", file.kdf.r}, {"p", file.kdf.p},
                 {"salt", toHex(file.salt)}, {"output_bytes", kDerivedSize}}},
        {"wrap", "aes-256-gcm"},
        {"keys", keys},
        {"policy", {{"max_failures", file.policy.maxFailures}, {"free_failures", file.policy.freeFailures},
                    {"first_delay_s", file.policy.firstDelay.count()}, {"max_delay_s", file.policy.maxDelay.count()}}},
        {"failures", file.failures},
        {"last_failure_ms", file.lastFailureMs ? nlohmann::json(*file.lastFailureMs) : nlohmann::json(nullptr)},
        {"erased", file.erased},
    };
    if (file.pinCheck)
        j["pin_check"] = toHex(*file.pinCheck);
    if (file.erasedAtMs)
        j["erased_at_ms"] = *file.erasedAtMs;
    return j;
}

std::string serialize(const RingFile& file) {
    auto j = toJson(file);
    j["checksum"] = sha256Hex(j.dump());  // over the compact form, keys sorted
    return j.dump(2) + "\n";
}

template <typename T>
bool readInteger(const nlohmann::json& object, const char* name, T& out, T low, T high) {
    const auto it = object.find(name);
    if (it == object.end() || !it->is_number_integer())
        return false;
    if (it->is_number_unsigned()) {
        const auto value = it->get<std::uint64_t>();
        if (value > static_cast<std::uint64_t>(high))
            return false;
        out = static_cast<T>(value);
        return out >= low;
    }
    const auto value = it->get<std::int64_t>();
    if (value < static_cast<std::int64_t>(low) || value > static_cast<std::int64_t>(high))
        return false;
    out = static_cast<T>(value);
    return true;
}

Result<RingFile> parseChecked(const std::string& text) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return damaged("not JSON");
    if (j.value("format", "") != kFormatName)
        return damaged("not a staff PIN ring");
    int version = 0;
    if (!readInteger(j, "version", version, 1, 1 << 20))
        return damaged("version");
    if (version > kFormatVersion)
        return Error(PinError::RingTooNew, "format version " + std::to_string(version));
    const auto checksum = j.find("checksum");
    if (checksum == j.end() || !checksum->is_string())
        return damaged("no checksum");
    const std::string stored = *checksum;
    j.erase("checksum");
    const auto expected = sha256Hex(j.dump());
    if (stored.size() != expected.size() || CRYPTO_memcmp(stored.data(), expected.data(), expected.size()) != 0)
        return damaged("checksum does not match");

    RingFile file;
    const auto kdf = j.find("kdf");
    if (kdf == j.end() || !kdf->is_object() || kdf->value("name", "") != "scrypt" ||
        !readInteger(*kdf, "n", file.kdf.n, std::uint64_t{2}, kMaxN) ||
        !readInteger(*kdf, "r", file.kdf.r, std::uint32_t{1}, kMaxR) ||
        !readInteger(*kdf, "p", file.kdf.p, std::uint32_t{1}, kMaxP) || !withinCaps(file.kdf) ||
        !kdf->contains("salt") || !fromHex((*kdf)["salt"], file.salt) ||
        kdf->value("output_bytes", std::size_t{0}) != kDerivedSize)
        return damaged("kdf parameters");
    if (j.value("wrap", "") != "aes-256-gcm")
        return damaged("wrap algorithm");
    const auto policy = j.find("policy");
    std::int64_t firstDelay = 0, maxDelay = 0;
    if (policy == j.end() || !policy->is_object() ||
        !readInteger(*policy, "max_failures", file.policy.maxFailures, 1, 1000) ||
        !readInteger(*policy, "free_failures", file.policy.freeFailures, 0, 1000) ||
        !readInteger(*policy, "first_delay_s", firstDelay, std::int64_t{0}, std::int64_t{7 * 24 * 3600}) ||
        !readInteger(*policy, "max_delay_s", maxDelay, std::int64_t{0}, std::int64_t{7 * 24 * 3600}))
        return damaged("policy");
    file.policy.firstDelay = std::chrono::seconds(firstDelay);
    file.policy.maxDelay = std::chrono::seconds(maxDelay);
    if (!policyValid(file.policy))
        return damaged("policy");
    if (!readInteger(j, "failures", file.failures, 0, 1 << 20))
        return damaged("failures");
    const auto last = j.find("last_failure_ms");
    if (last == j.end())
        return damaged("last_failure_ms");
    if (!last->is_null()) {
        std::int64_t value = 0;
        if (!readInteger(j, "last_failure_ms", value, std::int64_t{0}, INT64_MAX))
            return damaged("last_failure_ms");
        file.lastFailureMs = value;
    }
    const auto erased = j.find("erased");
    if (erased == j.end() || !erased->is_boolean())
        return damaged("erased");
    file.erased = *erased;
    if (j.contains("erased_at_ms")) {
        std::int64_t value = 0;
        if (!readInteger(j, "erased_at_ms", value, std::int64_t{0}, INT64_MAX))
            return damaged("erased_at_ms");
        file.erasedAtMs = value;
    }
    if (j.contains("pin_check")) {
        std::array<unsigned char, 32> check{};
        if (!fromHex(j["pin_check"], check))
            return damaged("pin_check");
        file.pinCheck = check;
    }
    const auto keys = j.find("keys");
    if (keys == j.end() || !keys->is_object())
        return damaged("keys");
    for (const auto& [name, entry] : keys->items()) {
        WrappedKey wrapped;
        if (!validKeyName(name) || !entry.is_object() || !entry.contains("nonce") || !entry.contains("ciphertext") ||
            !entry.contains("tag") || !fromHex(entry["nonce"], wrapped.nonce) ||
            !fromHex(entry["ciphertext"], wrapped.ciphertext) || !fromHex(entry["tag"], wrapped.tag))
            return damaged("wrapped key " + name);
        file.keys.emplace(name, wrapped);
    }
    if (file.erased ? !file.keys.empty() || file.pinCheck.has_value() : !file.pinCheck.has_value())
        return damaged("inconsistent erase state");
    return file;
}

Result<RingFile> parse(const std::string& text) {
    try {
        return parseChecked(text);
    } catch (const nlohmann::json::exception& e) {  // a member of an unexpected type
        return damaged(e.what());
    }
}

// Overwrites a file's bytes with zeros and syncs them, as far as the file
// system writes in place (ext4 and f2fs data blocks mostly; not copy-on-write
// file systems or what a flash controller remaps).
void overwriteWithZeros(int fd) {
    struct stat info {};
    if (::fstat(fd, &info) != 0 || info.st_size <= 0)
        return;
    const std::vector<char> zeros(static_cast<std::size_t>(info.st_size), 0);
    if (::pwrite(fd, zeros.data(), zeros.size(), 0) == static_cast<ssize_t>(zeros.size()))
        (void)::fsync(fd);
}

void scrub(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return;
    overwriteWithZeros(fd);
    ::close(fd);
    ::unlink(path.c_str());
}

std::filesystem::path temporaryFor(const std::filesystem::path& path) { return path.string() + ".tmp"; }

// Replaces the ring file durably: a temporary file (0600), fsync, rename over
// the old one, fsync of the folder. Then the replaced file's bytes are
// overwritten, so old wrapped keys and counts do not linger in it.
Result<void> save(const std::filesystem::path& path, const RingFile& file) {
    const auto temporary = temporaryFor(path);
    scrub(temporary);  // a leftover of a crash may hold an older version
    std::string text = serialize(file);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        wipe(text);
        return durable::fromErrno(errno, "create PIN ring");
    }
    errno = 0;
    bool done = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    wipe(text);
    done = done && ::fsync(fd) == 0;
    if (!done) {
        const int failure = errno ? errno : EIO;  // a short write sets none
        overwriteWithZeros(fd);
        ::close(fd);
        ::unlink(temporary.c_str());
        return durable::fromErrno(failure, "write PIN ring");
    }
    ::close(fd);
    const int old = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int renameErrno = errno;
        if (old >= 0)
            ::close(old);
        scrub(temporary);
        return durable::fromErrno(renameErrno, "rename PIN ring");
    }
    auto folderSynced = durable::syncFolder(durable::folderOf(path));
    if (old >= 0) {
        // Only once the new file is in place: a crash before this leaves the
        // old version whole, never neither.
        overwriteWithZeros(old);
        ::close(old);
    }
    return folderSynced;
}

Result<RingFile> load(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT)
            return Error(PinError::RingMissing);
        return durable::fromErrno(errno, "open PIN ring");
    }
    std::string text;
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            const int readErrno = errno;
            ::close(fd);
            return durable::fromErrno(readErrno, "read PIN ring");
        }
        if (got == 0)
            break;
        text.append(buffer, static_cast<std::size_t>(got));
        if (text.size() > kMaxFileSize) {
            ::close(fd);
            return damaged("too large");
        }
    }
    ::close(fd);
    OPENSSL_cleanse(buffer, sizeof buffer);
    auto file = parse(text);
    wipe(text);
    return file;
}

Result<std::array<unsigned char, kSaltSize>> randomSalt() {
    std::array<unsigned char, kSaltSize> salt{};
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1)
        return cryptoFailure("RAND_bytes");
    return salt;
}

}  // namespace

// --- PinPolicy -----------------------------------------------------------------

std::chrono::seconds PinPolicy::delayAfter(int failures) const {
    if (failures < freeFailures || failures <= 0)
        return std::chrono::seconds(0);
    auto delay = firstDelay;
    for (int extra = failures - freeFailures; extra > 0 && delay < maxDelay; --extra)
        delay *= 2;
    return std::min(delay, maxDelay);
}

Result<void> checkPinFormat(std::string_view pin) {
    if (pin.size() > StaffPinRing::kMaxPinDigits ||
        !std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return Error(PinError::NotDigits);
    if (pin.size() < StaffPinRing::kMinPinDigits)
        return Error(PinError::TooShort, std::to_string(pin.size()) + " digits");
    return {};
}

// --- StaffPinRing ----------------------------------------------------------------

struct StaffPinRing::State {
    std::filesystem::path path;
    RingFile file;
    std::optional<Derived> unlocked;  // the KEK and check key while unlocked

    // Destroys the wrapped keys: the file is rewritten without them (and
    // without the PIN check), and the replaced file is overwritten.
    Result<void> erase(std::optional<std::int64_t> now) {
        unlocked.reset();
        RingFile next = file;
        next.keys.clear();
        next.pinCheck.reset();
        next.erased = true;
        next.erasedAtMs = now ? now : file.lastFailureMs;
        INTAKE_TRY(save(path, next));
        file = std::move(next);
        return {};
    }

    Result<void> reload() {
        auto loaded = load(path);
        if (!loaded)
            return loaded.error();
        file = std::move(*loaded);
        // The app was killed while it checked the last PIN allowed.
        if (!file.erased && file.failures >= file.policy.maxFailures)
            INTAKE_TRY(erase(std::nullopt));
        return {};
    }

    // The gate every PIN check goes through before any KDF runs. A clock set
    // back before the last failure would stretch the wait until it caught up
    // (days, after a jump): the failure is moved to now instead, so the wait
    // is the policy's delay from here.
    Result<void> admit(const Clock& clock) {
        if (!file.erased && file.lastFailureMs && millis(clock) < *file.lastFailureMs) {
            RingFile moved = file;
            moved.lastFailureMs = millis(clock);
            INTAKE_TRY(save(path, moved));
            file = std::move(moved);
        }
        if (file.erased)
            return Error(PinError::Erased, "after " + std::to_string(file.failures) + " wrong PINs");
        if (const auto wait = retryAfter(clock); wait.count() > 0)
            return Error(PinError::LockedOut,
                         "retry in " + std::to_string((wait.count() + 999) / 1000) + " s");
        return {};
    }

    std::chrono::milliseconds retryAfter(const Clock& clock) const {
        if (file.erased || !file.lastFailureMs)
            return std::chrono::milliseconds(0);
        const auto delay = std::chrono::milliseconds(file.policy.delayAfter(file.failures));
        const auto elapsed = std::max<std::int64_t>(0, millis(clock) - *file.lastFailureMs);
        return std::max(std::chrono::milliseconds(0), delay - std::chrono::milliseconds(elapsed));
    }

    // Records the attempt, runs the KDF, and settles the count. Returns the
    // derived keys when the PIN is right.
    Result<Derived> checkPin(std::string_view pin, const Clock& clock) {
        RingFile pending = file;
        pending.failures += 1;
        pending.lastFailureMs = millis(clock);
        INTAKE_TRY(save(path, pending));  // recorded before anything is known
        file = std::move(pending);

        auto derived = derive(pin, file.salt, file.kdf);
        if (!derived)
            return derived.error();  // the attempt stays counted
        if (!pinCheckMatches(*derived, file)) {
            if (file.failures >= file.policy.maxFailures) {
                INTAKE_TRY(erase(millis(clock)));
                return Error(PinError::Erased, "the limit of " + std::to_string(file.policy.maxFailures) +
                                                   " wrong PINs was reached");
            }
            return Error(PinError::WrongPin, std::to_string(file.policy.maxFailures - file.failures) +
                                                 " attempts left");
        }
        RingFile cleared = file;
        cleared.failures = 0;
        cleared.lastFailureMs.reset();
        INTAKE_TRY(save(path, cleared));
        file = std::move(cleared);
        return derived;
    }

    Result<KeysByName> unwrapAll(const Derived& derived) const {
        KeysByName keys;
        for (const auto& [name, wrapped] : file.keys) {
            auto key = unwrap(derived, name, wrapped);
            if (!key)
                return damaged("wrapped key " + name + " does not unwrap under the right PIN");
            keys.emplace(name, std::move(*key));
        }
        return keys;
    }

    // While unlocked: the file must still be the one the KEK belongs to.
    Result<void> requireUnlocked() {
        if (!unlocked)
            return Error(PinError::NotUnlocked);
        INTAKE_TRY(reload());
        if (file.erased) {
            unlocked.reset();
            return Error(PinError::Erased);
        }
        if (!pinCheckMatches(*unlocked, file)) {
            unlocked.reset();
            return Error(PinError::NotUnlocked, "the ring file changed since it was unlocked");
        }
        return {};
    }
};

StaffPinRing::StaffPinRing(std::unique_ptr<State> state) : state_(std::move(state)) {}
StaffPinRing::StaffPinRing(StaffPinRing&&) noexcept = default;
StaffPinRing& StaffPinRing::operator=(StaffPinRing&&) noexcept = default;
StaffPinRing::~StaffPinRing() = default;

Result<StaffPinRing> StaffPinRing::create(const std::filesystem::path& path, std::string_view pin,
                                          const KeysByName& keys, const PinRingOptions& options) {
    INTAKE_TRY(checkPinFormat(pin));
    if (!withinCaps(options.kdf))
        return Error(PinError::WeakParameters, "scrypt parameters out of range");
    if (!atLeastDefaults(options.kdf) && !options.allowWeakKdfForTests)
        return Error(PinError::WeakParameters, "scrypt parameters below N=2^15, r=8, p=1");
    if (!policyValid(options.policy))
        return Error(VaultError::Internal, "invalid PIN policy");
    for (const auto& [name, key] : keys)
        if (!validKeyName(name))
            return Error(VaultError::Internal, "key names are 1-128 of A-Z a-z 0-9 . _ - :");
    std::error_code ec;
    if (std::filesystem::symlink_status(path, ec).type() != std::filesystem::file_type::not_found)
        return Error(PinError::RingExists);

    auto state = std::make_unique<State>();
    state->path = path;
    state->file.kdf = options.kdf;
    state->file.policy = options.policy;
    auto salt = randomSalt();
    if (!salt)
        return salt.error();
    state->file.salt = *salt;
    auto derived = derive(pin, state->file.salt, state->file.kdf);
    if (!derived)
        return derived.error();
    state->file.pinCheck = pinCheckValue(*derived, state->file.salt);
    for (const auto& [name, key] : keys) {
        auto wrapped = wrap(*derived, name, key);
        if (!wrapped)
            return wrapped.error();
        state->file.keys.emplace(name, *wrapped);
    }
    INTAKE_TRY(save(path, state->file));
    return StaffPinRing(std::move(state));
}

Result<StaffPinRing> StaffPinRing::open(const std::filesystem::path& path) {
    auto state = std::make_unique<State>();
    state->path = path;
    INTAKE_TRY(state->reload());
    return StaffPinRing(std::move(state));
}

Result<KeysByName> StaffPinRing::unlock(std::string_view pin, const Clock& clock) {
    state_->unlocked.reset();
    INTAKE_TRY(state_->reload());
    INTAKE_TRY(state_->admit(clock));
    INTAKE_TRY(checkPinFormat(pin));
    auto derived = state_->checkPin(pin, clock);
    if (!derived)
        return derived.error();
    auto keys = state_->unwrapAll(*derived);
    if (!keys)
        return keys.error();
    state_->unlocked = std::move(*derived);
    return keys;
}

void StaffPinRing::lock() { state_->unlocked.reset(); }

bool StaffPinRing::isUnlocked() const { return state_->unlocked.has_value(); }

Result<void> StaffPinRing::changePin(std::string_view oldPin, std::string_view newPin, const Clock& clock) {
    INTAKE_TRY(checkPinFormat(newPin));
    state_->unlocked.reset();
    INTAKE_TRY(state_->reload());
    INTAKE_TRY(state_->admit(clock));
    INTAKE_TRY(checkPinFormat(oldPin));
    auto oldDerived = state_->checkPin(oldPin, clock);
    if (!oldDerived)
        return oldDerived.error();
    auto keys = state_->unwrapAll(*oldDerived);
    if (!keys)
        return keys.error();

    RingFile next = state_->file;
    auto salt = randomSalt();
    if (!salt)
        return salt.error();
    next.salt = *salt;
    auto derived = derive(newPin, next.salt, next.kdf);
    if (!derived)
        return derived.error();
    next.pinCheck = pinCheckValue(*derived, next.salt);
    next.keys.clear();
    for (const auto& [name, key] : *keys) {
        auto wrapped = wrap(*derived, name, key);
        if (!wrapped)
            return wrapped.error();
        next.keys.emplace(name, *wrapped);
    }
    INTAKE_TRY(save(state_->path, next));
    state_->file = std::move(next);
    state_->unlocked = std::move(*derived);
    return {};
}

Result<void> StaffPinRing::addKey(const std::string& name, const VaultKey& key) {
    if (!validKeyName(name))
        return Error(VaultError::Internal, "key names are 1-128 of A-Z a-z 0-9 . _ - :");
    INTAKE_TRY(state_->requireUnlocked());
    auto wrapped = wrap(*state_->unlocked, name, key);
    if (!wrapped)
        return wrapped.error();
    RingFile next = state_->file;
    next.keys.insert_or_assign(name, *wrapped);
    INTAKE_TRY(save(state_->path, next));
    state_->file = std::move(next);
    return {};
}

Result<void> StaffPinRing::removeKey(const std::string& name) {
    INTAKE_TRY(state_->requireUnlocked());
    RingFile next = state_->file;
    if (next.keys.erase(name) == 0)
        return Error(KeyStoreError::KeyMissing, name);
    INTAKE_TRY(save(state_->path, next));
    state_->file = std::move(next);
    return {};
}

bool StaffPinRing::erased() const { return state_->file.erased; }
int StaffPinRing::failures() const { return state_->file.failures; }

int StaffPinRing::attemptsLeft() const {
    if (state_->file.erased)
        return 0;
    return std::max(0, state_->file.policy.maxFailures - state_->file.failures);
}

std::chrono::milliseconds StaffPinRing::retryAfter(const Clock& clock) const { return state_->retryAfter(clock); }

std::vector<std::string> StaffPinRing::keyNames() const {
    std::vector<std::string> names;
    for (const auto& [name, wrapped] : state_->file.keys)
        names.push_back(name);
    return names;
}

const ScryptParameters& StaffPinRing::kdfParameters() const { return state_->file.kdf; }
const PinPolicy& StaffPinRing::policy() const { return state_->file.policy; }
const std::filesystem::path& StaffPinRing::path() const { return state_->path; }

std::uint64_t StaffPinRing::kdfRunCount() { return kdfRuns.load(std::memory_order_relaxed); }

// --- InactivityLock --------------------------------------------------------------

InactivityLock::InactivityLock(const Clock& clock, std::chrono::milliseconds timeout)
    : clock_(clock), timeout_(timeout), lastActivity_(clock.now()) {}

bool InactivityLock::expired() const {
    // A clock set back by more than a moment (not an NTP nudge) cannot say
    // how long the tablet lay idle: it locks rather than stay open until the
    // clock catches up.
    const auto idle = clock_.now() - lastActivity_;
    return idle >= timeout_ || idle < -kClockSlack;
}

void InactivityLock::touch() {
    if (locked_)
        return;
    if (expired()) {
        locked_ = true;  // activity after the timeout does not bring it back
        return;
    }
    lastActivity_ = std::max(lastActivity_, clock_.now());
}

bool InactivityLock::locked() const { return locked_ || expired(); }

void InactivityLock::lock() { locked_ = true; }

Result<KeysByName> InactivityLock::unlock(StaffPinRing& ring, std::string_view pin) {
    locked_ = true;
    auto keys = ring.unlock(pin, clock_);
    if (!keys)
        return keys.error();
    locked_ = false;
    lastActivity_ = clock_.now();
    return keys;
}

std::chrono::milliseconds InactivityLock::remaining() const {
    if (locked())
        return std::chrono::milliseconds(0);
    return std::chrono::duration_cast<std::chrono::milliseconds>(timeout_ - (clock_.now() - lastActivity_));
}

}  // namespace intake
