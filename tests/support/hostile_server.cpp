#include "hostile_server.h"

#include "socket_io.h"

#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace intake::test {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr std::uint64_t kMaxRequestBody = std::uint64_t{64} * 1024 * 1024;
constexpr int kSendBuffer = 64 * 1024;  // asked of the kernel (which doubles it)
constexpr std::size_t kMaxPiece = 64 * 1024;  // bytes handed to send() at once
constexpr milliseconds kAcceptorTick{1000};

using net::Fd;
using net::iequals;
using net::Io;
using net::kMaxHeadBytes;
using net::recvSome;
using net::signalEventFd;
using net::trim;
using net::waitFor;

Io sendAll(int fd, std::string_view data, int wake, const std::function<void(std::size_t)>& sent) {
    return net::sendAll(fd, data, wake, sent, kMaxPiece);
}

// Not shared with fault_proxy.cpp: each table knows the statuses its own tests use, and its
// fallback phrase marks the others.
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

    mutable std::mutex handlerMutex;
    std::shared_ptr<const Handler> handler;

    std::atomic<std::uint64_t> requests{0}, connections{0}, bytes{0}, handlerFailures{0}, malformed{0};
    mutable std::mutex exchangesMutex;
    std::vector<std::shared_ptr<ExchangeState>> exchangeList;

    net::LoopbackAcceptor<Session> acceptor;

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
};

class HostileServer::Impl::Session {
public:
    Session(Impl& impl, Fd client, std::uint64_t serial) : impl_(impl), client_(std::move(client)), serial_(serial) {
        wake_ = net::openEventFd("HostileServer");
    }

    void stop() { signalEventFd(wake_.get()); }

    void run() {
        net::setNoDelay(client_.get());
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

private:
    enum class Outcome { Continue, End };

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
            const auto parsed = net::parseContentLengthValue(*value);
            if (!parsed || *parsed > kMaxRequestBody) return malformed();
            length = *parsed;
        }
        if (length > buffer_.size()) {
            if (const auto expect = request.header("Expect"); expect && iequals(trim(*expect), "100-continue")) {
                const Io io = sendAll(client_.get(), "HTTP/1.1 100 Continue\r\n\r\n", wake_.get(), {});
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
                    if (auto out = failed(waitFor(-1, 0, wake_.get(), answer.interval, client_.get()))) return out;
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
                const Io io = waitFor(-1, 0, wake_.get(), milliseconds(-1), client_.get());
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
};

HostileServer::HostileServer(Handler handler) : impl_(std::make_unique<Impl>()) {
    impl_->handler = std::make_shared<const Handler>(std::move(handler));
    impl_->acceptor.start("HostileServer", kAcceptorTick, [impl = impl_.get()](Fd client) {
        return std::make_shared<Impl::Session>(*impl, std::move(client), ++impl->connections);
    });
}

HostileServer::~HostileServer() {
    impl_->acceptor.close([](Impl::Session& s) { s.stop(); });
}

int HostileServer::port() const { return impl_->acceptor.port(); }

std::string HostileServer::url() const { return "http://127.0.0.1:" + std::to_string(port()); }

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
