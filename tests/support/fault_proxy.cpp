#include "fault_proxy.h"

#include "socket_io.h"

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <mutex>
#include <optional>
#include <random>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <utility>

namespace intake::test {
namespace {

using std::chrono::milliseconds;

using net::Fd;
using net::iequals;
using net::Io;
using net::kMaxHeadBytes;
using net::recvSome;
using net::sendAll;
using net::setNoDelay;
using net::signalEventFd;
using net::trim;
using net::waitFor;

constexpr std::size_t kMaxRequestBytes = std::size_t{256} * 1024 * 1024;
// A response fault on a body of unknown length (chunked / until close) first reads ahead this
// much (or until the body is complete, or the server pauses) to pick its byte offset.
constexpr std::size_t kReadAheadBytes = 64 * 1024;
constexpr milliseconds kReadAheadIdle{500};
constexpr milliseconds kConnectTimeout{5000};
constexpr milliseconds kAcceptorTick{1000};

// ---- HTTP framing -------------------------------------------------------------------------------

struct Head {
    std::string raw;  // as received, up to and including the empty line
    std::string startLine;
    std::vector<std::pair<std::string, std::string>> fields;

    // All values of a field, joined with ", " (the list form).
    std::optional<std::string> field(std::string_view name) const {
        std::optional<std::string> out;
        for (const auto& [n, v] : fields) {
            if (!iequals(n, name)) continue;
            if (out) *out += ", " + v;
            else out = v;
        }
        return out;
    }
    // Whether a comma-separated field contains `token` (case-insensitive).
    bool hasToken(std::string_view name, std::string_view token) const {
        const auto v = field(name);
        if (!v) return false;
        std::string_view rest = *v;
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            const std::string_view item = trim(rest.substr(0, comma));
            if (iequals(item, token)) return true;
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
        return false;
    }
    // The last transfer coding, lower-case ("" if none).
    std::string lastTransferCoding() const {
        const auto v = field("Transfer-Encoding");
        if (!v) return {};
        std::string_view s = *v;
        const auto comma = s.rfind(',');
        if (comma != std::string_view::npos) s.remove_prefix(comma + 1);
        s = trim(s);
        const auto semi = s.find(';');
        s = trim(s.substr(0, semi));
        std::string out(s);
        for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    }
};

// Parses a head (start line, fields, ending with an empty line). False if malformed.
bool parseHead(std::string raw, Head& head) {
    head = Head{};
    std::string_view rest = raw;
    auto line = [&rest]() {
        const auto eol = rest.find('\n');
        std::string_view l = rest.substr(0, eol);
        rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        return l;
    };
    head.startLine = std::string(line());
    if (head.startLine.empty()) return false;
    for (;;) {
        if (rest.empty()) return false;
        const std::string_view l = line();
        if (l.empty()) break;
        if (l.front() == ' ' || l.front() == '\t') return false;  // obsolete line folding
        const auto colon = l.find(':');
        if (colon == std::string_view::npos || colon == 0) return false;
        head.fields.emplace_back(std::string(l.substr(0, colon)), std::string(trim(l.substr(colon + 1))));
    }
    head.raw = std::move(raw);
    return true;
}

std::optional<std::uint64_t> parseContentLength(const Head& head, bool& invalid) {
    invalid = false;
    std::optional<std::uint64_t> out;
    for (const auto& [n, v] : head.fields) {
        if (!iequals(n, "Content-Length")) continue;
        const auto value = net::parseContentLengthValue(v);
        if (!value || (out && *out != *value)) {
            invalid = true;
            return std::nullopt;
        }
        out = value;
    }
    return out;
}

// Delimits one message body in a byte stream.
class BodyFramer {
public:
    enum class Kind { None, Length, Chunked, UntilClose };

    static BodyFramer none() { return BodyFramer(Kind::None, 0); }
    static BodyFramer length(std::uint64_t n) { return BodyFramer(Kind::Length, n); }
    static BodyFramer chunked() { return BodyFramer(Kind::Chunked, 0); }
    static BodyFramer untilClose() { return BodyFramer(Kind::UntilClose, 0); }

    Kind kind() const { return kind_; }
    std::uint64_t contentLength() const { return length_; }
    bool done() const { return done_; }
    bool malformed() const { return malformed_; }
    // For UntilClose: the connection ended, so did the body.
    void endOfStream() {
        if (kind_ == Kind::UntilClose) done_ = true;
    }

    // How many of the n bytes at p belong to the body (consumes them).
    std::size_t feed(const char* p, std::size_t n) {
        switch (kind_) {
            case Kind::None: return 0;
            case Kind::UntilClose: return n;
            case Kind::Length: {
                const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(remaining_, n));
                remaining_ -= take;
                if (remaining_ == 0) done_ = true;
                return take;
            }
            case Kind::Chunked: return feedChunked(p, n);
        }
        return 0;
    }

private:
    BodyFramer(Kind kind, std::uint64_t n) : kind_(kind), length_(n), remaining_(n) {
        done_ = kind == Kind::None || (kind == Kind::Length && n == 0);
    }

    enum class State { SizeLine, Data, DataCr, DataLf, Trailer };

    std::size_t feedChunked(const char* p, std::size_t n) {
        std::size_t i = 0;
        while (i < n && !done_ && !malformed_) {
            switch (state_) {
                case State::SizeLine:
                case State::Trailer: {
                    const char c = p[i++];
                    if (c != '\n') {
                        if (line_.size() > 4096) malformed_ = true;
                        line_.push_back(c);
                        break;
                    }
                    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
                    if (state_ == State::Trailer) {
                        if (line_.empty()) done_ = true;
                    } else {
                        std::uint64_t size = 0;
                        std::size_t digits = 0;
                        for (char h : line_) {
                            int v = -1;
                            if (h >= '0' && h <= '9') v = h - '0';
                            else if (h >= 'a' && h <= 'f') v = h - 'a' + 10;
                            else if (h >= 'A' && h <= 'F') v = h - 'A' + 10;
                            if (v < 0) break;
                            if (++digits > 15) break;
                            size = size * 16 + static_cast<std::uint64_t>(v);
                        }
                        if (digits == 0 || digits > 15) {
                            malformed_ = true;
                        } else if (size == 0) {
                            state_ = State::Trailer;
                        } else {
                            remaining_ = size;
                            state_ = State::Data;
                        }
                    }
                    line_.clear();
                    break;
                }
                case State::Data: {
                    const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(remaining_, n - i));
                    i += take;
                    remaining_ -= take;
                    if (remaining_ == 0) state_ = State::DataCr;
                    break;
                }
                case State::DataCr: {
                    const char c = p[i++];
                    if (c == '\r') state_ = State::DataLf;
                    else if (c == '\n') state_ = State::SizeLine;
                    else malformed_ = true;
                    break;
                }
                case State::DataLf: {
                    if (p[i++] == '\n') state_ = State::SizeLine;
                    else malformed_ = true;
                    break;
                }
            }
        }
        return i;
    }

    Kind kind_;
    std::uint64_t length_;
    std::uint64_t remaining_;
    bool done_ = false;
    bool malformed_ = false;
    State state_ = State::SizeLine;
    std::string line_;
};

// Takes a complete head off the front of buf, if there is one. Returns false (and leaves buf) if
// more bytes are needed; sets tooLarge if the head cannot fit the limit.
bool takeHead(std::string& buf, std::string& raw, bool skipLeadingBlankLines, bool& tooLarge) {
    tooLarge = false;
    if (skipLeadingBlankLines) {
        std::size_t skip = 0;
        while (skip < buf.size() && (buf[skip] == '\r' || buf[skip] == '\n')) ++skip;
        buf.erase(0, skip);
    }
    std::size_t end = buf.find("\r\n\r\n");
    std::size_t endLen = 4;
    if (const std::size_t lf = buf.find("\n\n"); lf != std::string::npos && (end == std::string::npos || lf < end)) {
        end = lf;
        endLen = 2;
    }
    if (end == std::string::npos) {
        tooLarge = buf.size() > kMaxHeadBytes;
        return false;
    }
    raw = buf.substr(0, end + endLen);
    buf.erase(0, end + endLen);
    return true;
}

std::string rebuildHead(const Head& head) {
    std::string out = head.startLine + "\r\n";
    for (const auto& [n, v] : head.fields) out += n + ": " + v + "\r\n";
    out += "\r\n";
    return out;
}

// "HTTP/1.1 200 OK" -> 200; -1 if malformed.
int statusOf(const Head& head) {
    const std::string& s = head.startLine;
    if (s.size() < 12 || s.compare(0, 5, "HTTP/") != 0) return -1;
    const auto sp = s.find(' ');
    if (sp == std::string::npos || sp + 4 > s.size()) return -1;
    int code = 0;
    for (std::size_t i = sp + 1; i < sp + 4; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        code = code * 10 + (s[i] - '0');
    }
    return code;
}

bool isHttp10(std::string_view versionedLine, bool versionFirst) {
    // Request line: "GET / HTTP/1.0"; status line: "HTTP/1.0 200 OK".
    if (versionFirst) return versionedLine.substr(0, 8) == "HTTP/1.0";
    return versionedLine.size() >= 8 && versionedLine.substr(versionedLine.size() - 8) == "HTTP/1.0";
}

// ---- synthesized answers ------------------------------------------------------------------------

const char* reasonPhrase(int status) {
    switch (status) {
        case 200: return "OK";
        case 201: return "Created";
        case 202: return "Accepted";
        case 204: return "No Content";
        case 304: return "Not Modified";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 408: return "Request Timeout";
        case 409: return "Conflict";
        case 412: return "Precondition Failed";
        case 413: return "Payload Too Large";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 502: return "Bad Gateway";
        case 503: return "Service Unavailable";
        case 504: return "Gateway Timeout";
        default: return "Injected Fault";
    }
}

const char* couchError(int status) {
    switch (status) {
        case 400: return "bad_request";
        case 401: return "unauthorized";
        case 403: return "forbidden";
        case 404: return "not_found";
        case 408: return "request_timeout";
        case 409: return "conflict";
        case 412: return "file_exists";
        case 413: return "too_large";
        case 429: return "too_many_requests";
        case 500: return "internal_server_error";
        case 502: return "bad_gateway";
        case 503: return "service_unavailable";
        case 504: return "gateway_timeout";
        default: return "injected_fault";
    }
}

std::string statusAnswer(int status, bool headRequest, bool close) {
    const bool bodiless = status == 204 || status == 304;
    const std::string body = std::string(R"({"error":")") + couchError(status) +
                             R"(","reason":"injected by intake::test::FaultProxy"})" + "\n";
    std::string out = "HTTP/1.1 " + std::to_string(status) + " " + reasonPhrase(status) + "\r\n";
    out += "Server: intake-fault-proxy\r\n";
    out += "Cache-Control: must-revalidate\r\n";
    if (!bodiless) {
        out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    }
    if (status == 429 || status == 503) out += "Retry-After: 1\r\n";
    if (close) out += "Connection: close\r\n";
    out += "\r\n";
    if (!bodiless && !headRequest) out += body;
    return out;
}

// ---- fault decisions ----------------------------------------------------------------------------

struct Decision {
    enum class Action { Forward, Status, ResetRequest, ResetResponse, Truncate };
    Action action = Action::Forward;
    int status = 0;
    double resetAt = 0;     // fraction of the request / response bytes
    double truncateAt = 0;  // fraction of the response body bytes
    bool delay = false;
    double delayAt = 0;     // fraction of the response bytes
    milliseconds delayFor{0};
};

void validate(const FaultPlan& plan) {
    for (const double p : {plan.resetProbability, plan.delayProbability, plan.truncateProbability, plan.statusProbability})
        if (!(p >= 0.0 && p <= 1.0)) throw std::invalid_argument("FaultProxy: probabilities must be in [0, 1]");
    if (plan.maxDelay.count() < 0) throw std::invalid_argument("FaultProxy: maxDelay must not be negative");
    if (plan.statusProbability > 0 && plan.statuses.empty())
        throw std::invalid_argument("FaultProxy: statusProbability > 0 needs at least one status");
    for (const int s : plan.statuses)
        if (s < 200 || s > 599) throw std::invalid_argument("FaultProxy: statuses must be in 200..599");
}

void validatePort(int port) {
    if (port <= 0 || port > 65535) throw std::invalid_argument("FaultProxy: target port out of range");
}

}  // namespace

// ---- the proxy ----------------------------------------------------------------------------------

struct FaultProxy::Impl {
    class Session;

    std::atomic<int> target{0};

    mutable std::mutex planMutex;
    FaultPlan plan;
    std::mt19937_64 rng;

    std::atomic<std::uint64_t> requests{0}, resets{0}, delays{0}, truncations{0}, statuses{0}, connections{0},
        upstreamFailures{0}, dropped{0};

    net::LoopbackAcceptor<Session> acceptor;

    void setPlan(FaultPlan p) {
        validate(p);
        std::lock_guard lock(planMutex);
        rng.seed(p.seed);
        plan = std::move(p);
    }

    Decision decide() {
        std::lock_guard lock(planMutex);
        // Always the same number of draws per request, so a plan's decisions depend only on the
        // number of requests before.
        double u[10];
        for (double& x : u) x = static_cast<double>(rng() >> 11) / 9007199254740992.0;  // [0, 1)
        Decision d;
        if (u[0] < plan.statusProbability) {
            d.action = Decision::Action::Status;
            const auto i = std::min(plan.statuses.size() - 1, static_cast<std::size_t>(u[4] * static_cast<double>(plan.statuses.size())));
            d.status = plan.statuses[i];
            return d;
        }
        if (u[1] < plan.resetProbability) {
            d.action = u[5] < 0.5 ? Decision::Action::ResetRequest : Decision::Action::ResetResponse;
            d.resetAt = u[6];
        } else if (u[2] < plan.truncateProbability) {
            d.action = Decision::Action::Truncate;
            d.truncateAt = u[7];
        }
        if (u[3] < plan.delayProbability) {
            d.delay = true;
            d.delayAt = u[8];
            d.delayFor = milliseconds(std::llround(u[9] * static_cast<double>(plan.maxDelay.count())));
        }
        return d;
    }
};

// One client connection (and its upstream connection), served by its own thread.
class FaultProxy::Impl::Session {
public:
    enum Command { kNone = 0, kDrop = 1, kStop = 2 };

    Session(Impl& impl, Fd client) : impl_(impl), client_(std::move(client)) {
        wake_ = net::openEventFd("FaultProxy");
    }

    void command(Command c) {
        int expected = kNone;
        command_.compare_exchange_strong(expected, c);
        signalEventFd(wake_.get());
    }

    void run() {
        setNoDelay(client_.get());
        for (;;) {
            Request req;
            std::optional<Decision> decision;
            const Io io = readRequest(req, decision);
            if (io == Io::Woken) return obey();
            if (io != Io::Ok) break;  // closed by the client, or garbage: orderly close
            if (serve(req, *decision) == Outcome::End) return;
        }
        upstream_.close();
        client_.close();
    }

private:
    struct Request {
        Head head;
        std::string method;
        std::string wire;  // what goes upstream: the head (Expect stripped) and the body as received
        bool closeAfter = false;
    };

    enum class Outcome { Continue, End };

    // Reacts to a command from the owner: RST everything.
    void obey() {
        if (command_ == kDrop && client_.open()) ++impl_.dropped;
        upstream_.abort();
        client_.abort();
    }

    Io readRequest(Request& req, std::optional<Decision>& decision) {
        std::string raw;
        bool tooLarge = false;
        while (!takeHead(cbuf_, raw, true, tooLarge)) {
            if (tooLarge) return Io::Error;
            const Io io = recvSome(client_.get(), cbuf_, wake_.get());
            if (io != Io::Ok) return io;
        }
        if (!parseHead(std::move(raw), req.head)) return Io::Error;
        ++impl_.requests;
        decision = impl_.decide();

        const auto sp = req.head.startLine.find(' ');
        req.method = req.head.startLine.substr(0, sp);
        req.closeAfter = req.head.hasToken("Connection", "close") ||
                         (isHttp10(req.head.startLine, false) && !req.head.hasToken("Connection", "keep-alive"));

        BodyFramer body = BodyFramer::none();
        bool badLength = false;
        const auto length = parseContentLength(req.head, badLength);
        if (req.head.field("Transfer-Encoding")) {
            if (req.head.lastTransferCoding() != "chunked") return Io::Error;
            body = BodyFramer::chunked();
        } else if (badLength) {
            return Io::Error;
        } else if (length) {
            if (*length > kMaxRequestBytes) return Io::Error;
            body = BodyFramer::length(*length);
        }

        const bool expectContinue = req.head.hasToken("Expect", "100-continue");
        if (expectContinue) {
            Head stripped = req.head;
            std::erase_if(stripped.fields, [](const auto& f) { return iequals(f.first, "Expect"); });
            req.wire = rebuildHead(stripped);
        } else {
            req.wire = req.head.raw;
        }

        auto consume = [&] {
            const std::size_t n = body.feed(cbuf_.data(), cbuf_.size());
            req.wire.append(cbuf_, 0, n);
            cbuf_.erase(0, n);
        };
        consume();
        if (!body.done() && expectContinue) {
            const Io io = sendAll(client_.get(), "HTTP/1.1 100 Continue\r\n\r\n", wake_.get());
            if (io != Io::Ok) return io;
        }
        while (!body.done()) {
            if (body.malformed() || req.wire.size() > kMaxRequestBytes) return Io::Error;
            const Io io = recvSome(client_.get(), cbuf_, wake_.get());
            if (io != Io::Ok) return io == Io::Eof ? Io::Error : io;
            consume();
        }
        return body.malformed() ? Io::Error : Io::Ok;
    }

    Outcome serve(const Request& req, const Decision& d) {
        using A = Decision::Action;
        if (d.action == A::Status) {
            ++impl_.statuses;
            const Io io = sendAll(client_.get(), statusAnswer(d.status, req.method == "HEAD", req.closeAfter), wake_.get());
            if (io == Io::Woken) return obeyed();
            if (io != Io::Ok || req.closeAfter) return closeAll();
            return Outcome::Continue;
        }

        if (d.action == A::ResetRequest) {
            if (!connectUpstream()) return upstreamDown();
            const auto cut = static_cast<std::size_t>(d.resetAt * static_cast<double>(req.wire.size()));
            const Io io = sendAll(upstream_.get(), std::string_view(req.wire).substr(0, cut), wake_.get());
            if (io == Io::Woken) return obeyed();
            ++impl_.resets;
            upstream_.abort();
            client_.abort();
            return Outcome::End;
        }

        // Forward, with one silent retry if a reused upstream connection turns out to be dead
        // before it answered anything (the server closed an idle keep-alive connection).
        Head head;
        for (int attempt = 0;; ++attempt) {
            const bool reused = upstream_.open();
            if (!connectUpstream()) return upstreamDown();
            Io io = sendAll(upstream_.get(), req.wire, wake_.get());
            if (io == Io::Ok) io = readResponseHead(head);
            if (io == Io::Ok) break;
            if (io == Io::Woken) return obeyed();
            if (io == Io::HungUp) return abortAll();
            const bool nothingYet = ubuf_.empty() && !interimSent_;
            if (reused && nothingYet && attempt == 0 && (io == Io::Eof || io == Io::Error)) {
                upstream_.close();
                continue;
            }
            // The server broke the exchange: pass that on.
            return io == Io::Eof ? closeAll() : abortAll();
        }
        return forwardResponse(req, head, d);
    }

    // Reads the final response head into `head`; 1xx responses other than 100 are passed on.
    Io readResponseHead(Head& head) {
        interimSent_ = false;
        for (;;) {
            std::string raw;
            bool tooLarge = false;
            while (!takeHead(ubuf_, raw, false, tooLarge)) {
                if (tooLarge) return Io::Error;
                const Io io = recvSome(upstream_.get(), ubuf_, wake_.get(), milliseconds(-1), client_.get());
                if (io != Io::Ok) return io;
            }
            if (!parseHead(std::move(raw), head)) return Io::Error;
            const int status = statusOf(head);
            if (status < 100) return Io::Error;
            if (status >= 200 || status == 101) return Io::Ok;
            if (status == 100) continue;  // the proxy answered Expect itself
            const Io io = sendAll(client_.get(), head.raw, wake_.get());
            if (io != Io::Ok) return io == Io::Woken ? io : Io::HungUp;
            interimSent_ = true;
        }
    }

    Outcome forwardResponse(const Request& req, const Head& head, const Decision& d) {
        using A = Decision::Action;
        const int status = statusOf(head);
        BodyFramer body = BodyFramer::untilClose();
        bool badLength = false;
        const auto length = parseContentLength(head, badLength);
        if (req.method == "HEAD" || status == 204 || status == 304) {
            body = BodyFramer::none();
        } else if (status == 101) {
            body = BodyFramer::untilClose();
        } else if (head.field("Transfer-Encoding")) {
            body = head.lastTransferCoding() == "chunked" ? BodyFramer::chunked() : BodyFramer::untilClose();
        } else if (badLength) {
            return abortAll();
        } else if (length) {
            body = BodyFramer::length(*length);
        }
        bool closeAfter = req.closeAfter || body.kind() == BodyFramer::Kind::UntilClose ||
                          head.hasToken("Connection", "close") ||
                          (isHttp10(head.startLine, true) && !head.hasToken("Connection", "keep-alive"));

        // What can be sent now: the head and the body bytes already received.
        std::string pending = head.raw;
        const std::size_t headLen = pending.size();
        auto consume = [&] {
            const std::size_t n = body.feed(ubuf_.data(), ubuf_.size());
            pending.append(ubuf_, 0, n);
            ubuf_.erase(0, n);
        };
        consume();

        Io upstreamEnd = Io::Ok;  // Eof / Error once the server's side ended
        auto pull = [&](milliseconds timeout) {
            const Io io = recvSome(upstream_.get(), ubuf_, wake_.get(), timeout, client_.get());
            if (io == Io::Eof) body.endOfStream();
            if (io == Io::Eof || io == Io::Error) upstreamEnd = io;
            return io;
        };

        // Place the faults.
        const bool needOffsets = d.action == A::ResetResponse || d.action == A::Truncate || d.delay;
        if (needOffsets && (body.kind() == BodyFramer::Kind::Chunked || body.kind() == BodyFramer::Kind::UntilClose)) {
            while (!body.done() && !body.malformed() && pending.size() - headLen < kReadAheadBytes) {
                const Io io = pull(kReadAheadIdle);
                if (io == Io::Woken) return obeyed();
                if (io == Io::HungUp) return abortAll();
                if (io != Io::Ok) break;  // Timeout: the server pauses; Eof / Error: it ended
                consume();
            }
        }
        const std::uint64_t total =
            body.kind() == BodyFramer::Kind::Length ? headLen + body.contentLength() : pending.size();
        const std::uint64_t bodyBytes = total - headLen;

        cutAt_.reset();
        cutIsReset_ = false;
        delayAt_.reset();
        if (d.action == A::ResetResponse) {
            cutAt_ = static_cast<std::uint64_t>(d.resetAt * static_cast<double>(total));
            cutIsReset_ = true;
        } else if (d.action == A::Truncate && bodyBytes > 0) {
            cutAt_ = headLen + static_cast<std::uint64_t>(d.truncateAt * static_cast<double>(bodyBytes));
        }
        if (d.delay) {
            delayAt_ = static_cast<std::uint64_t>(d.delayAt * static_cast<double>(total));
            delayFor_ = d.delayFor;
        }
        sent_ = 0;

        // Stream.
        for (;;) {
            const Emit e = emit(pending);
            pending.clear();
            if (e == Emit::Woken) return obeyed();
            if (e == Emit::Cut) return Outcome::End;
            if (e == Emit::ClientGone) return abortAll();
            if (body.done() || body.malformed() || upstreamEnd != Io::Ok) break;
            const Io io = pull(milliseconds(-1));
            if (io == Io::Woken) return obeyed();
            if (io == Io::HungUp) return abortAll();
            consume();
        }
        if (!body.done()) {
            // The server ended (or garbled) the body early: the client sees the same.
            return upstreamEnd == Io::Eof ? closeAll() : abortAll();
        }
        if (!ubuf_.empty()) {
            // Bytes beyond the response: do not trust this upstream connection any more.
            ubuf_.clear();
            upstream_.close();
        }
        if (upstreamEnd != Io::Ok) upstream_.close();
        if (closeAfter) return closeAll();
        return Outcome::Continue;
    }

    enum class Emit { Ok, Cut, Woken, ClientGone };

    // Sends bytes to the client, applying the placed delay and cut.
    Emit emit(std::string_view data) {
        for (;;) {
            if (delayAt_ && sent_ == *delayAt_) {
                delayAt_.reset();
                ++impl_.delays;
                if (waitFor(-1, 0, wake_.get(), delayFor_) == Io::Woken) return Emit::Woken;
            }
            if (cutAt_ && sent_ == *cutAt_) {
                if (cutIsReset_) {
                    ++impl_.resets;
                    upstream_.abort();
                    client_.abort();
                } else {
                    ++impl_.truncations;
                    upstream_.abort();
                    ::shutdown(client_.get(), SHUT_WR);
                    client_.close();
                }
                return Emit::Cut;
            }
            if (data.empty()) return Emit::Ok;
            std::size_t n = data.size();
            if (delayAt_ && *delayAt_ > sent_) n = static_cast<std::size_t>(std::min<std::uint64_t>(n, *delayAt_ - sent_));
            if (cutAt_ && *cutAt_ > sent_) n = static_cast<std::size_t>(std::min<std::uint64_t>(n, *cutAt_ - sent_));
            const Io io = sendAll(client_.get(), data.substr(0, n), wake_.get());
            if (io == Io::Woken) return Emit::Woken;
            if (io != Io::Ok) return Emit::ClientGone;
            sent_ += n;
            data.remove_prefix(n);
        }
    }

    // Opens the upstream connection if there is none, or if the one there is goes to an old
    // target or was closed by the server meanwhile.
    bool connectUpstream() {
        const int target = impl_.target.load();
        if (upstream_.open()) {
            pollfd p{upstream_.get(), POLLIN | POLLRDHUP, 0};
            const bool stale = ::poll(&p, 1, 0) != 0;  // EOF, error, or unexpected bytes
            if (!stale && upstreamPort_ == target) return true;
            upstream_.close();
        }
        ubuf_.clear();
        Fd s(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        if (!s.open()) return false;
        const sockaddr_in addr = net::loopbackAddress(target);
        if (::connect(s.get(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
            if (errno != EINPROGRESS) return false;
            if (waitFor(s.get(), POLLOUT, wake_.get(), kConnectTimeout) != Io::Ok) return false;
            int err = 0;
            socklen_t len = sizeof err;
            if (::getsockopt(s.get(), SOL_SOCKET, SO_ERROR, &err, &len) != 0 || err != 0) return false;
        }
        setNoDelay(s.get());
        upstream_ = std::move(s);
        upstreamPort_ = target;
        return true;
    }

    // Ways of ending the session.
    Outcome obeyed() {
        obey();
        return Outcome::End;
    }
    Outcome closeAll() {
        upstream_.close();
        client_.close();
        return Outcome::End;
    }
    Outcome abortAll() {
        upstream_.abort();
        client_.abort();
        return Outcome::End;
    }
    Outcome upstreamDown() {
        if (command_ != kNone) return obeyed();
        ++impl_.upstreamFailures;
        return closeAll();
    }

    Impl& impl_;
    Fd client_;
    Fd upstream_;
    int upstreamPort_ = 0;
    Fd wake_;
    std::string cbuf_;  // client bytes not consumed yet
    std::string ubuf_;  // upstream bytes not consumed yet
    bool interimSent_ = false;
    std::optional<std::uint64_t> cutAt_;
    bool cutIsReset_ = false;
    std::optional<std::uint64_t> delayAt_;
    milliseconds delayFor_{0};
    std::uint64_t sent_ = 0;
    std::atomic<int> command_{kNone};
};

FaultProxy::FaultProxy(int targetPort, FaultPlan plan) : impl_(std::make_unique<Impl>()) {
    validatePort(targetPort);
    impl_->target = targetPort;
    impl_->setPlan(std::move(plan));

    impl_->acceptor.start("FaultProxy", kAcceptorTick, [impl = impl_.get()](Fd client) {
        ++impl->connections;
        return std::make_shared<Impl::Session>(*impl, std::move(client));
    });
}

FaultProxy::~FaultProxy() {
    impl_->acceptor.close([](Impl::Session& s) { s.command(Impl::Session::kStop); });
}

int FaultProxy::port() const { return impl_->acceptor.port(); }

std::string FaultProxy::url() const { return "http://127.0.0.1:" + std::to_string(port()); }

void FaultProxy::setPlan(FaultPlan plan) { impl_->setPlan(std::move(plan)); }

void FaultProxy::heal() { setPlan(FaultPlan::none()); }

FaultPlan FaultProxy::plan() const {
    std::lock_guard lock(impl_->planMutex);
    return impl_->plan;
}

void FaultProxy::setTargetPort(int port) {
    validatePort(port);
    impl_->target = port;
}

int FaultProxy::targetPort() const { return impl_->target; }

void FaultProxy::dropAllConnections() {
    impl_->acceptor.endSessions([](Impl::Session& s) { s.command(Impl::Session::kDrop); });
}

FaultCounts FaultProxy::counts() const {
    FaultCounts c;
    c.requests = impl_->requests;
    c.resets = impl_->resets;
    c.delays = impl_->delays;
    c.truncations = impl_->truncations;
    c.statuses = impl_->statuses;
    c.connections = impl_->connections;
    c.upstreamFailures = impl_->upstreamFailures;
    c.dropped = impl_->dropped;
    return c;
}

}  // namespace intake::test
