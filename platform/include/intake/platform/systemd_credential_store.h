#pragma once

#include "intake/platform/key_store.h"

#include <filesystem>
#include <optional>
#include <string>

namespace intake::platform {

// Linux kiosks: keys and secrets are systemd service credentials. The unit
// file names them, systemd decrypts them (`LoadCredentialEncrypted=`, bound
// to the machine's TPM2 and/or host key) into a private, unswappable folder
// only the service can read, and sets $CREDENTIALS_DIRECTORY to it:
//
//   [Service]
//   LoadCredentialEncrypted=welcome-house.key
//   LoadCredentialEncrypted=central-credentials.secret
//
// (a name without a path is looked up in /etc/credstore.encrypted/ and
// friends, systemd >= 250; a missing one is skipped).
//
// Credential names: the vault key `<name>` is the credential `<name>.key`
// (64 hex digits, one trailing newline allowed), the secret `<name>` is
// `<name>.secret` (its bytes as they are, e.g. the sync credentials' JSON).
//
// Two modes:
// - In the service (a credentials folder): read-only. store()/remove() and
//   their secret twins return KeyStoreError::ReadOnly: the service cannot
//   and must not change what the administrator provisioned.
// - Outside it (the `intake` CLI as root: enrol, vault rekey), with an
//   EncryptedCredstore: loads run `systemd-creds decrypt --name=<credential>
//   <folder>/<credential> -`, stores run `systemd-creds encrypt
//   --name=<credential> - -` with the plaintext on stdin and write the
//   result to a temporary file in the folder (0600, fsync), decrypt it once
//   to check it, then rename it over the old one. Key bytes never go on a
//   command line or into a file unencrypted. The credential name is bound
//   into the ciphertext, so a file copied under another name is refused.
//
// Errors name the credential, never its content. A missing folder or file is
// KeyMissing. A credential file that other users may access (any "other"
// permission bit, or group write) is refused with KeyExposed: systemd makes
// credentials 0400 owned by the service user. Group read is allowed, because
// systemd grants a service running as another user access through an ACL,
// and the ACL mask shows as the group bits (0440). Encrypted files may not be
// writable by group or others (KeyExposed). Buffers that held key material
// are wiped.
struct EncryptedCredstore {
    // systemd's search folder for LoadCredentialEncrypted= without a path.
    std::filesystem::path directory = "/etc/credstore.encrypted";
    std::filesystem::path program = "/usr/bin/systemd-creds";
    // --with-key= (host, tpm2, host+tpm2, ...); empty: systemd-creds' own
    // default, which binds to the TPM2 as well when the machine has one.
    std::string withKey;
    // A TPM can be slow; a hung tool must not hang enrolment forever.
    int timeoutMs = 60000;
};

class SystemdCredentialStore final : public KeyStore {
public:
    // `directory` is the service's credentials folder; empty means there is
    // none ($CREDENTIALS_DIRECTORY was not set): every load is KeyMissing.
    explicit SystemdCredentialStore(std::filesystem::path directory);
    // Outside the service: reads and writes the encrypted credentials.
    explicit SystemdCredentialStore(EncryptedCredstore credstore);
    // The folder from $CREDENTIALS_DIRECTORY (none if unset or empty).
    static SystemdCredentialStore fromEnvironment();
    // In the service ($CREDENTIALS_DIRECTORY set) the read-only store on
    // that folder, otherwise the encrypted credstore.
    static SystemdCredentialStore fromEnvironment(EncryptedCredstore otherwise);

    // The credential names for a vault key and a secret of that name.
    static std::string keyCredentialName(const std::string& name);
    static std::string secretCredentialName(const std::string& name);

    // The credentials folder (service mode), empty otherwise.
    const std::filesystem::path& directory() const { return directory_; }
    // Set in the credstore mode only.
    const std::optional<EncryptedCredstore>& credstore() const { return credstore_; }

    Result<VaultKey> load(const std::string& name) override;
    Result<void> store(const std::string& name, const VaultKey& key) override;
    Result<void> remove(const std::string& name) override;
    Result<std::string> loadSecret(const std::string& name) override;
    Result<void> storeSecret(const std::string& name, const std::string& secret) override;
    Result<void> removeSecret(const std::string& name) override;

private:
    Result<std::string> readCredential(const std::string& credential) const;
    Result<std::string> decryptCredential(const std::string& credential) const;
    Result<void> encryptCredential(const std::string& credential, const std::string& plaintext) const;
    Result<void> removeCredential(const std::string& credential) const;
    std::filesystem::path directory_;
    std::optional<EncryptedCredstore> credstore_;
};

}  // namespace intake::platform
