#pragma once

// Part of intake_platform_keychain (Qt 6 + QtKeychain); this header itself
// includes no Qt, so code that only holds a KeyStore& stays Qt-free.

#include "intake/platform/key_store.h"

#include <chrono>
#include <memory>
#include <string>

namespace intake::platform {

struct KeychainOptions {
    // The service every entry is filed under (the Secret Service attribute
    // "server", the Android preferences / Apple keychain service).
    std::string service = "se.goteborg.intake";
    // How long one call waits for the keychain. A locked Secret Service may
    // show an unlock prompt, so this is generous; on expiry: Unavailable.
    std::chrono::milliseconds timeout = std::chrono::minutes(2);
};

// The operating system's keychain through QtKeychain: the Secret Service
// (GNOME Keyring, KeePassXC, KWallet's Secret Service) on Linux desktops,
// the Android Keystore on Android, the Keychain on iOS and macOS, the
// Credential Manager on Windows. Entries are `vault-key/<name>` (the 32 key
// bytes) and `secret/<name>` (the secret's bytes), both written as binary
// data (QtKeychain base64-encodes them for the Secret Service), under the
// service. QtKeychain's insecure plain-text fallback is never used.
//
// QtKeychain is asynchronous and needs a running Qt event loop. Every call
// here is synchronous: the job runs on one process-wide Qt thread
// ("intake-keychain", started by the first store and kept until the process
// ends) and the caller waits for it, so any thread may call, no event loop is
// nested in the caller, and a GUI thread blocked in a call does not stop it.
// A QCoreApplication must exist for that thread; if the program has none
// when the first store is made, one is created (and kept), so a Qt program
// must create its own application object before its first KeychainKeyStore.
// All QtKeychain use in the process must go through this class (QtKeychain
// runs its jobs one at a time through a queue living on the first thread
// that used it).
//
// Errors: KeyMissing when there is no entry; Unavailable when the keychain
// cannot be reached, is locked, refuses, or does not answer in time
// (transient: the UI may offer to retry). A Secret Service item in a locked
// collection, which QtKeychain reports as missing, is Unavailable too; KeyMalformed when a vault key entry
// is not 32 bytes. Details carry QtKeychain's error text and the entry name,
// never entry contents. Buffers this class fills are wiped; QtKeychain and
// libsecret make short-lived copies (e.g. base64) that it cannot reach.
class KeychainKeyStore final : public KeyStore {
public:
    explicit KeychainKeyStore(KeychainOptions options = {});
    ~KeychainKeyStore() override;
    KeychainKeyStore(const KeychainKeyStore&) = delete;
    KeychainKeyStore& operator=(const KeychainKeyStore&) = delete;

    // The keychain entry names of a vault key and a secret.
    static std::string keyEntry(const std::string& name);
    static std::string secretEntry(const std::string& name);

    Result<VaultKey> load(const std::string& name) override;
    Result<void> store(const std::string& name, const VaultKey& key) override;
    Result<void> remove(const std::string& name) override;
    Result<std::string> loadSecret(const std::string& name) override;
    Result<void> storeSecret(const std::string& name, const std::string& secret) override;
    Result<void> removeSecret(const std::string& name) override;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace intake::platform
