#include "intake/core/sealed_envelope.h"

#include "intake/core/json_limits.h"

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>

namespace intake::sealed {

namespace {

constexpr std::size_t kKeyBytes = 32;    // X25519 keys and the shared secret
constexpr std::size_t kNonceBytes = 12;  // AES-GCM's standard nonce
constexpr std::size_t kTagBytes = 16;
constexpr std::size_t kAesKeyBytes = 32;
constexpr std::size_t kKeyIdBytes = 16;  // of the SHA-256, as 32 hex characters
// Far more than any record; keeps every length inside OpenSSL's int.
constexpr std::size_t kMaxPlaintext = 64u * 1024 * 1024;

struct PkeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
struct KdfFree {
    void operator()(EVP_KDF* kdf) const { EVP_KDF_free(kdf); }
};
struct KdfCtxFree {
    void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
};
struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

// A fixed-size secret that is wiped when it goes out of scope.
template <std::size_t N>
struct Secret {
    std::array<unsigned char, N> bytes{};
    Secret() = default;
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    ~Secret() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
    unsigned char* data() { return bytes.data(); }
    const unsigned char* data() const { return bytes.data(); }
    static constexpr std::size_t size() { return N; }
};

// OpenSSL leaves reasons on its per-thread error queue; they would only
// confuse a later, unrelated caller, and our errors say what went wrong.
Error failure(SealError code, std::string detail) {
    ERR_clear_error();
    return Error(code, std::move(detail));
}

// Never prompts for a passphrase (the default callback would ask on the
// terminal): an encrypted private key is refused as a bad key.
int noPassphrase(char*, int, int, void*) {
    return -1;
}

std::unique_ptr<BIO, BioFree> readOnlyBio(const std::string& pem) {
    if (pem.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return nullptr;
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
}

Result<Pkey> readPublicKey(const std::string& pem) {
    auto bio = readOnlyBio(pem);
    if (!bio)
        return failure(SealError::BadKey, "the public key cannot be read");
    Pkey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassphrase, nullptr));
    if (!key)
        return failure(SealError::BadKey, "not a PEM public key");
    if (!EVP_PKEY_is_a(key.get(), "X25519"))
        return failure(SealError::BadKey, "the public key is not an X25519 key");
    return key;
}

Result<Pkey> readPrivateKey(const std::string& pem) {
    auto bio = readOnlyBio(pem);
    if (!bio)
        return failure(SealError::BadKey, "the private key cannot be read");
    Pkey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
    if (!key)
        return failure(SealError::BadKey, "not an unencrypted PEM private key");
    if (!EVP_PKEY_is_a(key.get(), "X25519"))
        return failure(SealError::BadKey, "the private key is not an X25519 key");
    return key;
}

Result<std::array<unsigned char, kKeyBytes>> rawPublic(const EVP_PKEY* key) {
    std::array<unsigned char, kKeyBytes> raw{};
    std::size_t length = raw.size();
    if (EVP_PKEY_get_raw_public_key(key, raw.data(), &length) != 1 || length != raw.size())
        return failure(SealError::BadKey, "the key has no 32-byte public part");
    return raw;
}

std::string hex(const unsigned char* data, std::size_t size) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text;
    text.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        text += kDigits[data[i] >> 4];
        text += kDigits[data[i] & 0xf];
    }
    return text;
}

Result<std::string> keyIdOfRaw(const std::array<unsigned char, kKeyBytes>& raw) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(raw.data(), raw.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1 || length != 32)
        return failure(SealError::CryptoFailure, "SHA-256 failed");
    return hex(digest.data(), kKeyIdBytes);
}

std::string toPem(EVP_PKEY* key, bool privatePart) {
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_secmem()));
    if (!bio)
        return {};
    const int written = privatePart
                            ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
                            : PEM_write_bio_PUBKEY(bio.get(), key);
    if (written != 1)
        return {};
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    if (length <= 0 || !data)
        return {};
    return std::string(data, static_cast<std::size_t>(length));  // the secure-heap BIO wipes its copy on free
}

// --- base64 ----------------------------------------------------------------------------

std::string encode(const unsigned char* data, std::size_t size) {
    std::string text(4 * ((size + 2) / 3), '\0');
    if (size == 0)
        return text;
    const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(text.data()), data, static_cast<int>(size));
    text.resize(static_cast<std::size_t>(std::max(written, 0)));
    return text;
}

bool isBase64Digit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

// Strict RFC 4648 with padding: a multiple of 4 characters, '=' only as the
// last one or two, and the canonical encoding of what it decodes to (so no
// two texts mean the same bytes).
std::optional<std::vector<unsigned char>> decode(std::string_view text) {
    if (text.size() % 4 != 0 || text.size() > 2 * kMaxPlaintext)
        return std::nullopt;
    if (text.empty())
        return std::vector<unsigned char>{};
    std::size_t padding = 0;
    if (text.back() == '=')
        padding = text[text.size() - 2] == '=' ? 2 : 1;
    for (std::size_t i = 0; i < text.size() - padding; ++i) {
        if (!isBase64Digit(text[i]))
            return std::nullopt;
    }
    std::vector<unsigned char> bytes(text.size() / 4 * 3);
    const int decoded = EVP_DecodeBlock(bytes.data(), reinterpret_cast<const unsigned char*>(text.data()),
                                        static_cast<int>(text.size()));
    if (decoded < 0 || static_cast<std::size_t>(decoded) != bytes.size())
        return std::nullopt;
    bytes.resize(bytes.size() - padding);  // EVP_DecodeBlock counts the padding as zero bytes
    if (encode(bytes.data(), bytes.size()) != text)
        return std::nullopt;
    return bytes;
}

// --- the envelope's parts ----------------------------------------------------------------

struct Parts {
    std::string kid;
    std::vector<unsigned char> epk;
    std::vector<unsigned char> nonce;
    std::vector<unsigned char> ct;
    std::vector<unsigned char> tag;
};

Result<Parts> parse(const nlohmann::json& envelope) {
    static constexpr std::array<std::string_view, 7> kMembers = {"v", "alg", "kid", "epk", "nonce", "ct", "tag"};
    if (!envelope.is_object())
        return Error(SealError::Malformed, "the envelope is not a JSON object");
    for (const auto& [name, value] : envelope.items()) {
        if (std::find(kMembers.begin(), kMembers.end(), name) == kMembers.end())
            return Error(SealError::Malformed, "unknown envelope member " + name.substr(0, 32));
    }
    for (const auto name : kMembers) {
        if (!envelope.contains(name))
            return Error(SealError::Malformed, "the envelope has no " + std::string(name));
    }
    const auto& version = envelope.at("v");
    if (!version.is_number_integer())
        return Error(SealError::Malformed, "the envelope version is not an integer");
    if (version.get<std::int64_t>() != kVersion)
        return Error(SealError::Unsupported, "envelope version " + std::to_string(version.get<std::int64_t>()));
    const auto& algorithm = envelope.at("alg");
    if (!algorithm.is_string())
        return Error(SealError::Malformed, "the envelope algorithm is not a string");
    if (algorithm.get_ref<const std::string&>() != kAlgorithm)
        return Error(SealError::Unsupported, "unknown envelope algorithm");
    Parts parts;
    const auto& kid = envelope.at("kid");
    if (!kid.is_string() || kid.get_ref<const std::string&>().size() != 2 * kKeyIdBytes ||
        kid.get_ref<const std::string&>().find_first_not_of("0123456789abcdef") != std::string::npos)
        return Error(SealError::Malformed, "the key id is not 32 lower-case hex digits");
    parts.kid = kid.get<std::string>();
    struct Field {
        const char* name;
        std::vector<unsigned char>* into;
        std::size_t size;  // 0: any
    };
    for (const auto& [name, into, size] : {Field{"epk", &parts.epk, kKeyBytes}, Field{"nonce", &parts.nonce, kNonceBytes},
                                           Field{"ct", &parts.ct, 0}, Field{"tag", &parts.tag, kTagBytes}}) {
        const auto& value = envelope.at(name);
        if (!value.is_string())
            return Error(SealError::Malformed, std::string("envelope member ") + name + " is not a string");
        auto bytes = decode(value.get_ref<const std::string&>());
        if (!bytes)
            return Error(SealError::Malformed, std::string("envelope member ") + name + " is not canonical base64");
        if (size != 0 && bytes->size() != size)
            return Error(SealError::Malformed, std::string("envelope member ") + name + " has the wrong length");
        *into = std::move(*bytes);
    }
    return parts;
}

void appendField(std::vector<unsigned char>& out, std::string_view value) {
    const auto length = static_cast<std::uint32_t>(value.size());
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<unsigned char>((length >> shift) & 0xff));
    out.insert(out.end(), value.begin(), value.end());
}

std::vector<unsigned char> associatedData(std::string_view kid, std::string_view recordId, std::string_view recordType) {
    static constexpr std::string_view kLabel = "intake.sealed";
    std::vector<unsigned char> ad(kLabel.begin(), kLabel.end());
    ad.push_back(0);
    appendField(ad, std::to_string(kVersion));
    appendField(ad, kAlgorithm);
    appendField(ad, kid);
    appendField(ad, recordType);
    appendField(ad, recordId);
    return ad;
}

// Z = X25519(own private, peer public). OpenSSL refuses a small-order peer
// key (all-zero result).
bool agree(EVP_PKEY* own, EVP_PKEY* peer, Secret<kKeyBytes>& shared) {
    PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
    std::size_t length = shared.size();
    return ctx && EVP_PKEY_derive_init(ctx.get()) == 1 && EVP_PKEY_derive_set_peer(ctx.get(), peer) == 1 &&
           EVP_PKEY_derive(ctx.get(), shared.data(), &length) == 1 && length == shared.size();
}

// K = HKDF-SHA256(IKM = Z, salt = E || R, info = kHkdfInfo), 32 bytes.
bool deriveKey(const Secret<kKeyBytes>& shared, const std::array<unsigned char, kKeyBytes>& ephemeralPublic,
               const std::array<unsigned char, kKeyBytes>& recipientPublic, Secret<kAesKeyBytes>& key) {
    std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf)
        return false;
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return false;
    std::array<unsigned char, 2 * kKeyBytes> salt{};
    std::copy(ephemeralPublic.begin(), ephemeralPublic.end(), salt.begin());
    std::copy(recipientPublic.begin(), recipientPublic.end(), salt.begin() + kKeyBytes);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char*>(shared.data()), shared.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(), salt.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(kHkdfInfo.data()), kHkdfInfo.size()),
        OSSL_PARAM_construct_end(),
    };
    return EVP_KDF_derive(ctx.get(), key.data(), key.size(), params) == 1;
}

}  // namespace

Result<KeyPairPem> generateKeyPair() {
    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"));
    if (!key)
        return failure(SealError::CryptoFailure, "X25519 key generation failed");
    KeyPairPem pair{toPem(key.get(), false), toPem(key.get(), true)};
    if (pair.publicKeyPem.empty() || pair.privateKeyPem.empty())
        return failure(SealError::CryptoFailure, "writing the key pair as PEM failed");
    return pair;
}

Result<std::string> publicKeyOf(const std::string& privateKeyPem) {
    auto key = readPrivateKey(privateKeyPem);
    if (!key)
        return key.error();
    auto pem = toPem(key->get(), false);
    if (pem.empty())
        return failure(SealError::CryptoFailure, "writing the public key as PEM failed");
    return pem;
}

Result<std::string> keyId(const std::string& publicKeyPem) {
    auto key = readPublicKey(publicKeyPem);
    if (!key)
        return key.error();
    auto raw = rawPublic(key->get());
    if (!raw)
        return raw.error();
    return keyIdOfRaw(*raw);
}

Result<nlohmann::json> seal(const std::string& recipientPublicKeyPem, std::span<const unsigned char> plaintext,
                            std::string_view recordId, std::string_view recordType) {
    if (plaintext.size() > kMaxPlaintext)
        return Error(SealError::Malformed, "the plaintext is too large to seal");
    auto recipient = readPublicKey(recipientPublicKeyPem);
    if (!recipient)
        return recipient.error();
    auto recipientRaw = rawPublic(recipient->get());
    if (!recipientRaw)
        return recipientRaw.error();
    auto kid = keyIdOfRaw(*recipientRaw);
    if (!kid)
        return kid.error();

    // 1-2: a fresh ephemeral key pair and the shared secret.
    Pkey ephemeral(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"));
    if (!ephemeral)
        return failure(SealError::CryptoFailure, "X25519 key generation failed");
    auto ephemeralRaw = rawPublic(ephemeral.get());
    if (!ephemeralRaw)
        return failure(SealError::CryptoFailure, "reading the ephemeral public key failed");
    Secret<kKeyBytes> shared;
    if (!agree(ephemeral.get(), recipient->get(), shared))
        return failure(SealError::BadKey, "no shared secret with this public key (a small-order key?)");
    ephemeral.reset();  // the device keeps nothing that could open the envelope

    // 3: the AES key.
    Secret<kAesKeyBytes> key;
    if (!deriveKey(shared, *ephemeralRaw, *recipientRaw, key))
        return failure(SealError::CryptoFailure, "HKDF failed");

    // 4: AES-256-GCM with a random nonce and the record bound as associated data.
    std::array<unsigned char, kNonceBytes> nonce{};
    if (RAND_bytes(nonce.data(), static_cast<int>(nonce.size())) != 1)
        return failure(SealError::CryptoFailure, "RAND_bytes failed");
    const auto ad = associatedData(*kid, recordId, recordType);
    if (ad.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return Error(SealError::Malformed, "the record id is too long");
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    std::vector<unsigned char> ct(plaintext.size());
    std::array<unsigned char, kTagBytes> tag{};
    int length = 0;
    int total = 0;
    bool ok = ctx && EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.data(), nonce.data(), nullptr) == 1 &&
              EVP_EncryptUpdate(ctx.get(), nullptr, &length, ad.data(), static_cast<int>(ad.size())) == 1;
    if (ok && !plaintext.empty()) {
        ok = EVP_EncryptUpdate(ctx.get(), ct.data(), &length, plaintext.data(), static_cast<int>(plaintext.size())) == 1;
        total = length;
    }
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), ct.data() + total, &length) == 1 &&
         static_cast<std::size_t>(total + length) == ct.size() &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(tag.size()), tag.data()) == 1;
    if (!ok)
        return failure(SealError::CryptoFailure, "AES-256-GCM encryption failed");

    return nlohmann::json{{"v", kVersion},
                          {"alg", kAlgorithm},
                          {"kid", *kid},
                          {"epk", encode(ephemeralRaw->data(), ephemeralRaw->size())},
                          {"nonce", encode(nonce.data(), nonce.size())},
                          {"ct", encode(ct.data(), ct.size())},
                          {"tag", encode(tag.data(), tag.size())}};
}

Result<nlohmann::json> sealJson(const std::string& recipientPublicKeyPem, const nlohmann::json& plaintext,
                                std::string_view recordId, std::string_view recordType) {
    std::string text;
    try {
        text = plaintext.dump();
    } catch (const nlohmann::json::exception&) {
        return Error(SealError::Malformed, "the value to seal has text that is not UTF-8");
    }
    auto envelope = seal(recipientPublicKeyPem,
                         std::span<const unsigned char>(reinterpret_cast<const unsigned char*>(text.data()), text.size()),
                         recordId, recordType);
    OPENSSL_cleanse(text.data(), text.size());
    return envelope;
}

Result<std::vector<unsigned char>> open(const std::string& recipientPrivateKeyPem, const nlohmann::json& envelope,
                                        std::string_view recordId, std::string_view recordType) {
    auto parts = parse(envelope);
    if (!parts)
        return parts.error();
    auto own = readPrivateKey(recipientPrivateKeyPem);
    if (!own)
        return own.error();
    auto ownRaw = rawPublic(own->get());
    if (!ownRaw)
        return ownRaw.error();
    auto ownKid = keyIdOfRaw(*ownRaw);
    if (!ownKid)
        return ownKid.error();
    if (*ownKid != parts->kid)
        return Error(SealError::WrongKey, "sealed to key " + parts->kid + ", this key is " + *ownKid);

    std::array<unsigned char, kKeyBytes> ephemeralRaw{};
    std::copy(parts->epk.begin(), parts->epk.end(), ephemeralRaw.begin());
    Pkey ephemeral(EVP_PKEY_new_raw_public_key_ex(nullptr, "X25519", nullptr, ephemeralRaw.data(), ephemeralRaw.size()));
    if (!ephemeral)
        return failure(SealError::Tampered, "the ephemeral key is not usable");
    Secret<kKeyBytes> shared;
    if (!agree(own->get(), ephemeral.get(), shared))
        return failure(SealError::Tampered, "no shared secret with the ephemeral key");
    Secret<kAesKeyBytes> key;
    if (!deriveKey(shared, ephemeralRaw, *ownRaw, key))
        return failure(SealError::CryptoFailure, "HKDF failed");

    const auto ad = associatedData(parts->kid, recordId, recordType);
    if (ad.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()) || parts->ct.size() > kMaxPlaintext)
        return Error(SealError::Malformed, "the record id or the ciphertext is too long");
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    std::vector<unsigned char> plaintext(parts->ct.size());
    int length = 0;
    int total = 0;
    bool ok = ctx && EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.data(), parts->nonce.data(), nullptr) == 1 &&
              EVP_DecryptUpdate(ctx.get(), nullptr, &length, ad.data(), static_cast<int>(ad.size())) == 1;
    if (ok && !parts->ct.empty()) {
        ok = EVP_DecryptUpdate(ctx.get(), plaintext.data(), &length, parts->ct.data(),
                               static_cast<int>(parts->ct.size())) == 1;
        total = length;
    }
    if (!ok) {
        OPENSSL_cleanse(plaintext.data(), plaintext.size());
        return failure(SealError::CryptoFailure, "AES-256-GCM decryption failed");
    }
    const bool authentic =
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(parts->tag.size()), parts->tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), plaintext.data() + total, &length) == 1 &&
        static_cast<std::size_t>(total + length) == plaintext.size();
    if (!authentic) {
        // Nothing of an unauthenticated plaintext leaves this function.
        OPENSSL_cleanse(plaintext.data(), plaintext.size());
        return failure(SealError::Tampered, "the envelope does not authenticate for this record");
    }
    return plaintext;
}

Result<nlohmann::json> openJson(const std::string& recipientPrivateKeyPem, const nlohmann::json& envelope,
                                std::string_view recordId, std::string_view recordType) {
    auto bytes = open(recipientPrivateKeyPem, envelope, recordId, recordType);
    if (!bytes)
        return bytes.error();
    const bool tooDeep = jsonTextNestedDeeperThan(std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()));
    auto value = tooDeep ? nlohmann::json(nlohmann::json::value_t::discarded)
                         : nlohmann::json::parse(bytes->begin(), bytes->end(), nullptr, false);
    OPENSSL_cleanse(bytes->data(), bytes->size());
    if (value.is_discarded())
        return Error(SealError::Malformed, "the sealed content is not JSON");
    return value;
}

Result<void> checkShape(const nlohmann::json& envelope) {
    auto parts = parse(envelope);
    if (!parts)
        return parts.error();
    return {};
}

}  // namespace intake::sealed
