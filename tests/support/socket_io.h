#pragma once
// Non-blocking POSIX socket helpers shared by the test-only loopback HTTP/1.1 servers
// (fault_proxy.cpp, hostile_server.cpp). Every wait also watches a "wake" eventfd, so an owner
// can stop a thread that is blocked in I/O.

#include <netinet/in.h>
#include <poll.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <limits>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>

namespace intake::test::net {

// Neither server accepts a request or response head larger than this.
constexpr std::size_t kMaxHeadBytes = 64 * 1024;

// Owns a file descriptor.
class Fd {
public:
    Fd() = default;
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() { close(); }
    Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    Fd& operator=(Fd&& other) noexcept {
        if (this != &other) {
            close();
            fd_ = std::exchange(other.fd_, -1);
        }
        return *this;
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;

    int get() const { return fd_; }
    bool open() const { return fd_ >= 0; }

    // Orderly close (FIN, unless unread data is pending, which makes the kernel send RST).
    void close();
    // Abortive close: SO_LINGER 0 makes close() send RST and discard unsent data.
    void abort();

private:
    int fd_ = -1;
};

// Throws std::system_error for errno, the message prefixed with "<who>: ".
[[noreturn]] void throwErrno(std::string_view who, const std::string& what);

// A non-blocking eventfd, for waking a thread out of waitFor(); throws (prefixed with `who`).
Fd openEventFd(std::string_view who);
void signalEventFd(int fd);

// 127.0.0.1:port.
sockaddr_in loopbackAddress(int port);

struct Listener {
    Fd fd;
    int port = 0;
};
// A non-blocking TCP listener on 127.0.0.1, on a port the kernel picks; throws (prefixed with `who`).
Listener listenOnLoopback(std::string_view who);

void setNoDelay(int fd);

enum class Io {
    Ok,
    Eof,      // orderly end of stream
    Error,    // connection error (reset, broken pipe, ...)
    Woken,    // the wake eventfd fired
    Timeout,
    HungUp,   // the watched connection was closed or reset by its peer (seen by poll)
};

// Waits for `events` on fd (fd may be -1: just sleep), the wake fd, and optionally hang-up of
// `watch`. Any event on fd, POLLERR / POLLHUP too, is Ok: the next I/O call reports it.
// timeout: negative = forever.
Io waitFor(int fd, short events, int wake, std::chrono::milliseconds timeout, int watch = -1);

// Appends what is available (at least one byte) to buf.
Io recvSome(int fd, std::string& buf, int wake, std::chrono::milliseconds timeout = std::chrono::milliseconds(-1),
            int watch = -1);

// Sends all of data, at most maxPiece bytes per send(); `sent` (if set) hears of each piece the
// kernel accepted.
Io sendAll(int fd, std::string_view data, int wake, const std::function<void(std::size_t)>& sent = {},
           std::size_t maxPiece = std::numeric_limits<std::size_t>::max());

// ---- accepting connections ----------------------------------------------------------------------

// The next pending connection on a non-blocking listener, non-blocking itself; not open on EAGAIN
// (or a transient error).
Fd acceptConnection(int listener);

// Accepts connections on a fresh 127.0.0.1 port and serves each as a Session on its own thread.
// Session needs run(), which serves the connection until it ends.
template <typename Session>
class LoopbackAcceptor {
public:
    using Open = std::function<std::shared_ptr<Session>(Fd)>;

    // Listens and starts accepting; open(Fd) makes each connection a session (a throw closes
    // it). Finished sessions are joined at least every `tick`. Throws (prefixed with `who`).
    void start(std::string_view who, std::chrono::milliseconds tick, Open open) {
        wake_ = openEventFd(who);
        Listener listener = listenOnLoopback(who);
        listener_ = std::move(listener.fd);
        port_ = listener.port;
        acceptor_ = std::thread([this, tick, open = std::move(open)] { acceptLoop(tick, open); });
    }

    int port() const { return port_; }

    // Stops every live session with stop(Session&), then joins them.
    template <typename Stop>
    void endSessions(Stop stop) {
        std::list<Running> all;
        {
            std::lock_guard lock(mutex_);
            all.splice(all.end(), running_);
        }
        for (auto& r : all) stop(*r.session);
        for (auto& r : all) r.join();
    }

    // Stops accepting, then endSessions(stop). Needed before destruction once started.
    template <typename Stop>
    void close(Stop stop) {
        stopping_ = true;
        signalEventFd(wake_.get());
        if (acceptor_.joinable()) acceptor_.join();
        endSessions(stop);
    }

private:
    struct Running {
        std::shared_ptr<Session> session;
        std::thread thread;
        std::atomic<bool> finished{false};

        void join() {
            if (thread.joinable()) thread.join();
        }
    };

    void acceptLoop(std::chrono::milliseconds tick, const Open& open) {
        while (!stopping_) {
            const Io io = waitFor(listener_.get(), POLLIN, wake_.get(), tick);
            reapFinished();
            if (io == Io::Woken || stopping_) break;
            if (io != Io::Ok) continue;
            for (;;) {
                Fd client = acceptConnection(listener_.get());
                if (!client.open()) break;  // EAGAIN (or a transient error): back to poll
                std::shared_ptr<Session> session;
                try {
                    session = open(std::move(client));
                } catch (const std::exception&) {
                    continue;  // e.g. no eventfd: the connection is closed
                }
                std::lock_guard lock(mutex_);
                Running& r = running_.emplace_back();
                r.session = std::move(session);
                try {
                    // Splicing does not move list nodes, so &r stays valid until joined.
                    r.thread = std::thread([&r] {
                        r.session->run();
                        r.finished = true;
                    });
                } catch (const std::system_error&) {
                    running_.pop_back();  // no thread: the connection is closed
                }
            }
        }
    }

    void reapFinished() {
        std::list<Running> done;
        {
            std::lock_guard lock(mutex_);
            for (auto it = running_.begin(); it != running_.end();) {
                auto next = std::next(it);
                if (it->finished) done.splice(done.end(), running_, it);
                it = next;
            }
        }
        for (auto& r : done) r.join();
    }

    Fd listener_;
    Fd wake_;  // stops the acceptor
    int port_ = 0;
    std::atomic<bool> stopping_{false};
    std::mutex mutex_;
    std::list<Running> running_;
    std::thread acceptor_;
};

// ---- HTTP text ----------------------------------------------------------------------------------

bool iequals(std::string_view a, std::string_view b);
// Strips blanks (and a trailing CR).
std::string_view trim(std::string_view s);
// A Content-Length value: 1 to 18 decimal digits (so it cannot overflow), blanks around allowed.
std::optional<std::uint64_t> parseContentLengthValue(std::string_view value);

}  // namespace intake::test::net
