#include "pouchdb_peer.h"
#include "node_process.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#if __has_include(<linux/close_range.h>)
#include <linux/close_range.h>
#endif

#include <curl/curl.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <memory>
#include <mutex>
#include <random>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#ifndef INTAKE_TESTS_SOURCE_DIR
#error "INTAKE_TESTS_SOURCE_DIR must be defined (string literal: the tests/ source directory)"
#endif

extern char** environ;

namespace intake::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr auto kPollInterval = std::chrono::milliseconds(50);
constexpr auto kProbeTimeout = std::chrono::milliseconds(500);  // one GET / (a failed probe is retried)
constexpr int kMaxPortAttempts = 3;

[[noreturn]] void throwErrno(const std::string& what) {
    throw std::system_error(errno, std::generic_category(), what);
}

// ---- HTTP (libcurl) -------------------------------------------------------------------------

void ensureCurlGlobalInit() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            throw std::runtime_error("PouchPeer: curl_global_init failed");
    });
}

struct HttpResult {
    long status = 0;    // 0 when the request did not complete
    std::string body;
    std::string error;  // libcurl's message when status == 0
};

size_t appendToString(char* data, size_t size, size_t count, void* userdata) {
    static_cast<std::string*>(userdata)->append(data, size * count);
    return size * count;
}

HttpResult httpRequest(const char* method, const std::string& url, std::chrono::milliseconds timeout,
                       const std::string* body = nullptr) {
    ensureCurlGlobalInit();
    HttpResult result;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        result.error = "curl_easy_init failed";
        return result;
    }
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Accept: application/json");
    headers = curl_slist_append(headers, "Content-Type: application/json");
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headerGuard(headers, &curl_slist_free_all);

    char errbuf[CURL_ERROR_SIZE] = {};
    const long timeoutMs = std::max<long>(1, static_cast<long>(timeout.count()));
    CURL* h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_NOPROXY, "*");  // never route loopback through an http_proxy
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, std::min(timeoutMs, 1000L));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeoutMs);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &appendToString);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &result.body);
    if (body) {
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body->data());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
    }
    const CURLcode rc = curl_easy_perform(h);
    if (rc != CURLE_OK) {
        result.error = errbuf[0] ? errbuf : curl_easy_strerror(rc);
        result.body.clear();
        return result;
    }
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &result.status);
    return result;
}

std::string percentEncode(const std::string& s) {
    ensureCurlGlobalInit();
    char* escaped = curl_easy_escape(nullptr, s.c_str(), static_cast<int>(s.size()));
    if (!escaped) throw std::runtime_error("PouchPeer: curl_easy_escape failed");
    std::string out(escaped);
    curl_free(escaped);
    return out;
}

bool looksLikeJsonObject(const std::string& body) {
    const auto pos = body.find_first_not_of(" \t\r\n");
    return pos != std::string::npos && body[pos] == '{';
}

// ---- ports ------------------------------------------------------------------------------------

int bindLoopback(int port, bool reuseAddr) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) throwErrno("PouchPeer: socket()");
    if (reuseAddr) {
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port));
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

int pickFreeLoopbackPort() {
    const int fd = bindLoopback(0, false);
    if (fd < 0) throwErrno("PouchPeer: bind(127.0.0.1:0)");
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        throwErrno("PouchPeer: getsockname()");
    }
    ::close(fd);
    return ntohs(addr.sin_port);
}

// True when something else is bound to 127.0.0.1:port (checked with SO_REUSEADDR, as node
// listens with it, so leftover TIME_WAIT connections do not count).
bool portTaken(int port) {
    const int fd = bindLoopback(port, true);
    if (fd >= 0) {
        ::close(fd);
        return false;
    }
    return errno == EADDRINUSE;
}

// ---- files and processes -----------------------------------------------------------------------

fs::path makeRunDir() {
    std::error_code ec;
    fs::path base = fs::temp_directory_path(ec);
    if (ec) base = "/tmp";
    std::string templ = (base / "intake-pouchpeer-XXXXXX").string();
    if (!::mkdtemp(templ.data())) throwErrno("PouchPeer: mkdtemp(" + templ + ")");
    return templ;
}

// 32 hex digits, the shape of a CouchDB server uuid.
std::string randomUuid() {
    static constexpr char kHex[] = "0123456789abcdef";
    std::random_device rd;
    std::string out(32, '0');
    for (char& c : out) c = kHex[rd() & 0xF];
    return out;
}

// Has the child terminated? Leaves it a zombie (WNOWAIT), so its pid/process group cannot be
// reused until we reap it.
bool hasExited(pid_t pid) {
    siginfo_t info{};
    for (;;) {
        if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0)
            return info.si_pid != 0;
        if (errno != EINTR) return true;  // ECHILD: nothing left to wait for
    }
}

int reap(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return status;
}

std::string tailOfFile(const fs::path& file, std::size_t maxLines) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    std::deque<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        lines.push_back(std::move(line));
        if (lines.size() > maxLines) lines.pop_front();
    }
    std::string out;
    for (const auto& l : lines) out += l + '\n';
    constexpr std::size_t kMaxChars = 4000;
    if (out.size() > kMaxChars) out = "..." + out.substr(out.size() - kMaxChars);
    return out;
}

std::string withStderr(std::string message, const std::string& tail) {
    if (tail.empty()) return message + " (stderr was empty)";
    return message + "\n--- last lines of pouchdb-server stderr ---\n" + tail + "-------------------------------------------";
}

}  // namespace

// ---- PouchPeer --------------------------------------------------------------------------------

PouchPeer::PouchPeer(Options options)
    : options_(std::move(options)), testsDir_(INTAKE_TESTS_SOURCE_DIR) {
    serverScript_ = testsDir_ / "node_modules" / "pouchdb-server" / "bin" / "pouchdb-server";
    std::error_code ec;
    if (!fs::is_regular_file(serverScript_, ec)) {
        throw std::runtime_error("PouchPeer: " + serverScript_.string() +
                                 " not found; run `npm ci --ignore-scripts` in " + testsDir_.string());
    }
    nodeExe_ = findNode("PouchPeer");
    runDir_ = makeRunDir();
    try {
        if (options_.inMemory) {
            // pouchdb-server still mkdirs --dir (default: its cwd) in memory mode; keep it private.
            dataDir_ = runDir_ / "memory";
        } else {
            dataDir_ = options_.dataDir ? fs::absolute(*options_.dataDir) : runDir_ / "data";
        }
        // Pre-seed the server uuid (GET / reports it) so the readiness probe can tell our server
        // from anything else that might answer on the port. It stays the same across restart().
        uuid_ = randomUuid();
        std::ofstream config(runDir_ / "config.json");
        config << "{\"couchdb\": {\"uuid\": \"" << uuid_ << "\"}}\n";
        config.close();
        if (!config) throw std::runtime_error("PouchPeer: cannot write " + (runDir_ / "config.json").string());
        port_ = pickFreeLoopbackPort();
        start(/*mayChangePort=*/true);
    } catch (...) {
        killAndReap();
        fs::remove_all(runDir_, ec);
        throw;
    }
}

PouchPeer::~PouchPeer() {
    stop();
    std::error_code ec;
    fs::remove_all(runDir_, ec);
}

std::string PouchPeer::url() const { return "http://127.0.0.1:" + std::to_string(port_); }
int PouchPeer::port() const { return port_; }
bool PouchPeer::inMemory() const { return options_.inMemory; }
const std::filesystem::path& PouchPeer::dataDir() const { return dataDir_; }
pid_t PouchPeer::pid() const { return pid_; }
const std::string& PouchPeer::serverUuid() const { return uuid_; }
bool PouchPeer::running() const { return pid_ > 0 && !hasExited(pid_); }

std::string PouchPeer::stderrTail(std::size_t maxLines) const {
    return tailOfFile(runDir_ / "stderr.log", maxLines);
}

void PouchPeer::spawnChild() {
    // Everything the child needs is prepared before fork(): after it, only async-signal-safe calls.
    std::vector<std::string> args = {nodeExe_.string(), serverScript_.string()};
    if (options_.inMemory) args.emplace_back("--in-memory");
    args.emplace_back("--dir");
    args.push_back(dataDir_.string());
    args.emplace_back("--config");  // pre-seeded with the uuid; rewritten by /_config changes
    args.push_back((runDir_ / "config.json").string());
    args.emplace_back("--host");
    args.emplace_back("127.0.0.1");
    args.emplace_back("--port");
    args.push_back(std::to_string(port_));
    // -n = "no stdout logs". The long form --no-stdout-logs is parsed by pouchdb-server's nomnom
    // as "stdout-logs=false" and has no effect; the short flag works. The log file itself
    // (log.txt, CouchDB style) goes to the child's cwd, runDir_.
    args.emplace_back("-n");
    args.emplace_back("--no-color");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    const std::string runDir = runDir_.string();
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull < 0) throwErrno("PouchPeer: open(/dev/null)");
    const int outFd = ::open((runDir_ / "stdout.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    const int errFd = ::open((runDir_ / "stderr.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int execPipe[2] = {-1, -1};
    if (outFd < 0 || errFd < 0 || ::pipe2(execPipe, O_CLOEXEC) != 0) {
        const int saved = errno;
        for (int fd : {devNull, outFd, errFd, execPipe[0], execPipe[1]})
            if (fd >= 0) ::close(fd);
        errno = saved;
        throwErrno("PouchPeer: preparing child stdio in " + runDir);
    }
    const pid_t parent = ::getpid();

    const pid_t child = ::fork();
    if (child < 0) {
        const int saved = errno;
        for (int fd : {devNull, outFd, errFd, execPipe[0], execPipe[1]}) ::close(fd);
        errno = saved;
        throwErrno("PouchPeer: fork()");
    }
    if (child == 0) {
        // Own process group, so stop() can signal the server and anything it spawns.
        ::setpgid(0, 0);
        // Die with the test process, even if it crashes or is SIGKILLed.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) ::_exit(127);
        // Do not inherit the test's signal mask or ignored signals.
        sigset_t none;
        ::sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        struct sigaction dfl {};
        dfl.sa_handler = SIG_DFL;
        for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGCHLD}) ::sigaction(sig, &dfl, nullptr);
        int err = 0;
        if (::dup2(devNull, STDIN_FILENO) < 0 || ::dup2(outFd, STDOUT_FILENO) < 0 ||
            ::dup2(errFd, STDERR_FILENO) < 0 || ::chdir(runDir.c_str()) != 0) {
            err = errno;
        } else {
#ifdef CLOSE_RANGE_CLOEXEC
            // Do not leak the test process's descriptors (sockets, files) into the server.
            ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
#endif
            ::execve(argv[0], argv.data(), environ);
            err = errno;
        }
        [[maybe_unused]] const ssize_t n = ::write(execPipe[1], &err, sizeof err);
        ::_exit(127);
    }

    // Parent. Also set the group here, so it is in place whatever the scheduling order.
    ::setpgid(child, child);
    pid_ = child;
    for (int fd : {devNull, outFd, errFd, execPipe[1]}) ::close(fd);
    int childErrno = 0;
    ssize_t n;
    do {
        n = ::read(execPipe[0], &childErrno, sizeof childErrno);
    } while (n < 0 && errno == EINTR);
    ::close(execPipe[0]);
    if (n == static_cast<ssize_t>(sizeof childErrno)) {  // exec (or the setup before it) failed
        killAndReap();
        throw std::runtime_error("PouchPeer: cannot start " + nodeExe_.string() + " " + serverScript_.string() +
                                 ": " + std::strerror(childErrno));
    }
}

void PouchPeer::start(bool mayChangePort) {
    for (int attempt = 1;; ++attempt) {
        spawnChild();
        const auto started = Clock::now();
        const auto deadline = started + options_.startTimeout;
        const std::string rootUrl = url() + "/";
        std::string lastProbe = "no answer yet";
        for (;;) {
            if (hasExited(pid_)) {
                const pid_t dead = pid_;
                ::killpg(dead, SIGKILL);  // stragglers in its group, if any
                const int status = reap(dead);
                pid_ = -1;
                const bool conflict = portTaken(port_);
                if (conflict && mayChangePort && attempt < kMaxPortAttempts) {
                    port_ = pickFreeLoopbackPort();  // lost a race for the port: try another
                    break;
                }
                std::string why = "PouchPeer: pouchdb-server on " + rootUrl + " " + describeWaitStatus(status) +
                                  " before it answered";
                if (conflict) why += " (port " + std::to_string(port_) + " is in use by another process)";
                throw std::runtime_error(withStderr(why, stderrTail()));
            }
            const auto now = Clock::now();
            if (now >= deadline) {
                const std::string tail = stderrTail();
                killAndReap();
                const auto secs = std::chrono::duration_cast<std::chrono::milliseconds>(now - started).count() / 1000.0;
                std::ostringstream why;
                why << "PouchPeer: pouchdb-server on " << rootUrl << " did not answer GET / with 200 + JSON within "
                    << secs << " s (last probe: " << lastProbe << "); killed it";
                throw std::runtime_error(withStderr(why.str(), tail));
            }
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now);
            const HttpResult r = httpRequest("GET", rootUrl, std::min(left, kProbeTimeout));
            const bool isOurs = r.body.find("\"uuid\":\"" + uuid_ + "\"") != std::string::npos;
            if (r.status == 200 && looksLikeJsonObject(r.body) && isOurs) return;
            if (r.status == 0) {
                lastProbe = r.error;
            } else {
                lastProbe = "HTTP " + std::to_string(r.status) + ": " + r.body.substr(0, 300);
                if (r.status == 200 && !isOurs) lastProbe += " (not our server: uuid is not " + uuid_ + ")";
            }
            std::this_thread::sleep_for(kPollInterval);
        }
    }
}

void PouchPeer::killAndReap() noexcept {
    if (pid_ <= 0) return;
    ::killpg(pid_, SIGKILL);
    reap(pid_);
    pid_ = -1;
}

void PouchPeer::stop() noexcept {
    if (pid_ <= 0) return;
    ::killpg(pid_, SIGTERM);
    const auto deadline = Clock::now() + options_.stopTimeout;
    while (!hasExited(pid_) && Clock::now() < deadline) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    // The leader is a zombie now (or still running after the grace period): either way its
    // group id is still reserved, so this cannot hit an unrelated process.
    killAndReap();
}

void PouchPeer::restart() {
    stop();
    start(/*mayChangePort=*/false);
}

std::string PouchPeer::createDatabase(std::string name) {
    const std::string dbUrl = url() + "/" + percentEncode(name);
    const std::string empty;
    const HttpResult r = httpRequest("PUT", dbUrl, std::chrono::seconds(10), &empty);
    if (r.status != 201 && r.status != 202) {
        const std::string detail = r.status == 0 ? r.error : "HTTP " + std::to_string(r.status) + ": " + r.body;
        throw std::runtime_error("PouchPeer: PUT " + dbUrl + " failed: " + detail);
    }
    return dbUrl;
}

}  // namespace intake::test
