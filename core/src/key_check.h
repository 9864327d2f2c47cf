#pragma once

// Internal to core: the key check kept beside a vault file.
//
// SQLCipher answers "not a database" both for a wrong key and for a damaged
// first page. A small sidecar `<vault>.keycheck` holds HMAC-SHA256(key,
// label), which tells the two apart without revealing anything about a
// random 256-bit key.

#include "intake/core/result.h"
#include "intake/core/vault_key.h"

#include <filesystem>

namespace intake::keycheck {

enum class Match { Same, Different, Missing };

std::filesystem::path pathFor(const std::filesystem::path& vault);
Match compare(const std::filesystem::path& vault, const VaultKey& key);
// Atomic: written to a temporary file, synced, renamed over, folder synced.
Result<void> write(const std::filesystem::path& vault, const VaultKey& key);

}  // namespace intake::keycheck
