#pragma once

#include "intake/platform/key_store.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace intake::platform {

// What the platform's key store may need. Each kind reads only its own fields.
struct KeyStoreSettings {
    // development: the folder of the key files (DevelopmentKeyFileStore);
    // relative paths are from the working directory.
    std::filesystem::path developmentFolder = "intake-development-keys";
    // development: where the warning printed at every start goes.
    std::ostream* warnings = &std::cerr;
    // systemd: the credentials folder; unset means $CREDENTIALS_DIRECTORY.
    std::optional<std::filesystem::path> credentialsDirectory;
    // systemd, outside the service (neither of the above: root's `intake`
    // CLI): the encrypted credentials, read and written with systemd-creds.
    std::filesystem::path encryptedCredentialsDirectory = "/etc/credstore.encrypted";
    // keychain: the service entries are filed under (KeychainOptions).
    std::string keychainService = "se.goteborg.intake";
};

// The key store this build was configured with (CMake option
// INTAKE_KEY_STORE): SystemdCredentialStore ("systemd", Linux kiosks: read-only
// inside the service, the writable credstore outside it),
// KeychainKeyStore ("keychain", Linux desktops, Android, iOS, macOS, Windows;
// link intake_platform_key_store, which then brings Qt) or
// DevelopmentKeyFileStore ("development", warns at every start). Each choice
// is one source file, make_key_store_<kind>.cpp, picked by CMake. Never null.
std::unique_ptr<KeyStore> makePlatformKeyStore(const KeyStoreSettings& settings = {});

// "systemd", "keychain" or "development": the choice made at build time.
const char* platformKeyStoreKind();

}  // namespace intake::platform
