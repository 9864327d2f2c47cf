// Sync through a network that misbehaves (tests/support/fault_proxy.h):
// resets at random byte offsets, delays, truncated bodies, 500/503/429
// answers, and the server killed and restarted mid-push. Once the network
// heals, both sides hold identical documents.
#include "fault_proxy.h"
#include "replication_fixture.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace intake;
using namespace intake::test;
using nlohmann::json;

namespace {

sync::ReplicationOptions patient() {
    sync::ReplicationOptions options;
    options.batchSize = 40;  // many requests, so that faults land everywhere
    options.retry.initial = std::chrono::milliseconds(20);
    options.retry.cap = std::chrono::milliseconds(200);
    options.retry.maxAttempts = 400;
    return options;
}

void write(Vault& vault, const std::string& prefix, int count) {
    std::vector<PutRequest> batch;
    for (int i = 0; i < count; ++i)
        batch.push_back({prefix + std::to_string(i),
                         json{{"type", "contact"}, {"count", i}, {"area", std::string(static_cast<std::size_t>(i % 300), 'x')}},
                         "", false});
    REQUIRE(vault.putAll(batch).ok());
}

void edit(Vault& vault, const std::string& prefix, int count, int value) {
    for (int i = 0; i < count; i += 3) {
        auto doc = vault.get(prefix + std::to_string(i));
        REQUIRE(doc.ok());
        doc->body["count"] = value;
        REQUIRE(vault.put({doc->id, doc->body, doc->rev, false}).ok());
    }
}

// Syncs with retry until it succeeds (each call already retries; a fault
// plan can still outlast it), at most `rounds` times.
void syncThrough(Device& device, int rounds = 20) {
    for (int i = 0; i < rounds; ++i) {
        auto report = device.replicator().syncWithRetry();
        if (report)
            return;
        INFO("sync failed with " << report.error().name());
        REQUIRE(report.error().mayBeTransient());
    }
    FAIL("sync never got through");
}

}  // namespace

TEST_CASE("sync through a faulty network ends with identical documents", "[sync][faults]") {
    PouchPeer peer;
    const auto direct = peer.createDatabase("faults");
    FaultProxy proxy(peer.port());
    const auto viaProxy = proxy.url() + "/faults";
    Device a(viaProxy, patient());
    Device b(viaProxy, patient());
    write(a.vault(), "contact:a", 400);
    write(b.vault(), "contact:b", 150);

    FaultPlan plan;
    plan.seed = 7;
    SECTION("connections reset at random byte offsets") { plan.resetProbability = 0.15; }
    SECTION("delays") {
        plan.delayProbability = 0.5;
        plan.maxDelay = std::chrono::milliseconds(60);
    }
    SECTION("truncated bodies") { plan.truncateProbability = 0.15; }
    SECTION("500, 503 and 429 answers") { plan.statusProbability = 0.2; }
    SECTION("everything at once") {
        plan.resetProbability = 0.05;
        plan.truncateProbability = 0.05;
        plan.statusProbability = 0.05;
        plan.delayProbability = 0.2;
        plan.maxDelay = std::chrono::milliseconds(30);
    }
    proxy.setPlan(plan);
    syncThrough(a);
    syncThrough(b);
    syncThrough(a);  // now both have everything
    edit(a.vault(), "contact:b", 150, 1000);
    edit(b.vault(), "contact:a", 400, 2000);
    syncThrough(a);
    syncThrough(b);
    const auto counts = proxy.counts();
    CHECK(counts.requests > 40);
    CHECK(counts.resets + counts.delays + counts.truncations + counts.statuses > 0);

    proxy.heal();
    syncThrough(a);
    syncThrough(b);
    syncThrough(a);
    const auto remote = remoteTrees(direct);
    CHECK(remote.size() == 550);
    CHECK(vaultTrees(a.vault()) == remote);
    CHECK(vaultTrees(b.vault()) == remote);
    CHECK(vaultWinners(a.vault()) == vaultWinners(b.vault()));
}

TEST_CASE("the server killed and restarted mid-push loses nothing", "[sync][faults]") {
    PouchPeer peer(PouchPeer::Options::onDisk());
    const auto db = peer.createDatabase("restarts");
    auto options = patient();
    options.batchSize = 100;
    Device a(db, options);
    write(a.vault(), "contact:", 3000);

    // The peer is restarted from this thread (its child dies with the thread
    // that started it), twice while the push runs on another.
    std::atomic<bool> pushing{true};
    Result<sync::SyncReport> report = Error(SyncError::Offline);
    std::thread syncing([&] {
        report = a.replicator().syncWithRetry();
        pushing = false;
    });
    int restarts = 0;
    for (; restarts < 2 && pushing; ++restarts) {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        peer.restart();
    }
    syncing.join();
    CHECK(restarts >= 1);
    REQUIRE(report.ok());
    syncThrough(a);

    Device b(db);
    b.pull();
    const auto remote = remoteTrees(db);
    CHECK(remote.size() == 3000);
    CHECK(vaultTrees(a.vault()) == remote);
    CHECK(vaultTrees(b.vault()) == remote);
}
