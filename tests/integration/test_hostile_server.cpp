// A hostile server (tests/support/hostile_server.h) in front of a real pouchdb-server answers the
// replication requests with malformed JSON, wrong types, huge, endless and slow bodies, lying
// lengths, wrong revisions, ids that do not match and redirects to another host. Each time the
// sync fails safely: a clear error (SyncError::BadResponse for shape, size and redirects, Timeout
// for stalls, Offline for a connection cut short), in bounded time and memory, and the vault holds
// nothing the server got wrong: only valid documents may be added and the pull checkpoint never
// passes changes that were not stored. Then the server turns honest (it forwards every request to
// the peer) and the sync completes with nothing lost.
//
// Every document body carries kMarker; no error detail may hold it. Nothing here prints a body.
#include "hostile_server.h"
#include "replication_fixture.h"

#include "intake/sync/replication_store.h"

#include <catch2/catch.hpp>
#include <curl/curl.h>
#include <openssl/evp.h>
#include <sys/resource.h>
#include <zlib.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <functional>
#include <mutex>
#include <set>
#include <stop_token>
#include <thread>

using namespace intake;
using namespace intake::test;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

using SteadyClock = std::chrono::steady_clock;

const std::string kMarker = "marker-7f3a-never-in-errors";
constexpr std::size_t kMaxResponse = std::size_t{1} << 20;  // ClientOptions::maxResponseBytes in these tests
// What a client may have taken off the wire (or the kernel may hold for it) beyond
// maxResponseBytes when it hangs up: its loopback receive buffer as autotuned, our send buffer
// (64 KiB asked, doubled by the kernel) and libcurl's own buffer. A safety bound, not a benchmark.
constexpr std::uint64_t kSocketSlack = std::uint64_t{2} << 20;
constexpr auto kSafetyBound = 20s;
const std::string kPassword = "pw-never-in-errors-5521";

sync::ClientOptions tightOptions() {
    sync::ClientOptions options;
    options.connectTimeout = 2s;
    options.lowSpeedLimit = 1;
    options.lowSpeedTime = 2s;  // (libcurl's speed sampling makes 1 s cut off even a steady trickle)
    options.requestTimeout = 3s;
    options.maxResponseBytes = kMaxResponse;
    return options;
}

sync::ReplicationOptions shortRetry() {
    sync::ReplicationOptions options;
    options.batchSize = 100;  // one page: a refused page leaves the vault as it was
    options.retry.initial = 10ms;
    options.retry.cap = 50ms;
    options.retry.maxAttempts = 3;
    return options;
}

std::string hx(int n) {
    char text[40];
    std::snprintf(text, sizeof text, "%032x", n);
    return text;
}

std::string sha256Hex(const std::string& text) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest.data(), &length, EVP_sha256(), nullptr);
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        hex += digits[digest[i] >> 4];
        hex += digits[digest[i] & 0xf];
    }
    return hex;
}

// ---- the honest side: every request forwarded to the peer ---------------------------------------

PouchPeer& sharedPeer() {
    // One pouchdb-server for the whole file (each scene has its own database): starting node for
    // every SECTION would cost more than the tests themselves. Started on the main thread, which
    // outlives it (see pouchdb_peer.h).
    static PouchPeer peer;
    return peer;
}

std::size_t collect(char* data, std::size_t size, std::size_t count, void* user) {
    static_cast<std::string*>(user)->append(data, size * count);
    return size * count;
}

struct Honest {
    long status = 502;
    std::string body = R"({"error":"bad_gateway","reason":"the peer did not answer"})";
};

Honest forward(const std::string& peerUrl, const HostileRequest& request) {
    Honest out;
    CURL* h = curl_easy_init();
    if (!h)
        return out;
    std::string body;
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Accept: application/json");
    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Expect:");
    const std::string url = peerUrl + request.target;
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
    if (request.method != "GET") {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.c_str());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.c_str());
    }
    if (curl_easy_perform(h) == CURLE_OK) {
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &out.status);
        out.body = std::move(body);
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(h);
    return out;
}

// ---- which request is which ----------------------------------------------------------------------

enum class Endpoint { ServerInfo, Database, Session, LocalGet, LocalPut, Changes, BulkGet, RevsDiff, BulkDocs };

bool hits(const std::string& method, const std::string& path, Endpoint endpoint) {
    switch (endpoint) {
    case Endpoint::ServerInfo: return method == "GET" && path == "/";
    case Endpoint::Database: return method == "PUT" && path.size() > 1 && path.find('/', 1) == std::string::npos;
    case Endpoint::Session: return path == "/_session";
    case Endpoint::LocalGet: return method == "GET" && path.find("/_local/") != std::string::npos;
    case Endpoint::LocalPut: return method == "PUT" && path.find("/_local/") != std::string::npos;
    case Endpoint::Changes: return path.ends_with("/_changes");
    case Endpoint::BulkGet: return path.ends_with("/_bulk_get");
    case Endpoint::RevsDiff: return path.ends_with("/_revs_diff");
    case Endpoint::BulkDocs: return path.ends_with("/_bulk_docs");
    }
    return false;
}

bool hits(const HostileRequest& request, Endpoint endpoint) { return hits(request.method, request.path, endpoint); }

bool hits(const HostileExchange& exchange, Endpoint endpoint) {
    return hits(exchange.method, exchange.target.substr(0, exchange.target.find('?')), endpoint);
}

const char* nameOf(Endpoint endpoint) {
    switch (endpoint) {
    case Endpoint::ServerInfo: return "GET /";
    case Endpoint::Database: return "PUT db";
    case Endpoint::Session: return "POST /_session";
    case Endpoint::LocalGet: return "GET _local";
    case Endpoint::LocalPut: return "PUT _local";
    case Endpoint::Changes: return "_changes";
    case Endpoint::BulkGet: return "_bulk_get";
    case Endpoint::RevsDiff: return "_revs_diff";
    case Endpoint::BulkDocs: return "_bulk_docs";
    }
    return "?";
}

// Which replicator call reaches the endpoint first.
enum class Op { Pull, Push, Sync, SyncWithRetry };

Op opFor(Endpoint endpoint) {
    return endpoint == Endpoint::RevsDiff || endpoint == Endpoint::BulkDocs ? Op::Push : Op::Pull;
}

// ---- a vault, a replicator and the hostile front ---------------------------------------------------

// Answers a request itself, or nullopt to let the honest answer through.
using Hostility = std::function<std::optional<HostileAnswer>(const HostileRequest&)>;

json remoteDoc(const std::string& id, const std::vector<int>& hashes, bool deleted = false) {
    std::vector<std::string> ids;
    for (int h : hashes)
        ids.push_back(hx(h));
    json doc = deleted ? json::object() : json{{"type", "contact"}, {"note", kMarker + " " + id}, {"count", hashes.size()}};
    doc["_id"] = id;
    doc["_rev"] = std::to_string(hashes.size()) + "-" + ids.front();
    doc["_revisions"] = {{"start", hashes.size()}, {"ids", ids}};
    if (deleted)
        doc["_deleted"] = true;
    return doc;
}

class Scene {
public:
    explicit Scene(sync::ClientOptions clientOptions = tightOptions(), sync::ReplicationOptions options = shortRetry())
        : peer(sharedPeer()), name("hostile-" + std::to_string(++serial_)), direct(peer.createDatabase(name)),
          front([this](const HostileRequest& request) { return answer(request); }),
          clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + std::chrono::hours(9), std::chrono::minutes(60)),
          vault(fixture.create()), clientOptions_(std::move(clientOptions)), options_(options) {
        makeReplicator();
        seed();
    }

    PouchPeer& peer;
    const std::string name;    // of the database, on the peer and behind the front
    const std::string direct;  // the database on the peer itself
    HostileServer front;
    VaultFixture fixture;
    ManualClock clock;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<sync::Replicator> replicator;

    std::string url() const { return front.url() + "/" + name; }

    void setHostility(Hostility hostility) {
        std::lock_guard lock(mutex_);
        hostility_ = std::move(hostility);
    }
    void heal() { setHostility({}); }

    Honest honest(const HostileRequest& request) const { return forward(peer.url(), request); }

    void makeReplicator(std::optional<sync::ClientOptions> clientOptions = std::nullopt) {
        replicator.reset();
        auto endpoint = sync::RemoteEndpoint::parse(url());
        REQUIRE(endpoint.ok());
        auto made = sync::Replicator::create(*vault, *endpoint, clientOptions.value_or(clientOptions_), options_, clock);
        if (!made)
            FAIL("replicator: " << made.error().name());
        replicator = std::move(*made);
    }

    // The four _local documents the replicator keeps in the vault.
    std::vector<std::pair<std::string, std::string>> localIds() {
        sync::ReplicationStore store(*vault);
        auto identity = store.identity();
        REQUIRE(identity.ok());
        auto endpoint = sync::RemoteEndpoint::parse(url());
        REQUIRE(endpoint.ok());
        auto checkpoint = [&](const char* direction) {
            return "_local/intake-" + sha256Hex("intake-replication-v1\n" + *identity + "\n" + endpoint->databaseUrl() +
                                                "\n" + direction);
        };
        return {{"identity", "_local/intake-replication-identity"},
                {"set-aside list", "_local/intake-sync-rejected"},
                {"pull checkpoint", checkpoint("pull")},
                {"push checkpoint", checkpoint("push")}};
    }

private:
    HostileAnswer answer(const HostileRequest& request) {
        Hostility hostility;
        {
            std::lock_guard lock(mutex_);
            hostility = hostility_;
        }
        if (hostility) {
            if (auto hostile = hostility(request))
                return std::move(*hostile);
        }
        if (hits(request, Endpoint::Session) && request.method == "POST") {
            // The peer has no users: the front logs everybody in.
            auto ok = HostileAnswer::json(200, {{"ok", true}, {"name", "courier"}, {"roles", json::array()}});
            ok.headers.emplace_back("Set-Cookie", "AuthSession=Y291cmllcjoxMjM0; Version=1; Path=/; HttpOnly");
            return ok;
        }
        const Honest h = honest(request);
        return HostileAnswer::text(static_cast<int>(h.status), h.body);
    }

    // Both sides with documents in sync, then new work on both: a pull has four changes (one
    // first revision inline, three that need _bulk_get), a push two.
    void seed() {
        auto client = clientFor(direct);
        REQUIRE(client.bulkDocsNoNewEdits({remoteDoc("contact:r1", {1}), remoteDoc("contact:r2", {4, 3, 2}),
                                           remoteDoc("contact:r3", {6, 5}), remoteDoc("contact:r3", {7, 5})})
                    .ok());
        auto put = [&](const std::string& id, const std::string& parent = {}, bool deleted = false) {
            auto done = vault->put({id, deleted ? json::object() : json{{"type", "contact"}, {"note", kMarker + " " + id}},
                                    parent, deleted});
            REQUIRE(done.ok());
            return done->rev;
        };
        const auto l1 = put("contact:l1");
        put("contact:l2", put("contact:l2"));
        put("contact:l3", put("contact:l3"), true);
        auto first = replicator->syncOnce();
        if (!first)
            FAIL("first sync: " << first.error().name());
        REQUIRE(client.bulkDocsNoNewEdits({remoteDoc("contact:r4", {10}), remoteDoc("contact:r5", {12, 11}),
                                           remoteDoc("contact:r1", {13, 1}), remoteDoc("contact:r2", {14, 4, 3, 2}, true)})
                    .ok());
        put("contact:l4");
        put("contact:l1", l1);
    }

    static inline std::atomic<int> serial_{0};
    std::mutex mutex_;
    Hostility hostility_;
    sync::ClientOptions clientOptions_;
    sync::ReplicationOptions options_;
};

// ---- what the vault holds ------------------------------------------------------------------------

struct DocState {
    std::string winner;
    bool deleted = false;
    std::vector<std::string> leaves;     // leafLine(), sorted
    std::map<std::string, json> bodies;  // per leaf
    std::vector<std::string> conflicts;
    std::set<std::string> revs;          // every node of the tree
    bool operator==(const DocState&) const = default;
};

struct Snapshot {
    std::map<std::string, DocState> docs;
    std::map<std::string, std::optional<json>> locals;  // by role (identity, checkpoints, set-aside list)
    std::int64_t lastSeq = 0;
};

Snapshot snapshot(Scene& scene) {
    Vault& vault = *scene.vault;
    Snapshot out;
    auto changes = vault.changesSince(0);
    REQUIRE(changes.ok());
    for (const auto& change : *changes) {
        DocState doc;
        doc.winner = change.rev;
        doc.deleted = change.deleted;
        auto tree = vault.revisionTree(change.id);
        REQUIRE(tree.ok());
        for (const auto& node : tree->nodes())
            doc.revs.insert(node.rev);
        for (const auto& rev : change.leafRevs) {
            doc.leaves.push_back(leafLine(rev, tree->find(rev)->deleted, tree->ancestry(rev)));
            auto leaf = vault.get(change.id, rev);
            REQUIRE(leaf.ok());
            doc.bodies[rev] = leaf->body;
        }
        std::sort(doc.leaves.begin(), doc.leaves.end());
        doc.conflicts = tree->conflicts();
        out.docs[change.id] = std::move(doc);
    }
    for (const auto& [role, id] : scene.localIds()) {
        auto local = vault.getLocal(id);
        if (local)
            out.locals[role] = local->body;
        else if (local.error().is(VaultError::DocumentNotFound))
            out.locals[role] = std::nullopt;
        else
            FAIL("local document: " << local.error().name());
    }
    auto last = vault.lastSequence();
    REQUIRE(last.ok());
    out.lastSeq = *last;
    return out;
}

// What differs, by id and part (never contents).
std::vector<std::string> differences(const Snapshot& before, const Snapshot& after) {
    std::vector<std::string> found;
    std::set<std::string> ids;
    for (const auto& [id, doc] : before.docs)
        ids.insert(id);
    for (const auto& [id, doc] : after.docs)
        ids.insert(id);
    for (const auto& id : ids) {
        const auto b = before.docs.find(id);
        const auto a = after.docs.find(id);
        if (b == before.docs.end()) {
            found.push_back(id + ": added");
        } else if (a == after.docs.end()) {
            found.push_back(id + ": gone");
        } else if (!(a->second == b->second)) {
            if (a->second.revs != b->second.revs)
                found.push_back(id + ": revisions");
            if (a->second.leaves != b->second.leaves)
                found.push_back(id + ": leaves");
            if (a->second.bodies != b->second.bodies)
                found.push_back(id + ": bodies");
            if (a->second.winner != b->second.winner || a->second.deleted != b->second.deleted)
                found.push_back(id + ": winner");
            if (a->second.conflicts != b->second.conflicts)
                found.push_back(id + ": conflicts");
        }
    }
    for (const auto& [role, body] : before.locals) {
        const auto a = after.locals.find(role);
        if (a == after.locals.end() || a->second != body)
            found.push_back(role + ": changed");
    }
    if (before.lastSeq != after.lastSeq)
        found.push_back("sequence moved");
    return found;
}

struct RemoteDoc {
    std::vector<std::string> leaves;
    std::map<std::string, json> bodies;
};

std::map<std::string, RemoteDoc> remoteState(const std::string& databaseUrl) {
    auto client = clientFor(databaseUrl);
    auto changes = client.changes("0");
    REQUIRE(changes.ok());
    std::vector<std::pair<std::string, std::string>> wanted;
    for (const auto& change : changes->changes)
        for (const auto& rev : change.revs)
            wanted.emplace_back(change.id, rev);
    auto docs = client.bulkGet(wanted);
    REQUIRE(docs.ok());
    REQUIRE(docs->size() == wanted.size());
    std::map<std::string, RemoteDoc> out;
    for (const auto& doc : *docs) {
        const auto id = doc.at("_id").get<std::string>();
        const auto rev = doc.at("_rev").get<std::string>();
        const bool deleted = doc.value("_deleted", false);
        std::vector<std::string> ancestry;
        auto generation = doc.at("_revisions").at("start").get<int>();
        for (const auto& hash : doc.at("_revisions").at("ids"))
            ancestry.push_back(std::to_string(generation--) + "-" + hash.get<std::string>());
        auto& entry = out[id];
        entry.leaves.push_back(leafLine(rev, deleted, ancestry));
        json body = json::object();
        if (!deleted)
            for (const auto& [key, value] : doc.items())
                if (!key.starts_with("_"))
                    body[key] = value;
        entry.bodies[rev] = body;
    }
    for (auto& [id, doc] : out)
        std::sort(doc.leaves.begin(), doc.leaves.end());
    return out;
}

// Changes from `before` to `after` that are not the server's valid data: anything lost, or a
// leaf (or its body) that neither the vault had nor the honest server holds.
std::vector<std::string> invalidChanges(const Snapshot& before, const Snapshot& after,
                                        const std::map<std::string, RemoteDoc>& remote) {
    std::vector<std::string> found;
    for (const auto& [id, doc] : before.docs) {
        const auto a = after.docs.find(id);
        if (a == after.docs.end()) {
            found.push_back(id + ": gone");
            continue;
        }
        for (const auto& rev : doc.revs)
            if (!a->second.revs.contains(rev))
                found.push_back(id + ": lost a revision");
    }
    for (const auto& [id, doc] : after.docs) {
        const auto b = before.docs.find(id);
        const auto r = remote.find(id);
        for (const auto& leaf : doc.leaves) {
            const std::string rev = leaf.substr(0, leaf.find(' '));
            const bool wasThere = b != before.docs.end() &&
                                  std::find(b->second.leaves.begin(), b->second.leaves.end(), leaf) != b->second.leaves.end();
            if (wasThere) {
                if (b->second.bodies.at(rev) != doc.bodies.at(rev))
                    found.push_back(id + ": a body changed");
                continue;
            }
            const bool fromServer = r != remote.end() &&
                                    std::find(r->second.leaves.begin(), r->second.leaves.end(), leaf) != r->second.leaves.end();
            if (!fromServer)
                found.push_back(id + ": a leaf the server does not hold");
            else if (r->second.bodies.at(rev) != doc.bodies.at(rev))
                found.push_back(id + ": a body the server does not hold");
        }
    }
    return found;
}

// The sync completes, and the vault and the server hold the same documents, bodies included.
void healAndConverge(Scene& scene) {
    scene.heal();
    auto healed = scene.replicator->syncOnce();
    if (!healed)
        FAIL("healed sync: " << healed.error().name());
    healed = scene.replicator->syncOnce();  // what the first pass settled goes both ways
    REQUIRE(healed.ok());
    const auto remote = remoteState(scene.direct);
    const auto local = snapshot(scene);
    CHECK(remote.size() == 9);  // contact:r1..r5 and contact:l1..l4: nothing lost on either side
    CHECK(local.docs.size() == remote.size());
    for (const auto& [id, doc] : remote) {
        INFO(id);
        const auto l = local.docs.find(id);
        REQUIRE(l != local.docs.end());
        CHECK(l->second.leaves == doc.leaves);
        const bool sameBodies = l->second.bodies == doc.bodies;  // (not printed: contents)
        CHECK(sameBodies);
    }
    CHECK(vaultTrees(*scene.vault) == remoteTrees(scene.direct));
    REQUIRE(scene.vault->verify().ok());
}

// ---- running and judging ------------------------------------------------------------------------

struct Outcome {
    Result<sync::SyncReport> result;
    SteadyClock::duration elapsed;
};

Outcome run(Scene& scene, Op op) {
    const auto start = SteadyClock::now();
    auto result = [&]() -> Result<sync::SyncReport> {
        switch (op) {
        case Op::Pull: return scene.replicator->pullOnce();
        case Op::Push: return scene.replicator->pushOnce();
        case Op::Sync: return scene.replicator->syncOnce();
        case Op::SyncWithRetry: return scene.replicator->syncWithRetry();
        }
        return Error(SyncError::Cancelled);
    }();
    return {std::move(result), SteadyClock::now() - start};
}

std::int64_t maxRssKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A clear, safe failure: the expected error, a name and a message, no document contents in the
// detail, in bounded time, reported in the status too.
void checkFailed(Scene& scene, const Outcome& outcome, SyncError expected) {
    CHECK_FALSE(outcome.result.ok());
    if (outcome.result.ok())
        return;
    const Error& error = outcome.result.error();
    const bool leaks = error.detail().find(kMarker) != std::string::npos ||
                       error.detail().find(kPassword) != std::string::npos;
    INFO("error " << error.name() << ": " << (leaks ? std::string("(detail withheld)") : error.detail()));
    CHECK(error.is(expected));
    CHECK(error.mayBeTransient() == (expected == SyncError::Timeout || expected == SyncError::Offline));
    CHECK_FALSE(error.name().empty());
    CHECK_FALSE(error.message().empty());
    CHECK_FALSE(leaks);
    CHECK(outcome.elapsed < kSafetyBound);
    const auto status = scene.replicator->status();
    REQUIRE(status.error.has_value());
    CHECK(status.error->is(expected));
}

// The last exchange with `endpoint`, once the server is done with it (answer sent or client gone).
HostileExchange settledExchange(const HostileServer& server, Endpoint endpoint) {
    const auto deadline = SteadyClock::now() + 10s;
    for (;;) {
        std::optional<HostileExchange> last;
        for (const auto& exchange : server.exchanges())
            if (hits(exchange, endpoint))
                last = exchange;
        REQUIRE(last.has_value());
        if (last->ended || SteadyClock::now() > deadline)
            return *last;
        std::this_thread::sleep_for(20ms);
    }
}

std::size_t countRequests(const HostileServer& server, Endpoint endpoint) {
    std::size_t n = 0;
    for (const auto& exchange : server.exchanges())
        n += hits(exchange, endpoint) ? 1 : 0;
    return n;
}

// Forwards the request, then hands the honest answer's JSON to `edit`.
Hostility mutate(Scene& scene, Endpoint endpoint, std::function<void(json&)> edit) {
    return [&scene, endpoint, edit = std::move(edit)](const HostileRequest& request) -> std::optional<HostileAnswer> {
        if (!hits(request, endpoint))
            return std::nullopt;
        // _bulk_docs is not forwarded: the documents stay missing on the server, so that each
        // attempt reaches _bulk_docs again.
        const Honest h = endpoint == Endpoint::BulkDocs ? Honest{201, "[]"} : scene.honest(request);
        json body = json::parse(h.body, nullptr, false);
        if (body.is_discarded())
            return HostileAnswer::json(500, {{"error", "test"}, {"reason", "the peer's answer is not JSON"}});
        edit(body);
        return HostileAnswer::text(static_cast<int>(h.status), body.dump());
    };
}

// Answers `endpoint` with `answer` (made anew for each request); forwards the request to the
// peer first when `forwardFirst` (so the server did the work, only its answer is bad).
Hostility replace(Scene& scene, Endpoint endpoint, std::function<HostileAnswer()> answer, bool forwardFirst = false) {
    return [&scene, endpoint, answer = std::move(answer), forwardFirst](const HostileRequest& request)
               -> std::optional<HostileAnswer> {
        if (!hits(request, endpoint))
            return std::nullopt;
        if (forwardFirst)
            (void)scene.honest(request);
        return answer();
    };
}

struct Variant {
    std::string name;
    std::string body;
};

// Not JSON, or JSON nobody should have to hold; each carries the marker where a body would.
std::vector<Variant> malformedBodies() {
    return {
        {"truncated JSON", R"({"results":[{"seq":1,"id":"contact:r9","doc":{"note":")" + kMarker},
        {"an HTML page", "<html><body>" + kMarker + " please log in</body></html>"},
        {"an empty body", ""},
        {"trailing garbage", R"({"ok":true,"rev":"1-a"} )" + kMarker},
        {"NaN", R"({"results":[],"last_seq":NaN,"note":")" + kMarker + R"("})"},
        {"invalid UTF-8", "{\"results\":[],\"last_seq\":\"\xff\xfe\",\"note\":\"" + kMarker + "\"}"},
        {"100,000 open brackets", std::string(100000, '[')},
        {"100,000 nested arrays", std::string(100000, '[') + std::string(100000, ']')},
        {"a JSON string", "\"" + kMarker + "\""},
        {"null", "null"},
    };
}

// gzip of `prefix`, then `padding` times 'a', then `suffix`, made piece by piece (the
// uncompressed text is never held).
std::string gzipBomb(const std::string& prefix, std::size_t padding, const std::string& suffix) {
    z_stream z{};
    REQUIRE(deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out;
    std::array<char, 64 * 1024> buffer{};
    auto feed = [&](const std::string& piece, int flush) {
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(piece.data()));
        z.avail_in = static_cast<uInt>(piece.size());
        do {
            z.next_out = reinterpret_cast<Bytef*>(buffer.data());
            z.avail_out = static_cast<uInt>(buffer.size());
            const int status = deflate(&z, flush);
            REQUIRE((status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR));
            out.append(buffer.data(), buffer.size() - z.avail_out);
        } while (z.avail_out == 0);
    };
    feed(prefix, Z_NO_FLUSH);
    const std::string block(64 * 1024, 'a');
    for (std::size_t done = 0; done < padding; done += block.size())
        feed(block, Z_NO_FLUSH);
    feed(suffix, Z_FINISH);
    deflateEnd(&z);
    return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------

TEST_CASE("hostile server: malformed JSON in any answer fails the sync and changes nothing", "[sync][hostile]") {
    Scene scene;
    const auto endpoint = GENERATE(Endpoint::LocalGet, Endpoint::Changes, Endpoint::BulkGet, Endpoint::LocalPut,
                                   Endpoint::RevsDiff, Endpoint::BulkDocs);
    const Op op = opFor(endpoint);
    const auto remote = remoteState(scene.direct);
    const auto variants = malformedBodies();
    for (const auto& variant : variants) {
        INFO(nameOf(endpoint) << " answers " << variant.name);
        const auto before = snapshot(scene);
        // The checkpoint PUT reaches the server (the pull's page was stored before it); _bulk_docs
        // does not here (then the server would have the documents and _revs_diff would not ask
        // for them again): see the section below.
        const bool forward = endpoint == Endpoint::LocalPut;
        scene.setHostility(replace(scene, endpoint, [&] { return HostileAnswer::text(200, variant.body); }, forward));
        const auto outcome = run(scene, op);
        checkFailed(scene, outcome, SyncError::BadResponse);
        const auto after = snapshot(scene);
        if (endpoint == Endpoint::LocalPut) {
            // The page went in before its checkpoint: valid documents only, checkpoint as it was.
            CHECK(invalidChanges(before, after, remote).empty());
            CHECK(after.locals.at("pull checkpoint") == before.locals.at("pull checkpoint"));
        } else {
            CHECK(differences(before, after).empty());
        }
        REQUIRE(scene.vault->verify().ok());
    }
    const auto garbage = [&] { return HostileAnswer::text(200, variants.front().body); };
    SECTION("the server did the work, then answered garbage") {
        const auto before = snapshot(scene);
        scene.setHostility(replace(scene, endpoint, garbage, /*forwardFirst=*/true));
        const auto outcome = run(scene, op);
        checkFailed(scene, outcome, SyncError::BadResponse);
        const auto after = snapshot(scene);
        CHECK(invalidChanges(before, after, remote).empty());
        CHECK(after.locals.at("pull checkpoint") == before.locals.at("pull checkpoint"));
        CHECK(after.locals.at("push checkpoint") == before.locals.at("push checkpoint"));
    }
    SECTION("syncWithRetry does not retry it") {
        scene.setHostility(replace(scene, endpoint, garbage));
        scene.front.resetCounts();
        const auto outcome = run(scene, Op::SyncWithRetry);
        checkFailed(scene, outcome, SyncError::BadResponse);
        CHECK(countRequests(scene.front, endpoint) == 1);
    }
    SECTION("runContinuous stops with it") {
        scene.setHostility(replace(scene, endpoint, garbage));
        std::stop_source stop;
        std::atomic<bool> ended{false};
        Result<void> result;
        std::thread running([&] {
            result = scene.replicator->runContinuous(stop.get_token());
            ended = true;
        });
        const auto deadline = SteadyClock::now() + kSafetyBound;
        while (!ended && SteadyClock::now() < deadline)
            std::this_thread::sleep_for(20ms);
        const bool endedByItself = ended;
        stop.request_stop();
        running.join();
        CHECK(endedByItself);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().is(SyncError::BadResponse));
    }
    healAndConverge(scene);
}

TEST_CASE("hostile server: answers of the wrong types are BadResponse", "[sync][hostile]") {
    Scene scene;
    struct Case {
        const char* name;
        Endpoint endpoint;
        std::function<void(json&)> edit;
    };
    auto firstOk = [](json& body) -> json& {
        for (auto& result : body.at("results"))
            for (auto& item : result.at("docs"))
                if (item.contains("ok"))
                    return item["ok"];
        throw std::runtime_error("no ok item");
    };
    const std::vector<Case> cases = {
        {"_changes: results a string", Endpoint::Changes, [](json& b) { b["results"] = "none"; }},
        {"_changes: results an object", Endpoint::Changes, [](json& b) { b["results"] = json::object(); }},
        {"_changes: last_seq an object", Endpoint::Changes, [](json& b) { b["last_seq"] = {{"seq", 1}}; }},
        {"_changes: last_seq missing", Endpoint::Changes, [](json& b) { b.erase("last_seq"); }},
        {"_changes: a row a string", Endpoint::Changes, [](json& b) { b["results"][0] = "row"; }},
        {"_changes: seq an object", Endpoint::Changes, [](json& b) { b["results"][0]["seq"] = {{"n", 1}}; }},
        {"_changes: id a number", Endpoint::Changes, [](json& b) { b["results"][0]["id"] = 7; }},
        {"_changes: changes not an array", Endpoint::Changes, [](json& b) { b["results"][0]["changes"] = "1-a"; }},
        {"_changes: changes empty", Endpoint::Changes, [](json& b) { b["results"][0]["changes"] = json::array(); }},
        {"_changes: rev a number", Endpoint::Changes, [](json& b) { b["results"][0]["changes"][0]["rev"] = 7; }},
        {"_changes: deleted a string", Endpoint::Changes, [](json& b) { b["results"][0]["deleted"] = "yes"; }},
        {"_changes: doc a string", Endpoint::Changes, [](json& b) { b["results"][0]["doc"] = kMarker; }},
        {"_changes: doc _rev a number", Endpoint::Changes, [](json& b) { b["results"][0]["doc"]["_rev"] = 3; }},
        {"_changes: an array", Endpoint::Changes, [](json& b) { b = b["results"]; }},
        {"_bulk_get: results a string", Endpoint::BulkGet, [](json& b) { b["results"] = "none"; }},
        {"_bulk_get: a result a number", Endpoint::BulkGet, [](json& b) { b["results"][0] = 5; }},
        {"_bulk_get: docs an object", Endpoint::BulkGet, [](json& b) { b["results"][0]["docs"] = json::object(); }},
        {"_bulk_get: an item a string", Endpoint::BulkGet, [](json& b) { b["results"][0]["docs"][0] = kMarker; }},
        {"_bulk_get: ok a string", Endpoint::BulkGet, [](json& b) { b["results"][0]["docs"][0]["ok"] = kMarker; }},
        {"_bulk_get: _rev a number", Endpoint::BulkGet, [=](json& b) { firstOk(b)["_rev"] = 2; }},
        {"_bulk_get: _id a number", Endpoint::BulkGet, [=](json& b) { firstOk(b)["_id"] = 2; }},
        {"_bulk_get: _revisions a string", Endpoint::BulkGet, [=](json& b) { firstOk(b)["_revisions"] = "2-a"; }},
        {"_bulk_get: _revisions.ids numbers", Endpoint::BulkGet,
         [=](json& b) { firstOk(b)["_revisions"]["ids"] = {1, 2}; }},
        {"_bulk_get: _revisions.start a string", Endpoint::BulkGet,
         [=](json& b) { firstOk(b)["_revisions"]["start"] = "2"; }},
        {"_bulk_get: _revisions.ids empty", Endpoint::BulkGet,
         [=](json& b) { firstOk(b)["_revisions"]["ids"] = json::array(); }},
        {"_bulk_get: _deleted a string", Endpoint::BulkGet, [=](json& b) { firstOk(b)["_deleted"] = "yes"; }},
        // Not a revision the server lacks but garbage: dropping it silently would let the
        // checkpoint pass a revision that was never stored.
        {"_bulk_get: missing a number", Endpoint::BulkGet,
         [](json& b) { b["results"][0]["docs"][0] = {{"missing", 5}}; }},
        {"_bulk_get: error a string", Endpoint::BulkGet,
         [](json& b) { b["results"][0]["docs"][0] = {{"error", "not_found"}}; }},
        {"_revs_diff: missing an object", Endpoint::RevsDiff,
         [](json& b) { b.begin().value()["missing"] = {{"rev", "1-a"}}; }},
        {"_revs_diff: an entry a string", Endpoint::RevsDiff, [](json& b) { b.begin().value() = "missing"; }},
        {"_revs_diff: a missing rev a number", Endpoint::RevsDiff,
         [](json& b) { b.begin().value()["missing"][0] = 2; }},
        {"_revs_diff: an array", Endpoint::RevsDiff, [](json& b) { b = json::array({b}); }},
        {"_bulk_docs: an object", Endpoint::BulkDocs, [](json& b) { b = {{"ok", true}}; }},
        {"_bulk_docs: entries not objects", Endpoint::BulkDocs, [](json& b) { b = {1, "two", nullptr}; }},
        // Not a refusal but garbage: taken as one, the document would be set aside and the push
        // checkpoint would pass it.
        {"_bulk_docs: error a number", Endpoint::BulkDocs,
         [](json& b) { b = json::array({{{"id", "contact:l4"}, {"error", 5}, {"reason", kMarker}}}); }},
        {"_bulk_docs: id a number", Endpoint::BulkDocs,
         [](json& b) { b = json::array({{{"id", 4}, {"error", "forbidden"}, {"reason", kMarker}}}); }},
        {"_local: an array", Endpoint::LocalGet, [](json& b) { b = json::array({b}); }},
        {"_local (PUT): rev a number", Endpoint::LocalPut, [](json& b) { b["rev"] = 2; }},
    };
    const auto remote = remoteState(scene.direct);
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name) {
        const auto before = snapshot(scene);
        scene.setHostility(mutate(scene, c.endpoint, c.edit));
        const auto outcome = run(scene, opFor(c.endpoint));
        CHECK(scene.front.handlerFailures() == 0);
        checkFailed(scene, outcome, SyncError::BadResponse);
        const auto after = snapshot(scene);
        CHECK(invalidChanges(before, after, remote).empty());
        CHECK(after.locals.at("pull checkpoint") == before.locals.at("pull checkpoint"));
        CHECK(after.locals.at("push checkpoint") == before.locals.at("push checkpoint"));
        CHECK(after.locals.at("set-aside list") == before.locals.at("set-aside list"));
        if (c.endpoint != Endpoint::LocalPut)
            CHECK(differences(before, after).empty());
        }
    }
    healAndConverge(scene);
}

TEST_CASE("hostile server: documents nested 100,000 levels deep", "[sync][hostile]") {
    // Valid JSON of 200 kB, well under maxResponseBytes, whose copying, comparing or dumping
    // would recurse 100,000 levels deep (a stack overflow) if anything held on to it.
    Scene scene;
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    // Forwards the request and puts `deep` into the honest answer where `place` puts a marker.
    auto splice = [&](Endpoint endpoint, std::function<void(json&)> place) -> Hostility {
        return [&scene, &deep, endpoint, place](const HostileRequest& request) -> std::optional<HostileAnswer> {
            if (!hits(request, endpoint))
                return std::nullopt;
            const Honest h = scene.honest(request);
            json body = json::parse(h.body, nullptr, false);
            if (body.is_discarded())
                return HostileAnswer::json(500, {{"error", "test"}, {"reason", "the peer's answer is not JSON"}});
            place(body);
            std::string text = body.dump();
            const std::string spot = "\"@deep@\"";
            if (const auto at = text.find(spot); at != std::string::npos)
                text.replace(at, spot.size(), deep);
            return HostileAnswer::text(static_cast<int>(h.status), text);
        };
    };
    const auto before = snapshot(scene);
    SECTION("in a _bulk_get document") {
        scene.setHostility(splice(Endpoint::BulkGet, [](json& b) { b["results"][0]["docs"][0]["ok"]["deep"] = "@deep@"; }));
    }
    SECTION("in a _changes document") {
        scene.setHostility(splice(Endpoint::Changes, [](json& b) {
            for (auto& row : b["results"])
                if (row.contains("doc"))
                    row["doc"]["deep"] = "@deep@";
        }));
    }
    SECTION("in the remote checkpoint") {
        scene.setHostility(splice(Endpoint::LocalGet, [](json& b) { b["deep"] = "@deep@"; }));
    }
    const auto outcome = run(scene, Op::Pull);
    CHECK(scene.front.handlerFailures() == 0);
    checkFailed(scene, outcome, SyncError::BadResponse);
    CHECK(differences(before, snapshot(scene)).empty());
    healAndConverge(scene);
}

TEST_CASE("hostile server: a checkpoint of the wrong shape only restarts the replication", "[sync][hostile]") {
    Scene scene;
    const auto edit = GENERATE(as<std::string>{}, "history a string", "recorded_seq an object", "history entries numbers");
    INFO(edit);
    scene.setHostility(mutate(scene, Endpoint::LocalGet, [edit](json& b) {
        if (edit == "history a string")
            b["history"] = kMarker;
        else if (edit == "recorded_seq an object")
            for (auto& entry : b["history"])
                entry["recorded_seq"] = {{"seq", 99}};
        else
            b["history"] = {1, 2, 3};
    }));
    // Not an error: no usable remote checkpoint means "start from the beginning", which is safe
    // (the diff finds what is already there).
    const auto outcome = run(scene, Op::Sync);
    REQUIRE(outcome.result.ok());
    CHECK(outcome.elapsed < kSafetyBound);
    healAndConverge(scene);
}

TEST_CASE("hostile server: wrong revisions and ids that do not match", "[sync][hostile]") {
    Scene scene;
    const auto remote = remoteState(scene.direct);
    // The first _bulk_get answer that is a document, and (generation, hashes) of its history.
    auto firstOk = [](json& body) -> json& {
        for (auto& result : body.at("results"))
            for (auto& item : result.at("docs"))
                if (item.contains("ok"))
                    return item["ok"];
        throw std::runtime_error("no ok item");
    };
    auto expectRefused = [&](Hostility hostility, Op op) {
        const auto before = snapshot(scene);
        scene.setHostility(std::move(hostility));
        const auto outcome = run(scene, op);
        CHECK(scene.front.handlerFailures() == 0);
        checkFailed(scene, outcome, SyncError::BadResponse);
        const auto after = snapshot(scene);
        CHECK(differences(before, after).empty());
        REQUIRE(scene.vault->verify().ok());
    };

    SECTION("_bulk_get answers another revision than the one asked") {
        expectRefused(mutate(scene, Endpoint::BulkGet,
                             [&](json& b) {
                                 json& doc = firstOk(b);
                                 const int start = doc["_revisions"]["start"].get<int>();
                                 doc["_revisions"]["ids"][0] = hx(99);
                                 doc["_rev"] = std::to_string(start) + "-" + hx(99);
                             }),
                      Op::Pull);
    }
    SECTION("_bulk_get answers a document whose _id is not the one asked") {
        expectRefused(mutate(scene, Endpoint::BulkGet, [&](json& b) { firstOk(b)["_id"] = "contact:planted"; }), Op::Pull);
    }
    SECTION("_bulk_get answers a document nobody asked for, besides the right ones") {
        expectRefused(mutate(scene, Endpoint::BulkGet,
                             [&](json& b) {
                                 json extra = remoteDoc("contact:planted", {77});
                                 b["results"].push_back({{"id", "contact:planted"}, {"docs", {{{"ok", extra}}}}});
                             }),
                      Op::Pull);
    }
    SECTION("_revisions does not start at _rev") {
        expectRefused(mutate(scene, Endpoint::BulkGet, [&](json& b) { firstOk(b)["_revisions"]["ids"][0] = hx(98); }),
                      Op::Pull);
    }
    SECTION("_revisions with generation 0, negative or absurd") {
        for (const std::int64_t start : {std::int64_t{0}, std::int64_t{-3}, std::int64_t{4000000000000000000}}) {
            INFO("start " << start);
            expectRefused(mutate(scene, Endpoint::BulkGet, [&](json& b) { firstOk(b)["_revisions"]["start"] = start; }),
                          Op::Pull);
        }
    }
    SECTION("a _rev and _revisions of absurd generation that agree") {
        expectRefused(mutate(scene, Endpoint::BulkGet,
                             [&](json& b) {
                                 json& doc = firstOk(b);
                                 doc["_revisions"]["start"] = 4000000000000000000;
                                 doc["_rev"] = "4000000000000000000-" + doc["_revisions"]["ids"][0].get<std::string>();
                             }),
                      Op::Pull);
    }
    SECTION("a history with a malformed hash") {
        for (const std::string& hash : {std::string("not a hash!"), std::string(), std::string(200, 'a'), kMarker}) {
            INFO("hash of " << hash.size() << " characters");
            expectRefused(mutate(scene, Endpoint::BulkGet,
                                 [&](json& b) {
                                     json& doc = firstOk(b);
                                     doc["_revisions"]["ids"][doc["_revisions"]["ids"].size() - 1] = hash;
                                 }),
                          Op::Pull);
        }
    }
    SECTION("_changes lists malformed revisions") {
        const std::vector<std::string> revs = {"abc", "1-", "-1-abc", "0-abc", "1-ab cd", "99999999999-abc",
                                               "2-" + std::string(200, 'a'), "1-" + kMarker};
        for (const auto& rev : revs) {
            INFO("rev of " << rev.size() << " characters");
            expectRefused(mutate(scene, Endpoint::Changes, [&](json& b) { b["results"][0]["changes"][0]["rev"] = rev; }),
                          Op::Pull);
        }
    }
    SECTION("_changes carries a doc whose _id is not the row's") {
        expectRefused(mutate(scene, Endpoint::Changes,
                             [&](json& b) {
                                 for (auto& row : b["results"])
                                     if (row.contains("doc"))
                                         row["doc"]["_id"] = "contact:planted";
                             }),
                      Op::Pull);
    }
    SECTION("_changes with an id that is not UTF-8") {
        expectRefused(replace(scene, Endpoint::Changes,
                              [] {
                                  return HostileAnswer::text(
                                      200, "{\"results\":[{\"seq\":9,\"id\":\"contact:\xc3\x28\",\"changes\":[{\"rev\":\"1-" +
                                               hx(1) + "\"}]}],\"last_seq\":9}");
                              }),
                      Op::Pull);
    }
    SECTION("_revs_diff answers for ids that were not asked") {
        expectRefused(mutate(scene, Endpoint::RevsDiff,
                             [](json& b) { b["contact:planted"] = {{"missing", {"1-" + hx(5)}}}; }),
                      Op::Push);
    }
    SECTION("_revs_diff asks for revisions that were not offered") {
        expectRefused(mutate(scene, Endpoint::RevsDiff,
                             [](json& b) {
                                 for (auto& [id, entry] : b.items())
                                     entry["missing"].push_back("1-" + hx(55));
                             }),
                      Op::Push);
    }
    SECTION("_revs_diff asks for malformed revisions") {
        expectRefused(mutate(scene, Endpoint::RevsDiff,
                             [](json& b) {
                                 for (auto& [id, entry] : b.items())
                                     entry["missing"] = {"not-a-rev!"};
                             }),
                      Op::Push);
    }
    SECTION("_bulk_docs reports errors for documents that were not sent") {
        expectRefused(replace(scene, Endpoint::BulkDocs,
                              [] {
                                  return HostileAnswer::json(
                                      201, json::array({{{"id", "contact:planted"}, {"error", "forbidden"}, {"reason", "no"}}}));
                              },
                              true),
                      Op::Push);
    }

    SECTION("a mixed batch: only the valid documents go in, the checkpoint stays") {
        // _bulk_get answers three documents: contact:r1 and contact:r5 as they are, contact:r2
        // with a history that gives one of its known revisions another parent.
        const auto before = snapshot(scene);
        scene.setHostility(mutate(scene, Endpoint::BulkGet, [](json& b) {
            for (auto& result : b["results"])
                for (auto& item : result["docs"])
                    if (item.contains("ok") && item["ok"]["_id"] == "contact:r2")
                        item["ok"]["_revisions"]["ids"][2] = hx(66);  // 2-hx(3) becomes 2-hx(66)
        }));
        const auto outcome = run(scene, Op::Pull);
        checkFailed(scene, outcome, SyncError::BadResponse);
        const auto after = snapshot(scene);
        CHECK(invalidChanges(before, after, remote).empty());
        CHECK(after.docs.at("contact:r2") == before.docs.at("contact:r2"));
        CHECK(after.locals.at("pull checkpoint") == before.locals.at("pull checkpoint"));
        CHECK(after.locals.at("set-aside list") == before.locals.at("set-aside list"));
        REQUIRE(scene.vault->verify().ok());
    }

    SECTION("a mixed batch with a planted id and a bad history: nothing goes in") {
        const auto before = snapshot(scene);
        scene.setHostility(mutate(scene, Endpoint::BulkGet, [](json& b) {
            for (auto& result : b["results"])
                for (auto& item : result["docs"]) {
                    if (!item.contains("ok"))
                        continue;
                    if (item["ok"]["_id"] == "contact:r5")
                        item["ok"]["_id"] = "contact:r5-planted";
                    if (item["ok"]["_id"] == "contact:r2")
                        item["ok"]["_revisions"]["ids"][0] = hx(67);
                }
        }));
        const auto outcome = run(scene, Op::Pull);
        checkFailed(scene, outcome, SyncError::BadResponse);
        const auto after = snapshot(scene);
        CHECK(invalidChanges(before, after, remote).empty());
        CHECK_FALSE(after.docs.contains("contact:r5-planted"));
        CHECK(after.locals.at("pull checkpoint") == before.locals.at("pull checkpoint"));
        REQUIRE(scene.vault->verify().ok());
    }

    SECTION("_changes lists ids the vault refuses: set aside, the rest goes on") {
        // Ids CouchDB may hold but a vault never does (reserved, control characters, empty, too
        // long) are the vault's refusal, not the server's fault: they are set aside like any
        // document the vault refuses, and the valid changes of the page are stored.
        const std::vector<std::string> refusedIds = {"_planted", "contact:\x01tab", "", "contact:" + std::string(600, 'x')};
        const auto before = snapshot(scene);
        scene.setHostility(mutate(scene, Endpoint::Changes, [&](json& b) {
            int n = 0;
            for (const auto& id : refusedIds) {
                json doc = remoteDoc(id, {80 + n});
                b["results"].push_back({{"seq", b["last_seq"]}, {"id", id}, {"changes", {{{"rev", doc["_rev"]}}}}, {"doc", doc}});
                ++n;
            }
        }));
        const auto outcome = run(scene, Op::Pull);
        REQUIRE(outcome.result.ok());
        CHECK(outcome.result->setAside == refusedIds.size());
        CHECK(outcome.result->pulled == 4);
        const auto after = snapshot(scene);
        CHECK(invalidChanges(before, after, remote).empty());
        for (const auto& id : refusedIds)
            CHECK_FALSE(after.docs.contains(id));
        sync::ReplicationStore store(*scene.vault);
        auto setAside = store.setAside();
        REQUIRE(setAside.ok());
        std::set<std::string> listed;
        for (const auto& entry : *setAside) {
            listed.insert(entry.id);
            CHECK(entry.reason == "vault.invalid_document_id");
        }
        CHECK(listed == std::set<std::string>(refusedIds.begin(), refusedIds.end()));
        REQUIRE(scene.vault->verify().ok());
    }
    healAndConverge(scene);
}

TEST_CASE("hostile server: huge, endless, slow and lying answers are cut off", "[sync][hostile]") {
    Scene scene;
    const auto rssBefore = maxRssKiB();
    const auto before = snapshot(scene);
    // The exchange with `endpoint` ended with the client hanging up after at most about
    // maxResponseBytes.
    auto checkHungUp = [&](Endpoint endpoint) {
        const auto exchange = settledExchange(scene.front, endpoint);
        INFO(nameOf(endpoint) << ": " << exchange.bytesSent << " bytes sent");
        CHECK(exchange.peerHungUp);
        CHECK(exchange.bytesSent <= kMaxResponse + kSocketSlack);
    };
    auto attempt = [&](Endpoint endpoint, std::function<HostileAnswer()> answer, SyncError expected) {
        scene.setHostility(replace(scene, endpoint, std::move(answer)));
        const auto outcome = run(scene, opFor(endpoint));
        checkFailed(scene, outcome, expected);
        CHECK(differences(before, snapshot(scene)).empty());
        return outcome;
    };

    SECTION("a Content-Length beyond maxResponseBytes") {
        for (const auto endpoint : {Endpoint::Changes, Endpoint::BulkGet, Endpoint::LocalGet, Endpoint::RevsDiff}) {
            INFO(nameOf(endpoint));
            attempt(endpoint, [] { return HostileAnswer::huge(R"({"results":[)", 64 * kMaxResponse, true); },
                    SyncError::BadResponse);
            checkHungUp(endpoint);
        }
    }
    SECTION("a chunked body beyond maxResponseBytes") {
        for (const auto endpoint : {Endpoint::Changes, Endpoint::BulkGet, Endpoint::BulkDocs}) {
            INFO(nameOf(endpoint));
            attempt(endpoint, [] { return HostileAnswer::huge(R"({"results":[)", 8 * kMaxResponse, false); },
                    SyncError::BadResponse);
            checkHungUp(endpoint);
        }
    }
    SECTION("an endless stream") {
        const std::string row = R"({"seq":1,"id":"contact:endless","changes":[{"rev":"1-)" + hx(1) + R"("}]},)";
        for (const auto endpoint : {Endpoint::Changes, Endpoint::BulkGet, Endpoint::LocalGet, Endpoint::RevsDiff,
                                    Endpoint::BulkDocs}) {
            INFO(nameOf(endpoint));
            attempt(endpoint, [&] { return HostileAnswer::endless(R"({"results":[)", row); }, SyncError::BadResponse);
            checkHungUp(endpoint);
        }
    }
    SECTION("a gzip bomb") {
        const std::string bomb = gzipBomb(R"({"results":[],"last_seq":0,"pad":")", std::size_t{64} << 20, R"("})");
        CHECK(bomb.size() < kMaxResponse / 8);
        attempt(Endpoint::Changes,
                [&] {
                    auto answer = HostileAnswer::text(200, bomb);
                    answer.headers.emplace_back("Content-Encoding", "gzip");
                    return answer;
                },
                SyncError::BadResponse);
    }
    // A header that never ends, or never-ending header lines or interim answers: the server is
    // broken, not the network, so BadResponse (not the transient Offline) after about libcurl's
    // header limit.
    SECTION("an endless header") {
        attempt(Endpoint::Changes,
                [] {
                    HostileAnswer answer;
                    answer.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Endless: ";
                    answer.more = [](std::uint64_t) -> std::optional<std::string> { return std::string(16384, 'h'); };
                    return answer;
                },
                SyncError::BadResponse);
        checkHungUp(Endpoint::Changes);
    }
    SECTION("endless header lines") {
        attempt(Endpoint::Changes,
                [] {
                    HostileAnswer answer;
                    answer.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
                    std::string lines;
                    for (int i = 0; i < 256; ++i)
                        lines += "X-Line-" + std::to_string(i) + ": " + std::string(50, 'v') + "\r\n";
                    answer.more = [lines](std::uint64_t) -> std::optional<std::string> { return lines; };
                    return answer;
                },
                SyncError::BadResponse);
        checkHungUp(Endpoint::Changes);
    }
    SECTION("endless 1xx interim answers") {
        attempt(Endpoint::Changes,
                [] {
                    HostileAnswer answer;
                    answer.raw = "";
                    answer.more = [](std::uint64_t) -> std::optional<std::string> {
                        std::string block;
                        for (int i = 0; i < 200; ++i)
                            block += "HTTP/1.1 102 Processing\r\nX-Pad: " + std::string(40, 'p') + "\r\n\r\n";
                        return block;
                    };
                    return answer;
                },
                SyncError::BadResponse);
        checkHungUp(Endpoint::Changes);
    }
    SECTION("garbage instead of HTTP") {
        attempt(Endpoint::Changes, [] { return HostileAnswer::rawBytes("SSH-2.0-OpenSSH_9.2\r\n" + kMarker + "\r\n\r\n"); },
                SyncError::BadResponse);
    }
    SECTION("a trickle of 4 bytes every 250 ms: Timeout (requestTimeout)") {
        const std::string body = R"({"results":[],"last_seq":")" + std::string(2000, '1') + R"("})";
        const auto outcome =
            attempt(Endpoint::Changes, [&] { return HostileAnswer::trickle(body, 250ms, 4); }, SyncError::Timeout);
        CHECK(outcome.elapsed >= 2s);  // requestTimeout, not stall detection (16 bytes a second)
        checkHungUp(Endpoint::Changes);
    }
    SECTION("a trickle, with retries: each attempt is cut off, the attempts are bounded") {
        const std::string body = R"({"results":[],"last_seq":")" + std::string(200, '1') + R"("})";
        scene.setHostility(replace(scene, Endpoint::Changes, [&] { return HostileAnswer::trickle(body, 500ms); }));
        scene.front.resetCounts();
        const auto outcome = run(scene, Op::SyncWithRetry);
        checkFailed(scene, outcome, SyncError::Timeout);
        CHECK(countRequests(scene.front, Endpoint::Changes) == 3);  // retry.maxAttempts
        CHECK(differences(before, snapshot(scene)).empty());
    }
    SECTION("a stall after the head: Timeout (lowSpeedTime)") {
        for (const auto endpoint : {Endpoint::Changes, Endpoint::BulkDocs}) {
            INFO(nameOf(endpoint));
            attempt(endpoint, [] { return HostileAnswer::stallAfterHead(R"({"results":[)"); }, SyncError::Timeout);
            checkHungUp(endpoint);
        }
    }
    SECTION("silence: Timeout") {
        attempt(Endpoint::LocalGet, [] { return HostileAnswer::silence(); }, SyncError::Timeout);
        checkHungUp(Endpoint::LocalGet);
    }
    SECTION("a Content-Length larger than what is sent, then a close: Offline, retried a bounded number of times") {
        const std::string partial = R"({"results":[{"seq":1,"id":"contact:r9","doc":{"note":")" + kMarker;
        attempt(Endpoint::Changes, [&] { return HostileAnswer::lyingLength(partial, 5000); }, SyncError::Offline);
        scene.front.resetCounts();
        const auto outcome = run(scene, Op::SyncWithRetry);
        checkFailed(scene, outcome, SyncError::Offline);
        CHECK(countRequests(scene.front, Endpoint::Changes) == 3);
        CHECK(differences(before, snapshot(scene)).empty());
    }
    SECTION("a Content-Length larger than what is sent, the connection held: Timeout") {
        attempt(Endpoint::BulkGet,
                [] { return HostileAnswer::lyingLength(R"({"results":[)", 5000, HostileAnswer::End::Hold); },
                SyncError::Timeout);
        checkHungUp(Endpoint::BulkGet);
    }
    SECTION("a chunked body cut off by a close or a reset: Offline") {
        for (const auto end : {HostileAnswer::End::Close, HostileAnswer::End::Reset}) {
            attempt(Endpoint::BulkGet,
                    [end] {
                        auto answer = HostileAnswer::text(200, R"({"results":[{"id":"contact:r1","docs":[{"ok":{"note":")" + kMarker);
                        answer.framing = HostileAnswer::Framing::Chunked;
                        answer.cutShort = true;
                        answer.end = end;
                        return answer;
                    },
                    SyncError::Offline);
        }
    }
    const auto rssGrowthKiB = maxRssKiB() - rssBefore;
    INFO("peak memory grew by " << rssGrowthKiB << " KiB");
    CHECK(rssGrowthKiB < 64 * 1024);
    healAndConverge(scene);
}

TEST_CASE("hostile server: redirects to another host are not followed", "[sync][hostile]") {
    // "The other host": it would answer anything, and must never be asked.
    HostileServer elsewhere([](const HostileRequest&) {
        return HostileAnswer::json(200, {{"results", json::array()}, {"last_seq", 0}, {"ok", true}, {"rev", "1-a"}});
    });
    Scene scene;
    const auto status = GENERATE(301, 302, 303, 307, 308);
    const auto before = snapshot(scene);
    for (const auto endpoint : {Endpoint::LocalGet, Endpoint::Changes, Endpoint::BulkGet, Endpoint::LocalPut,
                                Endpoint::RevsDiff, Endpoint::BulkDocs}) {
        INFO(status << " for " << nameOf(endpoint));
        const auto remote = remoteState(scene.direct);
        const auto start = snapshot(scene);
        scene.setHostility(replace(scene, endpoint, [&elsewhere, status] {
            return HostileAnswer::redirect(status, elsewhere.url() + "/elsewhere/_changes");
        }));
        const auto outcome = run(scene, opFor(endpoint));
        checkFailed(scene, outcome, SyncError::BadResponse);
        CHECK(elsewhere.requestCount() == 0);
        CHECK(elsewhere.connectionCount() == 0);
        const auto after = snapshot(scene);
        CHECK(invalidChanges(start, after, remote).empty());
        CHECK(after.locals.at("pull checkpoint") == before.locals.at("pull checkpoint"));
        CHECK(after.locals.at("push checkpoint") == before.locals.at("push checkpoint"));
    }
    SECTION("every request redirected, with retries: one attempt") {
        scene.setHostility([&elsewhere, status](const HostileRequest& request) -> std::optional<HostileAnswer> {
            return HostileAnswer::redirect(status, elsewhere.url() + request.target);
        });
        scene.front.resetCounts();
        const auto outcome = run(scene, Op::SyncWithRetry);
        checkFailed(scene, outcome, SyncError::BadResponse);
        CHECK(scene.front.requestCount() == 1);
        CHECK(elsewhere.requestCount() == 0);
    }
    healAndConverge(scene);
}

TEST_CASE("hostile server: the session login answer", "[sync][hostile][auth]") {
    HostileServer elsewhere([](const HostileRequest&) { return HostileAnswer::json(200, {{"ok", true}}); });
    sync::ClientOptions options = tightOptions();
    options.credentials = sync::Credentials{sync::Credentials::Scheme::Session, "courier", kPassword};
    Scene scene(options);
    const auto before = snapshot(scene);
    auto login = [&](std::function<HostileAnswer()> answer, SyncError expected) {
        scene.setHostility(replace(scene, Endpoint::Session, std::move(answer)));
        scene.makeReplicator();  // not logged in yet
        const auto outcome = run(scene, Op::Sync);
        checkFailed(scene, outcome, expected);
        CHECK(differences(before, snapshot(scene)).empty());
        return outcome;
    };
    SECTION("malformed JSON, no cookie") {
        for (const auto& variant : malformedBodies()) {
            INFO(variant.name);
            login([&] { return HostileAnswer::text(200, variant.body); }, SyncError::BadResponse);
        }
    }
    SECTION("malformed JSON or wrong types, with a cookie") {
        // A cookie alone does not make an answer CouchDB's {"ok":true,"name":...,"roles":[...]}.
        auto bodies = malformedBodies();
        bodies.push_back({"an array", R"([true])"});
        bodies.push_back({"ok a string, name a number", R"({"ok":"yes","name":5,"roles":"admin"})"});
        for (const auto& variant : bodies) {
            INFO(variant.name);
            login(
                [&] {
                    auto answer = HostileAnswer::text(200, variant.body);
                    answer.headers.emplace_back("Set-Cookie", "AuthSession=Y291cmllcjoxMjM0; Path=/");
                    return answer;
                },
                SyncError::BadResponse);
        }
    }
    SECTION("an endless answer") {
        login([] { return HostileAnswer::endless(R"({"ok":true,"roles":[)", R"("role",)"); }, SyncError::BadResponse);
        const auto exchange = settledExchange(scene.front, Endpoint::Session);
        CHECK(exchange.peerHungUp);
        CHECK(exchange.bytesSent <= kMaxResponse + kSocketSlack);
    }
    SECTION("a trickle: Timeout") {
        login([] { return HostileAnswer::trickle(R"({"ok":true,"name":"courier","roles":[]})" + std::string(100, ' '), 500ms); },
              SyncError::Timeout);
    }
    SECTION("a redirect to another host") {
        for (const int status : {301, 302, 307, 308}) {
            login([&] { return HostileAnswer::redirect(status, elsewhere.url() + "/_session"); }, SyncError::BadResponse);
        }
        CHECK(elsewhere.requestCount() == 0);
    }
    healAndConverge(scene);
}

TEST_CASE("hostile server: GET / and PUT db through the client", "[sync][hostile][client]") {
    HostileServer elsewhere([](const HostileRequest&) { return HostileAnswer::json(200, {{"ok", true}}); });
    std::mutex mutex;
    std::function<HostileAnswer()> next;
    HostileServer server([&](const HostileRequest&) {
        std::lock_guard lock(mutex);
        return next();
    });
    auto use = [&](std::function<HostileAnswer()> answer) {
        std::lock_guard lock(mutex);
        next = std::move(answer);
    };
    auto endpoint = sync::RemoteEndpoint::parse(server.url() + "/db");
    REQUIRE(endpoint.ok());
    auto made = sync::CouchClient::create(*endpoint, tightOptions());
    REQUIRE(made.ok());
    sync::CouchClient& client = *made;
    auto check = [&](const char* name, auto call, SyncError expected) {
        INFO(name);
        const auto start = SteadyClock::now();
        const auto result = call();
        const auto elapsed = SteadyClock::now() - start;
        CHECK_FALSE(result.ok());
        if (result.ok())
            return;
        const Error& error = result.error();
        const bool leaks = error.detail().find(kMarker) != std::string::npos;
        INFO("error " << error.name() << ": " << (leaks ? std::string("(detail withheld)") : error.detail()));
        CHECK(error.is(expected));
        CHECK_FALSE(error.message().empty());
        CHECK_FALSE(leaks);
        CHECK(elapsed < kSafetyBound);
    };
    auto serverInfo = [&] { return client.serverInfo(); };
    auto ensureDatabase = [&] { return client.ensureDatabase(); };

    SECTION("malformed JSON") {
        for (const auto& variant : malformedBodies()) {
            INFO(variant.name);
            use([&] { return HostileAnswer::text(200, variant.body); });
            check("serverInfo", serverInfo, SyncError::BadResponse);
            check("ensureDatabase", ensureDatabase, SyncError::BadResponse);
            // "Created" with a body that is not CouchDB's {"ok":true} is not CouchDB either.
            use([&] { return HostileAnswer::text(201, variant.body); });
            check("ensureDatabase (201)", ensureDatabase, SyncError::BadResponse);
        }
    }
    SECTION("wrong types") {
        for (const json& body : {json::array({1, 2}), json("couchdb"), json(7)}) {
            use([&] { return HostileAnswer::json(200, body); });
            check("serverInfo", serverInfo, SyncError::BadResponse);
            check("ensureDatabase", ensureDatabase, SyncError::BadResponse);
        }
    }
    SECTION("huge, endless, slow") {
        use([] { return HostileAnswer::huge(R"({"couchdb":")", 2 * kMaxResponse, true, R"("})"); });
        check("serverInfo", serverInfo, SyncError::BadResponse);
        use([] { return HostileAnswer::endless(R"({"couchdb":[)", R"("welcome",)"); });
        check("serverInfo", serverInfo, SyncError::BadResponse);
        check("ensureDatabase", ensureDatabase, SyncError::BadResponse);
        use([] { return HostileAnswer::trickle(R"({"couchdb":"Welcome"})" + std::string(100, ' '), 500ms); });
        check("serverInfo", serverInfo, SyncError::Timeout);
    }
    SECTION("redirects to another host") {
        for (const int status : {301, 302, 303, 307, 308}) {
            use([&] { return HostileAnswer::redirect(status, elsewhere.url() + "/"); });
            check("serverInfo", serverInfo, SyncError::BadResponse);
            check("ensureDatabase", ensureDatabase, SyncError::BadResponse);
        }
        CHECK(elsewhere.requestCount() == 0);
    }
}
