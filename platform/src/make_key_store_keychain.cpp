// INTAKE_KEY_STORE=keychain: the OS keychain through QtKeychain.
#include "intake/platform/keychain_key_store.h"
#include "intake/platform/platform_key_store.h"

namespace intake::platform {

std::unique_ptr<KeyStore> makePlatformKeyStore(const KeyStoreSettings& settings) {
    KeychainOptions options;
    options.service = settings.keychainService;
    return std::make_unique<KeychainKeyStore>(std::move(options));
}

const char* platformKeyStoreKind() {
    return "keychain";
}

}  // namespace intake::platform
