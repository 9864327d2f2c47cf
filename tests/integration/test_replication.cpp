// The replicator against a real pouchdb-server: round trips, idempotence,
// checkpoints, conflict policies between two devices, refusals, the kiosk
// purge, progress, retry and continuous mode.
#include "demo_data.h"
#include "fault_proxy.h"
#include "replication_fixture.h"
#include "tls_tunnel.h"

#include "intake/core/config.h"
#include "intake/platform/memory_key_store.h"
#include "intake/sync/credentials.h"
#include "intake/sync/conflict_policy.h"
#include "intake/sync/needs_attention.h"
#include "intake/sync/replication_store.h"

#include <curl/curl.h>

#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <random>
#include <set>
#include <thread>

using namespace intake;
using namespace intake::test;
using nlohmann::json;
using sync::ReplicationOptions;
using sync::SyncStatus;

namespace {

Document put(Vault& vault, const std::string& id, json body, const std::string& parent = {}) {
    auto stored = vault.put(PutRequest{id, std::move(body), parent, false});
    if (!stored)
        FAIL("put " << id << ": " << stored.error().name());
    return *stored;
}

Document current(Vault& vault, const std::string& id) {
    auto doc = vault.get(id);
    if (!doc)
        FAIL("get " << id << ": " << doc.error().name());
    return *doc;
}

// Syncs both devices until neither has anything left to move.
void settle(Device& a, Device& b) {
    for (int round = 0; round < 3; ++round) {
        a.sync();
        b.sync();
    }
}

std::vector<DemoRecord> demoRecords(std::size_t count) {
    const auto config = *Config::fromDocuments(Config::gothenburgSeed());
    const auto year = generateDemoYear(config);
    REQUIRE(year.size() >= count);
    // Every kind of record, spread over the year.
    std::vector<DemoRecord> records;
    for (std::size_t i = 0; i < count; ++i)
        records.push_back(year[i * year.size() / count]);
    return records;
}

void store(Vault& vault, const std::vector<DemoRecord>& records) {
    std::vector<PutRequest> batch;
    for (const auto& [id, body] : records) {
        batch.push_back(PutRequest{id, body, {}, false});
        if (batch.size() == 1000) {
            REQUIRE(vault.putAll(batch).ok());
            batch.clear();
        }
    }
    if (!batch.empty())
        REQUIRE(vault.putAll(batch).ok());
}

std::size_t leafCount(const TreeMap& trees) {
    std::size_t count = 0;
    for (const auto& [id, leaves] : trees)
        count += leaves.size();
    return count;
}

bool hasAttention(Vault& vault, const std::string& id, const std::string& reason) {
    auto items = sync::needsAttention(vault);
    REQUIRE(items.ok());
    return std::any_of(items->begin(), items->end(),
                       [&](const sync::AttentionItem& item) { return item.id == id && item.reason == reason; });
}

}  // namespace

TEST_CASE("10,000 documents pushed and pulled keep their ids and revision trees", "[sync][replication][roundtrip]") {
    PouchPeer peer;
    const auto db = peer.createDatabase("roundtrip");
    Device a(db);
    Device b(db);

    const auto records = demoRecords(10000);
    store(a.vault(), records);
    // Some history, some tombstones and some conflicts with no rule (contacts
    // and audit entries keep both branches until a person chooses).
    std::size_t edited = 0, deleted = 0, conflicted = 0;
    for (std::size_t i = 0; i < records.size(); i += 17) {
        const auto& [id, body] = records[i];
        auto doc = current(a.vault(), id);
        if (i % 3 == 0) {
            REQUIRE(a.vault().remove(id, doc.rev).ok());
            ++deleted;
        } else {
            auto changed = body;
            changed["note_edit"] = static_cast<int>(i);
            put(a.vault(), id, changed, doc.rev);
            ++edited;
        }
    }
    for (const auto& [id, body] : records) {
        if (body.value("type", "") != "contact" || conflicted == 50)
            continue;
        auto doc = a.vault().get(id);
        if (!doc || !doc->rev.starts_with("1-"))
            continue;  // edited or deleted above
        auto branch = body;
        branch["count"] = 99;
        RevisionInsert other{id, {"2-" + std::string(32, 'c'), doc->rev}, false, branch};
        auto inserted = a.vault().insertRevisions(std::span(&other, 1));
        REQUIRE(inserted.ok());
        REQUIRE_FALSE(inserted->at(0).error);
        ++conflicted;
    }
    REQUIRE(edited > 300);
    REQUIRE(deleted > 150);
    REQUIRE(conflicted == 50);

    const auto local = vaultTrees(a.vault());
    REQUIRE(local.size() == 10000);

    const auto pushed = a.push();
    CHECK(pushed.pushed == leafCount(local));
    CHECK(pushed.setAside == 0);
    CHECK(remoteTrees(db) == local);

    const auto pulled = b.pull();
    CHECK(pulled.pulled == leafCount(local));
    CHECK(pulled.resolved == 0);  // contacts have no rule: the conflicts stay for a person
    CHECK(vaultTrees(b.vault()) == local);
    CHECK(vaultWinners(b.vault()) == vaultWinners(a.vault()));

    SECTION("pushing again makes no new revisions") {
        const auto before = b.replicator().requestCount();
        CHECK(a.push().pushed == 0);
        // A vault that has everything and no push checkpoint yet: _revs_diff
        // says the server has it all, so nothing is written.
        CHECK(b.push().pushed == 0);
        CHECK(b.replicator().requestCount() > before);
        CHECK(remoteTrees(db) == local);
        CHECK(b.pull().pulled == 0);
        CHECK(vaultTrees(b.vault()) == local);
    }

    SECTION("a new document moves alone after a restart (checkpoints on both sides)") {
        a.restart();
        put(a.vault(), "contact:after-restart", json{{"type", "contact"}, {"count", 1}});
        const auto requestsBefore = a.replicator().requestCount();
        CHECK(a.push().pushed == 1);
        // Load both checkpoints, one changes batch: revs_diff, bulk_docs, checkpoint.
        CHECK(a.replicator().requestCount() - requestsBefore <= 6);
        b.restart();
        CHECK(b.pull().pulled == 1);
        CHECK(current(b.vault(), "contact:after-restart").body["count"] == 1);
    }
}

TEST_CASE("a server that lost the checkpoint gets everything again", "[sync][replication][checkpoint]") {
    PouchPeer peer;
    Device a(peer.createDatabase("first"));
    store(a.vault(), demoRecords(300));
    CHECK(a.push().pushed == 300);
    CHECK(a.push().pushed == 0);

    // The same URL, but the database was dropped and made again (a restore
    // on the server side): the remote checkpoint is gone, so the push starts
    // over instead of trusting the local one.
    {
        CURL* curl = curl_easy_init();
        const auto url = peer.url() + "/first";
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "DELETE");
        REQUIRE(curl_easy_perform(curl) == CURLE_OK);
        curl_easy_cleanup(curl);
    }
    peer.createDatabase("first");
    a.restart();
    CHECK(a.push().pushed == 300);
    CHECK(leafCount(remoteTrees(peer.url() + "/first")) == 300);
}

TEST_CASE("two devices that edited the same records offline end with the same winners", "[sync][replication][conflict]") {
    PouchPeer peer;
    const auto db = peer.createDatabase("shared");
    Device a(db);
    Device b(db);

    SECTION("a visit's status only moves forward") {
        put(a.vault(), "visit:1", json{{"type", "visit"}, {"status", "waiting"}, {"ticket", "A1"}});
        settle(a, b);
        auto onA = current(a.vault(), "visit:1");
        auto onB = current(b.vault(), "visit:1");
        auto called = onA.body;
        called["status"] = "called";
        called["desk"] = "3";
        put(a.vault(), "visit:1", called, onA.rev);
        auto left = onB.body;
        left["status"] = "left";
        put(b.vault(), "visit:1", left, onB.rev);
        settle(a, b);
        CHECK(current(a.vault(), "visit:1").body["status"] == "left");
        CHECK(current(b.vault(), "visit:1").body["status"] == "left");
        CHECK(current(a.vault(), "visit:1").conflicts.empty());
        CHECK(vaultTrees(a.vault()) == remoteTrees(db));
        CHECK(vaultTrees(b.vault()) == remoteTrees(db));
    }

    SECTION("of a bed given twice the earlier allocation wins and the other is flagged") {
        const json base{{"type", "bed_night"}, {"shelter", "overnight-centrum"}, {"night", "2026-11-22"},
                        {"bed", 10},           {"kind", "unassessed"},          {"filled_by", "field"},
                        {"gender", "man"},     {"status", "given"}};
        auto early = base;
        early["person_code"] = "P-EARLY";
        early["given_at"] = "2026-11-22T18:00:00Z";
        early["given_by"] = "worker-a";
        auto late = base;
        late["person_code"] = "P-LATE";
        late["given_at"] = "2026-11-22T18:30:00Z";
        late["given_by"] = "worker-b";
        const std::string id = "bed_night:overnight-centrum:2026-11-22:10";
        // The later one reaches the server first.
        put(b.vault(), id, late);
        b.sync();
        put(a.vault(), id, early);
        settle(a, b);
        for (Vault* vault : {&a.vault(), &b.vault()}) {
            const auto bed = current(*vault, id);
            CHECK(bed.body["person_code"] == "P-EARLY");
            CHECK(bed.conflicts.empty());
            REQUIRE(bed.body["displaced"].is_array());
            REQUIRE(bed.body["displaced"].size() == 1);
            CHECK(bed.body["displaced"][0]["given_by"] == "worker-b");
            CHECK(hasAttention(*vault, id, "displaced_allocation"));
        }
        CHECK(vaultTrees(a.vault()) == remoteTrees(db));
        CHECK(vaultTrees(b.vault()) == remoteTrees(db));

        // The worker settles it on one device; the flag goes away everywhere.
        REQUIRE(sync::settleDisplaced(b.vault(), id).ok());
        settle(a, b);
        CHECK_FALSE(current(a.vault(), id).body.contains("displaced"));
        CHECK_FALSE(hasAttention(a.vault(), id, "displaced_allocation"));
    }

    SECTION("a booking: the visitor's cancellation beats the central decision, which beats requested") {
        put(a.vault(), "booking_request:1", json{{"type", "booking_request"}, {"status", "requested"}});
        put(a.vault(), "booking_request:2", json{{"type", "booking_request"}, {"status", "requested"}});
        settle(a, b);
        for (const char* id : {"booking_request:1", "booking_request:2"}) {
            auto onA = current(a.vault(), id);
            auto confirmed = onA.body;
            confirmed["status"] = "confirmed";
            put(a.vault(), id, confirmed, onA.rev);
        }
        auto one = current(b.vault(), "booking_request:1");
        auto cancelled = one.body;
        cancelled["status"] = "cancelled";
        put(b.vault(), "booking_request:1", cancelled, one.rev);
        auto two = current(b.vault(), "booking_request:2");
        auto stillRequested = two.body;
        stillRequested["phone"] = "+46701234567";
        put(b.vault(), "booking_request:2", stillRequested, two.rev);
        settle(a, b);
        for (Vault* vault : {&a.vault(), &b.vault()}) {
            CHECK(current(*vault, "booking_request:1").body["status"] == "cancelled");
            CHECK(current(*vault, "booking_request:2").body["status"] == "confirmed");
        }
        CHECK(vaultTrees(a.vault()) == remoteTrees(db));
    }

    SECTION("config is the server's") {
        put(a.vault(), "config:sites", json{{"type", "config"}, {"version", 1}});
        settle(a, b);
        // The central service publishes version 2; a device changed its copy.
        auto client = clientFor(db);
        auto onServer = current(a.vault(), "config:sites");
        json published{{"_id", "config:sites"}, {"type", "config"}, {"version", 2}};
        const auto head = *RevisionId::parse(onServer.rev);
        published["_rev"] = "2-" + std::string(32, '0');
        published["_revisions"] = json{{"start", 2}, {"ids", {std::string(32, '0'), head.hash}}};
        auto written = client.bulkDocsNoNewEdits({published});
        REQUIRE(written.ok());
        auto local = onServer.body;
        local["version"] = 99;
        local["note"] = std::string(40, 'z');  // a body whose revision hash would otherwise win
        put(a.vault(), "config:sites", local, onServer.rev);
        settle(a, b);
        CHECK(current(a.vault(), "config:sites").body["version"] == 2);
        CHECK(current(b.vault(), "config:sites").body["version"] == 2);
        CHECK(vaultTrees(a.vault()) == remoteTrees(db));
    }

    SECTION("a conflict with no rule is shown to a person and settled once for all") {
        put(a.vault(), "contact:1", json{{"type", "contact"}, {"count", 1}});
        settle(a, b);
        auto onA = current(a.vault(), "contact:1");
        auto onB = current(b.vault(), "contact:1");
        auto bodyA = onA.body;
        bodyA["count"] = 2;
        const auto revA = put(a.vault(), "contact:1", bodyA, onA.rev).rev;
        auto bodyB = onB.body;
        bodyB["count"] = 3;
        put(b.vault(), "contact:1", bodyB, onB.rev);
        settle(a, b);
        CHECK(current(a.vault(), "contact:1").conflicts.size() == 1);
        CHECK(hasAttention(a.vault(), "contact:1", "unresolved_conflict"));
        CHECK(hasAttention(b.vault(), "contact:1", "unresolved_conflict"));
        CHECK(vaultWinners(a.vault()) == vaultWinners(b.vault()));

        REQUIRE(sync::keepRevision(b.vault(), "contact:1", revA).ok());
        settle(a, b);
        for (Vault* vault : {&a.vault(), &b.vault()}) {
            CHECK(current(*vault, "contact:1").body["count"] == 2);
            CHECK(current(*vault, "contact:1").conflicts.empty());
            CHECK_FALSE(hasAttention(*vault, "contact:1", "unresolved_conflict"));
        }
        CHECK(vaultTrees(a.vault()) == remoteTrees(db));
    }
}

TEST_CASE("a document the server refuses is set aside and the rest go on", "[sync][replication][rejected]") {
    PouchPeer peer;
    const auto db = peer.createDatabase("guarded");
    auto client = clientFor(db);
    json design{{"_id", "_design/guard"},
                {"_rev", "1-" + std::string(32, 'd')},
                {"validate_doc_update",
                 "function (doc) { if (doc.bad) { throw({forbidden: 'no bad documents'}); } }"}};
    REQUIRE(client.bulkDocsNoNewEdits({design}).ok());

    Device a(db);
    for (int i = 0; i < 20; ++i)
        put(a.vault(), "contact:" + std::to_string(100 + i),
            json{{"type", "contact"}, {"count", i}, {"bad", i == 7}});
    const auto first = a.push();
    CHECK(first.pushed == 19);
    CHECK(first.setAside == 1);
    CHECK(remoteTrees(db).size() == 19);
    CHECK(hasAttention(a.vault(), "contact:107", "rejected_by_server"));
    CHECK(a.replicator().status().setAside == 1);
    // The queue moved on: the refused document is not sent again and again.
    CHECK(a.push().pushed == 0);

    // Corrected, it goes through and leaves the list.
    auto bad = current(a.vault(), "contact:107");
    bad.body["bad"] = false;
    put(a.vault(), bad.id, bad.body, bad.rev);
    CHECK(a.push().pushed == 1);
    CHECK(remoteTrees(db).size() == 20);
    CHECK_FALSE(hasAttention(a.vault(), "contact:107", "rejected_by_server"));
}

TEST_CASE("a kiosk drops its copies once the remote holds them", "[sync][replication][purge]") {
    PouchPeer peer;
    const auto db = peer.createDatabase("kiosk-inbox");
    ReplicationOptions options;
    options.pull = false;
    options.purgeAfterPush = true;
    options.batchSize = 7;  // several batches
    Device kiosk(db, options);
    for (int i = 0; i < 30; ++i)
        put(kiosk.vault(), "visit:" + std::to_string(1000 + i), json{{"type", "visit"}, {"status", "waiting"}});
    put(kiosk.vault(), "concern_report:1", json{{"type", "concern_report"}, {"status", "submitted"}});

    const auto report = kiosk.sync();
    CHECK(report.pushed == 31);
    CHECK(report.purged == 30);
    CHECK(remoteTrees(db).size() == 31);
    auto left = kiosk.vault().documentCount();
    REQUIRE(left.ok());
    CHECK(*left == 1);  // the report of concern stays until acknowledged
    CHECK(current(kiosk.vault(), "concern_report:1").body["status"] == "submitted");
    CHECK(kiosk.vault().get("visit:1000").error().is(VaultError::DocumentNotFound));

    // Nothing comes back and nothing is pushed twice.
    CHECK(kiosk.sync().pushed == 0);
    CHECK(remoteTrees(db).size() == 31);
}

TEST_CASE("a document written while its push is under way is not purged", "[sync][replication][purge]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    put(*vault, "visit:1", json{{"type", "visit"}, {"status", "waiting"}});
    auto changes = vault->changesSince(0);
    REQUIRE(changes.ok());
    const auto seenSeq = changes->back().seq;
    auto doc = current(*vault, "visit:1");
    auto called = doc.body;
    called["status"] = "called";
    put(*vault, "visit:1", called, doc.rev);
    sync::ReplicationStore store(*vault);
    auto purged = store.purgeIfSafe("visit:1", seenSeq);
    REQUIRE(purged.ok());
    CHECK_FALSE(*purged);
    CHECK(current(*vault, "visit:1").body["status"] == "called");
    auto latest = vault->changesSince(0);
    REQUIRE(latest.ok());
    auto again = store.purgeIfSafe("visit:1", latest->back().seq);
    REQUIRE(again.ok());
    CHECK(*again);
    CHECK(vault->get("visit:1").error().is(VaultError::DocumentNotFound));
}

namespace {

class RecordingObserver : public sync::SyncObserver {
public:
    void syncStatusChanged(const SyncStatus& status) override {
        std::lock_guard lock(mutex_);
        seen_.push_back(status);
    }
    std::vector<SyncStatus> seen() const {
        std::lock_guard lock(mutex_);
        return seen_;
    }

private:
    mutable std::mutex mutex_;
    std::vector<SyncStatus> seen_;
};

}  // namespace

TEST_CASE("progress reaches the observer", "[sync][replication][progress]") {
    auto peer = std::make_unique<PouchPeer>(PouchPeer::Options::onDisk());
    const auto db = peer->createDatabase("progress");
    VaultFixture fixture;
    auto vault = fixture.create();
    for (int i = 0; i < 120; ++i)
        put(*vault, "contact:" + std::to_string(i), json{{"type", "contact"}, {"count", i}});
    ManualClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 22}, std::chrono::minutes(60));
    RecordingObserver observer;
    ReplicationOptions options;
    options.batchSize = 50;
    options.retry.initial = std::chrono::milliseconds(100);
    options.retry.cap = std::chrono::milliseconds(400);
    options.retry.maxAttempts = 3;
    auto replicator = sync::Replicator::create(*vault, *sync::RemoteEndpoint::parse(db), {}, options, clock, &observer);
    REQUIRE(replicator.ok());
    CHECK((*replicator)->status().pendingPush == 120);

    SECTION("pending, pushed and the last success") {
        REQUIRE((*replicator)->pushOnce().ok());
        const auto status = (*replicator)->status();
        CHECK(status.pendingPush == 0);
        CHECK(status.pushed == 120);
        REQUIRE(status.lastSuccess.has_value());
        CHECK(*status.lastSuccess == clock.now());
        CHECK_FALSE(status.error.has_value());
        // Pending went down batch by batch.
        std::vector<std::int64_t> pending;
        for (const auto& seen : observer.seen())
            if (pending.empty() || pending.back() != seen.pendingPush)
                pending.push_back(seen.pendingPush);
        CHECK(pending == std::vector<std::int64_t>{120, 70, 20, 0});
    }

    SECTION("an unreachable server is a transient error, retried with backoff") {
        peer->stop();
        auto result = (*replicator)->syncWithRetry();
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().is(SyncError::Offline));
        CHECK(result.error().mayBeTransient());
        const auto seen = observer.seen();
        const auto waits = std::count_if(seen.begin(), seen.end(), [](const SyncStatus& s) {
            return s.state == SyncStatus::State::WaitingToRetry && s.retryIn && s.error;
        });
        CHECK(waits == 2);  // three attempts, two waits
        CHECK((*replicator)->status().error->is(SyncError::Offline));
        CHECK((*replicator)->status().pendingPush == 120);
    }

    SECTION("the server coming back during the backoff heals the sync") {
        peer->stop();
        options.retry.maxAttempts = 30;
        auto patient = sync::Replicator::create(*vault, *sync::RemoteEndpoint::parse(db), {}, options, clock, &observer);
        REQUIRE(patient.ok());
        // The peer is restarted from this thread (its child dies with the
        // thread that started it); the sync runs on another.
        Result<sync::SyncReport> result = Error(SyncError::Offline);
        std::thread syncing([&] { result = (*patient)->syncWithRetry(); });
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
        peer->restart();
        syncing.join();
        if (!result)
            FAIL(result.error().name() << " " << result.error().detail());
        CHECK(result->pushed == 120);
        CHECK_FALSE((*patient)->status().error.has_value());
    }

    SECTION("a database that does not exist stops at once (permanent)") {
        auto missing = sync::Replicator::create(*vault, *sync::RemoteEndpoint::parse(peer->url() + "/nope"), {},
                                                options, clock, &observer);
        REQUIRE(missing.ok());
        auto result = (*missing)->syncWithRetry();
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().is(SyncError::NotFound));
        CHECK_FALSE(result.error().mayBeTransient());
        CHECK((*missing)->requestCount() <= 2);
    }
}

TEST_CASE("continuous replication carries changes both ways while online", "[sync][replication][continuous]") {
    PouchPeer peer;
    const auto db = peer.createDatabase("live");
    ReplicationOptions options;
    options.longpollTimeout = std::chrono::seconds(2);
    options.localPollInterval = std::chrono::seconds(10);  // the notification must do it
    Device a(db, options);
    Device b(db, options);
    auto& replicatorA = a.replicator();  // made here, before the threads share them
    auto& replicatorB = b.replicator();
    std::stop_source stopA, stopB;
    Result<void> endA, endB;
    std::thread runA([&] { endA = replicatorA.runContinuous(stopA.get_token()); });
    std::thread runB([&] { endB = replicatorB.runContinuous(stopB.get_token()); });

    auto waitFor = [](Vault& vault, const std::string& id, int count) {
        for (int i = 0; i < 200; ++i) {
            auto doc = vault.get(id);
            if (doc && doc->body.value("count", -1) == count)
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return false;
    };
    put(a.vault(), "contact:live", json{{"type", "contact"}, {"count", 1}});
    a.replicator().notifyLocalChange();
    CHECK(waitFor(b.vault(), "contact:live", 1));
    auto onB = current(b.vault(), "contact:live");
    onB.body["count"] = 2;
    put(b.vault(), "contact:live", onB.body, onB.rev);
    b.replicator().notifyLocalChange();
    CHECK(waitFor(a.vault(), "contact:live", 2));

    const auto stoppedAt = std::chrono::steady_clock::now();
    stopA.request_stop();
    stopB.request_stop();
    runA.join();
    runB.join();
    CHECK(std::chrono::steady_clock::now() - stoppedAt < std::chrono::seconds(3));
    CHECK(endA.ok());
    CHECK(endB.ok());
    CHECK(a.replicator().status().pulled >= 1);
    CHECK(b.replicator().status().pushed >= 1);
}

namespace {

long rawPut(const std::string& url, const std::string& body) {
    CURL* curl = curl_easy_init();
    REQUIRE(curl != nullptr);
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PUT");
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, +[](char*, std::size_t size, std::size_t count, void*) { return size * count; });
    REQUIRE(curl_easy_perform(curl) == CURLE_OK);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(curl);
    return status;
}

}  // namespace

TEST_CASE("sync over verified TLS with credentials from the key store", "[sync][replication][tls][auth]") {
    PouchPeer peer;
    const auto plainDb = peer.createDatabase("secure");
    REQUIRE(rawPut(peer.url() + "/_config/admins/tablet-7", "\"correct horse\"") == 200);
    TlsTunnel tls(peer.port());
    platform::MemoryKeyStore keys;
    REQUIRE(sync::storeCredentials(keys, "central", {sync::Credentials::Scheme::Session, "tablet-7", "correct horse"}).ok());

    VaultFixture fixture;
    auto vault = fixture.create();
    for (int i = 0; i < 50; ++i)
        put(*vault, "contact:" + std::to_string(i), json{{"type", "contact"}, {"count", i}});
    ManualClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 22}, std::chrono::minutes(60));
    const auto endpoint = sync::RemoteEndpoint::parse(tls.url() + "/secure");
    REQUIRE(endpoint.ok());
    sync::ClientOptions client;
    client.caFile = tls.caFile().string();
    client.pinnedPublicKey = tls.publicKeyPin();
    auto credentials = sync::loadCredentials(keys, "central");
    REQUIRE(credentials.ok());
    client.credentials = *credentials;
    ReplicationOptions options;
    options.retry.initial = std::chrono::milliseconds(50);
    options.retry.maxAttempts = 5;

    SECTION("the session login works and the documents arrive") {
        auto replicator = sync::Replicator::create(*vault, *endpoint, client, options, clock);
        REQUIRE(replicator.ok());
        auto report = (*replicator)->syncWithRetry();
        REQUIRE(report.ok());
        CHECK(report->pushed == 50);
        CHECK(remoteTrees(plainDb) == vaultTrees(*vault));
    }

    SECTION("a wrong password stops at once with Unauthorized") {
        client.credentials->scheme = sync::Credentials::Scheme::Basic;
        client.credentials->password = "wrong";
        auto replicator = sync::Replicator::create(*vault, *endpoint, client, options, clock);
        REQUIRE(replicator.ok());
        auto report = (*replicator)->syncWithRetry();
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().is(SyncError::Unauthorized));
        CHECK((*replicator)->requestCount() == 1);  // not retried
        CHECK((*replicator)->status().state == SyncStatus::State::Stopped);
        REQUIRE((*replicator)->status().error.has_value());
        CHECK((*replicator)->status().error->is(SyncError::Unauthorized));

        // Continuous mode ends too, instead of retrying for ever.
        std::stop_source stop;
        auto ended = (*replicator)->runContinuous(stop.get_token());
        REQUIRE_FALSE(ended.ok());
        CHECK(ended.error().is(SyncError::Unauthorized));
    }

    SECTION("a certificate whose key does not match the pin is refused") {
        client.pinnedPublicKey = "sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        auto replicator = sync::Replicator::create(*vault, *endpoint, client, options, clock);
        REQUIRE(replicator.ok());
        auto report = (*replicator)->syncWithRetry();
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().is(SyncError::TlsFailure));
        CHECK_FALSE(report.error().mayBeTransient());
        CHECK(leafCount(remoteTrees(plainDb)) == 0);
    }
}

TEST_CASE("403 stops at once, 503 is retried", "[sync][replication][retry]") {
    PouchPeer peer;
    peer.createDatabase("statuses");
    FaultProxy proxy(peer.port());
    VaultFixture fixture;
    auto vault = fixture.create();
    put(*vault, "contact:1", json{{"type", "contact"}, {"count", 1}});
    ManualClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 22}, std::chrono::minutes(60));
    ReplicationOptions options;
    options.retry.initial = std::chrono::milliseconds(10);
    options.retry.cap = std::chrono::milliseconds(40);
    options.retry.maxAttempts = 4;
    auto replicator = sync::Replicator::create(*vault, *sync::RemoteEndpoint::parse(proxy.url() + "/statuses"), {},
                                               options, clock);
    REQUIRE(replicator.ok());
    FaultPlan plan;
    plan.statusProbability = 1;

    SECTION("403") {
        plan.statuses = {403};
        proxy.setPlan(plan);
        auto report = (*replicator)->syncWithRetry();
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().is(SyncError::Forbidden));
        CHECK(proxy.counts().requests == 1);
    }
    SECTION("503") {
        plan.statuses = {503};
        proxy.setPlan(plan);
        auto report = (*replicator)->syncWithRetry();
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().is(SyncError::ServerBusy));
        CHECK(proxy.counts().requests == 4);  // one per attempt
        proxy.heal();
        auto healed = (*replicator)->syncWithRetry();
        REQUIRE(healed.ok());
        CHECK(healed->pushed == 1);
    }
}

TEST_CASE("backoff grows exponentially with jitter, up to the cap", "[sync][retry]") {
    sync::RetryPolicy policy;
    policy.initial = std::chrono::milliseconds(100);
    policy.cap = std::chrono::milliseconds(3000);
    std::mt19937_64 random(42);
    std::set<std::int64_t> distinct;
    for (std::size_t attempt = 0; attempt < 12; ++attempt) {
        const auto full = std::min<std::int64_t>(100LL << attempt, 3000);
        for (int sample = 0; sample < 50; ++sample) {
            const auto delay = policy.delay(attempt, random).count();
            INFO("attempt " << attempt << " delay " << delay);
            CHECK(delay >= full / 2);
            CHECK(delay <= full);
            distinct.insert(delay);
        }
    }
    CHECK(distinct.size() > 100);  // jittered, not a fixed schedule
}
