// The CouchDB HTTP client (sync/include/intake/sync/couch_client.h) against a real
// pouchdb-server peer, plus a tiny canned HTTP server for answers no real server gives.
#include "pouchdb_peer.h"

#include "intake/sync/couch_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>

using intake::SyncError;
using intake::sync::ClientOptions;
using intake::sync::CouchClient;
using intake::sync::RemoteEndpoint;
using intake::test::PouchPeer;
using nlohmann::json;

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
// "Connection: close"): reads the request head and writes the response (an empty
// one: keeps the connection open without answering until stopped).
class CannedServer {
public:
    explicit CannedServer(std::string response) : CannedServer(std::vector<std::string>{std::move(response)}) {}
    explicit CannedServer(std::vector<std::string> responses) : responses_(std::move(responses)) {
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
        while (request.find("\r\n\r\n") == std::string::npos && waitReadable(conn)) {
            const ssize_t n = ::read(conn, buffer, sizeof buffer);
            if (n <= 0)
                break;
            request.append(buffer, static_cast<std::size_t>(n));
        }
        if (!response.empty()) {
            std::size_t sent = 0;
            while (sent < response.size()) {
                const ssize_t n = ::send(conn, response.data() + sent, response.size() - sent, MSG_NOSIGNAL);
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
        CHECK(result->at(1).error->detail().find("no bad documents") != std::string::npos);
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

    SECTION("a server that never answers is a Timeout") {
        CannedServer server("");
        ClientOptions options;
        options.requestTimeout = std::chrono::milliseconds(500);
        CouchClient client = makeClient(server.url(), options);
        auto info = client.serverInfo();
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().is(SyncError::Timeout));
        CHECK(info.error().mayBeTransient());
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
