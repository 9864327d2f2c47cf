#pragma once

#include <filesystem>

namespace intake::cli {

// IT staff run `intake` as root, but the kiosk runs as the user `intake`:
// files the command made (the profile, vaults, their WAL) are handed to the
// owner of the data folder, so that the service can open them. Only files
// owned by root are changed; nothing when not running as root or when the
// folder itself belongs to root.
void giveToFolderOwner(const std::filesystem::path& dataDir);

}  // namespace intake::cli
