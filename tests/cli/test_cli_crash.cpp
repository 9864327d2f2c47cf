// kill -9 during `intake add`: the batch is one transaction, so a vault
// holds all of a file's records or none of them, and every id the program
// printed is there (it prints only after the commit).

#include "child_process.h"
#include "cli_runner.h"
#include "temp_folder.h"
#include "torture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <random>
#include <thread>

using intake::test::CliDevice;
using intake::test::TempFolder;
using nlohmann::json;

TEST_CASE("intake add killed at any moment writes all of a file or nothing", "[cli][add][crash]") {
    constexpr int kRecords = 20000;  // about a second's work: kills land while reading, checking and writing
    const int rounds = intake::test::roundsFromEnvironment(8, 200);
    const auto seed = intake::test::seedFromEnvironment();
    INFO("INTAKE_TEST_SEED=" << seed);
    std::mt19937_64 random(seed);

    TempFolder folder;
    intake::test::writeText(folder / "p.json",
                            R"({"role":"reception","device_id":"reception-1","site":"welcome-house","central_url":""})");
    CliDevice device(folder / "data");
    REQUIRE(device.run({"enrol", "--profile", (folder / "p.json").string()}).exitCode == 0);
    std::string lines;
    for (int n = 0; n < kRecords; ++n) {
        char code[16];
        std::snprintf(code, sizeof code, "V%05d", n);
        lines += json{{"site", "welcome-house"}, {"day", "2026-11-20"}, {"service", "community_guide"},
                      {"ticket", "A" + std::to_string(n % 999 + 1)}, {"language", "ar"}, {"channel", "desk"},
                      {"issued_by", "reception-1"}, {"status", "waiting"}, {"visitor_code", code},
                      {"arrived_at", "2026-11-20T09:00:00Z"}}
                     .dump() +
                 "\n";
    }
    intake::test::writeText(folder / "visits.jsonl", lines);
    // Each visit carries a visitor code, so each comes with its audit entry.
    constexpr std::int64_t kDocumentsPerFile = 2 * kRecords;

    std::int64_t committedAtLeast = 0;  // rounds whose ids were printed
    int killedMidway = 0;
    for (int round = 0; round < rounds; ++round) {
        const auto delay = std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 1500)(random));
        intake::test::ChildProcess add({intake::test::cliPath(), "--data", device.dir().string(), "--development-keys",
                                        device.keys().string(), "add", "visit", "--file",
                                        (folder / "visits.jsonl").string()});
        std::this_thread::sleep_for(delay);
        add.kill(SIGKILL);
        const int status = add.wait();
        const bool printed = !add.readLines().empty();
        if (printed)
            ++committedAtLeast;
        if (WIFSIGNALED(status))
            ++killedMidway;

        const auto shown = device.run({"--json", "status"});
        INFO("round " << round << ", killed after " << delay.count() << " ms");
        REQUIRE(shown.exitCode == 0);
        std::int64_t documents = -1;
        const auto answer = json::parse(shown.out);
        for (const auto& vault : answer["vaults"]) {
            if (vault["name"] == "welcome-house")
                documents = vault["documents"].get<std::int64_t>();
        }
        CHECK(documents % kDocumentsPerFile == 0);             // never part of a file
        CHECK(documents >= committedAtLeast * kDocumentsPerFile);  // every printed id is there
        CHECK(documents <= (round + 1) * kDocumentsPerFile);
    }
    CHECK(device.run({"vault", "verify"}).exitCode == 0);
    // The kills did land while it worked, not only after it finished.
    CHECK(killedMidway > 0);
}
