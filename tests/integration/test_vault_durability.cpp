#include "child_process.h"
#include "torture.h"
#include "vault_fixture.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

using namespace intake;
using intake::test::ChildProcess;
using intake::test::VaultFixture;
using intake::test::roundsFromEnvironment;
using intake::test::seedFromEnvironment;

namespace {

ChildProcess startWriter(const VaultFixture& fixture, const char* mode) {
    return ChildProcess({INTAKE_VAULT_WRITER, fixture.path().string(), fixture.key().hex(), mode});
}

}  // namespace

TEST_CASE("every record reported as committed survives SIGKILL at a random moment", "[vault][durability]") {
    const int rounds = roundsFromEnvironment(50, 1000);
    const auto seed = seedFromEnvironment();
    INFO("rounds " << rounds << ", INTAKE_TEST_SEED=" << seed);
    std::mt19937_64 random(seed);

    VaultFixture fixture;
    { auto vault = fixture.create(); }

    std::map<std::string, std::set<std::string>> committed;  // id -> revisions reported
    std::size_t reported = 0;
    int killedBeforeAnyCommit = 0;
    for (int round = 0; round < rounds; ++round) {
        // A third of the kills land in the first milliseconds (start-up and
        // open); the rest at a random moment once records are being written.
        const bool early = round % 3 == 0;
        const auto delay = std::chrono::microseconds(random() % (early ? 3000u : 15000u));
        std::vector<std::string> lines;
        {
            auto writer = startWriter(fixture, "write");
            std::string first;
            if (!early) {
                INFO("round " << round);
                REQUIRE(writer.waitForLine(first, 10000));
                lines.push_back(first);
            }
            std::this_thread::sleep_for(delay);
            writer.kill(SIGKILL);
            const int status = writer.wait();
            INFO("round " << round);
            REQUIRE(WIFSIGNALED(status));  // it was writing, not failing
            for (auto& line : writer.readLines())
                lines.push_back(std::move(line));
        }
        if (lines.empty())
            ++killedBeforeAnyCommit;
        std::vector<std::pair<std::string, std::string>> thisRound;
        for (const auto& line : lines) {
            std::istringstream parts(line);
            std::string id, rev;
            parts >> id >> rev;
            committed[id].insert(rev);
            thisRound.emplace_back(id, rev);
            ++reported;
        }

        auto vault = Vault::open(fixture.config());
        INFO("round " << round);
        REQUIRE(vault);
        for (const auto& [id, rev] : thisRound) {
            auto tree = (*vault)->revisionTree(id);
            REQUIRE(tree);
            REQUIRE(tree->contains(rev));
        }
        if (round % 10 == 0 || round == rounds - 1)
            REQUIRE((*vault)->verify().ok());
    }

    // Finally every revision ever reported, from every round, is there.
    auto vault = fixture.open();
    REQUIRE(vault->verify().ok());
    for (const auto& [id, revs] : committed) {
        auto tree = vault->revisionTree(id);
        REQUIRE(tree);
        for (const auto& rev : revs)
            REQUIRE(tree->contains(rev));
        auto doc = vault->get(id);
        if (doc)
            CHECK(doc->body["first_name"] == "Hawa");
        else
            CHECK(doc.error().is(VaultError::DocumentDeleted));
    }
    CHECK(reported > static_cast<std::size_t>(rounds));  // the kills did land mid-work
    WARN("durability: " << rounds << " kills, " << reported << " commits reported, " << committed.size()
                        << " documents, " << killedBeforeAnyCommit << " kills before the first commit");
}

TEST_CASE("a second process opening the vault is told it is in use", "[vault][locking]") {
    VaultFixture fixture;
    {
        auto vault = fixture.create();
        REQUIRE(vault->put({"visit:1", {{"type", "visit"}}, "", false}));
    }
    {
        auto holder = startWriter(fixture, "hold");
        std::string line;
        REQUIRE(holder.waitForLine(line, 10000));
        REQUIRE(line == "open -");

        auto second = Vault::open(fixture.config());
        REQUIRE_FALSE(second);
        CHECK(second.error().is(VaultError::InUse));
        CHECK(second.error().mayBeTransient());
        CHECK(second.error().message().find("another program") != std::string::npos);

        // A second writer process gets the same answer and says so.
        auto writer = startWriter(fixture, "write");
        const int status = writer.wait();
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 2);

        holder.kill(SIGKILL);
        holder.wait();
    }
    // The lock dies with its process: no stale lock file to clean up.
    auto vault = fixture.open();
    CHECK(vault->get("visit:1").ok());

    SECTION("a second open in the same process is refused too") {
        auto again = Vault::open(fixture.config());
        REQUIRE_FALSE(again);
        CHECK(again.error().is(VaultError::InUse));
        CHECK(vault->get("visit:1").ok());
    }
}
