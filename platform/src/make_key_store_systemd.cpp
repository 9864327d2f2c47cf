// INTAKE_KEY_STORE=systemd: Linux kiosks. Inside the service the keys are
// systemd credentials (read-only); outside it (root's `intake` CLI enrolling
// or rekeying) they are the encrypted files systemd loads them from.
#include "intake/platform/platform_key_store.h"
#include "intake/platform/systemd_credential_store.h"

namespace intake::platform {

std::unique_ptr<KeyStore> makePlatformKeyStore(const KeyStoreSettings& settings) {
    if (settings.credentialsDirectory)
        return std::make_unique<SystemdCredentialStore>(*settings.credentialsDirectory);
    EncryptedCredstore credstore;
    credstore.directory = settings.encryptedCredentialsDirectory;
    return std::make_unique<SystemdCredentialStore>(SystemdCredentialStore::fromEnvironment(std::move(credstore)));
}

const char* platformKeyStoreKind() {
    return "systemd";
}

}  // namespace intake::platform
