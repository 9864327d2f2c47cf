// Proves the PouchPeer fixture (tests/support/pouchdb_peer.h): a real pouchdb-server child
// process that the sync integration tests talk to over HTTP.
#include "pouchdb_peer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <curl/curl.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

using intake::test::PouchPeer;
using Catch::Matchers::Contains;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct Response {
    long status = 0;     // 0: transport error, see error
    std::string body;
    std::string error;
    json parsed() const { return json::parse(body); }
};

size_t appendBody(char* data, size_t size, size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

Response http(const std::string& method, const std::string& url, const std::string& body = {}) {
    Response r;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    REQUIRE(curl);
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(
        curl_slist_append(curl_slist_append(nullptr, "Accept: application/json"), "Content-Type: application/json"),
        &curl_slist_free_all);
    curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_CUSTOMREQUEST, method.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl.get(), CURLOPT_NOPROXY, "*");
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 10L);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &r.body);
    if (method == "PUT" || method == "POST") {
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.c_str());
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    }
    const CURLcode rc = curl_easy_perform(curl.get());
    if (rc != CURLE_OK) {
        r.error = curl_easy_strerror(rc);
        return r;
    }
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &r.status);
    return r;
}

bool acceptsConnections(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port));
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

int listenOn(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd >= 0);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port));
    REQUIRE(::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(fd, 1) == 0);
    return fd;
}

bool processExists(pid_t pid) { return ::kill(pid, 0) == 0 || errno == EPERM; }

// Number of live processes whose command line contains `needle` (e.g. a peer's data dir).
int processesMentioning(const std::string& needle) {
    int count = 0;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (!std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isdigit(c); })) continue;
        std::ifstream in(entry.path() / "cmdline", std::ios::binary);
        const std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (cmdline.find(needle) != std::string::npos) {
            // Zombies have an empty cmdline, so anything found here is alive.
            ++count;
        }
    }
    return count;
}

struct TempDir {
    fs::path path;
    TempDir() {
        std::string templ = (fs::temp_directory_path() / "intake-peer-test-XXXXXX").string();
        REQUIRE(::mkdtemp(templ.data()) != nullptr);
        path = templ;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

std::string putDoc(const std::string& dbUrl, const std::string& id, const json& doc) {
    const Response r = http("PUT", dbUrl + "/" + id, doc.dump());
    INFO(r.body << r.error);
    REQUIRE(r.status == 201);
    const json j = r.parsed();
    REQUIRE(j.at("ok") == true);
    return j.at("rev").get<std::string>();
}

}  // namespace

TEST_CASE("PouchPeer starts pouchdb-server in memory on a free loopback port", "[peer]") {
    PouchPeer peer;

    REQUIRE(peer.running());
    REQUIRE(peer.port() > 0);
    CHECK(peer.url() == "http://127.0.0.1:" + std::to_string(peer.port()));
    CHECK(peer.inMemory());

    const Response r = http("GET", peer.url() + "/");
    INFO(r.body << r.error);
    REQUIRE(r.status == 200);
    const json welcome = r.parsed();
    CHECK(welcome.at("express-pouchdb") == "Welcome!");
    CHECK(welcome.at("version") == "4.2.0");  // the version pinned in tests/package.json
    CHECK(welcome.at("pouchdb-adapters") == json::array({"memory"}));
    CHECK(welcome.at("uuid") == peer.serverUuid());
    CHECK(peer.serverUuid().size() == 32);
}

TEST_CASE("PouchPeer: create a database, PUT and GET a document, list it in _changes", "[peer]") {
    PouchPeer peer;

    const std::string db = peer.createDatabase("intake-peer-test");
    CHECK(db == peer.url() + "/intake-peer-test");

    const Response info = http("GET", db);
    REQUIRE(info.status == 200);
    CHECK(info.parsed().at("db_name") == "intake-peer-test");

    const std::string rev = putDoc(db, "note-1", {{"title", "hello"}, {"n", 1}});

    const Response got = http("GET", db + "/note-1");
    REQUIRE(got.status == 200);
    const json doc = got.parsed();
    CHECK(doc.at("_id") == "note-1");
    CHECK(doc.at("_rev") == rev);
    CHECK(doc.at("title") == "hello");
    CHECK(doc.at("n") == 1);

    const Response changes = http("GET", db + "/_changes");
    REQUIRE(changes.status == 200);
    const json feed = changes.parsed();
    REQUIRE(feed.at("results").size() == 1);
    CHECK(feed["results"][0].at("id") == "note-1");
    CHECK(feed["results"][0].at("changes")[0].at("rev") == rev);
    CHECK(feed.contains("last_seq"));

    // Names needing percent-encoding are escaped; an existing name is an error.
    CHECK(peer.createDatabase("a$b(c)+d") == peer.url() + "/a%24b%28c%29%2Bd");
    CHECK(http("GET", peer.url() + "/a%24b%28c%29%2Bd").status == 200);
    CHECK_THROWS_WITH(peer.createDatabase("intake-peer-test"), Contains("HTTP 412"));
}

TEST_CASE("PouchPeer on disk: a document survives restart() on the same port", "[peer]") {
    PouchPeer peer(PouchPeer::Options::onDisk());
    REQUIRE_FALSE(peer.inMemory());
    CHECK(http("GET", peer.url() + "/").parsed().at("pouchdb-adapters") == json::array({"leveldb"}));

    const std::string db = peer.createDatabase("persisted");
    const std::string rev = putDoc(db, "doc", {{"kept", true}});
    const int port = peer.port();
    const pid_t oldPid = peer.pid();

    peer.restart();

    CHECK(peer.port() == port);
    CHECK(peer.pid() != oldPid);
    CHECK_FALSE(processExists(oldPid));
    const Response got = http("GET", db + "/doc");
    INFO(got.body << got.error);
    REQUIRE(got.status == 200);
    CHECK(got.parsed().at("_rev") == rev);
    CHECK(got.parsed().at("kept") == true);
    CHECK(http("GET", peer.url() + "/").parsed().at("uuid") == peer.serverUuid());
}

TEST_CASE("PouchPeer on disk: a new peer on the same data directory sees earlier documents", "[peer]") {
    TempDir dir;
    const fs::path dataDir = dir.path / "couch";
    std::string rev;
    {
        PouchPeer first(PouchPeer::Options::onDisk(dataDir));
        CHECK(first.dataDir() == dataDir);
        rev = putDoc(first.createDatabase("shared"), "doc", {{"from", "first"}});
    }
    REQUIRE(fs::is_directory(dataDir));
    PouchPeer second(PouchPeer::Options::onDisk(dataDir));
    const Response got = http("GET", second.url() + "/shared/doc");
    INFO(got.body << got.error);
    REQUIRE(got.status == 200);
    CHECK(got.parsed().at("_rev") == rev);
}

TEST_CASE("PouchPeer in memory: restart() comes back on the same port, empty", "[peer]") {
    PouchPeer peer;
    const std::string db = peer.createDatabase("volatile");
    const int port = peer.port();

    peer.restart();

    CHECK(peer.port() == port);
    CHECK(http("GET", peer.url() + "/").status == 200);
    CHECK(http("GET", db).status == 404);
}

TEST_CASE("PouchPeer: after stop() and destruction nothing listens or runs", "[peer]") {
    int port = 0;
    pid_t pid = -1;
    std::string dataDir;
    {
        PouchPeer peer;
        port = peer.port();
        pid = peer.pid();
        dataDir = peer.dataDir().string();
        REQUIRE(acceptsConnections(port));
        REQUIRE(processesMentioning(dataDir) == 1);

        peer.stop();
        CHECK_FALSE(peer.running());
        CHECK(peer.pid() == -1);
        CHECK_FALSE(acceptsConnections(port));
        CHECK_FALSE(processExists(pid));
        peer.stop();  // idempotent

        {
            // Someone else takes the port meanwhile: restart() says so (and leaves nothing behind).
            const int squatter = listenOn(port);
            CHECK_THROWS_WITH(peer.restart(), Contains("port " + std::to_string(port) + " is in use by another process") &&
                                                  Contains("exited with status"));
            CHECK(peer.pid() == -1);
            CHECK(processesMentioning(dataDir) == 0);
            ::close(squatter);
        }

        peer.restart();  // a stopped peer can be started again
        REQUIRE(peer.running());
        CHECK(acceptsConnections(port));
        pid = peer.pid();
    }
    CHECK_FALSE(acceptsConnections(port));
    CHECK_FALSE(processExists(pid));
    CHECK(::killpg(pid, 0) == -1);  // no process group left either
    CHECK(processesMentioning(dataDir) == 0);
}

TEST_CASE("PouchPeer: a server that dies at start-up is reported with its stderr", "[peer]") {
    TempDir dir;
    const fs::path notADir = dir.path / "plain-file";
    std::ofstream(notADir) << "not a directory\n";

    // pouchdb-server cannot mkdir its --dir and exits; the error names the cause.
    CHECK_THROWS_WITH(PouchPeer(PouchPeer::Options::onDisk(notADir)),
                      Contains("exited with status 1") && Contains("EEXIST") &&
                          Contains("last lines of pouchdb-server stderr"));
    CHECK(processesMentioning(notADir.string()) == 0);
}
