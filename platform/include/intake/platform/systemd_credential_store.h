#pragma once

#include "intake/platform/key_store.h"

#include <filesystem>
#include <string>

namespace intake::platform {

// Linux kiosks: keys and secrets are systemd service credentials. The unit
// file names them, systemd decrypts them (`LoadCredentialEncrypted=`, bound
// to the machine's TPM2 and/or host key) into a private, unswappable folder
// only the service can read, and sets $CREDENTIALS_DIRECTORY to it:
//
//   [Service]
//   LoadCredentialEncrypted=queue.key:/etc/credstore.encrypted/intake-queue.key
//   LoadCredentialEncrypted=central.secret:/etc/credstore.encrypted/intake-central.secret
//
// Credential names: the vault key `<name>` is the credential `<name>.key`
// (64 hex digits, one trailing newline allowed), the secret `<name>` is
// `<name>.secret` (its bytes as they are, e.g. the sync credentials' JSON).
//
// The store is read-only: store()/remove() and their secret twins return
// KeyStoreError::ReadOnly. Enrolment writes a credential on the kiosk with
//   openssl rand -hex 32 | systemd-creds encrypt --name=queue.key - /etc/credstore.encrypted/intake-queue.key
// and the service is restarted.
//
// Errors name the credential, never its content. A missing folder or file is
// KeyMissing. A file that other users may access (any "other" permission bit,
// or group write) is refused with KeyExposed: systemd makes credentials 0400
// owned by the service user. Group read is allowed, because systemd grants a
// service running as another user access through an ACL, and the ACL mask
// shows as the group bits (0440). Buffers that held key material are wiped.
class SystemdCredentialStore final : public KeyStore {
public:
    // `directory` is the service's credentials folder; empty means there is
    // none ($CREDENTIALS_DIRECTORY was not set): every load is KeyMissing.
    explicit SystemdCredentialStore(std::filesystem::path directory);
    // The folder from $CREDENTIALS_DIRECTORY (none if unset or empty).
    static SystemdCredentialStore fromEnvironment();

    // The credential names for a vault key and a secret of that name.
    static std::string keyCredentialName(const std::string& name);
    static std::string secretCredentialName(const std::string& name);

    const std::filesystem::path& directory() const { return directory_; }

    Result<VaultKey> load(const std::string& name) override;
    Result<void> store(const std::string& name, const VaultKey& key) override;
    Result<void> remove(const std::string& name) override;
    Result<std::string> loadSecret(const std::string& name) override;
    Result<void> storeSecret(const std::string& name, const std::string& secret) override;
    Result<void> removeSecret(const std::string& name) override;

private:
    Result<std::string> readCredential(const std::string& credential) const;
    std::filesystem::path directory_;
};

}  // namespace intake::platform
