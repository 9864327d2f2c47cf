// The syncing process is killed (SIGKILL) at random moments during push and
// during pull; run again, it ends with the same documents on both sides,
// nothing lost or duplicated. 30 rounds, 1,000 with INTAKE_TORTURE=1.
#include "child_process.h"
#include "torture.h"
#include "replication_fixture.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <cstdlib>
#include <random>
#include <sys/wait.h>
#include <thread>

using namespace intake;
using namespace intake::test;
using nlohmann::json;

namespace {

// Runs the runner and kills it at a random moment inside its pass: after
// `progressLines` status changes and a further `delay`. Says whether the kill
// interrupted it (false: the pass had already finished).
bool runAndKill(const VaultFixture& fixture, const std::string& db, const char* mode, int progressLines,
                std::chrono::microseconds delay) {
    ChildProcess runner({INTAKE_SYNC_RUNNER, fixture.path().string(), fixture.key().hex(), db, mode, "20"});
    std::string line;
    bool finished = false;
    for (int seen = 0; seen < progressLines && !finished;) {
        if (!runner.waitForLine(line, 30000))
            break;
        finished = line.starts_with("done");
        seen += line == "progress" ? 1 : 0;
    }
    if (!finished)
        std::this_thread::sleep_for(delay);
    runner.kill(SIGKILL);
    const int status = runner.wait();
    return !finished && WIFSIGNALED(status);
}

void runToCompletion(const VaultFixture& fixture, const std::string& db, const char* mode) {
    ChildProcess runner({INTAKE_SYNC_RUNNER, fixture.path().string(), fixture.key().hex(), db, mode, "20"});
    std::string line;
    bool done = false;
    while (!done && runner.waitForLine(line, 60000))
        done = line.starts_with("done");
    CHECK(done);
    const int status = runner.wait();
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
}

}  // namespace

TEST_CASE("a sync killed at any moment resumes to the same end state", "[sync][crash]") {
    const bool torture = tortureRequested();
    const int rounds = roundsFromEnvironment(30, 1000);
    const auto seed = seedFromEnvironment();
    INFO("rounds " << rounds << ", INTAKE_TEST_SEED=" << seed);
    std::mt19937_64 random(seed);

    PouchPeer peer;
    const auto db = peer.createDatabase("crash");
    VaultFixture device, other;
    { auto vault = device.create(); }
    { auto vault = other.create(); }

    int pushKills = 0, pullKills = 0;
    std::size_t written = 0;
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        {
            // New records and edits of older ones, as a day's work.
            auto vault = device.open();
            for (int i = 0; i < 60; ++i) {
                const auto id = "contact:" + std::to_string(round) + "-" + std::to_string(i);
                REQUIRE(vault->put({id, json{{"type", "contact"}, {"count", i}, {"round", round}}, "", false}));
                ++written;
            }
            if (round > 0) {
                for (int i = 0; i < 10; ++i) {
                    const auto id = "contact:" + std::to_string(random() % round) + "-" + std::to_string(random() % 60);
                    auto doc = vault->get(id);
                    REQUIRE(doc);
                    doc->body["count"] = doc->body["count"].get<int>() + 100;
                    REQUIRE(vault->put({id, doc->body, doc->rev, false}));
                }
            }
        }
        // Anywhere from before the vault is open to the last batch.
        pushKills += runAndKill(device, db, "push", static_cast<int>(random() % 6),
                                std::chrono::microseconds(random() % 3000)) ? 1 : 0;
        runToCompletion(device, db, "push");
        pullKills += runAndKill(other, db, "pull", static_cast<int>(random() % 4),
                                std::chrono::microseconds(random() % 3000)) ? 1 : 0;
        runToCompletion(other, db, "pull");

        if (!torture || round % 25 == 0 || round == rounds - 1) {
            auto a = device.open();
            const auto remote = remoteTrees(db);
            REQUIRE(vaultTrees(*a) == remote);
            auto b = other.open();
            REQUIRE(vaultTrees(*b) == remote);
            REQUIRE(remote.size() == written);
        }
    }
    auto b = other.open();
    REQUIRE(b->verify().ok());
    auto count = b->documentCount();
    REQUIRE(count.ok());
    CHECK(static_cast<std::size_t>(*count) == written);
    // The kills did land mid-sync, in both directions.
    CHECK(pushKills > rounds / 4);
    CHECK(pullKills > rounds / 4);
    WARN("sync crash: " << rounds << " rounds, " << pushKills << " pushes and " << pullKills
                        << " pulls killed mid-way, " << written << " documents");
}
