// Test support: a small scriptable HTTP/1.1 server on loopback, for the hostile-server sync tests.
//
//   intake::test::HostileServer server([&](const HostileRequest& request) {
//       if (request.path.ends_with("/_changes"))
//           return HostileAnswer::endless(R"({"results":[)", R"({"seq":1,"id":"x","changes":[]},)");
//       return HostileAnswer::json(404, {{"error", "not_found"}, {"reason", "missing"}});
//   });
//   client.connect(server.url() + "/db");
//   ...
//   auto exchanges = server.exchanges();   // what was asked, what was sent, whether the client hung up
//
// The handler decides every answer: a complete one (status, headers, body; framed by
// Content-Length unless told otherwise), raw bytes (any garbage, no framing added), or a streamed
// one (a generator of body pieces, optionally paced, chunked or not, possibly never ending), and
// what happens to the connection after it (kept alive, closed, reset, or held open in silence).
//
// Framing of requests: Content-Length bodies only (what libcurl sends for the replication
// requests); `Expect: 100-continue` is answered with `100 Continue`. Request heads are limited to
// 64 KiB and bodies to 64 MiB (beyond, or on a malformed or chunked request, the connection is
// closed without an answer and without calling the handler; it counts in malformedRequests()).
//
// Bounded: the server writes with a small socket send buffer (64 KiB asked of the kernel) and
// counts every byte the kernel accepted, so a test can tell how far a client read an endless or
// huge answer before it hung up. Hang-ups are noticed while sending (EPIPE/ECONNRESET), while
// pausing between pieces and while holding a silent connection (POLLRDHUP/POLLHUP/POLLERR).
//
// Threads: one acceptor thread plus one thread per connection; the handler is called on the
// connection's thread, so it may run on several threads at once and must be thread-safe (and must
// not use Catch2 assertions: they are not thread-safe). A handler that throws gets a 500 answer
// and counts in handlerFailures(). All public member functions are thread-safe. Only 127.0.0.1 is
// ever touched; nothing of a message's content is logged.
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace intake::test {

struct HostileRequest {
    std::string method;
    std::string target;  // as on the request line: path and query
    std::string path;    // the target up to '?', not decoded
    std::string query;   // after '?' (empty if none), not decoded
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::uint64_t connection = 0;  // serial number of the connection (1, 2, ...)

    // The value of a header (first one, name case-insensitive).
    std::optional<std::string> header(std::string_view name) const;
    // The body as JSON; discarded() when it is not JSON.
    nlohmann::json json() const;
};

struct HostileAnswer {
    enum class Framing {
        Length,      // Content-Length: `contentLength` if given (it may lie), else the size of `body`
        Chunked,     // Transfer-Encoding: chunked; the final 0-chunk unless `cutShort`
        UntilClose,  // no length: the body ends when the connection does
    };
    enum class End {
        KeepAlive,  // the connection serves the next request (only once the framing is complete)
        Close,      // orderly close (FIN) once everything is sent
        Reset,      // abortive close (RST) once everything is sent
        Hold,       // send nothing more; keep the connection open until the client hangs up (or the server stops)
    };

    int status = 200;
    std::string reason;  // empty: the standard phrase (or "Hostile" for unknown statuses)
    // Sent as given, after the status line and before the framing header. Nothing is added
    // besides the framing header (no Content-Type unless given here; the factories add one).
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;  // sent first
    // Streaming: after `body`, pieces from `more` (given the body bytes sent so far) until it
    // returns nullopt; before each piece the server waits `interval`.
    std::function<std::optional<std::string>(std::uint64_t sent)> more;
    std::chrono::milliseconds interval{0};
    Framing framing = Framing::Length;
    std::optional<std::uint64_t> contentLength;  // Framing::Length: announce this (needed with `more`)
    bool cutShort = false;  // Framing::Chunked: no final 0-chunk (the body is cut off where it stops)
    End end = End::KeepAlive;
    // Sent verbatim instead of the status line, headers, framing and `body`; `more` pieces (if
    // any) follow it unframed (an endless header, endless 1xx answers); then `end`.
    std::optional<std::string> raw;

    // A complete answer, framed by Content-Length, with Content-Type: application/json.
    static HostileAnswer json(int status, const nlohmann::json& body);
    static HostileAnswer text(int status, std::string body, std::string contentType = "application/json");
    // Raw bytes (any garbage), then the connection is closed.
    static HostileAnswer rawBytes(std::string bytes);
    // 3xx with a Location, a small JSON body, connection kept.
    static HostileAnswer redirect(int status, std::string location);
    // 200, chunked: `prefix` then `unit` again and again, never finishing.
    static HostileAnswer endless(std::string prefix, std::string unit);
    // 200: `prefix` padded with spaces to `totalBytes` (JSON whitespace: still "valid" as far as it
    // goes), announced by Content-Length or chunked, then `suffix`.
    static HostileAnswer huge(std::string prefix, std::uint64_t totalBytes, bool announced, std::string suffix = "}");
    // 200 with Content-Length; the head at once, then the body `bytesPerPiece` at a time, one piece per `interval`.
    static HostileAnswer trickle(std::string body, std::chrono::milliseconds interval, std::size_t bytesPerPiece = 1);
    // 200 announcing `declared` bytes (more than `body`), sending `body`, then `end` (Close: FIN).
    static HostileAnswer lyingLength(std::string body, std::uint64_t declared, End end = End::Close);
    // The head and nothing else, the connection held open (a server that stalls mid-answer).
    static HostileAnswer stallAfterHead(std::string partialBody = {});
    // Nothing at all: the request is read, the connection held open in silence.
    static HostileAnswer silence();
};

// One request and what was done about it.
struct HostileExchange {
    std::uint64_t connection = 0;
    std::string method;
    std::string target;
    int status = 0;               // of the answer (0 for raw answers)
    std::uint64_t bytesSent = 0;  // head and body bytes the kernel accepted for this answer
    bool completed = false;       // everything the answer had to send was sent
    bool peerHungUp = false;      // the client closed or reset the connection before the answer was over
    bool ended = false;           // the server is done with it (next request awaited, or connection closed)
    std::chrono::steady_clock::duration duration{};  // from the request to the end of the answer
};

class HostileServer {
public:
    using Handler = std::function<HostileAnswer(const HostileRequest&)>;

    // Listens on 127.0.0.1 on a free port. Throws std::system_error if it cannot.
    explicit HostileServer(Handler handler);
    // Stops accepting, resets every connection (also those held or streaming), joins all threads.
    ~HostileServer();

    HostileServer(const HostileServer&) = delete;
    HostileServer& operator=(const HostileServer&) = delete;
    HostileServer(HostileServer&&) = delete;
    HostileServer& operator=(HostileServer&&) = delete;

    int port() const;
    // "http://127.0.0.1:<port>" (no trailing slash).
    std::string url() const;

    // Replaces the handler for requests whose head arrives after the call.
    void setHandler(Handler handler);

    std::uint64_t requestCount() const;     // complete requests received (handled)
    std::uint64_t connectionCount() const;  // connections accepted
    std::uint64_t bytesSent() const;        // all bytes the kernel accepted, every answer
    std::uint64_t handlerFailures() const;  // handler calls that threw
    std::uint64_t malformedRequests() const;
    // Every exchange since the start (or resetCounts()), in the order the requests came; one in
    // progress has completed == false and peerHungUp as far as known yet.
    std::vector<HostileExchange> exchanges() const;
    // Forgets the exchanges and zeroes the counters (not the connections that are open).
    void resetCounts();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace intake::test
