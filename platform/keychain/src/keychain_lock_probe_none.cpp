// Android, iOS, macOS, Windows: QtKeychain reports a locked keychain as an error.
#include "keychain_lock_probe.h"

namespace intake::platform::detail {

bool keychainEntryIsLocked(const QString&, const QString&, int) {
    return false;
}

}  // namespace intake::platform::detail
