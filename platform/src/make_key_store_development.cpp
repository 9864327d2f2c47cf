// INTAKE_KEY_STORE=development: plain key files, with a warning at every start.
#include "intake/platform/development_key_file_store.h"
#include "intake/platform/platform_key_store.h"

namespace intake::platform {

std::unique_ptr<KeyStore> makePlatformKeyStore(const KeyStoreSettings& settings) {
    return std::make_unique<DevelopmentKeyFileStore>(settings.developmentFolder,
                                                     settings.warnings ? *settings.warnings : std::cerr);
}

const char* platformKeyStoreKind() {
    return "development";
}

}  // namespace intake::platform
