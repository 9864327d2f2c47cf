// `intake enrol`, `intake status` and `intake vault ...` run as the built
// program on a device in a temporary folder (development key files under
// DIR/keys), plus the crash-safety of a vault rekey at the device layer.
// Every refusal is checked for its exit code, a message naming the problem,
// and that nothing in the data folder changed.

#include "cli_runner.h"
#include "temp_folder.h"

#include "intake/core/vault.h"
#include "intake/core/vault_key.h"
#include "intake/device/vault_keys.h"
#include "intake/platform/development_key_file_store.h"
#include "intake/platform/memory_key_store.h"
#include "intake/sync/needs_attention.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using namespace intake;
using nlohmann::json;
using Catch::Matchers::Contains;
using intake::test::CliDevice;
using intake::test::writeText;
using intake::test::shown;
using intake::test::readText;
using intake::test::CliResult;
using intake::test::snapshotFiles;
using intake::test::TempFolder;
namespace fs = std::filesystem;

namespace {

json profileFor(const std::string& role) {
    if (role == "kiosk")
        return {{"role", "kiosk"},
                {"device_id", "kiosk-7"},
                {"site", "welcome-house"},
                {"ticket_slot", 3},
                {"central_url", "https://central.example.se"}};
    if (role == "reception")
        return {{"role", "reception"},
                {"device_id", "reception-2"},
                {"site", "welcome-house"},
                {"ticket_slot", 2},
                {"staff", "anna-berg"},
                {"central_url", "http://127.0.0.1:5985"}};
    if (role == "counselling")
        return {{"role", "counselling"},
                {"device_id", "counselling-1"},
                {"central_url", "https://central.example.se:6984"},
                {"databases", {{"slots", "slots-2027"}, {"counselling_inbox", "inbox-counselling-1"}}}};
    REQUIRE(role == "outreach");
    return {{"role", "outreach"},
            {"device_id", "outreach-3"},
            {"team", "night-team-hisingen"},
            {"staff", "omar-h"},
            {"central_url", "http://localhost:5985"},
            {"databases", {{"outreach", "outreach-night"}, {"config", "config-2027"}}}};
}

std::vector<std::string> vaultsOf(const std::string& role) {
    if (role == "kiosk" || role == "reception")
        return {"config", "welcome-house"};
    if (role == "counselling")
        return {"config", "family-counselling", "counselling-slots"};
    return {"config"};
}

// A device in a temporary folder: its data in `device/`, enrolment profiles
// written beside it (outside the data folder, so snapshots see only the device).
struct Device {
    TempFolder tmp;
    CliDevice cli{tmp / "device"};
    int profiles = 0;

    fs::path data() const { return cli.dir(); }
    fs::path keys() const { return cli.keys(); }

    fs::path writeProfile(const std::string& text) {
        const auto path = tmp / ("enrolment-" + std::to_string(++profiles) + ".json");
        writeText(path, text);
        return path;
    }
    CliResult enrolText(const std::string& text, std::vector<std::string> extra = {}, std::string input = {}) {
        std::vector<std::string> args{"enrol", "--profile", writeProfile(text).string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return cli.run(args, std::move(input));
    }
    CliResult enrol(const json& profile, std::vector<std::string> extra = {}, std::string input = {}) {
        return enrolText(profile.dump(2), std::move(extra), std::move(input));
    }
    void enrolOk(const json& profile) {
        const auto r = enrol(profile);
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
    }
    CliResult run(std::vector<std::string> args, std::string input = {}) const { return cli.run(std::move(args), std::move(input)); }
    json runJson(std::vector<std::string> args, int expectedExit = 0) const {
        args.insert(args.begin(), "--json");
        const auto r = cli.run(args);
        INFO(shown(r));
        REQUIRE(r.exitCode == expectedExit);
        auto parsed = json::parse(r.out, nullptr, false);
        REQUIRE_FALSE(parsed.is_discarded());
        return parsed;
    }
    json savedProfile() const {
        auto parsed = json::parse(readText(data() / "profile.json"), nullptr, false);
        REQUIRE(parsed.is_object());
        return parsed;
    }
    // Adds `count` visits without personal fields (no audit entries) to a Welcome House device.
    void addVisits(int count) {
        std::string lines;
        for (int i = 0; i < count; ++i) {
            lines += json{{"site", "welcome-house"},
                          {"day", anOpenDay()},
                          {"service", "community_guide"},
                          {"ticket", "A" + std::to_string(10 + i)},
                          {"language", "sv"},
                          {"channel", "desk"},
                          {"issued_by", "reception-2"},
                          {"arrived_at", anOpenDay() + "T09:0" + std::to_string(i % 10) + ":00Z"}}
                         .dump() +
                     "\n";
        }
        const auto file = tmp / ("visits-" + std::to_string(++profiles) + ".jsonl");
        writeText(file, lines);
        const auto r = run({"add", "visit", "--file", file.string()});
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
    }
    // A weekday at least a week ago on which community guidance runs (it
    // runs Monday to Friday; the seed's closed dates are holidays) and
    // housing guidance (Wednesdays) does not.
    static std::string anOpenDay() {
        using namespace std::chrono;
        static const std::vector<std::string> kClosed = {
            "2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-06-06",
            "2026-06-19", "2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01", "2027-01-06", "2027-03-26",
            "2027-03-29", "2027-05-01", "2027-05-06", "2027-06-06", "2027-06-25", "2027-12-24", "2027-12-31"};
        auto day = floor<days>(system_clock::now()) - days(7);
        for (;; day -= days(1)) {
            const weekday wd{day};
            const year_month_day ymd{day};
            char text[16];
            std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                          unsigned(ymd.day()));
            if (wd != Saturday && wd != Sunday && wd != Wednesday &&
                std::find(kClosed.begin(), kClosed.end(), std::string(text)) == kClosed.end())
                return text;
        }
    }
};

const json* vaultEntry(const json& status, const std::string& name) {
    for (const auto& v : status.at("vaults")) {
        if (v.at("name") == name)
            return &v;
    }
    return nullptr;
}

}  // namespace

// --- enrol ------------------------------------------------------------------

TEST_CASE("intake enrol sets up a device of each role from a good profile", "[cli][enrol]") {
    const std::string role = GENERATE(as<std::string>{}, "kiosk", "reception", "counselling", "outreach");
    DYNAMIC_SECTION("role " << role) {
        Device device;
        const auto profile = profileFor(role);
        const auto r = device.enrol(profile);
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
        CHECK_THAT(r.out, Contains("Enrolled " + profile.at("device_id").get<std::string>() + " as " + role));
        CHECK_THAT(r.err, Contains("development mode"));

        const auto saved = device.savedProfile();
        CHECK(saved.at("role") == role);
        CHECK(saved.at("device_id") == profile.at("device_id"));
        CHECK(saved.at("central_url") == profile.at("central_url"));
        CHECK(saved.at("credentials") == "");
        for (const char* key : {"site", "ticket_slot", "team", "staff", "databases"}) {
            if (profile.contains(key))
                CHECK(saved.at(key) == profile.at(key));
        }
        CHECK_FALSE(saved.contains("password"));
        CHECK_FALSE(saved.contains("user"));

        for (const auto& vault : vaultsOf(role)) {
            INFO("vault " << vault);
            CHECK_THAT(r.out, Contains("vault " + vault + ": "));
            CHECK(fs::is_regular_file(device.data() / (vault + ".vault")));
            CHECK(fs::is_regular_file(device.data() / (vault + ".vault.keycheck")));
            CHECK(fs::is_regular_file(device.keys() / (vault + ".key")));
            CHECK(readText(device.keys() / (vault + ".key")).size() == 65);  // 64 hex digits and a newline
        }
        // Nothing else: the outreach vault waits for the staff PIN, no credentials without a user.
        CHECK_FALSE(fs::exists(device.data() / "outreach.vault"));
        CHECK_FALSE(fs::exists(device.keys() / "central-credentials.secret"));
        std::size_t keyFiles = 0;
        for (const auto& entry : fs::directory_iterator(device.keys()))
            keyFiles += entry.path().extension() == ".key" ? 1 : 0;
        CHECK(keyFiles == vaultsOf(role).size());
        if (role == "outreach")
            CHECK_THAT(r.out, Contains("The team vault is made when staff choose their PIN"));

        const auto verify = device.runJson({"vault", "verify"});
        CHECK(verify.at("ok") == true);
        CHECK(verify.at("vaults").size() == vaultsOf(role).size());

        const auto status = device.runJson({"status"});
        CHECK(status.at("role") == role);
        CHECK(status.at("device_id") == profile.at("device_id"));
        if (role == "outreach") {
            CHECK(status.at("team") == "night-team-hisingen");
            CHECK(status.at("outreach_vault") == "not set up");
            CHECK(status.at("vaults").at(0).at("database") == "config-2027");
        }
        if (role == "counselling") {
            REQUIRE(vaultEntry(status, "family-counselling"));
            CHECK(vaultEntry(status, "family-counselling")->at("database") == "inbox-counselling-1");
            REQUIRE(vaultEntry(status, "counselling-slots"));
            CHECK(vaultEntry(status, "counselling-slots")->at("database") == "slots-2027");
        }
        if (role == "kiosk" || role == "reception") {
            CHECK(status.at("site") == "welcome-house");
            REQUIRE(vaultEntry(status, "welcome-house"));
            CHECK(vaultEntry(status, "welcome-house")->at("database") == "queue-welcome-house");
        }
    }
}

TEST_CASE("intake enrol --json answers with one JSON document", "[cli][enrol]") {
    Device other;
    const auto j = other.runJson({"enrol", "--profile", other.writeProfile(profileFor("counselling").dump()).string()});
    CHECK(j.at("enrolled") == true);
    CHECK(j.at("device_id") == "counselling-1");
    CHECK(j.at("role") == "counselling");
    CHECK(j.at("data") == other.data().string());
    CHECK(j.at("vaults") == json({"config", "family-counselling", "counselling-slots"}));
    CHECK(j.at("keys_made") == json({"config", "family-counselling", "counselling-slots"}));
    CHECK(j.at("credentials_stored") == false);
    CHECK(j.at("warnings") == json::array());
    CHECK(j.size() == 8);
}

TEST_CASE("intake enrol warns of a ticket slot the site does not have", "[cli][enrol]") {
    Device kiosk;
    auto profile = profileFor("kiosk");
    profile["ticket_slot"] = 7;  // Welcome House has 4 ticket issuers in the seed
    const auto j = kiosk.runJson({"enrol", "--profile", kiosk.writeProfile(profile.dump()).string()});
    CHECK(j.at("enrolled") == true);
    REQUIRE(j.at("warnings").size() == 1);
    CHECK(j.at("warnings")[0].get<std::string>().find("ticket slot 7") != std::string::npos);
}

TEST_CASE("intake enrol keeps the central password in the key store, never in the profile", "[cli][enrol]") {
    Device device;
    const std::string password = "Tr0ub4dor&3-correct-horse";
    auto profile = profileFor("kiosk");
    profile["user"] = "kiosk-7-sync";

    SECTION("text answer") {
        const auto r = device.enrol(profile, {"--password-stdin"}, password + "\n");
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
        CHECK_THAT(r.out, Contains("central credentials stored in the key store"));
        CHECK(r.out.find(password) == std::string::npos);
        CHECK(r.err.find(password) == std::string::npos);
    }
    SECTION("JSON answer") {
        const auto path = device.writeProfile(profile.dump());
        const auto r = device.run({"--json", "enrol", "--profile", path.string(), "--password-stdin"}, password);
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
        const auto j = json::parse(r.out);
        CHECK(j.at("credentials_stored") == true);
        CHECK(j.at("keys_made") == json({"config", "welcome-house"}));
        CHECK(r.out.find(password) == std::string::npos);
        CHECK(r.err.find(password) == std::string::npos);
    }

    const auto profileText = readText(device.data() / "profile.json");
    CHECK(profileText.find(password) == std::string::npos);
    CHECK(profileText.find("password") == std::string::npos);
    const auto saved = device.savedProfile();
    CHECK(saved.at("credentials") == "central-credentials");
    CHECK_FALSE(saved.contains("user"));

    // The development key store keeps secrets as <name>.secret files.
    const auto secretFile = device.keys() / "central-credentials.secret";
    REQUIRE(fs::is_regular_file(secretFile));
    const auto secret = json::parse(readText(secretFile), nullptr, false);
    REQUIRE(secret.is_object());
    CHECK(secret.at("user") == "kiosk-7-sync");
    CHECK(secret.at("password") == password);
    CHECK((fs::status(secretFile).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    // No other file of the device holds it.
    for (const auto& entry : fs::recursive_directory_iterator(device.data())) {
        if (entry.is_regular_file() && entry.path() != secretFile) {
            INFO(entry.path());
            CHECK(readText(entry.path()).find(password) == std::string::npos);
        }
    }

    const auto status = device.runJson({"status"});
    CHECK(status.at("credentials") == true);
    CHECK(status.at("central_url") == "https://central.example.se");
}

TEST_CASE("intake enrol refuses a bad profile and writes nothing", "[cli][enrol]") {
    struct Case {
        std::string name;
        std::string text;  // the profile file's content
        std::string code;
        std::string message;  // a part of the message on standard error
    };
    auto with = [](const char* key, json value) {
        auto p = profileFor("kiosk");
        p[key] = std::move(value);
        return p.dump();
    };
    std::string nested = R"({"role":"kiosk","databases":)";
    for (int i = 0; i < 300; ++i)
        nested += "[";
    for (int i = 0; i < 300; ++i)
        nested += "]";
    nested += "}";
    auto big = profileFor("kiosk");
    big["staff"] = std::string(2 * 1024 * 1024, 'a');

    const std::vector<Case> cases = {
        {"a password", with("password", "hunter2"), "cli.secret_in_profile", "secrets never go into a file"},
        {"credentials", with("credentials", "central-credentials"), "cli.secret_in_profile",
         "secrets never go into a file"},
        {"an unknown key", with("colour", "blue"), "cli.bad_profile", "\"colour\" is missing or not acceptable"},
        {"ticket_slot as text", with("ticket_slot", "2"), "cli.bad_profile", "\"ticket_slot\""},
        {"a negative ticket_slot", with("ticket_slot", -1), "cli.bad_profile", "\"ticket_slot\""},
        {"ticket_slot 0", with("ticket_slot", 0), "cli.bad_profile", "\"ticket_slot\""},
        {"ticket_slot 100", with("ticket_slot", 100), "cli.bad_profile", "\"ticket_slot\""},
        {"ticket_slot 2^32 + 1 (not slot 1)", with("ticket_slot", 4294967297ULL), "cli.bad_profile",
         "\"ticket_slot\""},
        {"ticket_slot 2.5", with("ticket_slot", 2.5), "cli.bad_profile", "\"ticket_slot\""},
        {"device_id as a number", with("device_id", 7), "cli.bad_profile", "\"device_id\""},
        {"site as a list", with("site", json::array({"welcome-house"})), "cli.bad_profile", "\"site\""},
        {"user as a number", with("user", 7), "cli.bad_profile", "\"user\""},
        {"databases as text", with("databases", "queue"), "cli.bad_profile", "\"databases\""},
        {"a database name as a number", with("databases", {{"queue", 5}}), "cli.bad_profile", "\"databases\""},
        {"an unknown database scope", with("databases", {{"archive", "archive"}}), "cli.bad_profile",
         "\"databases\""},
        {"a database name in upper case", with("databases", {{"queue", "Queue-WH"}}), "cli.bad_profile",
         "\"databases\""},
        {"an unknown role", with("role", "janitor"), "cli.bad_profile", "\"role\""},
        {"a role in upper case", with("role", "Kiosk"), "cli.bad_profile", "\"role\""},
        {"a device id in upper case", with("device_id", "Kiosk-7"), "cli.bad_profile", "\"device_id\""},
        {"a device id with a space", with("device_id", "kiosk 7"), "cli.bad_profile", "\"device_id\""},
        {"an empty device id", with("device_id", ""), "cli.bad_profile", "\"device_id\""},
        {"a site with spaces", with("site", "Welcome House"), "cli.bad_profile", "\"site\""},
        {"a team with a space",
         [] {
             auto p = profileFor("outreach");
             p["team"] = "night team";
             return p.dump();
         }(),
         "cli.bad_profile", "\"team\""},
        {"http to another host", with("central_url", "http://central.example.se"), "cli.bad_profile",
         "\"central_url\""},
        {"http to a LAN address", with("central_url", "http://192.168.1.20:5984"), "cli.bad_profile",
         "\"central_url\""},
        {"a central URL that is not one", with("central_url", "central.example.se"), "cli.bad_profile",
         "\"central_url\""},
        {"a central URL with a password in it", with("central_url", "https://it-admin:S3cret@central.example.se"),
         "cli.bad_profile", "\"central_url\""},
        {"a central URL with a database path", with("central_url", "https://central.example.se/queue?x=1"),
         "cli.bad_profile", "\"central_url\""},
        {"not JSON", "role = kiosk\n", "cli.bad_profile", "is not a JSON object"},
        {"a JSON list", R"([{"role":"kiosk"}])", "cli.bad_profile", "is not a JSON object"},
        {"an empty file", "", "cli.bad_profile", "is not a JSON object"},
        {"JSON nested too deep", nested, "cli.bad_profile", "is not a JSON object"},
        {"a 2 MiB file", big.dump(), "cli.bad_file", "larger than 1 MiB"},
    };

    SECTION("each bad profile, on a new device and on an enrolled one with --replace") {
        Device enrolled;
        enrolled.enrolOk(profileFor("kiosk"));
        const auto before = snapshotFiles(enrolled.data());
        const auto profileBefore = readText(enrolled.data() / "profile.json");

        for (const auto& c : cases) {
            INFO("profile with " << c.name);
            {
                // A device not yet enrolled: not even its folder appears.
                Device fresh;
                const auto r = fresh.enrolText(c.text);
                INFO(shown(r));
                CHECK(r.exitCode == 3);
                CHECK_THAT(r.err, Contains(c.message));
                CHECK_THAT(r.err, Contains("(" + c.code + ")"));
                CHECK(r.out.empty());
                CHECK_FALSE(fs::exists(fresh.data()));
            }
            {
                // An enrolled device asked to --replace its profile keeps everything.
                const auto r = enrolled.enrolText(c.text, {"--replace"});
                INFO(shown(r));
                CHECK(r.exitCode == 3);
                CHECK_THAT(r.err, Contains("(" + c.code + ")"));
                CHECK(snapshotFiles(enrolled.data()) == before);
            }
        }
        CHECK(readText(enrolled.data() / "profile.json") == profileBefore);
    }

    SECTION("the password is named as a secret in the JSON answer too") {
        Device fresh;
        const auto path = fresh.writeProfile(with("password", "hunter2"));
        const auto r = fresh.run({"--json", "enrol", "--profile", path.string()});
        CHECK(r.exitCode == 3);
        const auto j = json::parse(r.out);
        CHECK(j.at("error").at("code") == "cli.secret_in_profile");
        CHECK(j.at("error").at("details").at("field") == "password");
        CHECK(r.out.find("hunter2") == std::string::npos);
        CHECK(r.err.find("hunter2") == std::string::npos);
    }
    SECTION("a missing file") {
        Device fresh;
        const auto r = fresh.run({"enrol", "--profile", (fresh.tmp / "nosuch.json").string()});
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("cannot read the profile"));
        CHECK_THAT(r.err, Contains("nosuch.json"));
        CHECK_THAT(r.err, Contains("(cli.bad_file)"));
        CHECK_FALSE(fs::exists(fresh.data()));
    }
    SECTION("a folder instead of a file") {
        Device fresh;
        const auto r = fresh.run({"enrol", "--profile", fresh.tmp.path().string()});
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("(cli.bad_"));
        CHECK_FALSE(fs::exists(fresh.data()));
    }
    SECTION("no --profile at all is a usage error") {
        Device fresh;
        const auto r = fresh.run({"enrol"});
        CHECK(r.exitCode == 2);
        CHECK_THAT(r.err, Contains("--profile"));
        CHECK_FALSE(fs::exists(fresh.data()));
    }
}

TEST_CASE("intake enrol refuses credentials it cannot take safely", "[cli][enrol]") {
    Device device;
    auto profile = profileFor("kiosk");
    profile["user"] = "kiosk-7-sync";

    SECTION("a user without --password-stdin, standard input not a terminal") {
        const auto r = device.enrol(profile, {}, "not-read\n");
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("give the password with --password-stdin"));
        CHECK_THAT(r.err, Contains("(cli.no_password)"));
    }
    SECTION("--password-stdin with nothing on standard input") {
        const auto r = device.enrol(profile, {"--password-stdin"}, "");
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("no password was given"));
        CHECK_THAT(r.err, Contains("(cli.no_password)"));
    }
    SECTION("--password-stdin with an empty line") {
        const auto r = device.enrol(profile, {"--password-stdin"}, "\n");
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("(cli.no_password)"));
    }
    SECTION("--password-stdin without a user") {
        const auto r = device.enrol(profileFor("kiosk"), {"--password-stdin"}, "secret\n");
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("needs a \"user\""));
        CHECK_THAT(r.err, Contains("(cli.no_user)"));
    }
    CHECK_FALSE(fs::exists(device.data()));
    CHECK(snapshotFiles(device.data()).empty());
}

TEST_CASE("intake enrol twice needs --replace, which keeps the vault keys", "[cli][enrol][vault]") {
    Device device;
    device.enrolOk(profileFor("reception"));
    device.addVisits(2);
    const auto before = snapshotFiles(device.data());
    const auto profileBefore = readText(device.data() / "profile.json");
    const auto configKey = readText(device.keys() / "config.key");
    const auto queueKey = readText(device.keys() / "welcome-house.key");

    auto changed = profileFor("reception");
    changed["staff"] = "lina-k";
    changed["ticket_slot"] = 4;

    SECTION("without --replace: refused, the first profile unchanged") {
        const auto r = device.enrol(changed);
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("already enrolled"));
        CHECK_THAT(r.err, Contains("--replace"));
        CHECK_THAT(r.err, Contains("(cli.already_enrolled)"));
        CHECK(snapshotFiles(device.data()) == before);
        CHECK(readText(device.data() / "profile.json") == profileBefore);
        CHECK(device.savedProfile().at("staff") == "anna-berg");
    }
    SECTION("the same profile again without --replace is refused too") {
        const auto r = device.enrol(profileFor("reception"));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("(cli.already_enrolled)"));
        CHECK(snapshotFiles(device.data()) == before);
    }
    SECTION("with --replace: the new profile, the same keys, the vaults still open") {
        const auto r = device.enrol(changed, {"--replace"});
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
        CHECK_THAT(r.out, Contains("keys made: 0"));
        const auto saved = device.savedProfile();
        CHECK(saved.at("staff") == "lina-k");
        CHECK(saved.at("ticket_slot") == 4);
        CHECK(readText(device.keys() / "config.key") == configKey);
        CHECK(readText(device.keys() / "welcome-house.key") == queueKey);

        const auto verify = device.run({"vault", "verify"});
        INFO(shown(verify));
        CHECK(verify.exitCode == 0);
        CHECK_THAT(verify.out, Contains("welcome-house: ok, 2 documents"));
        const auto status = device.runJson({"status"});
        CHECK(vaultEntry(status, "welcome-house")->at("documents") == 2);
    }
}

// --- status -------------------------------------------------------------------

TEST_CASE("intake status on a device that is not enrolled", "[cli][status]") {
    Device device;
    for (bool asJson : {false, true}) {
        std::vector<std::string> args{"status"};
        if (asJson)
            args.insert(args.begin(), "--json");
        const auto r = device.run(args);
        INFO(shown(r));
        CHECK(r.exitCode == 4);
        if (asJson) {
            CHECK(json::parse(r.out).at("error").at("code") == "cli.not_enrolled");
        } else {
            CHECK_THAT(r.err, Contains("not enrolled"));
            CHECK_THAT(r.err, Contains("intake enrol --profile"));
            CHECK_THAT(r.err, Contains("(cli.not_enrolled)"));
        }
    }
    CHECK_FALSE(fs::exists(device.data()));
    for (const auto& args : std::vector<std::vector<std::string>>{{"vault", "verify"}, {"vault", "rekey"},
                                                                  {"vault", "wipe", "--yes"}}) {
        const auto r = device.run(args);
        INFO(args[1] << "\n" << shown(r));
        CHECK(r.exitCode == 4);
        CHECK_THAT(r.err, Contains("(cli.not_enrolled)"));
    }
    CHECK_FALSE(fs::exists(device.data()));
}

TEST_CASE("intake status of a freshly enrolled device, and after records are added", "[cli][status]") {
    Device device;
    device.enrolOk(profileFor("reception"));

    const auto fresh = device.run({"status"});
    INFO(shown(fresh));
    REQUIRE(fresh.exitCode == 0);
    CHECK_THAT(fresh.out, Contains("Device reception-2 (reception), site welcome-house"));
    CHECK_THAT(fresh.out, Contains("vault welcome-house <-> queue-welcome-house: 0 documents"));
    CHECK_THAT(fresh.out, Contains("0 waiting to sync, last sync never"));
    CHECK_THAT(fresh.out, Contains("Nothing needs attention."));

    auto j = device.runJson({"status"});
    CHECK(j.at("device_id") == "reception-2");
    CHECK(j.at("role") == "reception");
    CHECK(j.at("site") == "welcome-house");
    CHECK(j.at("central_url") == "http://127.0.0.1:5985");
    CHECK(j.at("credentials") == false);
    CHECK(j.at("needs_attention") == 0);
    CHECK(j.at("data") == device.data().string());
    REQUIRE(j.at("vaults").is_array());
    REQUIRE(j.at("vaults").size() == 2);
    CHECK(j.at("vaults").at(0).at("name") == "config");
    CHECK(j.at("vaults").at(0).at("database") == "config");
    CHECK(j.at("vaults").at(1).at("name") == "welcome-house");
    CHECK(j.at("vaults").at(1).at("database") == "queue-welcome-house");
    for (const auto& v : j.at("vaults")) {
        INFO(v.dump());
        CHECK(v.at("documents") == 0);
        CHECK(v.at("waiting_to_sync") == 0);
        CHECK(v.at("last_sync").is_null());
        CHECK(v.at("needs_attention") == json::array());
        CHECK(v.at("bytes").get<std::int64_t>() > 0);
    }

    const auto check = device.run({"status", "--check"});
    CHECK(check.exitCode == 0);

    device.addVisits(3);
    j = device.runJson({"status"});
    CHECK(vaultEntry(j, "welcome-house")->at("documents") == 3);
    CHECK(vaultEntry(j, "welcome-house")->at("waiting_to_sync") == 3);
    CHECK(vaultEntry(j, "config")->at("documents") == 0);
    CHECK(vaultEntry(j, "config")->at("waiting_to_sync") == 0);  // pulled only: never waits
    const auto text = device.run({"status"});
    CHECK_THAT(text.out, Contains("welcome-house <-> queue-welcome-house: 3 documents"));
    CHECK_THAT(text.out, Contains("3 waiting to sync"));
    CHECK(device.run({"status", "--check"}).exitCode == 0);

    SECTION("--check exits 7 when something needs a person") {
        {
            // A document the central service refused, as the replicator records it.
            std::ostringstream warnings;
            platform::DevelopmentKeyFileStore keys(device.keys(), warnings);
            auto vault = device::openWithKeyStore(device.data() / "welcome-house.vault", "welcome-house", keys);
            REQUIRE(vault);
            REQUIRE((*vault)->putLocal(sync::kRejectedDocumentsId,
                                       {{"docs",
                                         {{"visit:refused-1",
                                           {{"rev", "1-abc"}, {"reason", "sync.rejected"}, {"at", "2026-01-05T10:00:00Z"}}}}}}));
        }
        const auto r = device.run({"status", "--check"});
        INFO(shown(r));
        CHECK(r.exitCode == 7);
        CHECK_THAT(r.out, Contains("needs attention: visit visit:refused-1 (rejected_by_server)"));
        CHECK_THAT(r.out, Contains("1 item(s) need attention."));
        CHECK(device.run({"status"}).exitCode == 0);  // without --check it is only reported
        const auto a = device.runJson({"status", "--check"}, 7);
        CHECK(a.at("needs_attention") == 1);
        const auto& items = vaultEntry(a, "welcome-house")->at("needs_attention");
        REQUIRE(items.size() == 1);
        CHECK(items.at(0).at("id") == "visit:refused-1");
        CHECK(items.at(0).at("reason") == "rejected_by_server");
        CHECK(items.at(0).at("detail") == "sync.rejected");
    }
    SECTION("a device without a central service counts its changes as waiting") {
        Device kiosk;
        auto p = profileFor("kiosk");
        p["central_url"] = "";
        kiosk.enrolOk(p);
        kiosk.addVisits(2);
        const auto k = kiosk.runJson({"status"});
        CHECK(k.at("central_url") == "");
        CHECK(vaultEntry(k, "welcome-house")->at("waiting_to_sync") == 2);
        CHECK(vaultEntry(k, "welcome-house")->at("last_sync").is_null());
        CHECK_THAT(kiosk.run({"status"}).out, Contains("central service: none (sync off)"));
    }
}

TEST_CASE("intake status with a vault key deleted: not ready, no new key over the gap", "[cli][status]") {
    Device device;
    device.enrolOk(profileFor("reception"));
    device.addVisits(1);
    REQUIRE(fs::remove(device.keys() / "welcome-house.key"));
    const auto before = snapshotFiles(device.data());

    const auto r = device.run({"status"});
    INFO(shown(r));
    CHECK(r.exitCode == 4);
    CHECK_THAT(r.err, Contains("keystore.key_missing"));
    CHECK_THAT(r.err, Contains("no key for the vault"));
    CHECK_FALSE(fs::exists(device.keys() / "welcome-house.key"));
    CHECK(snapshotFiles(device.data()) == before);

    const auto j = device.run({"--json", "status", "--check"});
    CHECK(j.exitCode == 4);
    CHECK(json::parse(j.out).at("error").at("code") == "keystore.key_missing");
    CHECK(snapshotFiles(device.data()) == before);

    // verify reports each vault: config is fine, the queue has no key.
    const auto verify = device.runJson({"vault", "verify"}, 4);
    CHECK(verify.at("ok") == false);
    REQUIRE(verify.at("vaults").size() == 2);
    CHECK(verify.at("vaults").at(0).at("ok") == true);
    CHECK(verify.at("vaults").at(1).at("error").at("code") == "keystore.key_missing");
    CHECK_FALSE(fs::exists(device.keys() / "welcome-house.key"));
    CHECK(snapshotFiles(device.data()) == before);
}

// --- vault --------------------------------------------------------------------

TEST_CASE("intake vault verify finds a damaged vault and still reports the others", "[cli][vault]") {
    Device device;
    device.enrolOk(profileFor("counselling"));

    const auto ok = device.run({"vault", "verify"});
    INFO(shown(ok));
    REQUIRE(ok.exitCode == 0);
    CHECK_THAT(ok.out, Contains("All vaults are intact"));
    for (const char* name : {"config", "family-counselling", "counselling-slots"})
        CHECK_THAT(ok.out, Contains(std::string(name) + ": ok, 0 documents"));
    auto j = device.runJson({"vault", "verify"});
    CHECK(j.at("ok") == true);
    REQUIRE(j.at("vaults").size() == 3);
    for (const auto& v : j.at("vaults")) {
        CHECK(v.at("ok") == true);
        CHECK(v.at("documents") == 0);
    }
    const auto one = device.runJson({"vault", "verify", "--vault", "counselling-slots"});
    REQUIRE(one.at("vaults").size() == 1);
    CHECK(one.at("vaults").at(0).at("name") == "counselling-slots");

    // Overwrite bytes in the middle of the inbox vault's file.
    const auto path = device.data() / "family-counselling.vault";
    const auto size = fs::file_size(path);
    REQUIRE(size >= 4 * 4096);
    {
        std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(static_cast<std::streamoff>(size / 2));
        const std::string junk(4096, '\xA5');
        file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
        REQUIRE(file.good());
    }

    const auto damaged = device.run({"vault", "verify"});
    INFO(shown(damaged));
    CHECK(damaged.exitCode != 0);
    CHECK(damaged.exitCode == 1);
    CHECK_THAT(damaged.out, Contains("Some vaults failed the check"));
    CHECK_THAT(damaged.out, Contains("family-counselling: FAILED"));
    CHECK_THAT(damaged.out, Contains("(vault.damaged)"));
    CHECK_THAT(damaged.out, Contains("config: ok, 0 documents"));
    CHECK_THAT(damaged.out, Contains("counselling-slots: ok, 0 documents"));

    j = device.runJson({"vault", "verify"}, 1);
    CHECK(j.at("ok") == false);
    REQUIRE(j.at("vaults").size() == 3);
    CHECK(j.at("vaults").at(0).at("ok") == true);
    CHECK(j.at("vaults").at(1).at("name") == "family-counselling");
    CHECK(j.at("vaults").at(1).at("ok") == false);
    CHECK(j.at("vaults").at(1).at("error").at("code") == "vault.damaged");
    CHECK(j.at("vaults").at(2).at("name") == "counselling-slots");
    CHECK(j.at("vaults").at(2).at("ok") == true);
}

TEST_CASE("intake vault rekey gives every vault a new key and keeps the data", "[cli][vault]") {
    Device device;
    device.enrolOk(profileFor("reception"));
    device.addVisits(3);
    const auto statusBefore = device.runJson({"status"});
    const auto configKey = readText(device.keys() / "config.key");
    const auto queueKey = readText(device.keys() / "welcome-house.key");
    const auto queueCheck = readText(device.data() / "welcome-house.vault.keycheck");

    SECTION("every vault") {
        const auto r = device.run({"vault", "rekey"});
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
        CHECK_THAT(r.out, Contains("config: new key"));
        CHECK_THAT(r.out, Contains("welcome-house: new key"));
        CHECK(readText(device.keys() / "config.key") != configKey);
        CHECK(readText(device.keys() / "welcome-house.key") != queueKey);
        CHECK(readText(device.keys() / "welcome-house.key").size() == 65);
        CHECK(readText(device.data() / "welcome-house.vault.keycheck") != queueCheck);
    }
    SECTION("one vault, as JSON") {
        const auto j = device.runJson({"vault", "rekey", "--vault", "welcome-house"});
        CHECK(j.at("rekeyed") == json({"welcome-house"}));
        CHECK(readText(device.keys() / "config.key") == configKey);
        CHECK(readText(device.keys() / "welcome-house.key") != queueKey);
    }
    // No pending key is left behind.
    for (const auto& entry : fs::directory_iterator(device.keys())) {
        INFO(entry.path());
        CHECK(entry.path().string().find(".next") == std::string::npos);
        CHECK(entry.path().extension() != ".tmp");
    }
    const auto statusAfter = device.runJson({"status"});
    REQUIRE(statusAfter.at("vaults").size() == statusBefore.at("vaults").size());
    for (std::size_t i = 0; i < statusBefore.at("vaults").size(); ++i) {
        CHECK(statusAfter.at("vaults").at(i).at("documents") == statusBefore.at("vaults").at(i).at("documents"));
        CHECK(statusAfter.at("vaults").at(i).at("waiting_to_sync") ==
              statusBefore.at("vaults").at(i).at("waiting_to_sync"));
    }
    CHECK(vaultEntry(statusAfter, "welcome-house")->at("documents") == 3);
    CHECK(device.run({"vault", "verify"}).exitCode == 0);

    // The old key no longer opens the vault.
    auto oldKey = VaultKey::fromHex(queueKey.substr(0, 64));
    REQUIRE(oldKey);
    auto withOld = Vault::open({device.data() / "welcome-house.vault", *oldKey, std::nullopt});
    REQUIRE_FALSE(withOld);
    CHECK(withOld.error().name() == "vault.wrong_key");
}

TEST_CASE("intake vault wipe needs --yes, refuses to lose unsynced records, and removes keys", "[cli][vault]") {
    Device device;
    device.enrolOk(profileFor("reception"));
    device.addVisits(2);
    const auto before = snapshotFiles(device.data());

    SECTION("without --yes nothing is removed") {
        const auto r = device.run({"vault", "wipe"});
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("cannot be undone; add --yes"));
        CHECK_THAT(r.err, Contains("(cli.not_confirmed)"));
        CHECK(snapshotFiles(device.data()) == before);
        const auto named = device.run({"vault", "wipe", "--vault", "config"});
        CHECK(named.exitCode == 3);
        CHECK(snapshotFiles(device.data()) == before);
    }
    SECTION("with records not yet synced nothing is removed") {
        // Counting what is waiting makes the vault's replication identity
        // (a _local document) on the first look, as `intake status` does:
        // that first refusal changes the vault files though it removes nothing.
        const auto first = device.run({"vault", "wipe", "--yes"});
        INFO(shown(first));
        CHECK(first.exitCode == 3);
        CHECK_THAT(first.err, Contains("(cli.unsynced_records)"));
        for (const auto& [file, _] : before)
            CHECK(fs::exists(device.data() / file));
        const auto looked = snapshotFiles(device.data());
        const auto r = device.run({"vault", "wipe", "--yes"});
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("vault welcome-house has 2 change(s) not yet on the central service"));
        CHECK_THAT(r.err, Contains("--discard-unsynced"));
        CHECK_THAT(r.err, Contains("(cli.unsynced_records)"));
        CHECK(snapshotFiles(device.data()) == looked);
        const auto j = device.runJson({"vault", "wipe", "--yes", "--vault", "welcome-house"}, 3);
        CHECK(j.at("error").at("code") == "cli.unsynced_records");
        CHECK(j.at("error").at("details").at("vault") == "welcome-house");
        CHECK(j.at("error").at("details").at("waiting_to_sync") == 2);
        CHECK(snapshotFiles(device.data()) == looked);
    }
    SECTION("--yes --discard-unsynced removes the vault, its sidecars and its key, and nothing else") {
        const auto r = device.run({"vault", "wipe", "--yes", "--discard-unsynced", "--vault", "welcome-house"});
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
        CHECK_THAT(r.out, Contains("welcome-house: wiped"));
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".keycheck"})
            CHECK_FALSE(fs::exists(device.data() / (std::string("welcome-house.vault") + suffix)));
        CHECK_FALSE(fs::exists(device.keys() / "welcome-house.key"));
        CHECK(fs::exists(device.data() / "config.vault"));
        CHECK(fs::exists(device.data() / "config.vault.keycheck"));
        CHECK(fs::exists(device.keys() / "config.key"));
        CHECK(fs::exists(device.data() / "profile.json"));
        const auto verify = device.runJson({"vault", "verify", "--vault", "config"});
        CHECK(verify.at("ok") == true);
    }
    SECTION("when what is unsynced cannot be told (a vault's key is gone), nothing is wiped") {
        fs::remove(device.keys() / "welcome-house.key");
        const auto lost = snapshotFiles(device.data());
        const auto r = device.run({"vault", "wipe", "--yes", "--vault", "welcome-house"});
        INFO(shown(r));
        CHECK(r.exitCode == 4);
        CHECK_THAT(r.err, Contains("(keystore.key_missing)"));
        CHECK_THAT(r.err, Contains("--discard-unsynced"));
        CHECK(snapshotFiles(device.data()) == lost);
        // Said plainly, it goes: a vault without its key is unreadable anyway.
        const auto forced = device.run({"vault", "wipe", "--yes", "--discard-unsynced", "--vault", "welcome-house"});
        INFO(shown(forced));
        CHECK(forced.exitCode == 0);
        CHECK_FALSE(fs::exists(device.data() / "welcome-house.vault"));
    }
    SECTION("a config vault (pulled only) is wiped with --yes alone") {
        const auto j = device.runJson({"vault", "wipe", "--yes", "--vault", "config"});
        CHECK(j.at("wiped") == json({"config"}));
        CHECK_FALSE(fs::exists(device.data() / "config.vault"));
        CHECK_FALSE(fs::exists(device.keys() / "config.key"));
        CHECK(fs::exists(device.data() / "welcome-house.vault"));
        CHECK(fs::exists(device.keys() / "welcome-house.key"));
    }
}

TEST_CASE("intake vault commands refuse a vault the device does not have", "[cli][vault]") {
    Device device;
    device.enrolOk(profileFor("counselling"));
    const auto before = snapshotFiles(device.data());
    for (const auto& command : {"verify", "rekey", "purge-synced", "wipe"}) {
        const auto r = device.run({"vault", command, "--vault", "nosuch", "--yes"});
        INFO(command << "\n" << shown(r));
        if (std::string(command) != "wipe") {
            // --yes belongs to wipe only: a usage error, before the vault name is looked at.
            CHECK(r.exitCode == 2);
            const auto named = device.run({"vault", command, "--vault", "nosuch"});
            INFO(shown(named));
            CHECK(named.exitCode == 3);
            CHECK_THAT(named.err, Contains("has no vault \"nosuch\""));
            CHECK_THAT(named.err, Contains("its vaults are config, family-counselling, counselling-slots"));
            CHECK_THAT(named.err, Contains("(cli.unknown_vault)"));
        } else {
            CHECK(r.exitCode == 3);
            CHECK_THAT(r.err, Contains("this counselling device has no vault \"nosuch\""));
            CHECK_THAT(r.err, Contains("its vaults are config, family-counselling, counselling-slots"));
        }
        CHECK(snapshotFiles(device.data()) == before);
    }
    // A vault of another role.
    const auto r = device.run({"vault", "verify", "--vault", "welcome-house"});
    CHECK(r.exitCode == 3);
    CHECK_THAT(r.err, Contains("(cli.unknown_vault)"));
    CHECK(snapshotFiles(device.data()) == before);
}

TEST_CASE("intake vault purge-synced on a device without a central service", "[cli][vault]") {
    Device device;
    auto p = profileFor("kiosk");
    p["central_url"] = "";
    device.enrolOk(p);
    device.addVisits(2);
    const auto before = snapshotFiles(device.data());
    for (const auto& args : std::vector<std::vector<std::string>>{{"vault", "purge-synced"},
                                                                  {"vault", "purge-synced", "--vault", "welcome-house"}}) {
        const auto r = device.run(args);
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("no central service"));
        CHECK_THAT(r.err, Contains("(cli.no_central)"));
        CHECK(snapshotFiles(device.data()) == before);
    }
    const auto j = device.runJson({"vault", "purge-synced"}, 3);
    CHECK(j.at("error").at("code") == "cli.no_central");
    // The config vault is pulled only: never purged.
    const auto config = device.run({"vault", "purge-synced", "--vault", "config"});
    INFO(shown(config));
    CHECK(config.exitCode == 3);
    CHECK_THAT(config.err, Contains("vault config keeps its records"));
    CHECK(config.err.find("both ways") == std::string::npos);
    CHECK_THAT(config.err, Contains("(cli.not_purgeable)"));
    CHECK(snapshotFiles(device.data()) == before);
    CHECK(vaultEntry(device.runJson({"status"}), "welcome-house")->at("documents") == 2);
}

// --- crash safety of a rekey (device layer) ----------------------------------

namespace {

std::unique_ptr<Vault> opened(Result<std::unique_ptr<Vault>> vault) {
    if (!vault)
        FAIL("vault: " << vault.error().name() << " " << vault.error().detail());
    return std::move(*vault);
}

void putNote(Vault& vault, const std::string& id, const std::string& text) {
    auto put = vault.put({id, json{{"type", "note"}, {"text", text}}, "", false});
    REQUIRE(put);
}

std::string noteOf(Vault& vault, const std::string& id) {
    auto doc = vault.get(id);
    REQUIRE(doc);
    return doc->body.at("text").get<std::string>();
}

}  // namespace

TEST_CASE("an interrupted vault rekey is settled by the next open", "[cli][vault]") {
    TempFolder tmp;
    const auto path = tmp / "queue.vault";
    const std::string name = "queue";
    const std::string pending = device::pendingKeyName(name);
    CHECK(pending == "queue.next");

    platform::MemoryKeyStore memory;
    std::ostringstream warnings;
    platform::DevelopmentKeyFileStore files(tmp / "keys", warnings);
    platform::KeyStore* stores[] = {&memory, &files};
    const int which = GENERATE(0, 1);
    auto& keys = *stores[which];
    INFO((which == 0 ? "MemoryKeyStore" : "DevelopmentKeyFileStore"));

    {
        auto vault = opened(device::openWithKeyStore(path, name, keys));
        putNote(*vault, "note:1", "before the rekey");
    }
    auto oldKey = keys.load(name);
    REQUIRE(oldKey);
    auto next = VaultKey::random();
    REQUIRE(next);
    REQUIRE_FALSE(*next == *oldKey);

    SECTION("(a) the pending key was stored, the vault never rekeyed: the old key opens it, the pending goes") {
        REQUIRE(keys.store(pending, *next));
        {
            auto vault = opened(device::openWithKeyStore(path, name, keys));
            CHECK(noteOf(*vault, "note:1") == "before the rekey");
            putNote(*vault, "note:2", "after settling");
        }
        auto current = keys.load(name);
        REQUIRE(current);
        CHECK(*current == *oldKey);
        auto left = keys.load(pending);
        REQUIRE_FALSE(left);
        CHECK(left.error().name() == "keystore.key_missing");
        // The vault has the old key still, and only it.
        CHECK(Vault::open({path, *oldKey, std::nullopt}));
        auto withNext = Vault::open({path, *next, std::nullopt});
        REQUIRE_FALSE(withNext);
        CHECK(withNext.error().name() == "vault.wrong_key");
    }
    SECTION("(b) the vault was rekeyed, the key store still has the old key: the new key is adopted") {
        {
            auto vault = opened(Vault::open({path, *oldKey, std::nullopt}));
            REQUIRE(vault->rekey(*next));
        }
        REQUIRE(keys.store(pending, *next));
        {
            auto vault = opened(device::openWithKeyStore(path, name, keys));
            CHECK(noteOf(*vault, "note:1") == "before the rekey");
            putNote(*vault, "note:2", "after settling");
        }
        auto current = keys.load(name);
        REQUIRE(current);
        CHECK(*current == *next);
        auto left = keys.load(pending);
        REQUIRE_FALSE(left);
        CHECK(left.error().name() == "keystore.key_missing");
        auto withOld = Vault::open({path, *oldKey, std::nullopt});
        REQUIRE_FALSE(withOld);
        // Opening again is plain: no pending key, the stored key opens it.
        auto again = opened(device::openWithKeyStore(path, name, keys));
        CHECK(noteOf(*again, "note:2") == "after settling");
        CHECK(*again->documentCount() == 2);
    }
    SECTION("(c) a rekey that finished: a new key, no pending, the data kept") {
        REQUIRE(device::rekeyWithKeyStore(path, name, keys));
        auto current = keys.load(name);
        REQUIRE(current);
        CHECK_FALSE(*current == *oldKey);
        CHECK_FALSE(keys.load(pending));
        auto vault = opened(device::openWithKeyStore(path, name, keys));
        CHECK(noteOf(*vault, "note:1") == "before the rekey");
    }
    SECTION("a vault whose key is gone is key_missing, and no key is made over the gap") {
        REQUIRE(keys.remove(name));
        auto vault = device::openWithKeyStore(path, name, keys);
        REQUIRE_FALSE(vault);
        CHECK(vault.error().name() == "keystore.key_missing");
        CHECK_FALSE(keys.load(name));
        CHECK(fs::exists(path));
    }
    if (which == 1)
        CHECK_THAT(warnings.str(), Contains("development mode"));
}
