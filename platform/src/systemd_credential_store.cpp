#include "intake/platform/systemd_credential_store.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

extern char** environ;

namespace intake::platform {

namespace {

// systemd refuses credentials above 1 MiB (CREDENTIAL_SIZE_MAX); so do we.
constexpr off_t kMaxCredentialSize = 1024 * 1024;

std::string octal(mode_t mode) {
    std::string out = "0";
    for (int shift = 6; shift >= 0; shift -= 3)
        out += static_cast<char>('0' + ((mode >> shift) & 7));
    return out;
}

Error readOnly(const std::string& credential) {
    return Error(KeyStoreError::ReadOnly,
                 "credential " + credential +
                     ": systemd credentials are read-only; enrol with systemd-creds encrypt and LoadCredentialEncrypted=");
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

// Appends without leaving a partial copy behind: a growing std::string
// would free its old buffer (holding plaintext) unwiped.
void appendWiping(std::string& buffer, const char* data, std::size_t size) {
    if (buffer.size() + size > buffer.capacity()) {
        std::string bigger;
        bigger.reserve(std::max(buffer.capacity() * 2, buffer.size() + size));
        bigger.append(buffer);
        wipe(buffer);
        buffer = std::move(bigger);
    }
    buffer.append(data, size);
}

void closeQuietly(int& fd) {
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

struct ToolResult {
    enum class Outcome { Exited, CannotRun, TimedOut, TooMuchOutput, Failed } outcome = Outcome::Failed;
    int exitStatus = -1;
    int error = 0;       // errno for CannotRun/Failed
    std::string output;  // stdout: plaintext after decrypt; the caller wipes it
    std::string errors;  // stderr: systemd-creds' messages (never key bytes)
};

long long nowMs() {
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// Runs `program args...` without a shell, `input` on its stdin and stdout
// and stderr collected. stdin is a socket pair rather than a pipe so that a
// tool that dies early gives EPIPE from send(MSG_NOSIGNAL) instead of a
// SIGPIPE that would kill the whole app.
ToolResult runTool(const std::filesystem::path& program, const std::vector<std::string>& args,
                   const std::string& input, std::size_t maxOutput, int timeoutMs) {
    ToolResult result;
    int in[2] = {-1, -1};
    int out[2] = {-1, -1};
    int err[2] = {-1, -1};
    auto closeAll = [&] {
        for (int* fd : {&in[0], &in[1], &out[0], &out[1], &err[0], &err[1]})
            closeQuietly(*fd);
    };
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) != 0 || ::pipe2(out, O_CLOEXEC) != 0 ||
        ::pipe2(err, O_CLOEXEC) != 0) {
        result.error = errno;
        closeAll();
        return result;
    }
    // Our end only: a send() that would block must not stall reading the
    // tool's output (which could deadlock with a tool blocked on writing).
    ::fcntl(in[1], F_SETFL, ::fcntl(in[1], F_GETFL) | O_NONBLOCK);

    std::vector<std::string> argvStrings;
    argvStrings.push_back(program.string());
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argvStrings)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    ::posix_spawn_file_actions_init(&actions);
    ::posix_spawnattr_init(&attributes);
    ::posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    ::posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    ::posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
#if defined(__USE_GNU) && defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    // Vault files and sockets the caller holds open stay out of the child.
    ::posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
#endif
    // The caller (a Qt app, a test runner) may block or ignore signals; the
    // tool starts with the defaults.
    sigset_t none;
    sigset_t all;
    ::sigemptyset(&none);
    ::sigfillset(&all);
    ::posix_spawnattr_setsigmask(&attributes, &none);
    ::posix_spawnattr_setsigdefault(&attributes, &all);
    ::posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), environ);
    ::posix_spawn_file_actions_destroy(&actions);
    ::posix_spawnattr_destroy(&attributes);
    closeQuietly(in[0]);
    closeQuietly(out[1]);
    closeQuietly(err[1]);
    if (spawned != 0) {
        result.outcome = ToolResult::Outcome::CannotRun;
        result.error = spawned;
        closeAll();
        return result;
    }

    std::size_t written = 0;
    if (input.empty())
        ::shutdown(in[1], SHUT_WR);
    const long long deadline = nowMs() + timeoutMs;
    std::array<char, 4096> chunk{};
    bool killed = false;
    while (out[0] >= 0 || err[0] >= 0) {
        std::array<pollfd, 3> fds{};
        nfds_t count = 0;
        const bool feeding = in[1] >= 0 && written < input.size();
        if (out[0] >= 0)
            fds[count++] = {out[0], POLLIN, 0};
        if (err[0] >= 0)
            fds[count++] = {err[0], POLLIN, 0};
        if (feeding)
            fds[count++] = {in[1], POLLOUT, 0};
        const long long left = deadline - nowMs();
        if (left <= 0) {
            result.outcome = ToolResult::Outcome::TimedOut;
            killed = true;
            break;
        }
        const int ready = ::poll(fds.data(), count, static_cast<int>(std::min<long long>(left, 1000)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0) {
            result.error = errno;
            killed = true;
            break;
        }
        for (nfds_t i = 0; i < count; ++i) {
            if (fds[i].revents == 0)
                continue;
            if (fds[i].fd == in[1]) {
                const ssize_t n = ::send(in[1], input.data() + written, input.size() - written, MSG_NOSIGNAL);
                if (n > 0)
                    written += static_cast<std::size_t>(n);
                if (n < 0 && errno != EINTR && errno != EAGAIN)
                    closeQuietly(in[1]);  // the tool stopped reading; its exit status says why
                else if (written == input.size())
                    ::shutdown(in[1], SHUT_WR);
                continue;
            }
            const bool isOut = fds[i].fd == out[0];
            const ssize_t n = ::read(fds[i].fd, chunk.data(), chunk.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                closeQuietly(isOut ? out[0] : err[0]);
                continue;
            }
            std::string& into = isOut ? result.output : result.errors;
            const std::size_t limit = isOut ? maxOutput : 4096;
            if (into.size() + static_cast<std::size_t>(n) > limit) {
                if (isOut) {
                    result.outcome = ToolResult::Outcome::TooMuchOutput;
                    killed = true;
                    break;
                }
                continue;  // enough of its messages
            }
            if (isOut)
                appendWiping(into, chunk.data(), static_cast<std::size_t>(n));
            else
                into.append(chunk.data(), static_cast<std::size_t>(n));
        }
        if (killed)
            break;
    }
    OPENSSL_cleanse(chunk.data(), chunk.size());
    closeAll();
    if (killed)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (killed)
        return result;
    if (WIFEXITED(status)) {
        result.outcome = ToolResult::Outcome::Exited;
        result.exitStatus = WEXITSTATUS(status);
        // posix_spawn reports a missing program itself; a shell wrapper says 127.
        if (result.exitStatus == 127)
            result.outcome = ToolResult::Outcome::CannotRun;
    } else {
        result.outcome = ToolResult::Outcome::Failed;
    }
    return result;
}

// The tool's last message line, for an error detail: systemd-creds never
// prints a credential's content, and control characters are dropped.
std::string lastMessage(const std::string& errors) {
    std::string_view text = errors;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.remove_suffix(1);
    const auto start = text.find_last_of('\n');
    if (start != std::string_view::npos)
        text.remove_prefix(start + 1);
    std::string line;
    for (char c : text.substr(0, 200))
        line += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
    return line.empty() ? std::string() : ": " + line;
}

std::string describe(const ToolResult& run, const std::filesystem::path& program) {
    switch (run.outcome) {
    case ToolResult::Outcome::CannotRun:
        return program.string() + " cannot be run (errno " + std::to_string(run.error) + ")";
    case ToolResult::Outcome::TimedOut:
        return program.string() + " did not finish in time";
    case ToolResult::Outcome::TooMuchOutput:
        return program.string() + " wrote more than a credential can hold";
    case ToolResult::Outcome::Failed:
        return program.string() + " failed" + (run.error ? " (errno " + std::to_string(run.error) + ")" : "");
    case ToolResult::Outcome::Exited:
        break;
    }
    return program.string() + " exited with status " + std::to_string(run.exitStatus) + lastMessage(run.errors);
}

bool cannotWrite(int error) {
    return error == EACCES || error == EPERM || error == EROFS;
}

Error writeError(const std::string& credential, const std::filesystem::path& folder, const char* what, int error) {
    if (cannotWrite(error))
        return Error(KeyStoreError::ReadOnly, "credential " + credential + ": " + what + " in " + folder.string() +
                                                  " is not allowed (errno " + std::to_string(error) +
                                                  "); run intake as root");
    return Error(KeyStoreError::Unavailable, "credential " + credential + ": " + what + " in " + folder.string() +
                                                 " failed (errno " + std::to_string(error) + ")");
}

bool writeAll(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

bool syncFolder(const std::filesystem::path& folder) {
    FileDescriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    return fd.get() >= 0 && ::fsync(fd.get()) == 0;
}

}  // namespace

SystemdCredentialStore::SystemdCredentialStore(std::filesystem::path directory) : directory_(std::move(directory)) {}

SystemdCredentialStore::SystemdCredentialStore(EncryptedCredstore credstore) : credstore_(std::move(credstore)) {}

SystemdCredentialStore SystemdCredentialStore::fromEnvironment() {
    const char* directory = std::getenv("CREDENTIALS_DIRECTORY");
    return SystemdCredentialStore(directory ? std::filesystem::path(directory) : std::filesystem::path());
}

SystemdCredentialStore SystemdCredentialStore::fromEnvironment(EncryptedCredstore otherwise) {
    const char* directory = std::getenv("CREDENTIALS_DIRECTORY");
    if (directory && *directory)
        return SystemdCredentialStore(std::filesystem::path(directory));
    return SystemdCredentialStore(std::move(otherwise));
}

std::string SystemdCredentialStore::keyCredentialName(const std::string& name) {
    return name + ".key";
}

std::string SystemdCredentialStore::secretCredentialName(const std::string& name) {
    return name + ".secret";
}

Result<std::string> SystemdCredentialStore::readCredential(const std::string& credential) const {
    if (directory_.empty())
        return Error(KeyStoreError::KeyMissing,
                     "credential " + credential +
                         ": $CREDENTIALS_DIRECTORY is not set (the service has no LoadCredential= for it)");
    FileDescriptor fd(::open((directory_ / credential).c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return Error(KeyStoreError::KeyMissing, "credential " + credential + " is not in $CREDENTIALS_DIRECTORY");
        return Error(KeyStoreError::Unavailable,
                     "credential " + credential + " cannot be opened (errno " + std::to_string(error) + ")");
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0)
        return Error(KeyStoreError::Unavailable, "credential " + credential + " cannot be examined");
    if (!S_ISREG(info.st_mode))
        return Error(KeyStoreError::KeyMalformed, "credential " + credential + " is not a regular file");
    if ((info.st_mode & (S_IRWXO | S_IWGRP)) != 0)
        return Error(KeyStoreError::KeyExposed, "credential " + credential + " has mode " +
                                                    octal(info.st_mode & 0777) +
                                                    "; others may read or change it (systemd makes it 0400)");
    if (info.st_size > kMaxCredentialSize)
        return Error(KeyStoreError::KeyMalformed, "credential " + credential + " is larger than 1 MiB");

    // One buffer of the final size (plus one byte to notice growth), so no
    // partial copy of the content is left behind in freed memory.
    std::string content(static_cast<std::size_t>(info.st_size) + 1, '\0');
    std::size_t got = 0;
    while (got < content.size()) {
        const ssize_t n = ::read(fd.get(), content.data() + got, content.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            wipe(content);
            return Error(KeyStoreError::Unavailable, "credential " + credential + " cannot be read");
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    if (got != static_cast<std::size_t>(info.st_size)) {
        wipe(content);
        return Error(KeyStoreError::Unavailable, "credential " + credential + " changed while it was read");
    }
    content.resize(got);  // shrinks in place: no reallocation
    return content;  // moved (C++20 implicit move): the buffer is not copied
}

Result<std::string> SystemdCredentialStore::decryptCredential(const std::string& credential) const {
    const auto& options = *credstore_;
    const auto file = options.directory / credential;
    struct stat info {};
    if (options.directory.empty() || ::stat(file.c_str(), &info) != 0) {
        const int error = options.directory.empty() ? ENOENT : errno;
        if (error == ENOENT || error == ENOTDIR)
            return Error(KeyStoreError::KeyMissing,
                         "credential " + credential + " is not in " + options.directory.string());
        return Error(KeyStoreError::Unavailable, "credential " + credential + " in " + options.directory.string() +
                                                     " cannot be examined (errno " + std::to_string(error) +
                                                     "); run intake as root");
    }
    if (!S_ISREG(info.st_mode))
        return Error(KeyStoreError::KeyMalformed, "credential " + credential + " is not a regular file");
    // Encrypted, so reading is harmless; but whoever may write it may swap it.
    if ((info.st_mode & (S_IWOTH | S_IWGRP)) != 0)
        return Error(KeyStoreError::KeyExposed, "credential " + credential + " has mode " +
                                                    octal(info.st_mode & 0777) +
                                                    "; other users may replace it (make it 0600)");
    auto run = runTool(options.program, {"decrypt", "--name=" + credential, file.string(), "-"}, {},
                       static_cast<std::size_t>(kMaxCredentialSize), options.timeoutMs);
    if (run.outcome == ToolResult::Outcome::Exited && run.exitStatus == 0)
        return std::move(run.output);
    wipe(run.output);
    if (run.outcome != ToolResult::Outcome::Exited || ::geteuid() != 0)
        return Error(KeyStoreError::Unavailable, "credential " + credential + " cannot be decrypted: " +
                                                     describe(run, options.program));
    // As root a refusal means this machine cannot open it: another machine's
    // host key or TPM, another credential's name, or a damaged file.
    return Error(KeyStoreError::KeyMalformed, "credential " + credential + " cannot be decrypted on this machine: " +
                                                  describe(run, options.program));
}

Result<void> SystemdCredentialStore::encryptCredential(const std::string& credential,
                                                       const std::string& plaintext) const {
    const auto& options = *credstore_;
    const auto& folder = options.directory;
    if (folder.empty())
        return Error(KeyStoreError::Unavailable, "credential " + credential + ": no folder for encrypted credentials");
    // systemd's own convention for /etc/credstore.encrypted: root only.
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
        return writeError(credential, folder, "creating the folder", errno);

    std::vector<std::string> args = {"encrypt", "--name=" + credential};
    if (!options.withKey.empty())
        args.push_back("--with-key=" + options.withKey);
    args.insert(args.end(), {"-", "-"});
    auto run = runTool(options.program, args, plaintext, 4 * static_cast<std::size_t>(kMaxCredentialSize),
                       options.timeoutMs);
    if (run.outcome != ToolResult::Outcome::Exited || run.exitStatus != 0 || run.output.empty())
        return Error(KeyStoreError::Unavailable, "credential " + credential + " cannot be encrypted: " +
                                                     (run.output.empty() && run.exitStatus == 0
                                                          ? options.program.string() + " wrote nothing"
                                                          : describe(run, options.program)));

    std::string temporary = (folder / ("." + credential + ".new-XXXXXX")).string();
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        return writeError(credential, folder, "creating a temporary file", errno);
    FileDescriptor file(fd);
    auto fail = [&](const char* what, int error) {
        ::unlink(temporary.c_str());
        return writeError(credential, folder, what, error);
    };
    if (::fchmod(fd, 0600) != 0)
        return fail("setting the mode", errno);
    if (!writeAll(fd, run.output) || ::fsync(fd) != 0)
        return fail("writing", errno);

    // The old credential is replaced only once the new one opens to the same
    // bytes: a rekey must never leave a vault whose key cannot be read.
    {
        auto check = runTool(options.program, {"decrypt", "--name=" + credential, temporary, "-"}, {},
                             static_cast<std::size_t>(kMaxCredentialSize), options.timeoutMs);
        const bool same = check.outcome == ToolResult::Outcome::Exited && check.exitStatus == 0 &&
                          check.output.size() == plaintext.size() &&
                          CRYPTO_memcmp(check.output.data(), plaintext.data(), plaintext.size()) == 0;
        wipe(check.output);
        if (!same) {
            ::unlink(temporary.c_str());
            return Error(KeyStoreError::Unavailable,
                         "credential " + credential + ": the encrypted file does not decrypt to what was stored" +
                             (check.outcome == ToolResult::Outcome::Exited && check.exitStatus == 0
                                  ? std::string()
                                  : " (" + describe(check, options.program) + ")") +
                             "; the old credential is unchanged");
        }
    }
    if (::rename(temporary.c_str(), (folder / credential).c_str()) != 0)
        return fail("renaming", errno);
    if (!syncFolder(folder))
        return writeError(credential, folder, "syncing the folder", errno);
    return {};
}

Result<void> SystemdCredentialStore::removeCredential(const std::string& credential) const {
    const auto& folder = credstore_->directory;
    if (folder.empty() || ::unlink((folder / credential).c_str()) != 0) {
        const int error = folder.empty() ? ENOENT : errno;
        if (error == ENOENT || error == ENOTDIR)
            return Error(KeyStoreError::KeyMissing, "credential " + credential + " is not in " + folder.string());
        return writeError(credential, folder, "removing", error);
    }
    if (!syncFolder(folder))
        return writeError(credential, folder, "syncing the folder", errno);
    return {};
}

Result<VaultKey> SystemdCredentialStore::load(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid key name");
    const auto credential = keyCredentialName(name);
    auto content = credstore_ ? decryptCredential(credential) : readCredential(credential);
    if (!content)
        return content.error();
    std::string_view hex = *content;
    if (hex.ends_with('\n'))
        hex.remove_suffix(1);
    if (hex.ends_with('\r'))
        hex.remove_suffix(1);
    auto key = VaultKey::fromHex(hex);
    wipe(*content);
    if (!key)
        return Error(KeyStoreError::KeyMalformed, "credential " + credential + " does not hold 64 hex digits");
    return *key;
}

Result<void> SystemdCredentialStore::store(const std::string& name, const VaultKey& key) {
    if (!credstore_)
        return readOnly(keyCredentialName(name));
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid key name");
    auto hex = key.hex();
    auto stored = encryptCredential(keyCredentialName(name), hex);
    wipe(hex);
    return stored;
}

Result<void> SystemdCredentialStore::remove(const std::string& name) {
    if (!credstore_)
        return readOnly(keyCredentialName(name));
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid key name");
    return removeCredential(keyCredentialName(name));
}

Result<std::string> SystemdCredentialStore::loadSecret(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid secret name");
    const auto credential = secretCredentialName(name);
    return credstore_ ? decryptCredential(credential) : readCredential(credential);
}

Result<void> SystemdCredentialStore::storeSecret(const std::string& name, const std::string& secret) {
    if (!credstore_)
        return readOnly(secretCredentialName(name));
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid secret name");
    return encryptCredential(secretCredentialName(name), secret);
}

Result<void> SystemdCredentialStore::removeSecret(const std::string& name) {
    if (!credstore_)
        return readOnly(secretCredentialName(name));
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid secret name");
    return removeCredential(secretCredentialName(name));
}

}  // namespace intake::platform
