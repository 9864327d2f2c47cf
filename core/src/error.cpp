#include "intake/core/error.h"

#include <cerrno>
#include <cstring>

namespace intake {

Error::Error(ErrorDomain domain, int code, std::string detail)
    : domain_(domain), code_(code), detail_(std::move(detail)) {}

Error::Error(VaultError code, std::string detail)
    : Error(ErrorDomain::Vault, static_cast<int>(code), std::move(detail)) {}

Error::Error(KeyStoreError code, std::string detail)
    : Error(ErrorDomain::KeyStore, static_cast<int>(code), std::move(detail)) {}

Error::Error(SyncError code, std::string detail)
    : Error(ErrorDomain::Sync, static_cast<int>(code), std::move(detail)) {}

Error::Error(SealError code, std::string detail)
    : Error(ErrorDomain::Seal, static_cast<int>(code), std::move(detail)) {}

Error::Error(PinError code, std::string detail)
    : Error(ErrorDomain::Pin, static_cast<int>(code), std::move(detail)) {}

bool Error::is(VaultError code) const {
    return domain_ == ErrorDomain::Vault && code_ == static_cast<int>(code);
}

bool Error::is(KeyStoreError code) const {
    return domain_ == ErrorDomain::KeyStore && code_ == static_cast<int>(code);
}

bool Error::is(SyncError code) const {
    return domain_ == ErrorDomain::Sync && code_ == static_cast<int>(code);
}

bool Error::is(SealError code) const {
    return domain_ == ErrorDomain::Seal && code_ == static_cast<int>(code);
}

bool Error::is(PinError code) const {
    return domain_ == ErrorDomain::Pin && code_ == static_cast<int>(code);
}

bool Error::mayBeTransient() const {
    switch (domain_) {
    case ErrorDomain::Vault:
        switch (static_cast<VaultError>(code_)) {
        case VaultError::Full:
        case VaultError::InUse:
        case VaultError::Io:
            return true;
        default:
            return false;
        }
    case ErrorDomain::Sqlite:
        return code_ == 5 /*SQLITE_BUSY*/ || code_ == 6 /*SQLITE_LOCKED*/;
    case ErrorDomain::Posix:
        return code_ == EAGAIN || code_ == EINTR || code_ == ENOSPC || code_ == EBUSY;
    case ErrorDomain::KeyStore:
        return code_ == static_cast<int>(KeyStoreError::Unavailable);
    case ErrorDomain::Sync:
        switch (static_cast<SyncError>(code_)) {
        case SyncError::Offline:
        case SyncError::Timeout:
        case SyncError::ServerBusy:
            return true;
        default:
            return false;
        }
    case ErrorDomain::Seal:
        return false;  // a key or an envelope does not get better by waiting
    case ErrorDomain::Pin:
        return code_ == static_cast<int>(PinError::LockedOut);  // only the back-off ends by waiting
    }
    return false;
}

namespace {

const char* vaultCodeName(VaultError code) {
    switch (code) {
    case VaultError::NotFound: return "not_found";
    case VaultError::AlreadyExists: return "already_exists";
    case VaultError::WrongKey: return "wrong_key";
    case VaultError::Damaged: return "damaged";
    case VaultError::Unreadable: return "unreadable";
    case VaultError::Full: return "full";
    case VaultError::InUse: return "in_use";
    case VaultError::TooNew: return "too_new";
    case VaultError::ReadOnly: return "read_only";
    case VaultError::Io: return "io";
    case VaultError::DocumentNotFound: return "document_not_found";
    case VaultError::DocumentDeleted: return "document_deleted";
    case VaultError::Conflict: return "conflict";
    case VaultError::InvalidDocument: return "invalid_document";
    case VaultError::InvalidDocumentId: return "invalid_document_id";
    case VaultError::InvalidRevision: return "invalid_revision";
    case VaultError::Internal: return "internal";
    }
    return "unknown";
}

const char* vaultMessage(VaultError code) {
    switch (code) {
    case VaultError::NotFound: return "The vault file does not exist.";
    case VaultError::AlreadyExists: return "A vault already exists at this place; it was left as it is.";
    case VaultError::WrongKey: return "The key is wrong for this vault. Nothing was changed.";
    case VaultError::Damaged: return "The vault file is damaged. Restore it or sync it again from the central service.";
    case VaultError::Unreadable: return "The vault cannot be opened: either the key is wrong or the file is damaged.";
    case VaultError::Full: return "The storage is full. The record was not saved; everything saved earlier is intact.";
    case VaultError::InUse: return "The vault is open in another program. Close it there and try again.";
    case VaultError::TooNew: return "The vault was written by a newer version of Intake. Update this device.";
    case VaultError::ReadOnly: return "The vault cannot be written to on this device.";
    case VaultError::Io: return "The device could not read or write the vault. Try again.";
    case VaultError::DocumentNotFound: return "The record does not exist.";
    case VaultError::DocumentDeleted: return "The record has been deleted.";
    case VaultError::Conflict: return "The record was changed elsewhere in the meantime. Open it again and retry.";
    case VaultError::InvalidDocument: return "The record is not in a form that can be saved.";
    case VaultError::InvalidDocumentId: return "The record's identifier is not valid.";
    case VaultError::InvalidRevision: return "The record's revision is not valid.";
    case VaultError::Internal: return "Something went wrong inside Intake. Nothing was changed.";
    }
    return "Unknown error.";
}

const char* keyStoreCodeName(KeyStoreError code) {
    switch (code) {
    case KeyStoreError::Unavailable: return "unavailable";
    case KeyStoreError::KeyMissing: return "key_missing";
    case KeyStoreError::KeyMalformed: return "key_malformed";
    case KeyStoreError::ReadOnly: return "read_only";
    case KeyStoreError::KeyExposed: return "key_exposed";
    }
    return "unknown";
}

const char* keyStoreMessage(KeyStoreError code) {
    switch (code) {
    case KeyStoreError::Unavailable: return "The device's key store cannot be reached. Try again, or ask IT for help.";
    case KeyStoreError::KeyMissing: return "This device has no key for the vault. It must be enrolled again.";
    case KeyStoreError::KeyMalformed: return "The stored vault key is not valid. The device must be enrolled again.";
    case KeyStoreError::ReadOnly: return "Keys on this device are provisioned by the system administrator and cannot be changed here.";
    case KeyStoreError::KeyExposed: return "A key on this device could be read by other users, so it was not used. Ask the system administrator to fix its permissions.";
    }
    return "Unknown error.";
}

const char* syncCodeName(SyncError code) {
    switch (code) {
    case SyncError::InvalidUrl: return "invalid_url";
    case SyncError::InsecureUrl: return "insecure_url";
    case SyncError::Offline: return "offline";
    case SyncError::Timeout: return "timeout";
    case SyncError::ServerBusy: return "server_busy";
    case SyncError::Unauthorized: return "unauthorized";
    case SyncError::Forbidden: return "forbidden";
    case SyncError::BadResponse: return "bad_response";
    case SyncError::NotFound: return "not_found";
    case SyncError::Rejected: return "rejected";
    case SyncError::TlsFailure: return "tls_failure";
    case SyncError::Cancelled: return "cancelled";
    }
    return "unknown";
}

const char* syncMessage(SyncError code) {
    switch (code) {
    case SyncError::InvalidUrl: return "The central service address is not valid.";
    case SyncError::InsecureUrl: return "The central service address must use https:// (plain http:// is only allowed on this device itself).";
    case SyncError::Offline: return "The central service cannot be reached. Intake will try again when the network is back.";
    case SyncError::Timeout: return "The central service did not answer in time. Intake will try again.";
    case SyncError::ServerBusy: return "The central service is busy or having problems. Intake will try again later.";
    case SyncError::Unauthorized: return "The central service did not accept this device's credentials. The device must be enrolled again.";
    case SyncError::Forbidden: return "This device is not allowed to do that on the central service. Ask IT for help.";
    case SyncError::BadResponse: return "The central service gave an answer Intake does not understand. Ask IT for help.";
    case SyncError::NotFound: return "The database does not exist on the central service.";
    case SyncError::Rejected: return "The central service refused a record.";
    case SyncError::TlsFailure: return "The central service's identity could not be verified. Nothing was sent. Ask IT for help.";
    case SyncError::Cancelled: return "Sync was stopped before it finished.";
    }
    return "Unknown error.";
}

const char* sealCodeName(SealError code) {
    switch (code) {
    case SealError::BadKey: return "bad_key";
    case SealError::WrongKey: return "wrong_key";
    case SealError::Tampered: return "tampered";
    case SealError::Malformed: return "malformed";
    case SealError::Unsupported: return "unsupported";
    case SealError::NoKey: return "no_key";
    case SealError::CryptoFailure: return "crypto_failure";
    }
    return "unknown";
}

const char* sealMessage(SealError code) {
    switch (code) {
    case SealError::BadKey: return "The key is not a valid X25519 key of the kind needed.";
    case SealError::WrongKey: return "The sealed data was sealed to another key; this key cannot open it.";
    case SealError::Tampered: return "The sealed data was changed or belongs to another record. It was not opened.";
    case SealError::Malformed: return "The sealed data is not in a form Intake can read.";
    case SealError::Unsupported: return "The sealed data uses a version or method this version of Intake does not know.";
    case SealError::NoKey: return "No key to seal with is configured, so nothing was saved. Ask IT to configure the unit's key.";
    case SealError::CryptoFailure: return "Encryption failed unexpectedly. Nothing was saved.";
    }
    return "Unknown error.";
}

const char* pinCodeName(PinError code) {
    switch (code) {
    case PinError::WrongPin: return "wrong";
    case PinError::LockedOut: return "locked_out";
    case PinError::Erased: return "erased";
    case PinError::TooShort: return "too_short";
    case PinError::NotDigits: return "not_digits";
    case PinError::RingMissing: return "ring_missing";
    case PinError::RingExists: return "ring_exists";
    case PinError::RingDamaged: return "ring_damaged";
    case PinError::RingTooNew: return "ring_too_new";
    case PinError::NotUnlocked: return "not_unlocked";
    case PinError::WeakParameters: return "weak_parameters";
    }
    return "unknown";
}

const char* pinMessage(PinError code) {
    switch (code) {
    case PinError::WrongPin: return "The PIN is not right. Try again.";
    case PinError::LockedOut: return "Too many wrong PINs. Wait a little, then try again.";
    case PinError::Erased: return "This tablet's keys were erased after too many wrong PINs. Ask IT to enrol it again.";
    case PinError::TooShort: return "The PIN must have at least 6 digits.";
    case PinError::NotDigits: return "The PIN may only contain the digits 0 to 9 (at most 64).";
    case PinError::RingMissing: return "This tablet has no staff PIN set up. Ask IT to enrol it.";
    case PinError::RingExists: return "This tablet already has a staff PIN set up; it was left as it is.";
    case PinError::RingDamaged: return "This tablet's PIN file is damaged or was changed, so nothing was unlocked. Ask IT for help.";
    case PinError::RingTooNew: return "This tablet's PIN file was written by a newer version of Intake. Update this device.";
    case PinError::NotUnlocked: return "Enter the PIN first.";
    case PinError::WeakParameters: return "The PIN protection settings are weaker than allowed. Nothing was saved.";
    }
    return "Unknown error.";
}

}  // namespace

std::string Error::name() const {
    switch (domain_) {
    case ErrorDomain::Vault:
        return std::string("vault.") + vaultCodeName(static_cast<VaultError>(code_));
    case ErrorDomain::Sqlite:
        return "sqlite." + std::to_string(code_);
    case ErrorDomain::Posix:
        return "posix." + std::to_string(code_);
    case ErrorDomain::KeyStore:
        return std::string("keystore.") + keyStoreCodeName(static_cast<KeyStoreError>(code_));
    case ErrorDomain::Sync:
        return std::string("sync.") + syncCodeName(static_cast<SyncError>(code_));
    case ErrorDomain::Seal:
        return std::string("seal.") + sealCodeName(static_cast<SealError>(code_));
    case ErrorDomain::Pin:
        return std::string("pin.") + pinCodeName(static_cast<PinError>(code_));
    }
    return "unknown";
}

std::string Error::message() const {
    switch (domain_) {
    case ErrorDomain::Vault:
        return vaultMessage(static_cast<VaultError>(code_));
    case ErrorDomain::Sqlite:
        return "The database reported an unexpected problem (code " + std::to_string(code_) + ").";
    case ErrorDomain::Posix:
        return std::string("The operating system reported: ") + std::strerror(code_) + ".";
    case ErrorDomain::KeyStore:
        return keyStoreMessage(static_cast<KeyStoreError>(code_));
    case ErrorDomain::Sync:
        return syncMessage(static_cast<SyncError>(code_));
    case ErrorDomain::Seal:
        return sealMessage(static_cast<SealError>(code_));
    case ErrorDomain::Pin:
        return pinMessage(static_cast<PinError>(code_));
    }
    return "Unknown error.";
}

}  // namespace intake
