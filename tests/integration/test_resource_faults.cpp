// The disk fills up during a sync (a vault capped with max_page_count, see
// VaultConfig::maxPages): the sync stops with vault.full, nothing saved is
// lost, nothing half-written stays, and once there is room again the same
// sync finishes. A full kiosk gets its room back by syncing (its copies are
// purged once the central service holds them). 3 rounds of each, 1,000 with
// INTAKE_TORTURE=1; INTAKE_TEST_SEED replays a run.
#include "replication_fixture.h"
#include "torture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <random>

using namespace intake;
using namespace intake::test;
using nlohmann::json;

namespace {

json bulky(const std::string& kind, int n) {
    // ~1.5 KiB that does not compress away inside the page.
    std::string area;
    for (int i = 0; i < 96; ++i)
        area += std::to_string((n * 7919 + i * 104729) % 1000003) + "-";
    return json{{"type", kind}, {"n", n}, {"area", area}};
}

std::uint32_t pagesOf(const VaultFixture& fixture) {
    // The vault is closed: its WAL has been folded into the file.
    return static_cast<std::uint32_t>(std::filesystem::file_size(fixture.path()) / 4096);
}

VaultConfig capped(const VaultFixture& fixture, std::uint32_t pages) {
    auto config = fixture.config();
    config.maxPages = pages;
    return config;
}

std::unique_ptr<Vault> open(const VaultConfig& config) {
    auto vault = Vault::open(config);
    if (!vault)
        FAIL("open: " << vault.error().name());
    return std::move(*vault);
}

std::unique_ptr<sync::Replicator> replicatorFor(Vault& vault, const std::string& db, const Clock& clock,
                                                sync::ReplicationOptions options) {
    auto endpoint = sync::RemoteEndpoint::parse(db);
    REQUIRE(endpoint.ok());
    options.batchSize = 25;  // several batches, so that the cap falls between and inside them
    auto made = sync::Replicator::create(vault, *endpoint, {}, options, clock);
    REQUIRE(made.ok());
    return std::move(*made);
}

// Every document a vault pulled, with its whole revision tree, is the
// remote's: nothing half-inserted. (`own`: the ids written on the device.)
void requirePulledAsRemote(Vault& vault, const TreeMap& remote, const std::vector<std::string>& own) {
    for (const auto& [id, leaves] : vaultTrees(vault)) {
        if (std::find(own.begin(), own.end(), id) != own.end())
            continue;
        INFO("document " << id);
        const auto found = remote.find(id);
        REQUIRE(found != remote.end());
        REQUIRE(found->second == leaves);
    }
}

void checkFullError(const Error& error) {
    CHECK(error.is(VaultError::Full));
    CHECK(error.mayBeTransient());
    CHECK_FALSE(error.message().empty());
}

}  // namespace

TEST_CASE("the disk fills during a pull: vault.full, nothing lost, the same sync finishes later",
          "[sync][faults][full]") {
    const int rounds = roundsFromEnvironment(3, 1000);
    const auto seed = seedFromEnvironment();
    INFO("rounds " << rounds << ", INTAKE_TEST_SEED=" << seed);
    std::mt19937_64 random(seed);
    PouchPeer peer;
    ManualClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + std::chrono::hours(9),
                      std::chrono::minutes(60));

    // Rounds run in epochs of 25 on a fresh database and fresh devices, so a
    // torture run's cost grows with the rounds, not with their square.
    constexpr int kEpoch = 25;
    int fullDuringPull = 0, fullOnLocalWrite = 0;
    std::size_t tabletRecords = 0;
    for (int first = 0; first < rounds; first += kEpoch) {
        const auto db = peer.createDatabase("full-pull-" + std::to_string(first));
        VaultFixture central, tablet;
        { auto made = central.create(); }
        { auto made = tablet.create(); }
        std::vector<std::string> savedOnTablet;
        const int last = std::min(rounds, first + kEpoch);
        for (int round = first; round < last; ++round) {
            INFO("round " << round);
            {
                // Another device puts a batch of new records on the central service.
                auto vault = open(central.config());
                std::vector<PutRequest> batch;
                for (int i = 0; i < 60; ++i)
                    batch.push_back({"contact:c" + std::to_string(round) + "-" + std::to_string(i),
                                     bulky("contact", round * 100 + i), "", false});
                REQUIRE(vault->putAll(batch).ok());
                auto pushed = replicatorFor(*vault, db, clock, {})->pushOnce();
                REQUIRE(pushed.ok());
            }
            // The tablet has a little room left: from none to more than the
            // pull needs (about 20 pages); none at all in an epoch's first round.
            const auto cap = pagesOf(tablet) + (round == first ? 1 : static_cast<std::uint32_t>(random() % 30));
            {
                auto vault = open(capped(tablet, cap));
                // Its own work goes on until the disk is full.
                const int own = static_cast<int>(random() % 6);
                for (int i = 0; i < own; ++i) {
                    const auto id = "contact:t" + std::to_string(round) + "-" + std::to_string(i);
                    auto done = vault->put({id, bulky("contact", i), "", false});
                    if (done) {
                        savedOnTablet.push_back(id);
                    } else {
                        checkFullError(done.error());
                        ++fullOnLocalWrite;
                        break;
                    }
                }
                auto pulled = replicatorFor(*vault, db, clock, {})->pullOnce();
                if (!pulled) {
                    checkFullError(pulled.error());
                    ++fullDuringPull;
                    // Still full: a local write says so, and changes nothing.
                    auto refused = vault->putAll(std::vector<PutRequest>{
                        {"contact:refused", bulky("contact", 1), "", false},
                        {"contact:refused-2", bulky("contact", 2), "", false}});
                    if (!refused) {
                        checkFullError(refused.error());
                        CHECK(vault->get("contact:refused").error().is(VaultError::DocumentNotFound));
                    } else {
                        REQUIRE(vault->purge("contact:refused").ok());
                        REQUIRE(vault->purge("contact:refused-2").ok());
                    }
                }
                REQUIRE(vault->verify().ok());
            }
            {
                // Whatever came in is whole, and nothing saved is gone.
                auto vault = open(tablet.config());
                requirePulledAsRemote(*vault, remoteTrees(db), savedOnTablet);
                for (const auto& id : savedOnTablet)
                    REQUIRE(vault->get(id).ok());
            }
            {
                // Room again (the cap lifted): the same sync finishes, both ways.
                auto vault = open(tablet.config());
                auto synced = replicatorFor(*vault, db, clock, {})->syncOnce();
                if (!synced)
                    FAIL("sync after the disk had room: " << synced.error().name());
                REQUIRE(vaultTrees(*vault) == remoteTrees(db));
                REQUIRE(vault->verify().ok());
            }
        }
        const auto remote = remoteTrees(db);
        for (const auto& id : savedOnTablet)
            CHECK(remote.contains(id));
        CHECK(remote.size() == static_cast<std::size_t>(last - first) * 60 + savedOnTablet.size());
        tabletRecords += savedOnTablet.size();
    }
    // The cap did land during pulls (a round with room to spare is fine too).
    CHECK(fullDuringPull >= std::max(1, rounds / 4));
    WARN("disk full during pull: " << rounds << " rounds, " << fullDuringPull << " pulls stopped by a full disk, "
                                   << fullOnLocalWrite << " local writes refused, " << tabletRecords
                                   << " tablet records saved, none lost");
}

TEST_CASE("a full kiosk gets its room back by syncing, and loses nothing", "[sync][faults][full]") {
    const int rounds = roundsFromEnvironment(3, 1000);
    const auto seed = seedFromEnvironment();
    INFO("rounds " << rounds << ", INTAKE_TEST_SEED=" << seed);
    std::mt19937_64 random(seed);

    PouchPeer peer;
    const auto db = peer.createDatabase("full-kiosk");
    ManualClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + std::chrono::hours(9),
                      std::chrono::minutes(60));
    VaultFixture kiosk;
    { auto made = kiosk.create(); }
    sync::ReplicationOptions kioskOptions;
    kioskOptions.pull = false;
    kioskOptions.purgeAfterPush = true;

    std::vector<std::string> saved;
    int full = 0, pushFailedFull = 0;
    const auto cap = pagesOf(kiosk) + 16;  // a small disk: about 30 check-ins
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        auto vault = open(capped(kiosk, cap));
        // Check-ins until the disk is full (or, rarely, a random number of them).
        const int wanted = 150 + static_cast<int>(random() % 80);
        bool wasFull = false;
        for (int i = 0; i < wanted; ++i) {
            const auto id = "visit:k" + std::to_string(round) + "-" + std::to_string(i);
            auto done = vault->put({id, bulky("visit", i), "", false});
            if (!done) {
                checkFullError(done.error());
                wasFull = true;
                break;
            }
            saved.push_back(id);
        }
        // The last bytes too, with the smallest records there are.
        for (int i = 0; wasFull && i < 1000; ++i) {
            const auto id = "visit:s" + std::to_string(round) + "-" + std::to_string(i);
            auto done = vault->put({id, json{{"type", "visit"}}, "", false});
            if (!done) {
                checkFullError(done.error());
                break;
            }
            saved.push_back(id);
        }
        full += wasFull ? 1 : 0;
        // Sync: pushed, then purged. A push may itself hit the full disk
        // (its checkpoint is a write); the next one goes on from there.
        auto replicator = replicatorFor(*vault, db, clock, kioskOptions);
        auto pushed = replicator->pushOnce();
        if (!pushed) {
            checkFullError(pushed.error());
            ++pushFailedFull;
            pushed = replicator->pushOnce();
        }
        if (!pushed)
            FAIL("the second push of a full kiosk: " << pushed.error().name());
        // Room again: a new check-in fits.
        const auto after = "visit:after-" + std::to_string(round);
        REQUIRE(vault->put({after, bulky("visit", round), "", false}).ok());
        saved.push_back(after);
        REQUIRE(vault->verify().ok());
    }
    {
        auto vault = open(kiosk.config());
        auto pushed = replicatorFor(*vault, db, clock, kioskOptions)->pushOnce();
        REQUIRE(pushed.ok());
        auto left = vault->documentCount();
        REQUIRE(left.ok());
        CHECK(*left == 0);  // a kiosk keeps nothing the central service holds
    }
    const auto remote = remoteTrees(db);
    for (const auto& id : saved)
        REQUIRE(remote.contains(id));
    CHECK(remote.size() == saved.size());
    CHECK(full >= std::max(1, rounds / 4));
    WARN("full kiosk: " << rounds << " rounds, " << full << " times full, " << pushFailedFull
                        << " pushes stopped by it, " << saved.size() << " check-ins, all on the central service");
}

// Sync does not depend on the device clock: checkpoints are sequence
// numbers, retries wait on a steady clock. Two devices whose clocks jump
// days back and forth between (and during) their syncs end up with the same
// documents as the central service; "last synced" follows the device clock.
TEST_CASE("sync goes on while the device clocks jump by days", "[sync][clock]") {
    PouchPeer peer;
    const auto db = peer.createDatabase("clock-jumps");
    Device a(db), b(db);
    const std::vector<std::chrono::milliseconds> jumps{
        std::chrono::hours(-24 * 3), std::chrono::hours(24 * 10), std::chrono::hours(-24 * 30),
        std::chrono::minutes(-5), std::chrono::hours(24 * 365)};
    int n = 0;
    for (const auto jump : jumps) {
        a.clock().advance(jump);
        b.clock().advance(-jump);  // the other way
        for (int i = 0; i < 10; ++i, ++n) {
            REQUIRE(a.vault().put({"contact:a" + std::to_string(n), bulky("contact", n), "", false}).ok());
            REQUIRE(b.vault().put({"contact:b" + std::to_string(n), bulky("contact", n), "", false}).ok());
        }
        a.sync();
        b.sync();
        a.sync();
        REQUIRE(a.replicator().status().lastSuccess == a.clock().now());
        REQUIRE(b.replicator().status().lastSuccess == b.clock().now());
        REQUIRE(a.replicator().status().pendingPush == 0);
        // Each device learns how wrong its clock is from the server's Date.
        for (Device* device : {&a, &b}) {
            const auto offset = device->replicator().status().clockOffset;
            REQUIRE(offset);
            const auto truth = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now() -
                                                                        device->clock().now());
            CHECK(std::chrono::abs(*offset - truth) < std::chrono::minutes(2));
        }
    }
    const auto remote = remoteTrees(db);
    CHECK(remote.size() == static_cast<std::size_t>(2 * n));
    CHECK(vaultTrees(a.vault()) == remote);
    CHECK(vaultTrees(b.vault()) == remote);
}
