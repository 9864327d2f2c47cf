// Proves the fault-injecting proxy (tests/support/fault_proxy.h) against a real pouchdb-server
// peer, talking through it with libcurl the way the product does: one easy handle reused, so
// requests share a kept-alive connection, and compressed answers accepted.
#include "fault_proxy.h"
#include "pouchdb_peer.h"

#include <catch2/catch.hpp>
#include <curl/curl.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using intake::test::FaultCounts;
using intake::test::FaultPlan;
using intake::test::FaultProxy;
using intake::test::PouchPeer;
using nlohmann::json;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

namespace {

struct Reply {
    CURLcode rc = CURLE_OK;
    long status = 0;
    std::string body;
    std::string headers;  // raw header lines of every response (interim ones too)
    std::string error;
    long connects = 0;  // connections this transfer had to open
    milliseconds elapsed{0};

    bool ok() const { return rc == CURLE_OK; }
    std::optional<std::string> header(std::string name) const {
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        std::size_t pos = 0;
        while (pos < headers.size()) {
            const std::size_t eol = std::min(headers.find("\r\n", pos), headers.size());
            std::string line = headers.substr(pos, eol - pos);
            pos = eol + 2;
            const auto colon = line.find(':');
            if (colon == std::string::npos) continue;
            std::string key = line.substr(0, colon);
            std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
            if (key != name) continue;
            std::string value = line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(' '));
            return value;
        }
        return std::nullopt;
    }
    std::string describe() const {
        return "rc=" + std::to_string(rc) + " (" + error + ") status=" + std::to_string(status);
    }
};

// The errors a client sees when the connection under a request breaks.
bool isTransportError(CURLcode rc) {
    return rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR || rc == CURLE_GOT_NOTHING || rc == CURLE_PARTIAL_FILE;
}

size_t appendTo(char* data, size_t size, size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

// One reused easy handle, like the product's CouchClient.
class Client {
public:
    explicit Client(bool compressed = true) : curl_(curl_easy_init(), &curl_easy_cleanup) {
        REQUIRE(curl_);
        CURL* h = curl_.get();
        curl_easy_setopt(h, CURLOPT_NOPROXY, "*");
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &appendTo);
        curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &appendTo);
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer_);
        // If the proxy did not answer `Expect: 100-continue`, bodies would wait this long.
        curl_easy_setopt(h, CURLOPT_EXPECT_100_TIMEOUT_MS, 5000L);
        if (compressed) curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    }

    Reply get(const std::string& url, milliseconds timeout = milliseconds(10000)) {
        return perform("GET", url, nullptr, {}, timeout);
    }
    Reply head(const std::string& url) { return perform("HEAD", url, nullptr, {}, milliseconds(10000)); }
    Reply put(const std::string& url, const std::string& body = {}) {
        return perform("PUT", url, &body, {}, milliseconds(10000));
    }
    Reply post(const std::string& url, const std::string& body, std::vector<std::string> extraHeaders = {}) {
        return perform("POST", url, &body, std::move(extraHeaders), milliseconds(10000));
    }

private:
    Reply perform(const std::string& method, const std::string& url, const std::string* body,
                  std::vector<std::string> extraHeaders, milliseconds timeout) {
        Reply r;
        CURL* h = curl_.get();
        curl_slist* list = curl_slist_append(nullptr, "Accept: application/json");
        list = curl_slist_append(list, "Content-Type: application/json");
        for (const auto& e : extraHeaders) list = curl_slist_append(list, e.c_str());
        std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(list, &curl_slist_free_all);
        curl_easy_setopt(h, CURLOPT_URL, url.c_str());
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
        curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
        curl_easy_setopt(h, CURLOPT_WRITEDATA, &r.body);
        curl_easy_setopt(h, CURLOPT_HEADERDATA, &r.headers);
        if (method == "GET" || method == "HEAD") {
            curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, static_cast<const char*>(nullptr));
            curl_easy_setopt(h, CURLOPT_NOBODY, method == "HEAD" ? 1L : 0L);
        } else {
            curl_easy_setopt(h, CURLOPT_NOBODY, 0L);
            curl_easy_setopt(h, CURLOPT_POSTFIELDS, body->c_str());
            curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.c_str());
        }
        errorBuffer_[0] = '\0';
        const auto start = Clock::now();
        r.rc = curl_easy_perform(h);
        r.elapsed = std::chrono::duration_cast<milliseconds>(Clock::now() - start);
        r.error = errorBuffer_[0] != '\0' ? errorBuffer_ : curl_easy_strerror(r.rc);
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r.status);
        curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &r.connects);
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, static_cast<curl_slist*>(nullptr));
        return r;
    }

    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl_;
    char errorBuffer_[CURL_ERROR_SIZE] = {};
};

// A peer with database "db" holding `n` documents (about 200 bytes of JSON each).
std::string seed(PouchPeer& peer, int n) {
    const std::string db = peer.createDatabase("db");
    json docs = json::array();
    for (int i = 0; i < n; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "doc-%04d", i);
        docs.push_back({{"_id", id}, {"n", i}, {"text", std::string(120, static_cast<char>('a' + i % 26))}});
    }
    Client direct;
    const Reply r = direct.post(db + "/_bulk_docs", json{{"docs", docs}}.dump());
    INFO(r.describe());
    REQUIRE(r.status == 201);
    REQUIRE(json::parse(r.body).size() == static_cast<std::size_t>(n));
    return db;
}

// Compares bodies without printing them (no record contents in test output).
bool sameBody(const std::string& actual, const std::string& expected) {
    if (actual == expected) return true;
    UNSCOPED_INFO("body differs: " << actual.size() << " bytes, expected " << expected.size());
    return false;
}

std::string at(const FaultProxy& proxy, const std::string& path) { return proxy.url() + path; }

FaultPlan planWith(double FaultPlan::*probability, std::uint64_t seedValue = 1) {
    FaultPlan plan;
    plan.seed = seedValue;
    plan.*probability = 1.0;
    return plan;
}

bool waitUntil(const std::function<bool()>& condition, milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (!condition()) {
        if (Clock::now() > deadline) return false;
        std::this_thread::sleep_for(milliseconds(10));
    }
    return true;
}

}  // namespace

TEST_CASE("FaultProxy without faults passes requests through unchanged on one kept-alive connection", "[proxy]") {
    PouchPeer peer;
    FaultProxy proxy(peer.port());
    CHECK(proxy.url() == "http://127.0.0.1:" + std::to_string(proxy.port()));
    CHECK(proxy.port() != peer.port());
    CHECK(proxy.targetPort() == peer.port());

    Client client;        // through the proxy, compressed answers accepted (chunked br/gzip)
    Client direct;        // straight to the peer
    Client plain(false);  // through the proxy, identity encoding (Content-Length answers)
    int requests = 0;

    const Reply welcome = client.get(at(proxy, "/"));
    ++requests;
    INFO(welcome.describe());
    REQUIRE(welcome.status == 200);
    CHECK(sameBody(welcome.body, direct.get(peer.url() + "/").body));
    CHECK(json::parse(welcome.body).at("uuid") == peer.serverUuid());

    const Reply created = client.put(at(proxy, "/db"));
    ++requests;
    REQUIRE(created.status == 201);

    // A few hundred documents in one body, announced with `Expect: 100-continue`.
    json docs = json::array();
    for (int i = 0; i < 300; ++i) docs.push_back({{"_id", "d" + std::to_string(1000 + i)}, {"v", std::string(100, 'x')}});
    const Reply bulk = client.post(at(proxy, "/db/_bulk_docs"), json{{"docs", docs}}.dump(), {"Expect: 100-continue"});
    ++requests;
    INFO(bulk.describe());
    REQUIRE(bulk.status == 201);
    const json results = json::parse(bulk.body);
    REQUIRE(results.size() == 300);
    CHECK(std::all_of(results.begin(), results.end(), [](const json& r) { return r.value("ok", false); }));
    CHECK(bulk.elapsed < milliseconds(3000));  // not waiting out the 5 s Expect timeout

    for (const std::string path : {"/db/_all_docs?include_docs=true", "/db/_changes", "/db/_changes?style=all_docs&since=0",
                                   "/db/_changes?feed=longpoll&since=0", "/db"}) {
        const std::string expected = direct.get(peer.url() + path).body;
        for (int round = 0; round < 3; ++round) {
            const Reply viaProxy = client.get(at(proxy, path));
            const Reply viaProxyPlain = plain.get(at(proxy, path));
            requests += 2;
            INFO(path << ": " << viaProxy.describe() << " / " << viaProxyPlain.describe());
            REQUIRE(viaProxy.status == 200);
            REQUIRE(viaProxyPlain.status == 200);
            CHECK(sameBody(viaProxy.body, expected));
            CHECK(sameBody(viaProxyPlain.body, expected));
        }
    }
    // The big answers really were compressed and chunked through the proxy, or plain with a length.
    const Reply big = client.get(at(proxy, "/db/_all_docs?include_docs=true"));
    const Reply bigPlain = plain.get(at(proxy, "/db/_all_docs?include_docs=true"));
    requests += 2;
    CHECK(big.header("Content-Encoding").has_value());
    CHECK(big.header("Transfer-Encoding") == "chunked");
    CHECK_FALSE(bigPlain.header("Content-Encoding").has_value());
    CHECK(bigPlain.header("Content-Length").has_value());
    CHECK(json::parse(big.body).at("rows").size() == 300);

    // HEAD has a Content-Length but no body; the next request must still be framed right.
    const Reply head = client.head(at(proxy, "/db/d1000"));
    ++requests;
    CHECK(head.status == 200);
    CHECK(head.body.empty());
    const Reply after = client.get(at(proxy, "/db/d1000"));
    ++requests;
    REQUIRE(after.status == 200);
    CHECK(json::parse(after.body).at("_id") == "d1000");
    CHECK(client.get(at(proxy, "/db/missing")).status == 404);
    ++requests;

    const FaultCounts c = proxy.counts();
    CHECK(c.requests == static_cast<std::uint64_t>(requests));
    CHECK(c.connections == 2);  // one per client handle: every request reused it
    CHECK(c.resets + c.delays + c.truncations + c.statuses + c.upstreamFailures + c.dropped == 0);
    CHECK(client.get(at(proxy, "/")).connects == 0);  // still the first connection
}

TEST_CASE("FaultProxy answers with injected statuses without forwarding", "[proxy]") {
    PouchPeer peer;
    const std::string db = seed(peer, 5);
    FaultProxy proxy(peer.port());
    Client client;

    std::uint64_t injected = 0;
    for (const int status : {500, 503, 429}) {
        FaultPlan plan = planWith(&FaultPlan::statusProbability);
        plan.statuses = {status};
        proxy.setPlan(plan);

        const Reply r = client.get(at(proxy, "/db/doc-0001"));
        INFO(r.describe());
        REQUIRE(r.ok());
        CHECK(r.status == status);
        const json body = json::parse(r.body);
        CHECK(body.at("error").is_string());
        CHECK(body.at("reason").is_string());
        CHECK(r.header("Retry-After") == (status == 500 ? std::nullopt : std::optional<std::string>("1")));
        CHECK(proxy.counts().statuses == ++injected);

        // A write answered by the proxy never reaches the server.
        const std::string id = "written-under-" + std::to_string(status);
        const Reply w = client.put(at(proxy, "/db/" + id), R"({"x":1})");
        CHECK(w.status == status);
        CHECK(proxy.counts().statuses == ++injected);
        proxy.heal();
        CHECK(client.get(at(proxy, "/db/" + id)).status == 404);
    }

    // Mixed plan: the same seed makes the same choices; every answer is one of the two kinds.
    FaultPlan mixed;
    mixed.seed = 42;
    mixed.statusProbability = 0.5;
    auto run = [&] {
        proxy.setPlan(mixed);
        std::vector<long> seen;
        for (int i = 0; i < 30; ++i) {
            const Reply r = client.get(at(proxy, "/db/doc-0002"));
            REQUIRE(r.ok());
            if (r.status == 200) CHECK(json::parse(r.body).at("n") == 2);
            seen.push_back(r.status);
        }
        return seen;
    };
    const std::uint64_t before = proxy.counts().statuses;
    const std::vector<long> first = run();
    const std::vector<long> second = run();
    CHECK(first == second);
    for (const long s : {200L, 500L, 503L, 429L}) CHECK(std::count(first.begin(), first.end(), s) > 0);
    CHECK(proxy.counts().statuses - before ==
          static_cast<std::uint64_t>(std::count_if(first.begin(), first.end(), [](long s) { return s != 200; }) * 2));
    // Injected answers keep the connection usable.
    CHECK(proxy.counts().connections == 1);
    CHECK(proxy.counts().resets + proxy.counts().truncations == 0);
}

TEST_CASE("FaultProxy truncates responses, resets connections and delays answers", "[proxy]") {
    PouchPeer peer;
    const std::string db = seed(peer, 300);
    FaultProxy proxy(peer.port());
    Client client;
    Client plain(false);
    Client direct;
    const std::string allDocs = "/db/_all_docs?include_docs=true";
    const std::string expected = direct.get(peer.url() + allDocs).body;
    REQUIRE(expected.size() > 50000);
    const std::string changesFeed = "/db/_changes?feed=longpoll&since=0";  // chunked even uncompressed
    const std::string expectedChanges = direct.get(peer.url() + changesFeed).body;

    SECTION("truncation: a large answer ends early, the client notices") {
        for (std::uint64_t s = 1; s <= 4; ++s) {
            proxy.setPlan(planWith(&FaultPlan::truncateProbability, s));
            const Reply lengthFramed = plain.get(at(proxy, allDocs));
            INFO(lengthFramed.describe());
            CHECK(lengthFramed.rc == CURLE_PARTIAL_FILE);
            CHECK(lengthFramed.body.size() < expected.size());
            const Reply chunked = plain.get(at(proxy, changesFeed));
            INFO(chunked.describe());
            CHECK(chunked.rc == CURLE_PARTIAL_FILE);
            const Reply compressed = client.get(at(proxy, allDocs));
            INFO(compressed.describe());
            CHECK((compressed.rc == CURLE_PARTIAL_FILE || compressed.rc == CURLE_BAD_CONTENT_ENCODING));
            CHECK(proxy.counts().truncations == 3 * s);
        }
        proxy.heal();
        CHECK(sameBody(plain.get(at(proxy, allDocs)).body, expected));
        CHECK(sameBody(plain.get(at(proxy, changesFeed)).body, expectedChanges));
        CHECK(sameBody(client.get(at(proxy, allDocs)).body, expected));
        CHECK(proxy.counts().truncations == 12);
        CHECK(proxy.counts().resets == 0);
    }

    SECTION("reset: requests fail with a transport error, in either direction") {
        std::uint64_t attempts = 0;
        for (std::uint64_t s = 1; s <= 6; ++s) {
            proxy.setPlan(planWith(&FaultPlan::resetProbability, s));
            for (const Reply& r : {client.get(at(proxy, allDocs)), plain.get(at(proxy, "/")),
                                   client.post(at(proxy, "/db/_all_docs"), R"({"keys":["doc-0001"]})")}) {
                INFO(r.describe());
                CHECK(isTransportError(r.rc));  // (a status line may have come through before the reset)
                ++attempts;
            }
        }
        // curl retries once on a fresh connection when a reused one dies before any answer.
        CHECK(proxy.counts().resets >= attempts);
        CHECK(proxy.counts().resets == proxy.counts().requests);  // every request through it, retries too
        proxy.heal();
        for (int i = 0; i < 3; ++i) {
            CHECK(sameBody(client.get(at(proxy, allDocs)).body, expected));
            CHECK(sameBody(plain.get(at(proxy, changesFeed)).body, expectedChanges));
        }
    }

    SECTION("delay: the answer comes late but complete") {
        FaultPlan plan = planWith(&FaultPlan::delayProbability, 3);
        plan.maxDelay = milliseconds(800);
        proxy.setPlan(plan);
        milliseconds total{0};
        for (int i = 0; i < 4; ++i) {
            const Reply r = (i % 2 == 0 ? client : plain).get(at(proxy, allDocs));
            INFO(r.describe());
            REQUIRE(r.status == 200);
            CHECK(sameBody(r.body, expected));
            CHECK(r.elapsed < plan.maxDelay + milliseconds(1000));
            total += r.elapsed;
        }
        CHECK(total >= milliseconds(400));  // four waits, each uniform in [0, 800 ms] (seed 3)
        CHECK(proxy.counts().delays == 4);
        proxy.heal();
        const Reply quick = client.get(at(proxy, allDocs));
        CHECK(sameBody(quick.body, expected));
        CHECK(proxy.counts().delays == 4);
    }

    SECTION("a mix of every fault keeps requests framed; heal() restores service") {
        FaultPlan plan;
        plan.seed = 2024;
        plan.resetProbability = 0.15;
        plan.truncateProbability = 0.2;
        plan.statusProbability = 0.15;
        plan.delayProbability = 0.2;
        plan.maxDelay = milliseconds(50);
        proxy.setPlan(plan);
        int good = 0;
        for (int i = 0; i < 40; ++i) {
            const bool changes = i % 3 == 1;
            const std::string path = changes ? changesFeed : allDocs;
            const Reply r = (i % 2 == 0 ? client : plain).get(at(proxy, path));
            INFO(i << ": " << r.describe());
            if (r.ok() && r.status == 200) {
                CHECK(sameBody(r.body, (changes ? expectedChanges : expected)));
                ++good;
            } else if (r.ok()) {
                CHECK((r.status == 500 || r.status == 503 || r.status == 429));
            } else {
                CHECK((isTransportError(r.rc) || r.rc == CURLE_BAD_CONTENT_ENCODING));
            }
        }
        const FaultCounts c = proxy.counts();
        CHECK(good > 0);
        CHECK(c.resets > 0);
        CHECK(c.truncations > 0);
        CHECK(c.statuses > 0);
        CHECK(c.delays > 0);
        proxy.heal();
        for (int i = 0; i < 10; ++i) {
            const Reply r = (i % 2 == 0 ? client : plain).get(at(proxy, allDocs));
            INFO(r.describe());
            CHECK(sameBody(r.body, expected));
        }
        const FaultCounts healed = proxy.counts();
        CHECK(healed.resets == c.resets);
        CHECK(healed.truncations == c.truncations);
        CHECK(healed.statuses == c.statuses);
        CHECK(healed.delays == c.delays);
    }
}

TEST_CASE("FaultProxy follows a restarted or replaced server, and a dead target fails requests", "[proxy]") {
    PouchPeer first;
    FaultProxy proxy(first.port());
    Client client;
    auto uuidVia = [&](const Reply& r) {
        INFO(r.describe());
        REQUIRE(r.status == 200);
        return json::parse(r.body).at("uuid").get<std::string>();
    };

    CHECK(uuidVia(client.get(at(proxy, "/"))) == first.serverUuid());

    // Same port after restart: the kept-alive client connection stays, the upstream is renewed.
    first.restart();
    CHECK(uuidVia(client.get(at(proxy, "/"))) == first.serverUuid());
    CHECK(proxy.counts().connections == 1);

    // Another server on another port.
    PouchPeer second;
    REQUIRE(second.serverUuid() != first.serverUuid());
    proxy.setTargetPort(second.port());
    CHECK(proxy.targetPort() == second.port());
    CHECK(uuidVia(client.get(at(proxy, "/"))) == second.serverUuid());
    CHECK(proxy.counts().connections == 1);

    // The target goes away: requests fail at the transport level, counted.
    second.stop();
    const Reply down = client.get(at(proxy, "/"));
    INFO(down.describe());
    CHECK((down.rc == CURLE_GOT_NOTHING || isTransportError(down.rc)));
    CHECK(down.status == 0);
    CHECK(proxy.counts().upstreamFailures >= 1);

    proxy.setTargetPort(first.port());
    CHECK(uuidVia(client.get(at(proxy, "/"))) == first.serverUuid());
    CHECK_THROWS_AS(proxy.setTargetPort(0), std::invalid_argument);
    CHECK(proxy.targetPort() == first.port());
}

TEST_CASE("FaultProxy::dropAllConnections and the destructor break an in-flight request", "[proxy]") {
    PouchPeer peer;
    const std::string db = seed(peer, 3);
    auto longPoll = [](std::string url) {
        return std::async(std::launch::async, [url] {
            Client c;
            return c.get(url, milliseconds(30000));
        });
    };
    const std::string waitForChanges = "/db/_changes?feed=longpoll&since=now&timeout=20000";

    SECTION("dropAllConnections") {
        FaultProxy proxy(peer.port());
        Client idle;
        REQUIRE(idle.get(at(proxy, "/")).status == 200);  // an idle kept-alive connection

        auto pending = longPoll(at(proxy, waitForChanges));
        REQUIRE(waitUntil([&] { return proxy.counts().requests == 2; }, milliseconds(5000)));
        std::this_thread::sleep_for(milliseconds(200));  // the request is at the server now
        REQUIRE(pending.wait_for(milliseconds(0)) == std::future_status::timeout);

        const auto dropAt = Clock::now();
        proxy.dropAllConnections();
        CHECK(Clock::now() - dropAt < milliseconds(2000));
        REQUIRE(pending.wait_for(milliseconds(3000)) == std::future_status::ready);
        const Reply broken = pending.get();
        INFO(broken.describe());
        CHECK(isTransportError(broken.rc));
        CHECK(proxy.counts().dropped == 2);

        // Service goes on: the idle client reconnects, new requests pass.
        const Reply again = idle.get(at(proxy, "/db"));
        CHECK(again.status == 200);
        CHECK(again.connects == 1);
        CHECK(proxy.counts().connections == 3);
    }

    SECTION("destructor") {
        std::optional<FaultProxy> proxy;
        proxy.emplace(peer.port());
        auto pending = longPoll(at(*proxy, waitForChanges));
        REQUIRE(waitUntil([&] { return proxy->counts().requests == 1; }, milliseconds(5000)));
        std::this_thread::sleep_for(milliseconds(200));
        REQUIRE(pending.wait_for(milliseconds(0)) == std::future_status::timeout);
        const auto start = Clock::now();
        proxy.reset();
        const auto destruction = Clock::now() - start;
        CHECK(destruction < milliseconds(2000));
        REQUIRE(pending.wait_for(milliseconds(3000)) == std::future_status::ready);
        const Reply broken = pending.get();
        INFO(broken.describe());
        CHECK(isTransportError(broken.rc));
    }
}

TEST_CASE("FaultProxy rejects invalid plans and ports", "[proxy]") {
    CHECK_THROWS_AS(FaultProxy(0), std::invalid_argument);
    CHECK_THROWS_AS(FaultProxy(70000), std::invalid_argument);
    FaultProxy proxy(1);  // nothing listens on port 1: fine until a request comes
    FaultPlan plan;
    plan.resetProbability = 1.5;
    CHECK_THROWS_AS(proxy.setPlan(plan), std::invalid_argument);
    plan = FaultPlan::none();
    plan.delayProbability = -0.1;
    CHECK_THROWS_AS(proxy.setPlan(plan), std::invalid_argument);
    plan = FaultPlan::none();
    plan.maxDelay = milliseconds(-1);
    CHECK_THROWS_AS(proxy.setPlan(plan), std::invalid_argument);
    plan = FaultPlan::none();
    plan.statusProbability = 0.5;
    plan.statuses.clear();
    CHECK_THROWS_AS(proxy.setPlan(plan), std::invalid_argument);
    plan.statuses = {99};
    CHECK_THROWS_AS(proxy.setPlan(plan), std::invalid_argument);
    plan.statuses = {503};
    CHECK_NOTHROW(proxy.setPlan(plan));
    CHECK(proxy.plan().statuses == std::vector<int>{503});
    proxy.heal();
    CHECK(proxy.plan().statusProbability == 0);

    // Target down: the client connection is closed without an answer.
    Client client;
    const Reply r = client.get(at(proxy, "/"));
    INFO(r.describe());
    CHECK((r.rc == CURLE_GOT_NOTHING || isTransportError(r.rc)));
    CHECK(proxy.counts().upstreamFailures >= 1);
}
