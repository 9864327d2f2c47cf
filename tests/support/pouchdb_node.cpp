#include "pouchdb_node.h"
#include "node_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#if __has_include(<linux/close_range.h>)
#include <linux/close_range.h>
#endif

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <thread>

#ifndef INTAKE_TESTS_SOURCE_DIR
#error "INTAKE_TESTS_SOURCE_DIR must be defined (string literal: the tests/ source directory)"
#endif

extern char** environ;

namespace intake::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr auto kTermGrace = std::chrono::seconds(5);  // SIGTERM -> SIGKILL on timeout
constexpr std::size_t kStderrTailChars = 4000;

[[noreturn]] void throwErrno(const std::string& what) {
    throw std::system_error(errno, std::generic_category(), what);
}

std::string tail(const std::string& text) {
    if (text.size() <= kStderrTailChars) return text;
    return "..." + text.substr(text.size() - kStderrTailChars);
}

std::string commandLine(const std::vector<std::string>& argv) {
    std::string out;
    for (const auto& a : argv) {
        if (!out.empty()) out += ' ';
        out += a;
    }
    return out;
}

void closeFd(int& fd) noexcept {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

// Owns the child for the duration of one run: whatever happens (exceptions included), the
// process group is killed and the child reaped, and the pipes are closed.
class ToolProcess {
public:
    explicit ToolProcess(const std::vector<std::string>& args) : argv_(args) { spawn(); }
    ~ToolProcess() {
        if (pid_ > 0) {
            ::killpg(pid_, SIGKILL);
            reap();
        }
        closeFd(out_);
        closeFd(err_);
    }
    ToolProcess(const ToolProcess&) = delete;
    ToolProcess& operator=(const ToolProcess&) = delete;

    // Reads stdout/stderr until both end or the deadline passes. Returns false on timeout.
    bool drain(Clock::time_point deadline) {
        std::array<char, 65536> buf{};
        while (out_ >= 0 || err_ >= 0) {
            const auto now = Clock::now();
            if (now >= deadline) return false;
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count();
            pollfd fds[2] = {{out_, POLLIN, 0}, {err_, POLLIN, 0}};
            const int n = ::poll(fds, 2, static_cast<int>(std::min<long long>(left + 1, 1000)));
            if (n < 0) {
                if (errno == EINTR) continue;
                throwErrno("runPouchTool: poll()");
            }
            for (int i = 0; i < 2; ++i) {
                if (fds[i].fd < 0 || fds[i].revents == 0) continue;
                int& fd = i == 0 ? out_ : err_;
                std::string& sink = i == 0 ? stdout_ : stderr_;
                const ssize_t got = ::read(fd, buf.data(), buf.size());
                if (got > 0) {
                    sink.append(buf.data(), static_cast<std::size_t>(got));
                } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
                    closeFd(fd);
                }
            }
        }
        return true;
    }

    // Waits for the child to end (its pipes are closed, so it is at most moments away).
    // Returns the wait status, or nothing if it is still running at the deadline.
    bool waitUntil(Clock::time_point deadline, int& status) {
        for (;;) {
            const pid_t r = ::waitpid(pid_, &status, WNOHANG);
            if (r == pid_) {
                pid_ = -1;
                return true;
            }
            if (r < 0 && errno != EINTR) throwErrno("runPouchTool: waitpid()");
            if (Clock::now() >= deadline) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }

    // SIGTERM to the group (the tool cleans its temp dirs), SIGKILL after a grace period.
    void terminate() {
        if (pid_ <= 0) return;
        ::killpg(pid_, SIGTERM);
        int status = 0;
        if (!waitUntil(Clock::now() + kTermGrace, status)) {
            ::killpg(pid_, SIGKILL);
            reap();
        }
    }

    const std::string& out() const { return stdout_; }
    const std::string& err() const { return stderr_; }
    const std::vector<std::string>& argv() const { return argv_; }

private:
    void reap() noexcept {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        pid_ = -1;
    }

    void spawn() {
        // Everything the child needs is prepared before fork(): after it, only async-signal-safe calls.
        std::vector<char*> argv;
        for (auto& a : argv_) argv.push_back(a.data());
        argv.push_back(nullptr);

        int outPipe[2] = {-1, -1};
        int errPipe[2] = {-1, -1};
        int execPipe[2] = {-1, -1};
        const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (devNull < 0 || ::pipe2(outPipe, O_CLOEXEC) != 0 || ::pipe2(errPipe, O_CLOEXEC) != 0 ||
            ::pipe2(execPipe, O_CLOEXEC) != 0) {
            const int saved = errno;
            for (int fd : {devNull, outPipe[0], outPipe[1], errPipe[0], errPipe[1], execPipe[0], execPipe[1]})
                if (fd >= 0) ::close(fd);
            errno = saved;
            throwErrno("runPouchTool: preparing pipes");
        }
        const pid_t parent = ::getpid();
        const pid_t child = ::fork();
        if (child < 0) {
            const int saved = errno;
            for (int fd : {devNull, outPipe[0], outPipe[1], errPipe[0], errPipe[1], execPipe[0], execPipe[1]})
                ::close(fd);
            errno = saved;
            throwErrno("runPouchTool: fork()");
        }
        if (child == 0) {
            ::setpgid(0, 0);                      // own group: a timeout kills all of it
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);   // die with the test process
            if (::getppid() != parent) ::_exit(127);
            sigset_t none;
            ::sigemptyset(&none);
            ::sigprocmask(SIG_SETMASK, &none, nullptr);
            struct sigaction dfl {};
            dfl.sa_handler = SIG_DFL;
            for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGCHLD}) ::sigaction(sig, &dfl, nullptr);
            int err = 0;
            if (::dup2(devNull, STDIN_FILENO) < 0 || ::dup2(outPipe[1], STDOUT_FILENO) < 0 ||
                ::dup2(errPipe[1], STDERR_FILENO) < 0) {
                err = errno;
            } else {
#ifdef CLOSE_RANGE_CLOEXEC
                ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
#endif
                ::execve(argv[0], argv.data(), environ);
                err = errno;
            }
            [[maybe_unused]] const ssize_t n = ::write(execPipe[1], &err, sizeof err);
            ::_exit(127);
        }

        ::setpgid(child, child);
        pid_ = child;
        for (int fd : {devNull, outPipe[1], errPipe[1], execPipe[1]}) ::close(fd);
        out_ = outPipe[0];
        err_ = errPipe[0];
        int childErrno = 0;
        ssize_t n;
        do {
            n = ::read(execPipe[0], &childErrno, sizeof childErrno);
        } while (n < 0 && errno == EINTR);
        ::close(execPipe[0]);
        if (n == static_cast<ssize_t>(sizeof childErrno)) {
            // The destructor does not run for a constructor that throws: clean up here.
            reap();
            closeFd(out_);
            closeFd(err_);
            throw std::runtime_error("runPouchTool: cannot start " + argv_.front() + ": " +
                                     std::strerror(childErrno));
        }
    }

    std::vector<std::string> argv_;
    pid_t pid_ = -1;
    int out_ = -1;
    int err_ = -1;
    std::string stdout_;
    std::string stderr_;
};

std::string failure(const ToolProcess& tool, const std::string& what) {
    std::string message = "runPouchTool: `" + commandLine(tool.argv()) + "` " + what;
    if (tool.err().empty()) return message + " (stderr was empty)";
    return message + "\n--- last of pouch-tool stderr ---\n" + tail(tool.err()) + "\n---------------------------------";
}

void writeText(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

}  // namespace

std::filesystem::path pouchToolScript() { return fs::path(INTAKE_TESTS_SOURCE_DIR) / "peer" / "pouch-tool.js"; }

nlohmann::json runPouchTool(const std::vector<std::string>& args, std::chrono::seconds timeout) {
    const fs::path script = pouchToolScript();
    std::error_code ec;
    if (!fs::is_regular_file(script, ec)) throw std::runtime_error("runPouchTool: " + script.string() + " not found");
    const fs::path pouchdbNode = fs::path(INTAKE_TESTS_SOURCE_DIR) / "node_modules" / "pouchdb-node";
    if (!fs::is_directory(pouchdbNode, ec)) {
        throw std::runtime_error("runPouchTool: " + pouchdbNode.string() + " not found; run `npm ci --ignore-scripts` in " +
                                 std::string(INTAKE_TESTS_SOURCE_DIR));
    }
    std::vector<std::string> argv = {findNode("runPouchTool").string(), script.string()};
    argv.insert(argv.end(), args.begin(), args.end());

    const auto started = Clock::now();
    ToolProcess tool(argv);
    const auto deadline = started + timeout;
    int status = 0;
    if (!tool.drain(deadline) || !tool.waitUntil(deadline, status)) {
        tool.terminate();
        std::ostringstream what;
        what << "did not finish within " << timeout.count() << " s; killed it";
        throw std::runtime_error(failure(tool, what.str()));
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error(failure(tool, describeWaitStatus(status)));
    try {
        nlohmann::json result = nlohmann::json::parse(tool.out());
        if (!result.is_object()) throw std::runtime_error("not a JSON object");
        return result;
    } catch (const std::exception& e) {
        // Not the output itself: it may carry document contents.
        throw std::runtime_error(failure(tool, "exited 0 but its stdout (" + std::to_string(tool.out().size()) +
                                                   " bytes) is not one JSON object: " + e.what()));
    }
}

void writeJsonLines(const std::filesystem::path& file, const std::vector<nlohmann::json>& docs) {
    std::string text;
    for (const auto& doc : docs) {
        text += doc.dump();
        text += '\n';
    }
    writeText(file, text);
}

void writeJsonFile(const std::filesystem::path& file, const nlohmann::json& value) { writeText(file, value.dump() + '\n'); }

}  // namespace intake::test
