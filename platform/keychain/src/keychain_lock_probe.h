#pragma once

#include <QString>

namespace intake::platform::detail {

// Whether the keychain holds `entry` under `service` but keeps it locked.
// QtKeychain cannot tell: the Secret Service answers a lookup of an item in a
// locked collection as "not found" (when no unlock prompt can be shown), which
// would read as "this device has no key". One implementation per platform,
// picked by CMake: keychain_lock_probe_secret_service.cpp (Linux) asks the
// Secret Service over D-Bus; keychain_lock_probe_none.cpp (Android, Apple,
// Windows, whose keychains report a lock as an error) says no.
// Runs on the keychain thread; blocks for at most `timeoutMs`.
bool keychainEntryIsLocked(const QString& service, const QString& entry, int timeoutMs);

}  // namespace intake::platform::detail
