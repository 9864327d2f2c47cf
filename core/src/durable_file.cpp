#include "durable_file.h"
#include "intake/core/durable_file.h"

#include <cstdio>

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

namespace intake {

Result<void> replaceFileDurably(const std::filesystem::path& path, std::string_view content) {
    const auto temporary = std::filesystem::path(path.string() + ".tmp");
    ::unlink(temporary.c_str());  // a leftover of a crash
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return durable::fromErrno(errno, "create file");
    errno = 0;
    bool done = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
    done = done && ::fsync(fd) == 0;
    const int failure = errno ? errno : EIO;  // a short write sets none
    ::close(fd);
    if (!done) {
        ::unlink(temporary.c_str());
        return durable::fromErrno(failure, "write file");
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int renameErrno = errno;
        ::unlink(temporary.c_str());
        return durable::fromErrno(renameErrno, "rename file");
    }
    return durable::syncFolder(durable::folderOf(path));
}

}  // namespace intake
