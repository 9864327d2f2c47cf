#include "socket_io.h"

#include <arpa/inet.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <system_error>

namespace intake::test::net {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

namespace {
constexpr std::size_t kReadChunk = 64 * 1024;
}  // namespace

void Fd::close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
}

void Fd::abort() {
    if (fd_ < 0) return;
    const linger l{1, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    ::close(fd_);
    fd_ = -1;
}

void throwErrno(std::string_view who, const std::string& what) {
    throw std::system_error(errno, std::generic_category(), std::string(who) + ": " + what);
}

Fd openEventFd(std::string_view who) {
    Fd fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
    if (!fd.open()) throwErrno(who, "eventfd");
    return fd;
}

void signalEventFd(int fd) {
    const std::uint64_t one = 1;
    // An eventfd counter cannot overflow with our few writes; EAGAIN would mean it is set anyway.
    [[maybe_unused]] const auto n = ::write(fd, &one, sizeof one);
}

sockaddr_in loopbackAddress(int port) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    return addr;
}

Listener listenOnLoopback(std::string_view who) {
    Listener l;
    l.fd = Fd(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!l.fd.open()) throwErrno(who, "socket");
    const sockaddr_in addr = loopbackAddress(0);
    if (::bind(l.fd.get(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) throwErrno(who, "bind");
    if (::listen(l.fd.get(), SOMAXCONN) != 0) throwErrno(who, "listen");
    sockaddr_in bound{};
    socklen_t len = sizeof bound;
    if (::getsockname(l.fd.get(), reinterpret_cast<sockaddr*>(&bound), &len) != 0) throwErrno(who, "getsockname");
    l.port = ntohs(bound.sin_port);
    return l;
}

void setNoDelay(int fd) {
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

Fd acceptConnection(int listener) {
    return Fd(::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC));
}

Io waitFor(int fd, short events, int wake, milliseconds timeout, int watch) {
    const bool forever = timeout.count() < 0;
    const auto deadline = Clock::now() + (forever ? milliseconds(0) : timeout);
    for (;;) {
        pollfd p[3] = {{fd, events, 0}, {wake, POLLIN, 0}, {watch, POLLRDHUP, 0}};
        int wait = -1;
        if (!forever) {
            const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now()).count();
            wait = static_cast<int>(std::max<long long>(0, left));
        }
        const int n = ::poll(p, 3, wait);
        if (n < 0) {
            if (errno == EINTR) continue;
            return Io::Error;
        }
        if (p[1].revents != 0) return Io::Woken;
        if (p[0].revents != 0) return Io::Ok;
        if (p[2].revents != 0) return Io::HungUp;
        if (n == 0 || (!forever && Clock::now() >= deadline)) return Io::Timeout;
    }
}

Io recvSome(int fd, std::string& buf, int wake, milliseconds timeout, int watch) {
    char tmp[kReadChunk];
    for (;;) {
        const ssize_t n = ::recv(fd, tmp, sizeof tmp, 0);
        if (n > 0) {
            buf.append(tmp, static_cast<std::size_t>(n));
            return Io::Ok;
        }
        if (n == 0) return Io::Eof;
        if (errno == EINTR) continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) return Io::Error;
        const Io w = waitFor(fd, POLLIN, wake, timeout, watch);
        if (w != Io::Ok) return w;
    }
}

Io sendAll(int fd, std::string_view data, int wake, const std::function<void(std::size_t)>& sent, std::size_t maxPiece) {
    while (!data.empty()) {
        const ssize_t n = ::send(fd, data.data(), std::min(data.size(), maxPiece), MSG_NOSIGNAL);
        if (n > 0) {
            if (sent) sent(static_cast<std::size_t>(n));
            data.remove_prefix(static_cast<std::size_t>(n));
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return Io::Error;
        const Io w = waitFor(fd, POLLOUT, wake, milliseconds(-1));
        if (w != Io::Ok) return w;
    }
    return Io::Ok;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::optional<std::uint64_t> parseContentLengthValue(std::string_view value) {
    const std::string_view s = trim(value);
    if (s.empty() || s.size() > 18 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    std::uint64_t out = 0;
    for (char c : s) out = out * 10 + static_cast<std::uint64_t>(c - '0');
    return out;
}

}  // namespace intake::test::net
