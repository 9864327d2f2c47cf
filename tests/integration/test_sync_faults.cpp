// Sync through a network that misbehaves (tests/support/fault_proxy.h):
// resets at random byte offsets, delays, truncated bodies, 500/503/429
// answers, and the server killed and restarted mid-push. Once the network
// heals, both sides hold identical documents. The rounds test runs 1,000
// rounds with INTAKE_TORTURE=1.
#include "fault_proxy.h"
#include "replication_fixture.h"
#include "torture.h"

#include <catch2/catch.hpp>

#include <random>
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

// Round after round on one database: new records and edits on two devices,
// each round through a fault plan of its own (resets, truncations, error
// answers and delays at random), then healed. Nothing is lost or
// duplicated. 2 rounds, 1,000 with INTAKE_TORTURE=1.
TEST_CASE("round after round through a faulty network, nothing is lost", "[sync][faults][rounds]") {
    const int rounds = roundsFromEnvironment(2, 1000);
    const auto seed = seedFromEnvironment();
    INFO("rounds " << rounds << ", INTAKE_TEST_SEED=" << seed);
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> chance(0.0, 0.12);

    PouchPeer peer;
    FaultProxy proxy(peer.port());
    std::uint64_t faults = 0;
    std::size_t written = 0;
    // Epochs of 50 rounds on a fresh database keep each comparison small.
    for (int first = 0; first < rounds; first += 50) {
        const auto name = "rounds-" + std::to_string(first);
        const auto direct = peer.createDatabase(name);
        auto options = patient();
        options.batchSize = 7;
        Device a(proxy.url() + "/" + name, options);
        Device b(proxy.url() + "/" + name, options);
        std::size_t epochWritten = 0;
        const int last = std::min(rounds, first + 50);
        for (int round = first; round < last; ++round) {
            INFO("round " << round);
            const auto tag = std::to_string(round);
            write(a.vault(), "contact:a" + tag + "-", 12);
            write(b.vault(), "contact:b" + tag + "-", 6);
            epochWritten += 18;
            if (round > first) {
                edit(a.vault(), "contact:b" + std::to_string(round - 1) + "-", 6, round);
                edit(b.vault(), "contact:a" + std::to_string(round - 1) + "-", 12, -round);
            }
            FaultPlan plan;
            plan.seed = random();
            plan.resetProbability = chance(random);
            plan.truncateProbability = chance(random);
            plan.statusProbability = chance(random);
            plan.delayProbability = chance(random);
            plan.maxDelay = std::chrono::milliseconds(random() % 20);
            const auto before = proxy.counts();
            proxy.setPlan(plan);
            syncThrough(a);
            syncThrough(b);
            syncThrough(a);
            const auto after = proxy.counts();
            faults += (after.resets + after.truncations + after.statuses + after.delays) -
                      (before.resets + before.truncations + before.statuses + before.delays);
            proxy.heal();
            syncThrough(b);  // a's last edits, if the faults let b miss them
            REQUIRE(vaultWinners(a.vault()) == vaultWinners(b.vault()));
        }
        const auto remote = remoteTrees(direct);
        CHECK(remote.size() == epochWritten);
        CHECK(vaultTrees(a.vault()) == remote);
        CHECK(vaultTrees(b.vault()) == remote);
        written += epochWritten;
    }
    CHECK(faults > 0);
    WARN("faulty network: " << rounds << " rounds, " << faults << " faults injected, " << written
                            << " documents, none lost or duplicated");
}
