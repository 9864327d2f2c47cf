// intake sync, and the whole way IT staff use the tool: enrol devices, add
// records, sync them through the central service (the pouchdb-server test
// peer), and export the statistics from another device that pulled them.

#include "child_process.h"
#include "cli_runner.h"
#include "pouchdb_peer.h"
#include "temp_folder.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <curl/curl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

using intake::test::CliDevice;
using intake::test::writeText;
using intake::test::linesOf;
using intake::test::CliResult;
using intake::test::PouchPeer;
using intake::test::TempFolder;
using nlohmann::json;

namespace {

// Enrols a device of `role` in `dir` against `central`.
CliDevice enrolled(const std::filesystem::path& dir, const std::string& role, const std::string& deviceId,
                   const std::string& central, unsigned ticketSlot = 1) {
    std::filesystem::create_directories(dir);
    const json profile{{"role", role},
                       {"device_id", deviceId},
                       {"site", "welcome-house"},
                       {"ticket_slot", ticketSlot},
                       {"staff", "reception-staff-1"},
                       {"central_url", central}};
    writeText(dir / "enrol.json", profile.dump());
    CliDevice device(dir / "data");
    const auto result = device.run({"enrol", "--profile", (dir / "enrol.json").string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return device;
}

// Visits at Welcome House on weekdays the community guides work (the
// seed's schedule), within the three years validation accepts.
std::string visitLine(const std::string& day, const std::string& ticket, const std::string& code,
                      const std::string& service = "community_guide") {
    return json{{"site", "welcome-house"},
                {"day", day},
                {"service", service},
                {"ticket", ticket},
                {"language", "ar"},
                {"issued_by", "reception-1"},
                {"channel", "desk"},
                {"status", "served"},
                {"visitor_code", code},
                {"arrived_at", day + "T09:00:00Z"},
                {"called_at", day + "T09:12:00Z"},
                {"ended_at", day + "T09:40:00Z"}}
               .dump() +
           "\n";
}

json statusOf(const CliDevice& device) {
    const auto result = device.run({"--json", "status"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return json::parse(result.out);
}

const json& vaultIn(const json& status, const std::string& name) {
    for (const auto& vault : status["vaults"]) {
        if (vault["name"] == name)
            return vault;
    }
    FAIL("no vault " << name);
    throw;
}

int closedLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t size = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
    const int port = ntohs(address.sin_port);
    ::close(fd);  // nobody listens there now
    return port;
}

// The number of documents in a database of the peer (0 when it is not there yet).
std::int64_t documentsOn(const PouchPeer& peer, const std::string& database) {
    CURL* curl = curl_easy_init();
    std::string body;
    curl_easy_setopt(curl, CURLOPT_URL, (peer.url() + "/" + database).c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, +[](char* data, size_t size, size_t count, void* into) {
        static_cast<std::string*>(into)->append(data, size * count);
        return size * count;
    });
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    const auto code = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    if (code != CURLE_OK)
        return 0;
    const auto info = json::parse(body, nullptr, false);
    return info.is_object() && info.contains("doc_count") ? info["doc_count"].get<std::int64_t>() : 0;
}

}  // namespace

TEST_CASE("enrol, add, sync and export end to end through the central service", "[cli][sync][e2e]") {
    PouchPeer peer;
    peer.createDatabase("config");  // published centrally; empty: the devices keep the seed's config
    TempFolder folder;

    // A reception tablet records three visits, a kiosk two.
    auto reception = enrolled(folder / "reception-1", "reception", "reception-1", peer.url(), 1);
    auto kiosk = enrolled(folder / "kiosk-1", "kiosk", "kiosk-1", peer.url(), 2);
    writeText(folder / "reception.jsonl", visitLine("2026-11-18", "A1", "V0001") + visitLine("2026-11-18", "A2", "V0002") +
                                              visitLine("2026-11-19", "A3", "V0001"));
    writeText(folder / "kiosk.jsonl", visitLine("2026-11-19", "A4", "V0003") + visitLine("2026-11-20", "A5", "V0004"));
    const auto addedAtDesk = reception.run({"add", "visit", "--file", (folder / "reception.jsonl").string()});
    INFO(addedAtDesk.err);
    REQUIRE(addedAtDesk.exitCode == 0);
    REQUIRE(linesOf(addedAtDesk.out).size() == 3);
    const auto addedAtKiosk = kiosk.run({"add", "visit", "--file", (folder / "kiosk.jsonl").string()});
    REQUIRE(addedAtKiosk.exitCode == 0);
    REQUIRE(linesOf(addedAtKiosk.out).size() == 2);
    CHECK(vaultIn(statusOf(kiosk), "welcome-house")["waiting_to_sync"].get<int>() >= 2);

    SECTION("sync --once pushes, a kiosk keeps nothing afterwards, another tablet pulls, and export counts it all") {
        const auto synced = reception.run({"--json", "sync", "--once"});
        INFO(synced.err);
        REQUIRE(synced.exitCode == 0);
        const auto report = json::parse(synced.out);
        CHECK(report["ok"] == true);
        std::uint64_t pushed = 0;
        for (const auto& link : report["links"])
            pushed += link["pushed"].get<std::uint64_t>();
        CHECK(pushed >= 3);

        const auto kioskSynced = kiosk.run({"sync", "--once"});
        INFO(kioskSynced.err);
        REQUIRE(kioskSynced.exitCode == 0);
        CHECK(kioskSynced.out.find("purged") != std::string::npos);
        const auto kioskStatus = statusOf(kiosk);
        CHECK(vaultIn(kioskStatus, "welcome-house")["waiting_to_sync"] == 0);
        // Purged once the central service held them: nothing of a visitor stays on a kiosk.
        CHECK(vaultIn(kioskStatus, "welcome-house")["documents"] == 0);
        CHECK(vaultIn(kioskStatus, "welcome-house")["last_sync"].is_string());

        // "Last sync" outlives the process: status is a new process.
        const auto receptionStatus = statusOf(reception);
        CHECK(vaultIn(receptionStatus, "welcome-house")["waiting_to_sync"] == 0);
        CHECK(vaultIn(receptionStatus, "welcome-house")["last_sync"].is_string());
        CHECK(vaultIn(receptionStatus, "config")["last_sync"].is_string());

        auto second = enrolled(folder / "reception-2", "reception", "reception-2", peer.url(), 3);
        const auto pulled = second.run({"sync"});  // --once is the default
        INFO(pulled.err);
        REQUIRE(pulled.exitCode == 0);

        const auto exported = second.run({"export", "stats", "--year", "2026", "--format", "json"});
        INFO(exported.err);
        REQUIRE(exported.exitCode == 0);
        const auto statistics = json::parse(exported.out);
        auto figure = [&](const std::string& metric, const std::string& month, const std::string& service) {
            for (const auto& row : statistics["rows"]) {
                if (row["section"] == "welcome_house" && row["metric"] == metric && row["period"] == "current" &&
                    row["month"] == month && row["service"] == service && row["language"] == "")
                    return row["value"].get<std::int64_t>();
            }
            FAIL("no row " << metric << " " << month << " " << service);
            return std::int64_t{-1};
        };
        CHECK(figure("visits", "", "") == 5);
        CHECK(figure("visits", "2026-11", "community_guide") == 5);
        CHECK(figure("visitors", "2026-11", "community_guide") == 4);  // V0001 came twice
        CHECK(figure("visits", "2026-10", "community_guide") == 0);
    }

    SECTION("vault purge-synced drops only what the central service confirms holding") {
        const auto before = statusOf(kiosk);
        const auto documentsBefore = vaultIn(before, "welcome-house")["documents"].get<int>();
        REQUIRE(documentsBefore >= 2);
        const auto purged = kiosk.run({"--json", "vault", "purge-synced"});
        INFO(intake::test::shown(purged));
        REQUIRE(purged.exitCode == 0);
        const auto answer = json::parse(purged.out);
        REQUIRE(answer["vaults"].size() == 1);  // only the kiosk's queue is purged; config is pull-only
        CHECK(answer["vaults"][0]["name"] == "welcome-house");
        CHECK(answer["vaults"][0]["purged"].get<int>() == documentsBefore);
        CHECK(answer["vaults"][0]["documents_left"] == 0);
        CHECK(vaultIn(statusOf(kiosk), "welcome-house")["documents"] == 0);
        // On a reception tablet the queue is shared both ways and is not purged.
        const auto refused = reception.run({"vault", "purge-synced", "--vault", "welcome-house"});
        CHECK(refused.exitCode == 3);
        CHECK(vaultIn(statusOf(reception), "welcome-house")["documents"].get<int>() >= 3);
    }

    SECTION("sync --continuous runs until stopped and pushes what is waiting") {
        const auto synced = reception.run({"--json", "sync", "--continuous", "--for", "4"});
        INFO(synced.err);
        REQUIRE(synced.exitCode == 0);
        const auto report = json::parse(synced.out);
        std::uint64_t pushed = 0;
        for (const auto& link : report["links"])
            pushed += link["pushed"].get<std::uint64_t>();
        CHECK(pushed >= 3);
        CHECK(vaultIn(statusOf(reception), "welcome-house")["waiting_to_sync"] == 0);
    }
}

TEST_CASE("intake sync --continuous ends cleanly on SIGTERM, and draws progress on a terminal", "[cli][sync]") {
    PouchPeer peer;
    peer.createDatabase("config");
    TempFolder folder;
    auto reception = enrolled(folder / "r", "reception", "reception-1", peer.url());
    writeText(folder / "v.jsonl", visitLine("2026-11-18", "A1", "V0001") + visitLine("2026-11-18", "A2", "V0002") +
                                      visitLine("2026-11-19", "A3", "V0003"));
    REQUIRE(reception.run({"add", "visit", "--file", (folder / "v.jsonl").string()}).exitCode == 0);

    SECTION("SIGTERM (systemd stop, Ctrl-C) ends it with exit 0 and a report") {
        intake::test::ChildProcess sync({intake::test::cliPath(), "--data", reception.dir().string(),
                                         "--development-keys", reception.keys().string(), "sync", "--continuous"});
        // Running for sure once the records (3 visits, 3 audit entries) are on the central service.
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (documentsOn(peer, "queue-welcome-house") < 6 && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        REQUIRE(documentsOn(peer, "queue-welcome-house") == 6);
        sync.kill(SIGTERM);
        const int status = sync.wait();
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
        std::string report;
        for (const auto& line : sync.readLines())
            report += line + "\n";
        CHECK(report.find("pushed") != std::string::npos);
        // A stop may land between a batch and its checkpoint: the next sync
        // finds everything there already, and nothing is doubled.
        const auto again = reception.run({"sync", "--once"});
        INFO(intake::test::shown(again));
        CHECK(again.exitCode == 0);
        CHECK(vaultIn(statusOf(reception), "welcome-house")["waiting_to_sync"] == 0);
        CHECK(documentsOn(peer, "queue-welcome-house") == 6);
    }
    SECTION("on a terminal a progress bar is drawn; piped, nothing but the report") {
        // script(1) gives the program a terminal.
        const std::string command = intake::test::cliPath() + " --data " + reception.dir().string() +
                                    " --development-keys " + reception.keys().string() + " sync --once";
        intake::test::ChildProcess script({"/usr/bin/script", "-qec", command, "/dev/null"});
        std::string output;
        std::string line;
        while (script.waitForLine(line, 60000))
            output += line + "\n";
        const int status = script.wait();
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
        CHECK(output.find("sync welcome-house [") != std::string::npos);
        CHECK(output.find("[" + std::string(30, '#') + "]") != std::string::npos);  // drawn up to done

        const auto piped = reception.run({"sync", "--once"});
        CHECK(piped.exitCode == 0);
        CHECK(piped.err.find("sync welcome-house [") == std::string::npos);
    }
}

TEST_CASE("intake sync reports what stops it and loses nothing", "[cli][sync]") {
    TempFolder folder;

    SECTION("the central service cannot be reached: exit 5, the records wait") {
        auto reception = enrolled(folder / "r", "reception", "reception-1",
                                  "http://127.0.0.1:" + std::to_string(closedLoopbackPort()));
        writeText(folder / "v.jsonl", visitLine("2026-11-18", "A1", "V0001"));
        REQUIRE(reception.run({"add", "visit", "--file", (folder / "v.jsonl").string()}).exitCode == 0);
        const auto synced = reception.run({"sync", "--once", "--attempts", "1"});
        CHECK(synced.exitCode == 5);
        CHECK(synced.err.find("sync.offline") != std::string::npos);
        const auto jsonSynced = reception.run({"--json", "sync", "--attempts", "1"});
        CHECK(jsonSynced.exitCode == 5);
        CHECK(json::parse(jsonSynced.out)["ok"] == false);
        CHECK(vaultIn(statusOf(reception), "welcome-house")["waiting_to_sync"].get<int>() >= 1);
    }
    SECTION("a device without a central service") {
        auto alone = enrolled(folder / "a", "reception", "reception-1", "");
        const auto synced = alone.run({"sync"});
        CHECK(synced.exitCode == 3);
        CHECK(synced.err.find("no central service") != std::string::npos);
    }
    SECTION("not enrolled") {
        CliDevice nobody(folder / "nobody");
        const auto before = intake::test::snapshotFiles(folder.path());
        const auto synced = nobody.run({"sync"});
        CHECK(synced.exitCode == 4);
        CHECK(synced.err.find("not enrolled") != std::string::npos);
        CHECK(intake::test::snapshotFiles(folder.path()) == before);
    }
    SECTION("bad arguments") {
        CliDevice nobody(folder / "nobody");
        for (const auto& args : std::vector<std::vector<std::string>>{{"sync", "--once", "--continuous"},
                                                                      {"sync", "--for", "3"},
                                                                      {"sync", "--continuous", "--for", "-1"},
                                                                      {"sync", "--attempts", "0"},
                                                                      {"sync", "--bogus"}}) {
            const auto result = nobody.run(args);
            INFO(args.back());
            CHECK(result.exitCode == 2);
            CHECK_FALSE(result.err.empty());
        }
        CHECK_FALSE(std::filesystem::exists(folder / "nobody"));
    }
}
