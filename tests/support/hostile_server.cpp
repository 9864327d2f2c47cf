#include "hostile_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <list>
#include <mutex>
#include <stdexcept>
#include <system_error>
#include <thread>

namespace intake::test {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr std::size_t kMaxHeadBytes = 64 * 1024;
constexpr std::uint64_t kMaxRequestBody = std::uint64_t{64} * 1024 * 1024;
constexpr std::size_t kReadChunk = 64 * 1024;
constexpr int kSendBuffer = 64 * 1024;  // asked of the kernel (which doubles it)
constexpr std::size_t kMaxPiece = 64 * 1024;  // bytes handed to send() at once
constexpr milliseconds kAcceptorTick{1000};

// ---- file descriptors and waiting (the same approach as fault_proxy.cpp) -------------------------

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
    void close() {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }
    // SO_LINGER 0: close() sends RST and discards unsent data.
    void abort() {
        if (fd_ < 0) return;
        const linger l{1, 0};
        ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        ::close(fd_);
        fd_ = -1;
    }

private:
    int fd_ = -1;
};

[[noreturn]] void throwErrno(const std::string& what) {
    throw std::system_error(errno, std::generic_category(), "HostileServer: " + what);
}

void signalEventFd(int fd) {
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto n = ::write(fd, &one, sizeof one);
}

enum class Io {
    Ok,
    Eof,      // orderly end of stream
    Error,    // connection error (reset, broken pipe, ...)
    Woken,    // the session's wake eventfd fired (stop)
    HungUp,   // the peer closed or reset the connection (seen by poll)
    Timeout,
};

// Waits for `events` on fd, the wake fd, or (timeout < 0: forever) the timeout. Hang-up of the
// peer (POLLRDHUP, POLLHUP, POLLERR) ends the wait as HungUp unless `events` asks for POLLIN
// or POLLOUT, in which case the next I/O call reports it.
Io waitFor(int fd, short events, int wake, milliseconds timeout) {
    const bool forever = timeout.count() < 0;
    const auto deadline = Clock::now() + (forever ? milliseconds(0) : timeout);
    for (;;) {
        pollfd p[2] = {{fd, static_cast<short>(events | POLLRDHUP), 0}, {wake, POLLIN, 0}};
        int wait = -1;
        if (!forever) {
            const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now()).count();
            wait = static_cast<int>(std::max<long long>(0, left));
        }
        const int n = ::poll(p, 2, wait);
        if (n < 0) {
            if (errno == EINTR) continue;
            return Io::Error;
        }
        if (p[1].revents != 0) return Io::Woken;
        if ((p[0].revents & events) != 0) return Io::Ok;
        if ((p[0].revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0) {
            if ((events & (POLLIN | POLLOUT)) != 0) return Io::Ok;
            return Io::HungUp;
        }
        if (n == 0 || (!forever && Clock::now() >= deadline)) return Io::Timeout;
    }
}

Io recvSome(int fd, std::string& buf, int wake) {
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
        const Io w = waitFor(fd, POLLIN, wake, milliseconds(-1));
        if (w != Io::Ok) return w;
    }
}

// Sends everything, adding what the kernel accepted to `sent` as it goes.
Io sendAll(int fd, std::string_view data, int wake, const std::function<void(std::size_t)>& sent) {
    while (!data.empty()) {
        const std::size_t size = std::min(data.size(), kMaxPiece);
        const ssize_t n = ::send(fd, data.data(), size, MSG_NOSIGNAL);
        if (n > 0) {
            sent(static_cast<std::size_t>(n));
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

const char* reasonPhrase(int status) {
    switch (status) {
        case 100: return "Continue";
        case 200: return "OK";
        case 201: return "Created";
        case 202: return "Accepted";
        case 204: return "No Content";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 303: return "See Other";
        case 307: return "Temporary Redirect";
        case 308: return "Permanent Redirect";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 409: return "Conflict";
        case 412: return "Precondition Failed";
        case 417: return "Expectation Failed";
        case 500: return "Internal Server Error";
        case 503: return "Service Unavailable";
        default: return "Hostile";
    }
}

}  // namespace

// ---- requests and answers ----------------------------------------------------------------------

std::optional<std::string> HostileRequest::header(std::string_view name) const {
    for (const auto& [n, v] : headers)
        if (iequals(n, name)) return v;
    return std::nullopt;
}

nlohmann::json HostileRequest::json() const { return nlohmann::json::parse(body, nullptr, false); }

HostileAnswer HostileAnswer::json(int status, const nlohmann::json& body) { return text(status, body.dump()); }

HostileAnswer HostileAnswer::text(int status, std::string body, std::string contentType) {
    HostileAnswer a;
    a.status = status;
    a.headers = {{"Content-Type", std::move(contentType)}};
    a.body = std::move(body);
    return a;
}

HostileAnswer HostileAnswer::rawBytes(std::string bytes) {
    HostileAnswer a;
    a.raw = std::move(bytes);
    a.end = End::Close;
    return a;
}

HostileAnswer HostileAnswer::redirect(int status, std::string location) {
    HostileAnswer a = text(status, R"({"error":"moved","reason":"elsewhere"})");
    a.headers.emplace_back("Location", std::move(location));
    return a;
}

HostileAnswer HostileAnswer::endless(std::string prefix, std::string unit) {
    HostileAnswer a = text(200, std::move(prefix));
    a.framing = Framing::Chunked;
    // Pieces of about 16 KiB, so a chunk is not one unit of a few bytes.
    std::string piece;
    while (!unit.empty() && piece.size() < 16 * 1024) piece += unit;
    a.more = [piece = std::move(piece)](std::uint64_t) -> std::optional<std::string> { return piece; };
    return a;
}

HostileAnswer HostileAnswer::huge(std::string prefix, std::uint64_t totalBytes, bool announced, std::string suffix) {
    const std::uint64_t fixed = prefix.size() + suffix.size();
    const std::uint64_t padding = totalBytes > fixed ? totalBytes - fixed : 0;
    HostileAnswer a = text(200, std::move(prefix));
    const std::uint64_t head = a.body.size();
    a.framing = announced ? Framing::Length : Framing::Chunked;
    if (announced) a.contentLength = head + padding + suffix.size();
    a.more = [head, padding, suffix = std::move(suffix), done = false](std::uint64_t sent) mutable
        -> std::optional<std::string> {
        const std::uint64_t padded = sent - head;
        if (padded < padding) return std::string(static_cast<std::size_t>(std::min<std::uint64_t>(padding - padded, 16 * 1024)), ' ');
        if (done) return std::nullopt;
        done = true;
        return suffix;
    };
    return a;
}

HostileAnswer HostileAnswer::trickle(std::string body, std::chrono::milliseconds interval, std::size_t bytesPerPiece) {
    HostileAnswer a = text(200, {});
    a.contentLength = body.size();
    a.interval = interval;
    const std::size_t step = std::max<std::size_t>(bytesPerPiece, 1);
    a.more = [body = std::move(body), step](std::uint64_t sent) -> std::optional<std::string> {
        if (sent >= body.size()) return std::nullopt;
        return body.substr(static_cast<std::size_t>(sent), step);
    };
    return a;
}

HostileAnswer HostileAnswer::lyingLength(std::string body, std::uint64_t declared, End end) {
    HostileAnswer a = text(200, std::move(body));
    a.contentLength = declared;
    a.end = end;
    return a;
}

HostileAnswer HostileAnswer::stallAfterHead(std::string partialBody) {
    HostileAnswer a = text(200, std::move(partialBody));
    a.contentLength = a.body.size() + 1000;
    a.end = End::Hold;
    return a;
}

HostileAnswer HostileAnswer::silence() {
    HostileAnswer a;
    a.raw = std::string();
    a.end = End::Hold;
    return a;
}

// ---- the server ---------------------------------------------------------------------------------

struct ExchangeState {
    HostileExchange record;
    Clock::time_point started;
};

struct HostileServer::Impl {
    class Session;

    Fd listener;
    Fd wake;
    int port = 0;
    std::atomic<bool> stopping{false};

    mutable std::mutex handlerMutex;
    std::shared_ptr<const Handler> handler;

    std::atomic<std::uint64_t> requests{0}, connections{0}, bytes{0}, handlerFailures{0}, malformed{0};
    mutable std::mutex exchangesMutex;
    std::vector<std::shared_ptr<ExchangeState>> exchangeList;

    std::mutex sessionsMutex;
    std::list<std::shared_ptr<Session>> sessions;
    std::thread acceptor;

    std::shared_ptr<const Handler> currentHandler() const {
        std::lock_guard lock(handlerMutex);
        return handler;
    }

    std::shared_ptr<ExchangeState> startExchange(std::uint64_t connection, const HostileRequest& request) {
        auto state = std::make_shared<ExchangeState>();
        state->record.connection = connection;
        state->record.method = request.method;
        state->record.target = request.target;
        state->started = Clock::now();
        std::lock_guard lock(exchangesMutex);
        exchangeList.push_back(state);
        return state;
    }

    template <typename Edit>
    void edit(ExchangeState& state, Edit&& change) {
        std::lock_guard lock(exchangesMutex);
        change(state.record);
        state.record.duration = Clock::now() - state.started;
    }

    void acceptLoop();
    void reapFinished();
    std::list<std::shared_ptr<Session>> takeSessions() {
        std::lock_guard lock(sessionsMutex);
        return std::exchange(sessions, {});
    }
};

class HostileServer::Impl::Session {
public:
    Session(Impl& impl, Fd client, std::uint64_t serial) : impl_(impl), client_(std::move(client)), serial_(serial) {
        wake_ = Fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
        if (!wake_.open()) throwErrno("eventfd");
    }

    void start() {
        thread_ = std::thread([this] {
            run();
            finished_ = true;
        });
    }
    bool finished() const { return finished_; }
    void stop() { signalEventFd(wake_.get()); }
    void join() {
        if (thread_.joinable()) thread_.join();
    }

private:
    enum class Outcome { Continue, End };

    void run() {
        const int one = 1;
        ::setsockopt(client_.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        const int sendBuffer = kSendBuffer;
        ::setsockopt(client_.get(), SOL_SOCKET, SO_SNDBUF, &sendBuffer, sizeof sendBuffer);
        for (;;) {
            HostileRequest request;
            const Io io = readRequest(request);
            if (io == Io::Woken) {
                client_.abort();
                return;
            }
            if (io != Io::Ok) break;
            ++impl_.requests;
            auto state = impl_.startExchange(serial_, request);
            HostileAnswer answer;
            try {
                const auto handler = impl_.currentHandler();
                answer = (*handler)(request);
            } catch (...) {
                ++impl_.handlerFailures;
                answer = HostileAnswer::json(500, {{"error", "handler_failed"}, {"reason", "the test's handler threw"}});
            }
            const Outcome outcome = serve(answer, *state);
            impl_.edit(*state, [](HostileExchange& r) { r.ended = true; });
            if (outcome == Outcome::End) return;
        }
        client_.close();
    }

    Io readRequest(HostileRequest& request) {
        std::size_t headEnd;
        while ((headEnd = buffer_.find("\r\n\r\n")) == std::string::npos) {
            if (buffer_.size() > kMaxHeadBytes) return malformed();
            const Io io = recvSome(client_.get(), buffer_, wake_.get());
            if (io != Io::Ok) return io;
        }
        const std::string head = buffer_.substr(0, headEnd);
        buffer_.erase(0, headEnd + 4);

        std::size_t lineEnd = head.find("\r\n");
        const std::string startLine = head.substr(0, lineEnd);
        const auto sp1 = startLine.find(' ');
        const auto sp2 = startLine.rfind(' ');
        if (sp1 == std::string::npos || sp2 == sp1) return malformed();
        request.method = startLine.substr(0, sp1);
        request.target = startLine.substr(sp1 + 1, sp2 - sp1 - 1);
        const auto q = request.target.find('?');
        request.path = request.target.substr(0, q);
        request.query = q == std::string::npos ? std::string() : request.target.substr(q + 1);
        request.connection = serial_;
        while (lineEnd != std::string::npos) {
            const auto next = head.find("\r\n", lineEnd + 2);
            const std::string_view line =
                std::string_view(head).substr(lineEnd + 2, next == std::string::npos ? std::string::npos : next - lineEnd - 2);
            lineEnd = next;
            const auto colon = line.find(':');
            if (colon == std::string_view::npos) return malformed();
            request.headers.emplace_back(std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
        }
        if (request.header("Transfer-Encoding")) return malformed();  // not needed by the tests
        std::uint64_t length = 0;
        if (const auto value = request.header("Content-Length")) {
            const std::string_view v = trim(*value);
            if (v.empty() || v.size() > 18 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return malformed();
            length = std::stoull(std::string(v));
            if (length > kMaxRequestBody) return malformed();
        }
        if (length > buffer_.size()) {
            if (const auto expect = request.header("Expect"); expect && iequals(trim(*expect), "100-continue")) {
                const Io io = sendAll(client_.get(), "HTTP/1.1 100 Continue\r\n\r\n", wake_.get(), [](std::size_t) {});
                if (io != Io::Ok) return io;
            }
        }
        while (buffer_.size() < length) {
            const Io io = recvSome(client_.get(), buffer_, wake_.get());
            if (io != Io::Ok) return io == Io::Eof ? Io::Error : io;
        }
        request.body = buffer_.substr(0, static_cast<std::size_t>(length));
        buffer_.erase(0, static_cast<std::size_t>(length));
        return Io::Ok;
    }

    Io malformed() {
        ++impl_.malformed;
        return Io::Error;
    }

    Outcome serve(HostileAnswer& answer, ExchangeState& state) {
        using Framing = HostileAnswer::Framing;
        using End = HostileAnswer::End;
        auto count = [&](std::size_t n) {
            impl_.bytes += n;
            impl_.edit(state, [n](HostileExchange& r) { r.bytesSent += n; });
        };
        auto hungUp = [&] {
            impl_.edit(state, [](HostileExchange& r) { r.peerHungUp = true; });
            client_.abort();
            return Outcome::End;
        };
        // The result of a send or a wait: go on, or end the session.
        auto failed = [&](Io io) -> std::optional<Outcome> {
            if (io == Io::Ok || io == Io::Timeout) return std::nullopt;
            if (io == Io::Woken) {
                impl_.edit(state, [](HostileExchange&) {});
                client_.abort();
                return Outcome::End;
            }
            return hungUp();
        };

        End end = answer.end;
        // Pieces from `more`, each after `interval`, through `frame`.
        auto stream = [&](std::uint64_t bodySent, const std::function<std::string(std::string)>& frame)
            -> std::optional<Outcome> {
            while (answer.more) {
                if (answer.interval.count() > 0) {
                    if (auto out = failed(waitFor(client_.get(), 0, wake_.get(), answer.interval))) return out;
                }
                auto piece = answer.more(bodySent);
                if (!piece) break;
                if (piece->empty()) continue;
                const std::size_t size = piece->size();
                if (auto out = failed(sendAll(client_.get(), frame(std::move(*piece)), wake_.get(), count))) return out;
                bodySent += size;
            }
            return std::nullopt;
        };
        if (answer.raw) {
            if (auto out = failed(sendAll(client_.get(), *answer.raw, wake_.get(), count))) return *out;
            if (auto out = stream(0, [](std::string piece) { return piece; })) return *out;
        } else {
            impl_.edit(state, [&](HostileExchange& r) { r.status = answer.status; });
            std::string head = "HTTP/1.1 " + std::to_string(answer.status) + " " +
                               (answer.reason.empty() ? std::string(reasonPhrase(answer.status)) : answer.reason) + "\r\n";
            for (const auto& [name, value] : answer.headers) head += name + ": " + value + "\r\n";
            switch (answer.framing) {
                case Framing::Length:
                    head += "Content-Length: " + std::to_string(answer.contentLength.value_or(answer.body.size())) + "\r\n";
                    break;
                case Framing::Chunked: head += "Transfer-Encoding: chunked\r\n"; break;
                case Framing::UntilClose:
                    if (end == End::KeepAlive) end = End::Close;
                    break;
            }
            head += "\r\n";
            const bool chunked = answer.framing == Framing::Chunked;
            auto frame = [chunked](std::string piece) {
                if (!chunked || piece.empty()) return piece;
                char size[32];
                std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
                return std::string(size) + piece + "\r\n";
            };
            if (auto out = failed(sendAll(client_.get(), head + frame(answer.body), wake_.get(), count))) return *out;
            if (auto out = stream(answer.body.size(), frame)) return *out;
            if (chunked && !answer.cutShort) {
                if (auto out = failed(sendAll(client_.get(), "0\r\n\r\n", wake_.get(), count))) return *out;
            }
        }
        impl_.edit(state, [](HostileExchange& r) { r.completed = true; });
        switch (end) {
            case End::KeepAlive: return Outcome::Continue;
            case End::Close:
                ::shutdown(client_.get(), SHUT_WR);
                client_.close();
                return Outcome::End;
            case End::Reset: client_.abort(); return Outcome::End;
            case End::Hold: {
                const Io io = waitFor(client_.get(), 0, wake_.get(), milliseconds(-1));
                if (io == Io::HungUp || io == Io::Error) {
                    impl_.edit(state, [](HostileExchange& r) { r.peerHungUp = true; });
                    client_.close();
                } else {
                    client_.abort();
                }
                return Outcome::End;
            }
        }
        return Outcome::End;
    }

    Impl& impl_;
    Fd client_;
    std::uint64_t serial_;
    Fd wake_;
    std::string buffer_;  // client bytes not consumed yet
    std::atomic<bool> finished_{false};
    std::thread thread_;
};

void HostileServer::Impl::reapFinished() {
    std::list<std::shared_ptr<Session>> done;
    {
        std::lock_guard lock(sessionsMutex);
        for (auto it = sessions.begin(); it != sessions.end();) {
            auto next = std::next(it);
            if ((*it)->finished()) done.splice(done.end(), sessions, it);
            it = next;
        }
    }
    for (auto& s : done) s->join();
}

void HostileServer::Impl::acceptLoop() {
    while (!stopping) {
        const Io io = waitFor(listener.get(), POLLIN, wake.get(), kAcceptorTick);
        reapFinished();
        if (io == Io::Woken || stopping) break;
        if (io != Io::Ok) continue;
        for (;;) {
            Fd client(::accept4(listener.get(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC));
            if (!client.open()) break;
            const std::uint64_t serial = ++connections;
            std::shared_ptr<Session> session;
            try {
                session = std::make_shared<Session>(*this, std::move(client), serial);
            } catch (const std::exception&) {
                continue;
            }
            std::lock_guard lock(sessionsMutex);
            sessions.push_back(session);
            try {
                session->start();
            } catch (const std::system_error&) {
                sessions.pop_back();
            }
        }
    }
}

HostileServer::HostileServer(Handler handler) : impl_(std::make_unique<Impl>()) {
    impl_->handler = std::make_shared<const Handler>(std::move(handler));
    impl_->wake = Fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
    if (!impl_->wake.open()) throwErrno("eventfd");
    impl_->listener = Fd(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!impl_->listener.open()) throwErrno("socket");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(impl_->listener.get(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) throwErrno("bind");
    if (::listen(impl_->listener.get(), SOMAXCONN) != 0) throwErrno("listen");
    socklen_t len = sizeof addr;
    if (::getsockname(impl_->listener.get(), reinterpret_cast<sockaddr*>(&addr), &len) != 0) throwErrno("getsockname");
    impl_->port = ntohs(addr.sin_port);
    impl_->acceptor = std::thread([impl = impl_.get()] { impl->acceptLoop(); });
}

HostileServer::~HostileServer() {
    impl_->stopping = true;
    signalEventFd(impl_->wake.get());
    if (impl_->acceptor.joinable()) impl_->acceptor.join();
    auto sessions = impl_->takeSessions();
    for (auto& s : sessions) s->stop();
    for (auto& s : sessions) s->join();
}

int HostileServer::port() const { return impl_->port; }

std::string HostileServer::url() const { return "http://127.0.0.1:" + std::to_string(impl_->port); }

void HostileServer::setHandler(Handler handler) {
    auto next = std::make_shared<const Handler>(std::move(handler));
    std::lock_guard lock(impl_->handlerMutex);
    impl_->handler = std::move(next);
}

std::uint64_t HostileServer::requestCount() const { return impl_->requests; }
std::uint64_t HostileServer::connectionCount() const { return impl_->connections; }
std::uint64_t HostileServer::bytesSent() const { return impl_->bytes; }
std::uint64_t HostileServer::handlerFailures() const { return impl_->handlerFailures; }
std::uint64_t HostileServer::malformedRequests() const { return impl_->malformed; }

std::vector<HostileExchange> HostileServer::exchanges() const {
    std::lock_guard lock(impl_->exchangesMutex);
    std::vector<HostileExchange> out;
    out.reserve(impl_->exchangeList.size());
    for (const auto& state : impl_->exchangeList) out.push_back(state->record);
    return out;
}

void HostileServer::resetCounts() {
    {
        std::lock_guard lock(impl_->exchangesMutex);
        impl_->exchangeList.clear();
    }
    impl_->requests = 0;
    impl_->bytes = 0;
    impl_->handlerFailures = 0;
    impl_->malformed = 0;
}

}  // namespace intake::test
