#include "ownership.h"

#include <sys/stat.h>
#include <unistd.h>

#include <system_error>

namespace intake::cli {

void giveToFolderOwner(const std::filesystem::path& dataDir) {
    if (::geteuid() != 0)
        return;
    struct stat folder {};
    if (::lstat(dataDir.c_str(), &folder) != 0 || !S_ISDIR(folder.st_mode) || folder.st_uid == 0)
        return;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dataDir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        struct stat entry {};
        // lchown: a link planted in the folder must not hand over its target.
        if (::lstat(it->path().c_str(), &entry) == 0 && entry.st_uid == 0)
            (void)::lchown(it->path().c_str(), folder.st_uid, folder.st_gid);
    }
}

}  // namespace intake::cli
