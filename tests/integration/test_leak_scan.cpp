// The leak scan: a scripted day on a device (tests/integration/scripted_day.cpp)
// with check-ins, a family-counselling application, outreach work, a sync
// and a crash; then no file the device wrote, and nothing it printed, holds
// any of the day's personal data.
#include "child_process.h"
#include "pouchdb_peer.h"
#include "temp_folder.h"

#include "intake/core/vault.h"
#include "intake/platform/development_key_file_store.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

using namespace intake;
using namespace intake::test;

namespace {

// Everything personal the scripted day types in (as the app stores it too:
// phones in E.164, the local part of each).
const std::vector<std::string> kPersonal = {
    "Leakamina", "LEAKCODE77", "Leakolena", "701112299", "Leaksara", "Leakahmadi", "701112233",
    "leak.sara@example.org", "Leakdawit", "Leakkalle", "Leakkarl", "Leaksson", "LEAKPC42",
    "Leakreason", "Leakchild", "Leakconcern"};

std::string lower(std::string text) {
    for (auto& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Which personal strings occur in `text` (case-insensitive).
std::vector<std::string> found(const std::string& text) {
    const auto haystack = lower(text);
    std::vector<std::string> hits;
    for (const auto& needle : kPersonal)
        if (haystack.find(lower(needle)) != std::string::npos)
            hits.push_back(needle);
    return hits;
}

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Every regular file under `folder` with any personal string in it.
std::map<std::string, std::vector<std::string>> scanFolder(const std::filesystem::path& folder, std::size_t& files) {
    std::map<std::string, std::vector<std::string>> leaks;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (!entry.is_regular_file())
            continue;
        ++files;
        auto hits = found(readAll(entry.path()));
        if (!hits.empty())
            leaks[std::filesystem::relative(entry.path(), folder).string()] = hits;
    }
    return leaks;
}

// Runs the day with stdout and stderr together on the pipe, and TMPDIR
// inside the device folder so that temporary files are scanned too.
// `crash`: the day stops with its vaults open and is killed (SIGKILL).
std::vector<std::string> runDay(const std::filesystem::path& device, const std::string& central, bool crash = false) {
    std::filesystem::create_directories(device / "tmp");
    ChildProcess day({"/bin/sh", "-c", "TMPDIR=\"$1\" exec \"$2\" \"$3\" \"$4\" $5 2>&1", "sh",
                      (device / "tmp").string(), INTAKE_SCRIPTED_DAY, device.string(), central,
                      crash ? "hang" : ""});
    std::vector<std::string> lines;
    std::string line;
    while (day.waitForLine(line, 60000)) {
        lines.push_back(line);
        if (crash && line == "hanging") {
            day.kill(SIGKILL);
            break;
        }
    }
    const int status = day.wait();
    if (crash) {
        REQUIRE(WIFSIGNALED(status));
    } else {
        INFO("output: " << lines.size() << " lines");
        REQUIRE(WIFEXITED(status));
        REQUIRE(WEXITSTATUS(status) == 0);
        REQUIRE_FALSE(lines.empty());
        CHECK(lines.back() == "day done");
    }
    return lines;
}

}  // namespace

TEST_CASE("after a day of work no file or output holds anyone's personal data", "[security][leak]") {
    PouchPeer peer;
    peer.createDatabase("day-queue");
    peer.createDatabase("day-outreach");
    const auto central = peer.url() + "/day";
    TempFolder root;
    const auto device = root / "device";
    const auto crashed = root / "crashed-device";

    const auto output = runDay(device, central);
    // And a device killed in the middle of its day: a WAL full of fresh
    // writes that no checkpoint has tidied.
    const auto crashOutput = runDay(crashed, central, true);
    REQUIRE(crashOutput.back() == "hanging");

    std::string printed;
    for (const auto& line : output)
        printed += line + "\n";
    for (const auto& line : crashOutput)
        printed += line + "\n";
    CHECK(found(printed).empty());

    std::size_t files = 0;
    const auto leaks = scanFolder(root.path(), files);
    for (const auto& [file, hits] : leaks)
        FAIL_CHECK(file << " contains " << hits.front() << " (and " << hits.size() - 1 << " more)");
    CHECK(files >= 8);  // vaults, their -wal files, key checks, keys
    bool sawWal = false;
    std::string listing;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(crashed)) {
        sawWal = sawWal || entry.path().string().ends_with("-wal");
        listing += entry.path().filename().string() + " ";
    }
    INFO("the crashed device left: " << listing);
    CHECK(sawWal);

    // The scan can see: the outreach vault really holds the alias, readable
    // with its key only.
    std::ostringstream warnings;
    platform::DevelopmentKeyFileStore keys(device / "keys", warnings);
    auto key = keys.load("outreach");
    REQUIRE(key.ok());
    auto vault = Vault::open({device / "outreach.vault", *key, std::nullopt});
    REQUIRE(vault.ok());
    auto contacts = (*vault)->query({.type = "contact"});
    REQUIRE(contacts.ok());
    REQUIRE(contacts->size() == 1);
    CHECK(found(contacts->front().body.dump()) == std::vector<std::string>{"Leakkalle", "Leakkarl", "Leaksson", "LEAKPC42"});
}
