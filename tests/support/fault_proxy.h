// Test support: a fault-injecting HTTP/1.1 TCP proxy on loopback, for the sync fault tests.
//
//   intake::test::PouchPeer peer;
//   intake::test::FaultProxy proxy(peer.port());          // transparent until given a plan
//   client.connect(proxy.url());
//   FaultPlan plan;
//   plan.seed = 7;
//   plan.resetProbability = 0.2;
//   proxy.setPlan(plan);                                   // faults for the following requests
//   ...
//   proxy.heal();
//
// The proxy frames HTTP/1.1 messages, so faults are decided PER REQUEST, also on kept-alive
// connections (libcurl reuses one connection for many requests):
//  - requests are framed by Content-Length or chunked transfer coding and buffered whole before
//    they are forwarded (a request body is held in memory); `Expect: 100-continue` is answered by
//    the proxy itself (`100 Continue`) and stripped from what the server sees;
//  - responses are framed by Content-Length, chunked transfer coding or end of connection, and
//    streamed. Bytes are forwarded verbatim (Content-Encoding such as gzip/br is not touched, so a
//    truncated or reset body of a compressed response may surface in the client as a decoding
//    error rather than a short read).
//  - to place a response fault (reset / truncation / delay offset) in a body of unknown length
//    (chunked or read-until-close), the proxy first reads ahead up to 64 KiB, or until the body is
//    complete, or until the server pauses for 500 ms, and picks the offset within what it has;
//    without a fault, responses are streamed as they arrive (long-poll / continuous feeds work).
//  - 1xx interim responses from the server are passed on (100 is dropped: the proxy already sent
//    its own); 101 upgrades are not tunnelled (treated as a body read until close, one way).
//  - limits: request heads 64 KiB, request bodies 256 MiB (beyond: the connection is closed);
//    no TLS (plain http to 127.0.0.1 only).
//  - each client connection has its own upstream connection, opened on its first forwarded
//    request, reused while the server keeps it alive, re-opened when the server closed it (one
//    silent retry if a reused upstream connection dies before answering anything) or when
//    setTargetPort() changed the target.
//  - the target being down (connection refused) closes the client connection without an answer.
//
// Threads: one acceptor thread plus one thread per client connection. All public member
// functions are thread-safe. Nothing but loopback is ever touched; nothing of a message's
// content is logged.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace intake::test {

struct FaultPlan {
    // All randomness comes from one std::mt19937_64 seeded with this; it is re-seeded by every
    // setPlan(), so the same plan given to a proxy makes the same decisions for the same sequence
    // of requests (as long as the requests reach the proxy in a deterministic order).
    std::uint64_t seed = 1;

    // Per request, evaluated in this order; at most one of status / reset / truncate applies to
    // a request (the first that fires); a delay may come on top of a reset or a truncation.

    // The proxy answers itself (after reading the whole request, without forwarding it) with one
    // of `statuses`, chosen uniformly: JSON body {"error":...,"reason":...} as CouchDB would send,
    // `Retry-After: 1` on 429 and 503. The connection stays usable.
    double statusProbability = 0;
    std::vector<int> statuses{500, 503, 429};

    // The connection is reset (SO_LINGER 0 + close, i.e. TCP RST to the client; the upstream
    // connection is dropped too) at a uniformly random byte offset, with probability 1/2 while
    // forwarding the request (the server sees a partial request, the client no answer) and with
    // probability 1/2 while forwarding the response (the client may see a partial response).
    double resetProbability = 0;

    // The response head and only a strict prefix of the body (0 .. length-1 bytes) are sent, then
    // the connection is closed cleanly (FIN). Responses without a body (HEAD, 204, 304,
    // Content-Length: 0) cannot be truncated: they pass and are not counted.
    double truncateProbability = 0;

    // Forwarding of the response pauses once, at a random byte offset of the response (head
    // included; part way through), for a uniformly random time in [0, maxDelay].
    double delayProbability = 0;
    std::chrono::milliseconds maxDelay{0};

    // A plan that forwards everything untouched.
    static FaultPlan none() { return {}; }
};

struct FaultCounts {
    std::uint64_t requests = 0;         // complete request heads received from clients
    std::uint64_t resets = 0;           // injected resets (connections reset by the plan)
    std::uint64_t delays = 0;           // injected pauses actually taken
    std::uint64_t truncations = 0;      // responses actually cut short
    std::uint64_t statuses = 0;         // injected status answers
    std::uint64_t connections = 0;      // client connections accepted
    std::uint64_t upstreamFailures = 0; // target unreachable (client connection closed)
    std::uint64_t dropped = 0;          // connections reset by dropAllConnections()
};

class FaultProxy {
public:
    // Listens on 127.0.0.1 on a free port and forwards to 127.0.0.1:targetPort.
    // Throws std::invalid_argument for a bad plan or port, std::system_error if it cannot listen.
    explicit FaultProxy(int targetPort, FaultPlan plan = FaultPlan::none());
    // Stops accepting, closes every connection (RST), joins all threads.
    ~FaultProxy();

    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;
    FaultProxy(FaultProxy&&) = delete;
    FaultProxy& operator=(FaultProxy&&) = delete;

    int port() const;
    // "http://127.0.0.1:<port>" (no trailing slash).
    std::string url() const;

    // Applies to requests whose head arrives after the call; re-seeds the random generator.
    // Throws std::invalid_argument if a probability is outside [0, 1], maxDelay is negative, or
    // statusProbability > 0 with no status, or a status outside 200..599.
    void setPlan(FaultPlan plan);
    // setPlan(FaultPlan::none()).
    void heal();
    FaultPlan plan() const;

    // Following upstream connections go to 127.0.0.1:port (1..65535, else std::invalid_argument);
    // a kept-alive upstream connection to the old target is replaced at the next request on it.
    void setTargetPort(int port);
    int targetPort() const;

    // Resets (RST) every open client and upstream connection now, in flight or idle, and returns
    // once they are closed. New connections are accepted as usual afterwards.
    void dropAllConnections();

    FaultCounts counts() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace intake::test
