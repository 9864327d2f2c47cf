// INTAKE_KEY_STORE=systemd: Linux kiosks read keys from systemd credentials.
#include "intake/platform/platform_key_store.h"
#include "intake/platform/systemd_credential_store.h"

namespace intake::platform {

std::unique_ptr<KeyStore> makePlatformKeyStore(const KeyStoreSettings& settings) {
    if (settings.credentialsDirectory)
        return std::make_unique<SystemdCredentialStore>(*settings.credentialsDirectory);
    return std::make_unique<SystemdCredentialStore>(SystemdCredentialStore::fromEnvironment());
}

const char* platformKeyStoreKind() {
    return "systemd";
}

}  // namespace intake::platform
