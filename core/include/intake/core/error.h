#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace intake {

// Where an error comes from. Codes are only meaningful within their domain.
enum class ErrorDomain : std::uint8_t {
    Vault,   // VaultError
    Sqlite,  // raw SQLite/SQLCipher result code that had no better mapping
    Posix,   // errno
    KeyStore,  // KeyStoreError
    Sync,      // SyncError
    Seal,      // SealError
    Pin,       // PinError
};

// Outcomes of vault operations that a caller must tell apart. The values are
// stable: the UI maps them to translated text and logs carry them as numbers.
enum class VaultError : int {
    NotFound = 1,          // the vault file does not exist
    AlreadyExists = 2,     // create() on a path that already holds a file
    WrongKey = 3,          // the key does not open this vault; nothing was changed
    Damaged = 4,           // the file is corrupt; restore or re-sync it
    Unreadable = 5,        // cannot decrypt, and no key check is there to say why
    Full = 6,              // no space left (disk or configured quota); nothing was lost
    InUse = 7,             // another program holds this vault open
    TooNew = 8,            // written by a newer version of Intake
    ReadOnly = 9,          // the file or its folder cannot be written
    Io = 10,               // the operating system failed a read or write
    DocumentNotFound = 20,
    DocumentDeleted = 21,
    Conflict = 22,         // the revision given is not a current leaf
    InvalidDocument = 23,  // body is not a JSON object or has reserved fields
    InvalidDocumentId = 24,
    InvalidRevision = 25,  // malformed revision id or inconsistent history
    Internal = 30,         // a bug: an invariant did not hold
};

enum class KeyStoreError : int {
    Unavailable = 1,   // the key store cannot be reached (locked, service down)
    KeyMissing = 2,    // no key under that name
    KeyMalformed = 3,  // something is stored, but it is not a 256-bit key
    ReadOnly = 10,     // this key store is provisioned by the administrator (systemd credentials)
    KeyExposed = 11,   // the stored key is readable by other users, so it was not used
};

enum class SyncError : int {
    InvalidUrl = 1,    // not a URL of a database
    InsecureUrl = 2,   // plain http:// to a host other than loopback
    Offline = 3,       // the server cannot be reached (no network, refused, DNS)
    Timeout = 4,       // the server did not answer in time
    ServerBusy = 5,    // HTTP 5xx or 429: the server could not serve the request now
    Unauthorized = 6,  // HTTP 401: the credentials were not accepted
    Forbidden = 7,     // HTTP 403: this account may not do that
    BadResponse = 8,   // not the expected answer (malformed JSON, wrong shape, redirect, too large)
    NotFound = 9,      // HTTP 404: the database does not exist
    Rejected = 10,     // the server refused a document (detail: id and reason)
    TlsFailure = 11,   // the certificate or its pinned key did not check out
    Cancelled = 12,    // stopped on request (a stop token) before it finished
};

// Sealed envelopes (sealed_envelope.h): encryption to a recipient's public key.
enum class SealError : int {
    BadKey = 1,         // the PEM is not a readable X25519 key of the kind needed (public to seal, private to open)
    WrongKey = 2,       // the envelope was sealed to another key (its key id differs)
    Tampered = 3,       // authentication failed: the envelope or the record id/type it is bound to was changed
    Malformed = 4,      // not an envelope: missing or extra members, wrong types, bad base64, wrong lengths
    Unsupported = 5,    // an envelope version or algorithm this build does not know
    NoKey = 6,          // sealing is required but no recipient key is configured
    CryptoFailure = 7,  // OpenSSL failed unexpectedly (out of memory, a broken provider)
};

// The staff PIN ring (staff_pin.h): the PIN that unwraps a tablet's vault keys.
enum class PinError : int {
    WrongPin = 1,        // the PIN is not the ring's; the failure was counted (detail: attempts left)
    LockedOut = 2,       // too many wrong PINs lately: wait (detail: seconds); no PIN was checked
    Erased = 3,          // the limit of wrong PINs was reached and the wrapped keys were destroyed
    TooShort = 4,        // fewer than 6 digits; not counted as a wrong PIN
    NotDigits = 5,       // a character other than 0-9, or longer than 64; not counted
    RingMissing = 6,     // no PIN ring file: the tablet was never enrolled
    RingExists = 7,      // create() over an existing ring file
    RingDamaged = 8,     // the ring file is unreadable, fails its checksum, or a key fails to unwrap under the right PIN
    RingTooNew = 9,      // written by a newer version of Intake
    NotUnlocked = 10,    // addKey/removeKey need the ring unlocked first
    WeakParameters = 11, // KDF parameters below the documented ones (allowed only through the test option)
};

class Error {
public:
    Error(ErrorDomain domain, int code, std::string detail = {});
    Error(VaultError code, std::string detail = {});
    Error(KeyStoreError code, std::string detail = {});
    Error(SyncError code, std::string detail = {});
    Error(SealError code, std::string detail = {});
    Error(PinError code, std::string detail = {});

    ErrorDomain domain() const { return domain_; }
    int code() const { return code_; }
    bool is(VaultError code) const;
    bool is(KeyStoreError code) const;
    bool is(SyncError code) const;
    bool is(SealError code) const;
    bool is(PinError code) const;

    // Retrying the same call later may succeed (busy, full, I/O).
    bool mayBeTransient() const;

    // Short stable name for logs and JSON output, e.g. "vault.wrong_key".
    std::string name() const;
    // One plain-English sentence for a person; the UI translates by code instead.
    std::string message() const;
    // Technical context (SQLite's text, a field name). Never record contents.
    const std::string& detail() const { return detail_; }

private:
    ErrorDomain domain_;
    int code_;
    std::string detail_;
};

}  // namespace intake
