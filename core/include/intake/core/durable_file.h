#pragma once

// Small files that must survive a power cut whole (device profiles): a
// temporary file (0600), fsync, rename over the old one, fsync of the folder.
// A crash leaves the old version or the new one, never neither or a mix.

#include "intake/core/result.h"

#include <filesystem>
#include <string_view>

namespace intake {

// ENOSPC gives VaultError::Full; other failures the errno (ErrorDomain::Posix).
Result<void> replaceFileDurably(const std::filesystem::path& path, std::string_view content);

}  // namespace intake
