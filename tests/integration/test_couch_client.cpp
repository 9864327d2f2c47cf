// The CouchDB HTTP client (sync/include/intake/sync/couch_client.h) against a real
// pouchdb-server peer (also behind a stunnel TLS front), plus a tiny canned HTTP server for
// answers no real server gives.
#include "pouchdb_peer.h"
#include "tls_tunnel.h"

#include "intake/sync/couch_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <curl/curl.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>

using intake::SyncError;
using intake::sync::ClientOptions;
using intake::sync::CouchClient;
using intake::sync::Credentials;
using intake::sync::RemoteEndpoint;
using intake::test::PouchPeer;
using intake::test::TlsTunnel;
using nlohmann::json;
using SteadyClock = std::chrono::steady_clock;
using std::chrono::milliseconds;

namespace {

CouchClient makeClient(const std::string& url, ClientOptions options = {}) {
    auto endpoint = RemoteEndpoint::parse(url);
    REQUIRE(endpoint.ok());
    auto client = CouchClient::create(*endpoint, std::move(options));
    REQUIRE(client.ok());
    return std::move(client).value();
}

// A document with a revision history: rev generation n, history of hashes newest first.
json revisioned(const std::string& id, const std::vector<std::string>& hashesNewestFirst, json body = json::object()) {
    body["_id"] = id;
    body["_rev"] = std::to_string(hashesNewestFirst.size()) + "-" + hashesNewestFirst.front();
    body["_revisions"] = {{"start", hashesNewestFirst.size()}, {"ids", hashesNewestFirst}};
    return body;
}

std::string hash(char c) { return std::string(32, c); }

// Accepts connections on a loopback port, one per canned response (they say
// "Connection: close"): reads the request (head and Content-Length body, kept for
// requests()) and writes the response (an empty one: keeps the connection open
// without answering until stopped). With a trickle chunk, the head of a response
// goes out at once and its body that many bytes at a time, one chunk per interval.
class CannedServer {
public:
    explicit CannedServer(std::string response) : CannedServer(std::vector<std::string>{std::move(response)}) {}
    explicit CannedServer(std::vector<std::string> responses, std::size_t trickleChunk = 0,
                          milliseconds trickleInterval = milliseconds(0))
        : responses_(std::move(responses)), trickleChunk_(trickleChunk), trickleInterval_(trickleInterval) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(fd_ >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        REQUIRE(::listen(fd_, 4) == 0);
        socklen_t len = sizeof addr;
        REQUIRE(::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
        port_ = ntohs(addr.sin_port);
        thread_ = std::thread([this] { serve(); });
    }
    ~CannedServer() {
        stop_ = true;
        thread_.join();
        ::close(fd_);
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/db"; }
    // The requests received so far, head and body, in order.
    std::vector<std::string> requests() const {
        std::lock_guard lock(mutex_);
        return requests_;
    }

private:
    bool waitReadable(int fd) {
        while (!stop_) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 50) > 0)
                return true;
        }
        return false;
    }
    void serve() {
        for (const auto& response : responses_)
            serveOne(response);
    }
    void serveOne(const std::string& response) {
        if (!waitReadable(fd_))
            return;
        const int conn = ::accept(fd_, nullptr, nullptr);
        if (conn < 0)
            return;
        std::string request;
        char buffer[4096];
        auto complete = [&request] {
            const auto headEnd = request.find("\r\n\r\n");
            if (headEnd == std::string::npos)
                return false;
            std::string head = request.substr(0, headEnd);
            std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
            const auto length = head.find("content-length:");
            if (length == std::string::npos)
                return true;
            return request.size() >= headEnd + 4 + std::stoul(head.substr(length + 15));
        };
        while (!complete() && waitReadable(conn)) {
            const ssize_t n = ::read(conn, buffer, sizeof buffer);
            if (n <= 0)
                break;
            request.append(buffer, static_cast<std::size_t>(n));
        }
        {
            std::lock_guard lock(mutex_);
            requests_.push_back(request);
        }
        if (!response.empty()) {
            const auto headEnd = response.find("\r\n\r\n");
            const std::size_t head = headEnd == std::string::npos ? response.size() : headEnd + 4;
            std::size_t sent = 0;
            while (sent < response.size() && !stop_) {
                std::size_t size = response.size() - sent;
                if (trickleChunk_ > 0) {
                    if (sent < head) {
                        size = head - sent;
                    } else {
                        size = std::min(size, trickleChunk_);
                        const auto until = std::chrono::steady_clock::now() + trickleInterval_;
                        while (sent > head && !stop_ && std::chrono::steady_clock::now() < until)
                            std::this_thread::sleep_for(milliseconds(10));
                    }
                }
                const ssize_t n = ::send(conn, response.data() + sent, size, MSG_NOSIGNAL);
                if (n <= 0)
                    break;
                sent += static_cast<std::size_t>(n);
            }
        } else {
            while (!stop_)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        ::shutdown(conn, SHUT_RDWR);
        ::close(conn);
    }

    std::vector<std::string> responses_;
    std::size_t trickleChunk_ = 0;
    milliseconds trickleInterval_{0};
    mutable std::mutex mutex_;
    std::vector<std::string> requests_;
    int fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

std::string httpResponse(const std::string& status, const std::string& body, const std::string& extraHeaders = {},
                         bool contentLength = true) {
    std::string text = "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\n" +
                       extraHeaders;
    if (contentLength)
        text += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    return text + "\r\n" + body;
}

int closedLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    socklen_t len = sizeof addr;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
    ::close(fd);  // bound, never listened: connecting is refused
    return ntohs(addr.sin_port);
}

}  // namespace

TEST_CASE("CouchClient talks to a real peer", "[sync][client]") {
    PouchPeer peer;
    const std::string dbUrl = peer.createDatabase("records");
    CouchClient client = makeClient(dbUrl);

    SECTION("serverInfo answers the welcome object") {
        auto info = client.serverInfo();
        REQUIRE(info.ok());
        REQUIRE(info->is_object());
        CHECK(info->value("uuid", "") == peer.serverUuid());
    }

    SECTION("ensureDatabase creates, and accepts an existing database") {
        CouchClient other = makeClient(peer.url() + "/fresh");
        REQUIRE(other.ensureDatabase().ok());
        REQUIRE(other.ensureDatabase().ok());
        REQUIRE(client.ensureDatabase().ok());
        auto page = other.changes("0");
        REQUIRE(page.ok());
        CHECK(page->changes.empty());
    }

    SECTION("revsDiff, bulkDocsNoNewEdits and bulkGet") {
        const json a = revisioned("a", {hash('2'), hash('1')}, {{"name", "Anna"}});
        const json b = revisioned("b", {hash('3')}, {{"name", "Bo"}});
        std::map<std::string, std::vector<std::string>> asked{
            {"a", {a["_rev"].get<std::string>()}},
            {"b", {b["_rev"].get<std::string>(), "2-" + hash('9')}},
        };
        auto before = client.revsDiff(asked);
        REQUIRE(before.ok());
        CHECK(*before == asked);

        auto written = client.bulkDocsNoNewEdits({a, b});
        REQUIRE(written.ok());
        REQUIRE(written->size() == 2);
        CHECK((*written)[0].id == "a");
        CHECK((*written)[0].rev == a["_rev"]);
        CHECK_FALSE((*written)[0].error.has_value());
        CHECK_FALSE((*written)[1].error.has_value());

        auto after = client.revsDiff(asked);
        REQUIRE(after.ok());
        REQUIRE(after->size() == 1);
        CHECK(after->at("b") == std::vector<std::string>{"2-" + hash('9')});

        auto exact = client.revsDiff({{"a", {a["_rev"].get<std::string>()}}});
        REQUIRE(exact.ok());
        CHECK(exact->empty());

        // The history is exactly the one given.
        auto docs = client.bulkGet({{"a", a["_rev"].get<std::string>()},
                                    {"a", "1-" + hash('1')},  // an ancestor: its body is not kept
                                    {"b", "9-" + hash('8')},  // never existed
                                    {"nobody", "1-" + hash('7')}});
        REQUIRE(docs.ok());
        auto found = std::find_if(docs->begin(), docs->end(),
                                  [&](const json& d) { return d["_rev"] == a["_rev"]; });
        REQUIRE(found != docs->end());
        CHECK((*found)["_id"] == "a");
        CHECK((*found)["name"] == "Anna");
        CHECK((*found)["_revisions"] == a["_revisions"]);
        for (const auto& doc : *docs)
            CHECK(doc["_rev"] != "9-" + hash('8'));
        CHECK(std::none_of(docs->begin(), docs->end(), [](const json& d) { return d["_id"] == "nobody"; }));

        auto both = client.bulkGet({{"b", b["_rev"].get<std::string>()}});
        REQUIRE(both.ok());
        REQUIRE(both->size() == 1);
        CHECK((*both)[0]["_revisions"] == b["_revisions"]);

        // A branch on a: conflicting leaves show up in changes with style=all_docs.
        REQUIRE(client.bulkDocsNoNewEdits({revisioned("a", {hash('4'), hash('1')})}).ok());
        auto page = client.changes("0");
        REQUIRE(page.ok());
        auto rowA = std::find_if(page->changes.begin(), page->changes.end(),
                                 [](const auto& c) { return c.id == "a"; });
        REQUIRE(rowA != page->changes.end());
        CHECK(rowA->revs.size() == 2);
    }

    SECTION("a document the server refuses is Rejected, the others are written") {
        const json design = revisioned(
            "_design/guard", {hash('d')},
            {{"validate_doc_update",
              "function (doc) { if (doc.bad) { throw({forbidden: 'no bad documents'}); } }"}});
        auto installed = client.bulkDocsNoNewEdits({design});
        REQUIRE(installed.ok());
        REQUIRE_FALSE(installed->at(0).error.has_value());

        auto result = client.bulkDocsNoNewEdits(
            {revisioned("good", {hash('g')}), revisioned("evil", {hash('e')}, {{"bad", true}})});
        REQUIRE(result.ok());
        REQUIRE(result->size() == 2);
        CHECK_FALSE(result->at(0).error.has_value());
        REQUIRE(result->at(1).error.has_value());
        CHECK(result->at(1).error->is(SyncError::Rejected));
        CHECK(result->at(1).error->detail().find("evil") != std::string::npos);
        CHECK(result->at(1).error->detail().find("forbidden") != std::string::npos);
        // The server's reason may quote the document: it is not kept.
        CHECK(result->at(1).error->detail().find("no bad documents") == std::string::npos);
        auto diff = client.revsDiff({{"good", {"1-" + hash('g')}}, {"evil", {"1-" + hash('e')}}});
        REQUIRE(diff.ok());
        CHECK(diff->count("good") == 0);
        CHECK(diff->count("evil") == 1);
    }

    SECTION("bulkDocsNoNewEdits refuses documents without _id or _rev") {
        auto result = client.bulkDocsNoNewEdits({json{{"name", "x"}}});
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().is(SyncError::Rejected));
    }

    SECTION("changes pages with limit and since") {
        std::vector<json> docs;
        for (int i = 0; i < 5; ++i)
            docs.push_back(revisioned("doc" + std::to_string(i), {hash(static_cast<char>('a' + i))}));
        docs.push_back(json{{"_id", "gone"},
                            {"_rev", "2-" + hash('z')},
                            {"_deleted", true},
                            {"_revisions", {{"start", 2}, {"ids", {hash('z'), hash('y')}}}}});
        REQUIRE(client.bulkDocsNoNewEdits(docs).ok());

        std::vector<std::string> seen;
        std::string since = "0";
        bool sawDeleted = false;
        int pages = 0;
        for (; pages < 10; ++pages) {
            auto page = client.changes(since, 2);
            REQUIRE(page.ok());
            CHECK(page->changes.size() <= 2);
            if (page->changes.empty())
                break;
            for (const auto& change : page->changes) {
                seen.push_back(change.id);
                REQUIRE(change.revs.size() == 1);
                if (change.id == "gone") {
                    sawDeleted = change.deleted;
                    CHECK(change.revs[0] == "2-" + hash('z'));
                } else {
                    CHECK_FALSE(change.deleted);
                }
            }
            since = page->lastSeq.is_string() ? page->lastSeq.get<std::string>() : page->lastSeq.dump();
        }
        CHECK(pages == 3);
        std::sort(seen.begin(), seen.end());
        CHECK(seen == std::vector<std::string>{"doc0", "doc1", "doc2", "doc3", "doc4", "gone"});
        CHECK(sawDeleted);
    }

    SECTION("local documents round trip") {
        auto absent = client.getLocal("checkpoint-1");
        REQUIRE(absent.ok());
        CHECK_FALSE(absent->has_value());

        REQUIRE(client.putLocal("checkpoint-1", json{{"last_seq", 5}}).ok());
        auto first = client.getLocal("checkpoint-1");
        REQUIRE(first.ok());
        REQUIRE(first->has_value());
        CHECK((**first)["last_seq"] == 5);

        // Replacing needs no _rev from the caller.
        REQUIRE(client.putLocal("checkpoint-1", json{{"last_seq", 9}}).ok());
        auto second = client.getLocal("checkpoint-1");
        REQUIRE(second.ok());
        REQUIRE(second->has_value());
        CHECK((**second)["last_seq"] == 9);

        // Local documents do not replicate: they are not in the changes feed.
        auto page = client.changes("0");
        REQUIRE(page.ok());
        CHECK(page->changes.empty());
    }

    SECTION("a database that does not exist is NotFound") {
        CouchClient missing = makeClient(peer.url() + "/no-such-db");
        auto page = missing.changes("0");
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().is(SyncError::NotFound));
        CHECK_FALSE(page.error().mayBeTransient());
        auto diff = missing.revsDiff({{"a", {"1-" + hash('1')}}});
        REQUIRE_FALSE(diff.ok());
        CHECK(diff.error().is(SyncError::NotFound));
        auto got = missing.bulkGet({{"a", "1-" + hash('1')}});
        REQUIRE_FALSE(got.ok());
        CHECK(got.error().is(SyncError::NotFound));
    }

    SECTION("a stopped server is Offline, a transient error") {
        REQUIRE(client.serverInfo().ok());  // a kept-alive connection to lose
        peer.stop();
        auto info = client.serverInfo();
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().is(SyncError::Offline));
        CHECK(info.error().mayBeTransient());
        CHECK(info.error().name() == "sync.offline");
    }
}

TEST_CASE("CouchClient maps transport failures", "[sync][client]") {
    SECTION("a closed port is Offline") {
        CouchClient client = makeClient("http://127.0.0.1:" + std::to_string(closedLoopbackPort()) + "/db");
        auto info = client.serverInfo();
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().is(SyncError::Offline));
        CHECK(info.error().mayBeTransient());
    }

    SECTION("the overall cap ends a request that never finishes: Timeout") {
        CannedServer server("");
        ClientOptions options;
        options.requestTimeout = milliseconds(500);  // stall detection (30 s) would come much later
        CouchClient client = makeClient(server.url(), options);
        const auto start = SteadyClock::now();
        auto info = client.serverInfo();
        const auto elapsed = SteadyClock::now() - start;
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().is(SyncError::Timeout));
        CHECK(info.error().mayBeTransient());
        CHECK(elapsed >= milliseconds(450));
        CHECK(elapsed < milliseconds(3000));
    }

    SECTION("a stalled transfer is given up after lowSpeedTime: Timeout") {
        CannedServer server("");
        ClientOptions options;
        options.requestTimeout = milliseconds(0);  // no overall cap: only stall detection
        options.lowSpeedTime = std::chrono::seconds(1);
        CouchClient client = makeClient(server.url(), options);
        const auto start = SteadyClock::now();
        auto info = client.serverInfo();
        const auto elapsed = SteadyClock::now() - start;
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().is(SyncError::Timeout));
        CHECK(info.error().mayBeTransient());
        CHECK(elapsed >= milliseconds(900));
        CHECK(elapsed < milliseconds(5000));
    }

    SECTION("a slow answer that keeps coming is not cut off by stall detection") {
        // About 90 bytes, 6 bytes every 200 ms: some 3 s, three times lowSpeedTime.
        const std::string body = R"({"results":[{"seq":1,"id":"slow","changes":[{"rev":"1-a"}]}],"last_seq":1})";
        CannedServer server(std::vector<std::string>{httpResponse("200 OK", body)}, 6, milliseconds(200));
        ClientOptions options;
        options.requestTimeout = milliseconds(0);
        options.lowSpeedTime = std::chrono::seconds(1);
        CouchClient client = makeClient(server.url(), options);
        const auto start = SteadyClock::now();
        auto page = client.changes("0");
        const auto elapsed = SteadyClock::now() - start;
        REQUIRE(page.ok());
        REQUIRE(page->changes.size() == 1);
        CHECK(page->changes[0].id == "slow");
        CHECK(elapsed > milliseconds(2000));
    }

    SECTION("the overall cap does cut off a slow answer") {
        const std::string body = R"({"results":[{"seq":1,"id":"slow","changes":[{"rev":"1-a"}]}],"last_seq":1})";
        CannedServer server(std::vector<std::string>{httpResponse("200 OK", body)}, 6, milliseconds(200));
        ClientOptions options;
        options.requestTimeout = milliseconds(1000);
        options.lowSpeedTime = std::chrono::seconds(30);
        CouchClient client = makeClient(server.url(), options);
        auto page = client.changes("0");
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().is(SyncError::Timeout));
    }
}

TEST_CASE("CouchClient maps HTTP statuses", "[sync][client]") {
    struct Case {
        const char* status;
        SyncError expected;
        bool transient;
    };
    const Case cases[] = {
        {"401 Unauthorized", SyncError::Unauthorized, false},
        {"403 Forbidden", SyncError::Forbidden, false},
        {"404 Not Found", SyncError::NotFound, false},
        {"429 Too Many Requests", SyncError::ServerBusy, true},
        {"500 Internal Server Error", SyncError::ServerBusy, true},
        {"503 Service Unavailable", SyncError::ServerBusy, true},
    };
    for (const auto& c : cases) {
        CAPTURE(c.status);
        CannedServer server(httpResponse(c.status, R"({"error":"x","reason":"y"})"));
        CouchClient client = makeClient(server.url());
        auto page = client.changes("0");
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().is(c.expected));
        CHECK(page.error().mayBeTransient() == c.transient);
    }
}

TEST_CASE("CouchClient refuses malformed answers as BadResponse", "[sync][client]") {
    auto expectBad = [](const std::string& response, ClientOptions options = {}) {
        CannedServer server(response);
        CouchClient client = makeClient(server.url(), options);
        auto page = client.changes("0");
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().is(SyncError::BadResponse));
        CHECK_FALSE(page.error().mayBeTransient());
        return page.error().detail();
    };

    SECTION("not JSON") { expectBad(httpResponse("200 OK", "<html>proxy login</html>")); }
    SECTION("JSON of the wrong shape") { expectBad(httpResponse("200 OK", R"([1,2,3])")); }
    SECTION("JSON with wrong types") {
        expectBad(httpResponse("200 OK", R"({"results":[{"seq":1,"id":7,"changes":[{"rev":"1-a"}]}],"last_seq":1})"));
        expectBad(httpResponse("200 OK", R"({"results":[{"seq":1,"id":"a","changes":"1-a"}],"last_seq":1})"));
        expectBad(httpResponse("200 OK", R"({"results":"none","last_seq":1})"));
        expectBad(httpResponse("200 OK", R"({"results":[]})"));
        expectBad(httpResponse("200 OK",
                               R"({"results":[{"seq":1,"id":"a","changes":[{"rev":"1-a"}],"deleted":"yes"}],"last_seq":1})"));
    }
    SECTION("a redirect to another host is not followed") {
        const std::string detail =
            expectBad(httpResponse("302 Found", "", "Location: http://example.com/db/_changes\r\n"));
        CHECK(detail.find("302") != std::string::npos);
    }
    SECTION("an over-size body is cut off") {
        ClientOptions small;
        small.maxResponseBytes = 1000;
        const std::string big = R"({"results":[],"last_seq":")" + std::string(5000, 'x') + R"("})";
        expectBad(httpResponse("200 OK", big), small);                   // announced by Content-Length
        expectBad(httpResponse("200 OK", big, {}, /*contentLength=*/false), small);  // streamed
    }
    SECTION("bulkGet falls back to single GETs when _bulk_get is unknown") {
        CannedServer server(std::vector<std::string>{
            httpResponse("400 Bad Request", R"({"error":"bad_request","reason":"unknown path"})"),
            httpResponse("200 OK", R"({"_id":"a","_rev":"2-b","_revisions":{"start":2,"ids":["b","a"]}})"),
            httpResponse("404 Object Not Found", R"({"error":"not_found","reason":"missing"})"),
            httpResponse("200 OK", R"({"_id":"c","_rev":7})"),
        });
        CouchClient client = makeClient(server.url());
        auto docs = client.bulkGet({{"a", "2-b"}, {"b", "1-x"}});
        REQUIRE(docs.ok());
        REQUIRE(docs->size() == 1);
        CHECK((*docs)[0]["_rev"] == "2-b");
        auto bad = client.bulkGet({{"c", "7-c"}});  // _bulk_get answers a document: wrong shape
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().is(SyncError::BadResponse));
    }
    SECTION("bulkGet asks again, one GET each, for revisions _bulk_get said were missing") {
        CannedServer server(std::vector<std::string>{
            httpResponse("200 OK", R"({"results":[)"
                                   R"({"id":"a","docs":[{"missing":"2-b"}]},)"
                                   R"({"id":"d","docs":[{"ok":{"_id":"d","_rev":"1-d","_revisions":{"start":1,"ids":["d"]}}}]},)"
                                   R"({"id":"e","docs":[{"error":{"id":"e","rev":"1-e","error":"not_found","reason":"missing"}}]}]})"),
            httpResponse("200 OK", R"({"_id":"a","_rev":"2-b","_revisions":{"start":2,"ids":["b","a"]}})"),
            httpResponse("404 Object Not Found", R"({"error":"not_found","reason":"missing"})"),
        });
        CouchClient client = makeClient(server.url());
        auto docs = client.bulkGet({{"a", "2-b"}, {"d", "1-d"}, {"e", "1-e"}});
        REQUIRE(docs.ok());
        REQUIRE(docs->size() == 2);
        CHECK((*docs)[0]["_id"] == "d");
        CHECK((*docs)[1]["_rev"] == "2-b");
        CHECK(client.requestCount() == 3);
    }
    SECTION("a well-formed answer passes the same path") {
        CannedServer server(httpResponse(
            "200 OK", R"({"results":[{"seq":"3-x","id":"a","changes":[{"rev":"1-a"},{"rev":"1-b"}],"deleted":true}],"last_seq":"3-x"})"));
        CouchClient client = makeClient(server.url());
        auto page = client.changes("0");
        REQUIRE(page.ok());
        REQUIRE(page->changes.size() == 1);
        CHECK(page->changes[0].revs == std::vector<std::string>{"1-a", "1-b"});
        CHECK(page->changes[0].deleted);
        CHECK(page->lastSeq == "3-x");
    }
}

namespace {

// A PUT outside the client (server setup), optionally as user:password. The status, 0 for no answer.
long rawPut(const std::string& url, const std::string& body, const std::string& userPassword = {}) {
    CURL* h = curl_easy_init();
    REQUIRE(h != nullptr);
    std::string ignored;
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "PUT");
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(h, CURLOPT_TIMEOUT, 10L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, +[](char*, size_t size, size_t count, void*) { return size * count; });
    if (!userPassword.empty())
        curl_easy_setopt(h, CURLOPT_USERPWD, userPassword.c_str());
    long status = 0;
    if (curl_easy_perform(h) == CURLE_OK)
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(h);
    return status;
}

std::string seqText(const json& seq) { return seq.is_string() ? seq.get<std::string>() : seq.dump(); }

// The request line and headers of a recorded request, and its body.
std::string headOf(const std::string& request) { return request.substr(0, request.find("\r\n\r\n")); }
std::string bodyOf(const std::string& request) {
    const auto end = request.find("\r\n\r\n");
    return end == std::string::npos ? std::string() : request.substr(end + 4);
}

const std::string kUser = "kiosk";
const std::string kPassword = "pa55-w0rd!";

std::string loginOk(const std::string& cookie) {
    return httpResponse("200 OK", R"({"ok":true,"name":"kiosk","roles":[]})",
                        "Set-Cookie: AuthSession=" + cookie + "; Version=1; Path=/; HttpOnly\r\n");
}
const std::string kEmptyChanges = httpResponse("200 OK", R"({"results":[],"last_seq":5})");
const std::string kUnauthorized =
    httpResponse("401 Unauthorized", R"({"error":"unauthorized","reason":"Name or password is incorrect."})");

}  // namespace

TEST_CASE("CouchClient over TLS to a real peer (stunnel)", "[sync][tls]") {
    PouchPeer peer;
    peer.createDatabase("records");
    TlsTunnel tunnel(peer.port());
    const std::string dbUrl = tunnel.url() + "/records";
    REQUIRE(dbUrl.rfind("https://127.0.0.1:", 0) == 0);
    REQUIRE(tunnel.publicKeyPin().rfind("sha256//", 0) == 0);
    REQUIRE(tunnel.publicKeyPin().size() == 8 + 44);  // base64 of 32 bytes

    ClientOptions trusted;
    trusted.caFile = tunnel.caFile().string();

    SECTION("https with the tunnel's CA file works") {
        CouchClient client = makeClient(dbUrl, trusted);
        auto info = client.serverInfo();
        REQUIRE(info.ok());
        CHECK(info->value("uuid", "") == peer.serverUuid());
        const json doc = revisioned("over-tls", {hash('t')}, {{"name", "Tove"}});
        auto written = client.bulkDocsNoNewEdits({doc});
        REQUIRE(written.ok());
        REQUIRE(written->size() == 1);
        CHECK_FALSE(written->at(0).error.has_value());
        // It really reached the peer behind the tunnel: plain http sees it.
        CouchClient plain = makeClient(peer.url() + "/records");
        auto docs = plain.bulkGet({{"over-tls", doc["_rev"].get<std::string>()}});
        REQUIRE(docs.ok());
        REQUIRE(docs->size() == 1);
        CHECK((*docs)[0]["name"] == "Tove");
        // The certificate also names localhost.
        CouchClient byName = makeClient("https://localhost:" + std::to_string(tunnel.port()) + "/records", trusted);
        CHECK(byName.serverInfo().ok());
    }

    SECTION("without the CA (system trust) the certificate is refused: TlsFailure") {
        CouchClient client = makeClient(dbUrl);
        auto info = client.serverInfo();
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().is(SyncError::TlsFailure));
        CHECK_FALSE(info.error().mayBeTransient());
        CHECK(info.error().name() == "sync.tls_failure");
        auto written = client.bulkDocsNoNewEdits({revisioned("never", {hash('n')})});
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().is(SyncError::TlsFailure));
        CouchClient plain = makeClient(peer.url() + "/records");
        auto diff = plain.revsDiff({{"never", {"1-" + hash('n')}}});
        REQUIRE(diff.ok());
        CHECK(diff->count("never") == 1);  // nothing was sent
    }

    SECTION("the right public-key pin works") {
        ClientOptions pinned = trusted;
        pinned.pinnedPublicKey = tunnel.publicKeyPin();
        CouchClient client = makeClient(dbUrl, pinned);
        auto info = client.serverInfo();
        REQUIRE(info.ok());
        CHECK(info->value("uuid", "") == peer.serverUuid());
    }

    SECTION("a wrong public-key pin is TlsFailure, even with a trusted CA") {
        ClientOptions pinned = trusted;
        std::string wrong = tunnel.publicKeyPin();
        char& c = wrong[20];
        c = c == 'A' ? 'B' : 'A';
        pinned.pinnedPublicKey = wrong;
        CouchClient client = makeClient(dbUrl, pinned);
        auto info = client.serverInfo();
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().is(SyncError::TlsFailure));
        CHECK_FALSE(info.error().mayBeTransient());
    }

    SECTION("session credentials over TLS") {
        REQUIRE(rawPut(peer.url() + "/_config/admins/" + kUser, json(kPassword).dump()) == 200);
        ClientOptions options = trusted;
        options.credentials = Credentials{Credentials::Scheme::Session, kUser, kPassword};
        CouchClient client = makeClient(tunnel.url() + "/created-over-tls", options);
        REQUIRE(client.ensureDatabase().ok());  // only a server admin may create a database
        CHECK(client.requestCount() == 2);       // the login and the PUT
    }
}

// What pouchdb-server 4.2.0 enforces once a server admin exists (checked by hand, and below):
// credentials are checked on every request that carries them (wrong ones: 401, whatever the
// path), /_config and other server-admin paths need an admin, and creating a database needs an
// admin (an anonymous PUT /<db> crashes the server: "db.info is not a function"). Anonymous
// reads and writes of existing databases stay allowed: _security is accepted but not kept
// (GET _security answers {} again), so members-only databases cannot be tested against it.
TEST_CASE("CouchClient authenticates to a real peer", "[sync][auth]") {
    PouchPeer peer;
    peer.createDatabase("records");  // before there is an admin (see above)
    REQUIRE(rawPut(peer.url() + "/_config/admins/" + kUser, json(kPassword).dump()) == 200);
    REQUIRE(rawPut(peer.url() + "/_config/couchdb/probe", "\"1\"") == 401);  // admin-only now
    REQUIRE(rawPut(peer.url() + "/_config/couchdb/probe", "\"1\"", kUser + ":" + kPassword) == 200);

    auto withCredentials = [&](const std::string& db, Credentials::Scheme scheme, const std::string& password) {
        ClientOptions options;
        options.credentials = Credentials{scheme, kUser, password};
        return makeClient(peer.url() + "/" + db, options);
    };

    SECTION("Basic with the right password: admin rights, one request per call") {
        CouchClient client = withCredentials("created-basic", Credentials::Scheme::Basic, kPassword);
        REQUIRE(client.ensureDatabase().ok());  // needs the admin
        CHECK(client.requestCount() == 1);
        REQUIRE(client.bulkDocsNoNewEdits({revisioned("a", {hash('a')})}).ok());
        auto page = client.changes("0");
        REQUIRE(page.ok());
        CHECK(page->changes.size() == 1);
        CHECK(client.requestCount() == 3);
        CHECK(peer.running());
    }

    SECTION("Basic with a wrong password is Unauthorized, and the password is not in the error") {
        CouchClient client = withCredentials("records", Credentials::Scheme::Basic, "wrong-" + kPassword);
        auto info = client.serverInfo();
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().is(SyncError::Unauthorized));
        CHECK_FALSE(info.error().mayBeTransient());
        CHECK(info.error().detail().find(kPassword) == std::string::npos);
        auto page = client.changes("0");
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().is(SyncError::Unauthorized));
        CHECK(client.requestCount() == 2);  // no retries with the same bad password
    }

    SECTION("Session: one login, then the cookie carries the admin rights") {
        CouchClient client = withCredentials("created-session", Credentials::Scheme::Session, kPassword);
        CHECK(client.requestCount() == 0);
        REQUIRE(client.serverInfo().ok());
        CHECK(client.requestCount() == 2);  // POST /_session, GET /
        // Only an admin may create a database, and no Basic header is sent in session mode:
        // this works only if the server recognised the cookie.
        REQUIRE(client.ensureDatabase().ok());
        REQUIRE(client.bulkDocsNoNewEdits({revisioned("b", {hash('b')})}).ok());
        auto page = client.changes("0");
        REQUIRE(page.ok());
        CHECK(page->changes.size() == 1);
        CHECK(client.requestCount() == 5);  // no second login
        CHECK(peer.running());
    }

    SECTION("Session with a wrong password is Unauthorized before anything else is sent") {
        CouchClient client = withCredentials("records", Credentials::Scheme::Session, "wrong-" + kPassword);
        auto page = client.changes("0");
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().is(SyncError::Unauthorized));
        CHECK_FALSE(page.error().mayBeTransient());
        CHECK(page.error().detail().find(kPassword) == std::string::npos);
        CHECK(page.error().detail().find(kUser) != std::string::npos);
        CHECK(client.requestCount() == 1);  // the login only
    }
}

TEST_CASE("CouchClient sends credentials and handles sessions as specified", "[sync][auth]") {
    SECTION("Basic: an Authorization header on every request, no cookie, no login") {
        CannedServer server(std::vector<std::string>{kEmptyChanges, kEmptyChanges});
        ClientOptions options;
        options.credentials = Credentials{Credentials::Scheme::Basic, kUser, kPassword};
        CouchClient client = makeClient(server.url(), options);
        REQUIRE(client.changes("0").ok());
        REQUIRE(client.changes("5").ok());
        const auto requests = server.requests();
        REQUIRE(requests.size() == 2);
        for (const auto& request : requests) {
            CHECK(request.rfind("GET /db/_changes", 0) == 0);
            CHECK(headOf(request).find("Authorization: Basic a2lvc2s6cGE1NS13MHJkIQ==") != std::string::npos);
            CHECK(headOf(request).find("Cookie:") == std::string::npos);
        }
    }

    SECTION("Session: login with JSON, then only the cookie; a refreshed cookie replaces it") {
        CannedServer server(std::vector<std::string>{
            loginOk("first"),
            httpResponse("200 OK", R"({"results":[],"last_seq":5})",
                         "Set-Cookie: AuthSession=refreshed; Version=1; Path=/; HttpOnly\r\n"),
            kEmptyChanges,
        });
        ClientOptions options;
        options.credentials = Credentials{Credentials::Scheme::Session, kUser, kPassword};
        CouchClient client = makeClient(server.url(), options);
        REQUIRE(client.changes("0").ok());
        REQUIRE(client.changes("5").ok());
        CHECK(client.requestCount() == 3);
        const auto requests = server.requests();
        REQUIRE(requests.size() == 3);
        CHECK(requests[0].rfind("POST /_session ", 0) == 0);
        CHECK(headOf(requests[0]).find("Content-Type: application/json") != std::string::npos);
        CHECK(json::parse(bodyOf(requests[0])) == json{{"name", kUser}, {"password", kPassword}});
        CHECK(headOf(requests[0]).find("Cookie:") == std::string::npos);
        CHECK(requests[1].rfind("GET /db/_changes", 0) == 0);
        CHECK(headOf(requests[1]).find("Cookie: AuthSession=first") != std::string::npos);
        CHECK(headOf(requests[2]).find("Cookie: AuthSession=refreshed") != std::string::npos);
        for (const auto& request : requests) {
            CHECK(headOf(request).find("Authorization:") == std::string::npos);
            if (request.rfind("POST /_session", 0) != 0)
                CHECK(request.find(kPassword) == std::string::npos);
        }
    }

    SECTION("Session: a 401 logs in again once and repeats the request") {
        CannedServer server(std::vector<std::string>{
            loginOk("first"), kEmptyChanges,
            kUnauthorized,  // the session expired
            loginOk("second"),
            httpResponse("200 OK", R"({"results":[{"seq":6,"id":"x","changes":[{"rev":"1-a"}]}],"last_seq":6})"),
        });
        ClientOptions options;
        options.credentials = Credentials{Credentials::Scheme::Session, kUser, kPassword};
        CouchClient client = makeClient(server.url(), options);
        REQUIRE(client.changes("0").ok());
        auto page = client.changes("5");
        REQUIRE(page.ok());
        REQUIRE(page->changes.size() == 1);  // the answer of the repeated request
        CHECK(client.requestCount() == 5);
        const auto requests = server.requests();
        REQUIRE(requests.size() == 5);
        CHECK(requests[2].rfind("GET /db/_changes?style=all_docs&since=5", 0) == 0);
        CHECK(headOf(requests[2]).find("Cookie: AuthSession=first") != std::string::npos);
        CHECK(requests[3].rfind("POST /_session ", 0) == 0);
        CHECK(requests[4].rfind("GET /db/_changes?style=all_docs&since=5", 0) == 0);
        CHECK(headOf(requests[4]).find("Cookie: AuthSession=second") != std::string::npos);
    }

    SECTION("Session: a refused new login is Unauthorized, without a loop") {
        CannedServer server(
            std::vector<std::string>{loginOk("first"), kEmptyChanges, kUnauthorized, kUnauthorized, kEmptyChanges});
        ClientOptions options;
        options.credentials = Credentials{Credentials::Scheme::Session, kUser, kPassword};
        CouchClient client = makeClient(server.url(), options);
        REQUIRE(client.changes("0").ok());
        auto page = client.changes("5");
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().is(SyncError::Unauthorized));
        CHECK(page.error().detail().find(kPassword) == std::string::npos);
        CHECK(client.requestCount() == 4);  // login, request; request (401), login (401)
        const auto requests = server.requests();
        REQUIRE(requests.size() == 4);
        CHECK(requests[3].rfind("POST /_session ", 0) == 0);
    }

    SECTION("Session: a 401 right after a fresh login is not retried") {
        CannedServer server(std::vector<std::string>{loginOk("first"), kUnauthorized, loginOk("x")});
        ClientOptions options;
        options.credentials = Credentials{Credentials::Scheme::Session, kUser, kPassword};
        CouchClient client = makeClient(server.url(), options);
        auto page = client.changes("0");
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().is(SyncError::Unauthorized));
        CHECK(client.requestCount() == 2);
    }

    SECTION("Session: a login answer without a cookie is BadResponse") {
        CannedServer server(httpResponse("200 OK", R"({"ok":true})"));
        ClientOptions options;
        options.credentials = Credentials{Credentials::Scheme::Session, kUser, kPassword};
        CouchClient client = makeClient(server.url(), options);
        auto info = client.serverInfo();
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().is(SyncError::BadResponse));
        CHECK(client.requestCount() == 1);
    }
}

TEST_CASE("CouchClient longpolls the changes feed", "[sync][client]") {
    PouchPeer peer;
    const std::string dbUrl = peer.createDatabase("records");
    CouchClient client = makeClient(dbUrl);
    REQUIRE(client.bulkDocsNoNewEdits({revisioned("early", {hash('e')})}).ok());
    auto now = client.changes("0");
    REQUIRE(now.ok());
    REQUIRE(now->changes.size() == 1);
    const std::string since = seqText(now->lastSeq);

    SECTION("changes already there come back at once") {
        const auto start = SteadyClock::now();
        auto page = client.changesLongpoll("0", 10, std::chrono::seconds(10));
        REQUIRE(page.ok());
        CHECK(SteadyClock::now() - start < milliseconds(2000));
        REQUIRE(page->changes.size() == 1);
        CHECK(page->changes[0].id == "early");
    }

    SECTION("a document written during the wait ends it promptly") {
        std::thread writer([&] {
            CouchClient other = makeClient(dbUrl);
            std::this_thread::sleep_for(milliseconds(500));
            auto written = other.bulkDocsNoNewEdits({revisioned("late", {hash('l')})});
            CHECK(written.ok());
        });
        const auto start = SteadyClock::now();
        auto page = client.changesLongpoll(since, 10, std::chrono::seconds(20));
        const auto elapsed = SteadyClock::now() - start;
        writer.join();
        REQUIRE(page.ok());
        CHECK(elapsed >= milliseconds(400));   // it did wait for the write
        CHECK(elapsed < milliseconds(5000));   // and did not wait for the timeout
        REQUIRE(page->changes.size() == 1);
        CHECK(page->changes[0].id == "late");
        CHECK(page->lastSeq != now->lastSeq);
        auto after = client.changes(seqText(page->lastSeq));
        REQUIRE(after.ok());
        CHECK(after->changes.empty());
    }

    SECTION("nothing written: an empty page with the current lastSeq after the timeout") {
        const auto before = client.requestCount();
        const auto start = SteadyClock::now();
        auto page = client.changesLongpoll(since, 10, milliseconds(500));
        const auto elapsed = SteadyClock::now() - start;
        REQUIRE(page.ok());
        CHECK(page->changes.empty());
        CHECK(page->lastSeq == now->lastSeq);
        CHECK(elapsed >= milliseconds(500));
        CHECK(elapsed < milliseconds(500) + CouchClient::kLongpollGrace + milliseconds(3000));
        // pouchdb-server 4.2.0 ignores `timeout`: the client gave up on the longpoll and asked
        // a plain _changes where the feed stands.
        CHECK(client.requestCount() - before == 2);
    }

    SECTION("a stop request aborts a longpoll within a second: Cancelled") {
        std::stop_source stop;
        client.setStopToken(stop.get_token());
        SteadyClock::time_point stoppedAt{};
        std::thread stopper([&] {
            std::this_thread::sleep_for(milliseconds(500));
            stoppedAt = SteadyClock::now();
            stop.request_stop();
        });
        const auto start = SteadyClock::now();
        auto page = client.changesLongpoll(since, 10, std::chrono::seconds(60));
        const auto end = SteadyClock::now();
        stopper.join();
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().is(SyncError::Cancelled));
        CHECK(page.error().name() == "sync.cancelled");
        CHECK_FALSE(page.error().mayBeTransient());
        CHECK(end - start >= milliseconds(400));
        CHECK(end - stoppedAt < milliseconds(1000));

        // Stopped stays stopped: nothing more is sent.
        const auto count = client.requestCount();
        auto info = client.serverInfo();
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().is(SyncError::Cancelled));
        CHECK(client.requestCount() == count);

        // A new token: the same client works again.
        std::stop_source fresh;
        client.setStopToken(fresh.get_token());
        auto again = client.serverInfo();
        REQUIRE(again.ok());
        CHECK(again->value("uuid", "") == peer.serverUuid());
    }
}

TEST_CASE("CouchClient longpoll and cancellation against canned servers", "[sync][client]") {
    SECTION("a server that honours timeout answers the longpoll itself: one request") {
        CannedServer server(httpResponse("200 OK", R"({"results":[],"last_seq":"7-abc"})"));
        CouchClient client = makeClient(server.url());
        auto page = client.changesLongpoll("5", 25, milliseconds(1500));
        REQUIRE(page.ok());
        CHECK(page->changes.empty());
        CHECK(page->lastSeq == "7-abc");
        CHECK(client.requestCount() == 1);
        const auto requests = server.requests();
        REQUIRE(requests.size() == 1);
        CHECK(requests[0].rfind("GET /db/_changes?feed=longpoll&style=all_docs&since=5&limit=25&timeout=1500 ", 0) ==
              0);
    }

    SECTION("a longpoll is not cut off by stall detection while the server waits") {
        // All but the last byte at once, the last after 2.5 s of silence; stall detection
        // alone (under 1000 bytes/s for 1 s) ends such an answer, as the plain changes() shows.
        // (libcurl averages the speed over the last few seconds, hence the high limit.)
        const std::string body = R"({"results":[],"last_seq":9})";
        const std::string answer = httpResponse("200 OK", body);
        ClientOptions options;
        options.lowSpeedLimit = 1000;
        options.lowSpeedTime = std::chrono::seconds(1);
        {
            CannedServer server(std::vector<std::string>{answer}, body.size() - 1, milliseconds(2500));
            CouchClient client = makeClient(server.url(), options);
            auto page = client.changesLongpoll("5", 0, milliseconds(4000));
            REQUIRE(page.ok());
            CHECK(page->lastSeq == 9);
        }
        {
            CannedServer server(std::vector<std::string>{answer}, body.size() - 1, milliseconds(2500));
            CouchClient client = makeClient(server.url(), options);
            auto page = client.changes("5");
            REQUIRE_FALSE(page.ok());
            CHECK(page.error().is(SyncError::Timeout));
        }
    }

    SECTION("a stop request aborts a request the server never answers") {
        CannedServer server("");
        CouchClient client = makeClient(server.url());
        std::stop_source stop;
        client.setStopToken(stop.get_token());
        std::thread stopper([&] {
            std::this_thread::sleep_for(milliseconds(300));
            stop.request_stop();
        });
        const auto start = SteadyClock::now();
        auto info = client.serverInfo();
        const auto elapsed = SteadyClock::now() - start;
        stopper.join();
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().is(SyncError::Cancelled));
        CHECK(elapsed >= milliseconds(250));
        CHECK(elapsed < milliseconds(1300));
    }

    SECTION("a stop request aborts a transfer in progress") {
        const std::string body = R"({"results":[{"seq":1,"id":"slow","changes":[{"rev":"1-a"}]}],"last_seq":1})";
        CannedServer server(std::vector<std::string>{httpResponse("200 OK", body)}, 4, milliseconds(200));
        CouchClient client = makeClient(server.url());
        std::stop_source stop;
        client.setStopToken(stop.get_token());
        std::thread stopper([&] {
            std::this_thread::sleep_for(milliseconds(700));
            stop.request_stop();
        });
        const auto start = SteadyClock::now();
        auto page = client.changes("0");
        const auto elapsed = SteadyClock::now() - start;
        stopper.join();
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().is(SyncError::Cancelled));
        CHECK(elapsed < milliseconds(1700));  // the whole answer would take some 5 s
    }

    SECTION("an already stopped token sends nothing") {
        CannedServer server(kEmptyChanges);
        CouchClient client = makeClient(server.url());
        std::stop_source stop;
        stop.request_stop();
        client.setStopToken(stop.get_token());
        auto page = client.changes("0");
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().is(SyncError::Cancelled));
        CHECK(client.requestCount() == 0);
        CHECK(server.requests().empty());
    }
}

TEST_CASE("CouchClient counts the requests it sends", "[sync][client]") {
    PouchPeer peer;
    CouchClient client = makeClient(peer.createDatabase("records"));
    CHECK(client.requestCount() == 0);
    REQUIRE(client.serverInfo().ok());
    CHECK(client.requestCount() == 1);
    REQUIRE(client.changes("0").ok());
    CHECK(client.requestCount() == 2);
    REQUIRE(client.revsDiff({}).ok());  // nothing to ask: no request
    CHECK(client.requestCount() == 2);
    REQUIRE(client.bulkDocsNoNewEdits({revisioned("a", {hash('a')}), revisioned("b", {hash('b')})}).ok());
    CHECK(client.requestCount() == 3);  // one _bulk_docs for both
    REQUIRE(client.bulkGet({{"a", "1-" + hash('a')}, {"b", "1-" + hash('b')}}).ok());
    CHECK(client.requestCount() == 4);  // one _bulk_get for both
    REQUIRE(client.putLocal("checkpoint", json{{"seq", 1}}).ok());
    CHECK(client.requestCount() == 6);  // the current _rev, then the PUT
    CouchClient other = makeClient(peer.url() + "/records");
    REQUIRE(other.serverInfo().ok());
    CHECK(other.requestCount() == 1);  // per client
    CHECK(client.requestCount() == 6);
}
