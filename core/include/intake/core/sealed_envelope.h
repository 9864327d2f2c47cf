#pragma once

// Sealed envelopes: data encrypted on a device to a recipient's X25519
// public key, which only the holder of the private key can read back. The
// device that seals keeps no way to open what it sealed (ECIES: a fresh
// ephemeral key pair per envelope, whose private half is dropped at once).
// Used for the sensitive part of family-counselling applications
// (counselling.h), sealed to the counselling unit's key from config.
//
// Construction, version 1 ("X25519-HKDF-SHA256-AES256GCM"), all through
// OpenSSL 3 (no hand-written cryptography):
//   1. e, E = a new X25519 key pair (EVP_PKEY_X25519, random from OpenSSL).
//   2. Z = X25519(e, R), R the recipient's public key (32 bytes). OpenSSL
//      refuses an all-zero Z (a small-order R or E).
//   3. K = HKDF-SHA256 (RFC 5869, EVP_KDF "HKDF", extract and expand)
//        IKM  = Z
//        salt = E || R                  (64 bytes: binds both public keys)
//        info = "intake sealed envelope v1 X25519-HKDF-SHA256-AES256GCM"
//        L    = 32
//   4. N = 12 random bytes (RAND_bytes); ct, tag = AES-256-GCM(K, N, AD, plaintext),
//      with a 16-byte tag and the associated data
//        AD = "intake.sealed" 0x00 || field(version) || field(alg) || field(kid)
//             || field(record type) || field(record id)
//      where field(x) = 4-byte big-endian length of x || x, and version is
//      the decimal text "1". The ciphertext therefore only opens for the
//      record id and type it was sealed for: moving an envelope to another
//      record, or changing its version or key id, is detected.
//   5. Z and K are wiped (OPENSSL_cleanse) as soon as they are used; the
//      ephemeral private key is freed (OpenSSL wipes it).
//
// The envelope is a JSON object with exactly these members:
//   {"v": 1,
//    "alg": "X25519-HKDF-SHA256-AES256GCM",
//    "kid": key id of the recipient key (see keyId),
//    "epk": base64 of E (32 bytes),
//    "nonce": base64 of N (12 bytes),
//    "ct": base64 of the ciphertext (as long as the plaintext),
//    "tag": base64 of the GCM tag (16 bytes)}
// Base64 is RFC 4648 with padding and no line breaks (EVP_EncodeBlock);
// opening accepts only that exact (canonical) form.
//
// Errors are SealError values (error.h): seal.bad_key, seal.wrong_key,
// seal.tampered, seal.malformed, seal.unsupported, seal.crypto_failure.
// Their details never hold key material or plaintext.

#include "intake/core/result.h"

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace intake::sealed {

inline constexpr int kVersion = 1;
inline constexpr std::string_view kAlgorithm = "X25519-HKDF-SHA256-AES256GCM";
// HKDF info: the version label.
inline constexpr std::string_view kHkdfInfo = "intake sealed envelope v1 X25519-HKDF-SHA256-AES256GCM";

struct KeyPairPem {
    std::string publicKeyPem;   // SubjectPublicKeyInfo, "-----BEGIN PUBLIC KEY-----"
    std::string privateKeyPem;  // unencrypted PKCS #8, "-----BEGIN PRIVATE KEY-----": keep it secret
};

// A new X25519 key pair as PEM, for the central side's setup and for tests.
Result<KeyPairPem> generateKeyPair();

// The public key (PEM) that goes with a private key (PEM).
Result<std::string> publicKeyOf(const std::string& privateKeyPem);

// The key id ("kid") of an X25519 public key: lower-case hex of the first 16
// bytes of SHA-256 over the raw 32-byte key (32 characters). Names the key
// an envelope was sealed to, so the central side can tell which of its keys
// to use and report seal.wrong_key instead of seal.tampered.
Result<std::string> keyId(const std::string& publicKeyPem);

// Seals `plaintext` to the recipient's public key (PEM), bound to the record
// id and type. Every call gives a different envelope (new ephemeral key and
// nonce), even for the same plaintext.
Result<nlohmann::json> seal(const std::string& recipientPublicKeyPem, std::span<const unsigned char> plaintext,
                            std::string_view recordId, std::string_view recordType);
// The same for a JSON value: seals its compact text (json::dump()).
Result<nlohmann::json> sealJson(const std::string& recipientPublicKeyPem, const nlohmann::json& plaintext,
                                std::string_view recordId, std::string_view recordType);

// Opens an envelope with the recipient's private key (PEM) for the record
// id and type it was sealed for. Any change to the envelope (ciphertext,
// tag, nonce, epk, version, algorithm, key id) or another id or type is
// refused; nothing of the plaintext is returned then.
Result<std::vector<unsigned char>> open(const std::string& recipientPrivateKeyPem, const nlohmann::json& envelope,
                                        std::string_view recordId, std::string_view recordType);
// The same, reading the plaintext as JSON (seal.malformed if it is not).
Result<nlohmann::json> openJson(const std::string& recipientPrivateKeyPem, const nlohmann::json& envelope,
                                std::string_view recordId, std::string_view recordType);

// Checks the form of an envelope without any key: exactly the members
// above, of the right types, version 1 and the known algorithm (else
// seal.unsupported), canonical base64 of the right lengths, a 32-character
// hex key id (else seal.malformed). Says nothing about authenticity.
Result<void> checkShape(const nlohmann::json& envelope);

}  // namespace intake::sealed
