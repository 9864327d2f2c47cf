#pragma once

// The staff PIN on outreach and reception tablets (issue #5).
//
// A StaffPinRing is one file, e.g. `<data>/keyring.json`, that holds a
// tablet's vault keys wrapped under a key derived from the staff PIN:
//
//   KDF   scrypt through OpenSSL's EVP_KDF ("SCRYPT"), by default
//         N = 2^15, r = 8, p = 1 (32 MiB), a random 16-byte salt per ring
//         (new at every PIN change), 64 bytes out: the first 32 are the
//         key-encryption key (KEK), the last 32 the PIN-check key.
//         ~0.1 s on the build machine; see docs/architecture.md.
//         The parameters are stored in the file, so a later build can raise
//         them; rings are read with whatever parameters they hold (within
//         sane caps), and created only with at least the defaults unless a
//         test asks for cheap ones through PinRingOptions::allowWeakKdfForTests.
//   Wrap  AES-256-GCM per key: a random 12-byte nonce, the 32-byte key
//         encrypted, a 16-byte tag, and "intake-keyring-v1/key/<name>" as
//         associated data, so a wrapped key cannot be moved to another name.
//   Check HMAC-SHA256(PIN-check key, "intake-keyring-v1/pin-check" || salt)
//         tells a wrong PIN (check fails) from a damaged wrapped key (check
//         passes, the tag does not).
//   File  JSON, with a SHA-256 checksum over everything else, so an
//         accidentally damaged file (a flipped byte in the salt, say) is
//         reported as damaged instead of being counted as a wrong PIN. The
//         checksum is not a defence against someone who edits the file on
//         purpose: such a person can also copy it and undo the counter. What
//         protects the keys from an attacker with the disk is the KDF cost
//         and the device's own storage encryption (docs/architecture.md).
//
// Wrong PINs: the attempt is recorded in the file (durably: temporary file,
// fsync, rename, folder fsync) BEFORE the PIN is checked, and cleared when it
// was right, so killing the app while it checks cannot hide a failure. The
// first `freeFailures` (3) wrong PINs cost nothing; from then on each further
// try must wait firstDelay (30 s) doubling per failure, capped at maxDelay
// (1 h), counted from the last failure. A try during the wait is refused
// (PinError::LockedOut) without running the KDF. The failure that reaches
// `maxFailures` (10) destroys the wrapped keys: the file is rewritten without
// them and the replaced file's bytes are overwritten with zeros (where the
// file system overwrites in place), and every later unlock answers
// PinError::Erased, the right PIN included. A right PIN resets the count.
//
// A ring is used by one process at a time and is not thread-safe.

#include "intake/core/clock.h"
#include "intake/core/result.h"
#include "intake/core/vault_key.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace intake {

// scrypt's cost parameters. The defaults are the documented ones.
struct ScryptParameters {
    std::uint64_t n = std::uint64_t{1} << 15;  // CPU/memory cost, a power of two
    std::uint32_t r = 8;                        // block size
    std::uint32_t p = 1;                        // parallelism

    friend bool operator==(const ScryptParameters&, const ScryptParameters&) = default;
};

// What wrong PINs cost. Stored in the ring file when it is created.
struct PinPolicy {
    int maxFailures = 10;  // this many wrong PINs in a row erase the keys
    int freeFailures = 3;  // wrong PINs that cost no waiting
    std::chrono::seconds firstDelay{30};
    std::chrono::seconds maxDelay{3600};

    // The wait after `failures` wrong PINs in a row (zero for the free ones).
    std::chrono::seconds delayAfter(int failures) const;

    friend bool operator==(const PinPolicy&, const PinPolicy&) = default;
};

struct PinRingOptions {
    ScryptParameters kdf;
    PinPolicy policy;
    // Lets tests create rings with scrypt parameters below the defaults
    // (e.g. N = 2^10), which would make a PIN cheap to guess offline.
    // Never set this in the app.
    bool allowWeakKdfForTests = false;
};

using KeysByName = std::map<std::string, VaultKey>;

class StaffPinRing {
public:
    static constexpr std::size_t kMinPinDigits = 6;
    static constexpr std::size_t kMaxPinDigits = 64;

    // Enrols a tablet: a new ring file at `path` (RingExists if anything is
    // there) holding `keys` wrapped under `pin`. The ring is left locked.
    static Result<StaffPinRing> create(const std::filesystem::path& path, std::string_view pin, const KeysByName& keys,
                                       const PinRingOptions& options = {});
    // Reads an existing ring (RingMissing, RingDamaged, RingTooNew). A ring
    // whose failure count reached the limit while the app was stopped (it was
    // killed during the last check) is erased here.
    static Result<StaffPinRing> open(const std::filesystem::path& path);

    StaffPinRing(StaffPinRing&&) noexcept;
    StaffPinRing& operator=(StaffPinRing&&) noexcept;
    ~StaffPinRing();  // wipes the KEK it may hold

    // Checks `pin` and returns every vault key by name. Reads the file first,
    // so the state on disk counts. Errors: Erased, LockedOut (no KDF run),
    // TooShort / NotDigits (not counted), WrongPin (counted; Erased instead
    // when it was the last one allowed), RingDamaged, or a file-system error
    // when the attempt cannot be recorded (then the PIN is not checked).
    // On success the ring stays unlocked (it keeps the KEK) until lock().
    Result<KeysByName> unlock(std::string_view pin, const Clock& clock);
    // Forgets the KEK. The keys handed out are the caller's to wipe.
    void lock();
    bool isUnlocked() const;

    // Rewraps the same vault keys under `newPin` with a new salt and nonces:
    // the vaults are not touched. `oldPin` is checked like unlock() (counted,
    // backed off); `newPin` must be a valid PIN, which is checked first.
    Result<void> changePin(std::string_view oldPin, std::string_view newPin, const Clock& clock);

    // While unlocked: wrap and store another key (replacing one of the same
    // name), or drop one (KeyStoreError::KeyMissing if there is none).
    Result<void> addKey(const std::string& name, const VaultKey& key);
    Result<void> removeKey(const std::string& name);

    // As of the last open(), unlock() or change.
    bool erased() const;
    int failures() const;
    int attemptsLeft() const;  // wrong PINs still allowed before the keys are erased
    // How long until a PIN may be tried (zero: now). A clock set back before
    // the last failure counts as "just failed", never as a longer wait; the
    // next attempt starts the policy's delay from the clock's new time.
    std::chrono::milliseconds retryAfter(const Clock& clock) const;
    std::vector<std::string> keyNames() const;
    const ScryptParameters& kdfParameters() const;
    const PinPolicy& policy() const;
    const std::filesystem::path& path() const;

    // How many times this process has run the PIN KDF: lets tests prove that
    // a refused try (back-off, erased, malformed PIN) did not run it.
    static std::uint64_t kdfRunCount();

private:
    struct State;
    explicit StaffPinRing(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

// Checks a PIN's form only: at least 6 and at most 64 digits 0-9.
Result<void> checkPinFormat(std::string_view pin);

// Locks the tablet after a stretch without user activity. Starts locked; only
// a right PIN (through the ring) unlocks it. The app polls locked() (or asks
// after each touch) and, once it is locked, closes its vaults, wipes the keys
// it held and calls StaffPinRing::lock().
//
// Time comes from the injected Clock. A clock set back by more than
// kClockSlack locks at once (how long the tablet lay idle is unknown); set
// forward, it locks as if that time had passed.
class InactivityLock {
public:
    static constexpr std::chrono::minutes kDefaultTimeout{5};
    static constexpr std::chrono::seconds kClockSlack{5};

    explicit InactivityLock(const Clock& clock, std::chrono::milliseconds timeout = kDefaultTimeout);

    // User activity: restarts the countdown. Does nothing once locked.
    void touch();
    // Locked by hand, or `timeout` has passed since the last activity.
    bool locked() const;
    // Locks now (the "lock" button, or the app going to the background).
    void lock();
    // Tries `pin` on `ring`; on success the tablet is unlocked and the vault
    // keys come back. On any error it stays locked.
    Result<KeysByName> unlock(StaffPinRing& ring, std::string_view pin);
    // Time left before it locks by itself (zero when locked).
    std::chrono::milliseconds remaining() const;
    std::chrono::milliseconds timeout() const { return timeout_; }

private:
    bool expired() const;

    const Clock& clock_;
    std::chrono::milliseconds timeout_;
    std::chrono::sys_time<std::chrono::milliseconds> lastActivity_;
    bool locked_ = true;
};

}  // namespace intake
