#include "durable_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace intake::durable {

std::filesystem::path folderOf(const std::filesystem::path& path) {
    auto parent = path.parent_path();
    return parent.empty() ? std::filesystem::path(".") : parent;
}

Result<void> syncFolder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fromErrno(errno, "open folder");
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (rc != 0)
        return fromErrno(savedErrno, "fsync folder");
    return {};
}

Error fromErrno(int error, const char* context) {
    if (error == ENOSPC || error == EDQUOT)
        return Error(VaultError::Full, context);
    return Error(ErrorDomain::Posix, error, context);
}

}  // namespace intake::durable
