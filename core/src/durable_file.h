#pragma once

// Internal to core: making file-system changes survive a power cut.

#include "intake/core/result.h"

#include <filesystem>

namespace intake::durable {

// The folder holding `path`, for syncing after a create or rename.
std::filesystem::path folderOf(const std::filesystem::path& path);
// fsync on a folder, so a created or renamed entry in it is on disk.
Result<void> syncFolder(const std::filesystem::path& folder);
// errno as an Error: ENOSPC becomes VaultError::Full.
Error fromErrno(int error, const char* context);

}  // namespace intake::durable
