// `intake add TYPE` run as the built program: records checked like the
// app's forms, all or nothing, ids printed once they are on disk, and read
// back from the vault with the device's own key. Welcome House visits on a
// reception tablet, sealed applications on a counselling device, outreach
// contacts behind the staff PIN. Nothing of a record's contents is printed.

#include "cli_runner.h"
#include "demo_data.h"
#include "temp_folder.h"

#include "intake/core/counselling.h"
#include "intake/core/staff_pin.h"
#include "intake/core/vault.h"
#include "intake/device/vault_keys.h"
#include "intake/platform/development_key_file_store.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <optional>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace intake;
using nlohmann::json;
using Catch::Matchers::Contains;
using intake::test::CliDevice;
using intake::test::writeText;
using intake::test::shown;
using intake::test::linesOf;
using intake::test::CliResult;
using intake::test::snapshotFiles;
using intake::test::TempFolder;
namespace fs = std::filesystem;

namespace {

// A name that must never be printed by `intake add`.
const std::string kSecretName = "Zlatimira";
const std::string kPin = "428613";

std::string dayText(std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    return text;
}

// A weekday at least a week ago, not a holiday of the seed config, and not a
// Wednesday: community guidance (A, Monday to Friday) runs, housing guidance
// (B, Wednesdays only) does not.
std::string openDay() {
    using namespace std::chrono;
    static const std::set<std::string> kClosed = {
        "2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-06-06",
        "2026-06-19", "2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01", "2027-01-06", "2027-03-26",
        "2027-03-29", "2027-05-01", "2027-05-06", "2027-06-06", "2027-06-25", "2027-12-24", "2027-12-31"};
    for (auto day = floor<days>(system_clock::now()) - days(7);; day -= days(1)) {
        const weekday wd{day};
        if (wd != Saturday && wd != Sunday && wd != Wednesday && !kClosed.contains(dayText(day)))
            return dayText(day);
    }
}

// An RFC 3339 time `hoursAgo` hours before now, in UTC.
std::string hoursAgo(int hours) {
    using namespace std::chrono;
    const auto t = floor<seconds>(system_clock::now()) - std::chrono::hours(hours);
    const auto day = floor<days>(t);
    const hh_mm_ss<seconds> time{t - day};
    char text[32];
    std::snprintf(text, sizeof text, "%sT%02d:%02d:%02dZ", dayText(day).c_str(), int(time.hours().count()),
                  int(time.minutes().count()), int(time.seconds().count()));
    return text;
}

json visit(int n) {
    const auto day = openDay();
    return {{"site", "welcome-house"},
            {"day", day},
            {"service", "community_guide"},
            {"ticket", "A" + std::to_string(10 + n)},
            {"language", n % 2 ? "ar" : "uk"},
            {"channel", "desk"},
            {"issued_by", "reception-2"},
            {"status", "waiting"},
            {"arrived_at", day + "T08:" + std::to_string(10 + n) + ":00Z"}};
}

json namedVisit(int n) {
    auto v = visit(n);
    v["first_name"] = kSecretName;
    v["visitor_code"] = "ZK47";
    return v;
}

json application() {
    return {{"received_at", hoursAgo(3)},
            {"adults", json::array({{{"first_name", kSecretName},
                                     {"last_name", "Kovacevic-Quist"},
                                     {"phone", "+46731558821"}}})},
            {"contact", "phone"},
            {"small_children", true},
            {"priority", true},
            {"language", "sv"},
            {"consent", true},
            {"reference", "QX4711"}};
}

json contact() {
    return {{"at", hoursAgo(2)},
            {"team", "night-team-hisingen"},
            {"area", "hisingen"},
            {"place", "Hjalmar Brantingsplatsen"},
            {"anonymous", false},
            {"alias", kSecretName},
            {"person_code", "ZQ4711"},
            {"gender", "woman"},
            {"age_band", "26-35"},
            {"needs", {"food"}},
            {"actions", {"conversation"}},
            {"consent", true},
            {"recorded_by", "omar-h"}};
}

std::string jsonLines(const std::vector<json>& docs) {
    std::string text;
    for (const auto& d : docs)
        text += d.dump() + "\n";
    return text;
}

struct Device {
    TempFolder tmp;
    CliDevice cli{tmp / "device"};
    int files = 0;

    fs::path data() const { return cli.dir(); }

    fs::path write(const std::string& text, const std::string& ext = ".jsonl") {
        const auto path = tmp / ("input-" + std::to_string(++files) + ext);
        writeText(path, text);
        return path;
    }
    void enrol(const json& profile) {
        const auto r = cli.run({"enrol", "--profile", write(profile.dump(), ".json").string()});
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
    }
    void enrolReception() {
        enrol({{"role", "reception"},
               {"device_id", "reception-2"},
               {"site", "welcome-house"},
               {"ticket_slot", 2},
               {"staff", "anna-berg"},
               {"central_url", "http://127.0.0.1:5985"}});
    }
    CliResult run(std::vector<std::string> args, std::string input = {}) const {
        return cli.run(std::move(args), std::move(input));
    }
    CliResult addFile(const std::string& type, const std::string& text, std::string input = {}) {
        return run({"add", type, "--file", write(text).string()}, std::move(input));
    }
    // The vault as the device itself opens it (after intake has exited).
    std::unique_ptr<Vault> openVault(const std::string& name) const {
        std::ostringstream warnings;
        platform::DevelopmentKeyFileStore keys(cli.keys(), warnings);
        auto vault = device::openWithKeyStore(data() / (name + ".vault"), name, keys);
        if (!vault)
            FAIL("opening " << name << ": " << vault.error().name());
        return std::move(*vault);
    }
};

std::int64_t documentsIn(Vault& vault) {
    auto count = vault.documentCount();
    REQUIRE(count);
    return *count;
}

void checkNothingPrinted(const CliResult& r, const std::vector<std::string>& secrets) {
    for (const auto& s : secrets) {
        INFO("looking for " << s);
        CHECK(r.out.find(s) == std::string::npos);
        CHECK(r.err.find(s) == std::string::npos);
    }
}

}  // namespace

// --- visits on a reception tablet --------------------------------------------

TEST_CASE("intake add visit writes a JSON lines file and prints each id once it is on disk", "[cli][add]") {
    Device device;
    device.enrolReception();
    const std::vector<json> docs = {visit(1), namedVisit(2), visit(3), visit(4)};
    const auto r = device.addFile("visit", jsonLines(docs));
    INFO(shown(r));
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.err, Contains("4 visit record(s) written."));
    checkNothingPrinted(r, {kSecretName, "ZK47"});

    const auto ids = linesOf(r.out);
    REQUIRE(ids.size() == 4);
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 4);
    for (const auto& id : ids) {
        CHECK(id.rfind("visit:", 0) == 0);
        CHECK(id.size() > 10);
    }

    auto vault = device.openVault("welcome-house");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        INFO("line " << i + 1 << ": " << ids[i]);
        auto doc = vault->get(ids[i]);
        REQUIRE(doc);
        CHECK(doc->body.at("type") == "visit");
        CHECK(doc->body.at("site") == "welcome-house");
        CHECK(doc->body.at("service") == "community_guide");
        CHECK(doc->body.at("ticket") == docs[i].at("ticket"));
        CHECK(doc->body.at("language") == docs[i].at("language"));
        CHECK(doc->body.at("arrived_at") == docs[i].at("arrived_at"));
        CHECK(doc->body.at("channel") == "desk");
        CHECK(doc->rev.rfind("1-", 0) == 0);
    }
    CHECK(vault->get(ids[1])->body.at("first_name") == kSecretName);
    // Only the visit that names a person has an audit entry.
    CHECK(documentsIn(*vault) == 5);
    auto audits = vault->query({.type = "audit"});
    REQUIRE(audits);
    REQUIRE(audits->size() == 1);
    CHECK(audits->at(0).body.at("record_id") == ids[1]);
    CHECK(audits->at(0).body.at("record_type") == "visit");
    CHECK(audits->at(0).body.at("action") == "create");
    CHECK(audits->at(0).body.at("device") == "reception-2");
    CHECK(audits->at(0).body.at("actor") == "anna-berg");  // the profile's staff
    CHECK(audits->at(0).body.dump().find(kSecretName) == std::string::npos);
    vault.reset();

    const auto status = device.run({"--json", "status"});
    REQUIRE(status.exitCode == 0);
    const auto s = json::parse(status.out);
    CHECK(s.at("vaults").at(1).at("name") == "welcome-house");
    CHECK(s.at("vaults").at(1).at("documents") == 5);
    CHECK(s.at("vaults").at(1).at("waiting_to_sync") == 5);
}

TEST_CASE("intake add visit --json writes one record; --json output shape", "[cli][add]") {
    Device device;
    device.enrolReception();

    SECTION("--json DOC prints the id") {
        const auto r = device.run({"add", "visit", "--json", namedVisit(1).dump(), "--actor", "desk-3"});
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
        const auto ids = linesOf(r.out);
        REQUIRE(ids.size() == 1);
        CHECK(ids[0].rfind("visit:", 0) == 0);
        checkNothingPrinted(r, {kSecretName});
        auto vault = device.openVault("welcome-house");
        CHECK(vault->get(ids[0]));
        auto audits = vault->query({.type = "audit"});
        REQUIRE(audits);
        REQUIRE(audits->size() == 1);
        CHECK(audits->at(0).body.at("actor") == "desk-3");  // --actor
    }
    SECTION("an _id of the type is kept") {
        auto doc = visit(1);
        doc["_id"] = "visit:from-paper-0001";
        const auto r = device.run({"add", "visit", "--json", doc.dump()});
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
        CHECK(r.out == "visit:from-paper-0001\n");
        CHECK(device.openVault("welcome-house")->get("visit:from-paper-0001"));
    }
    SECTION("the global --json flag: {type, written: [{line, id}], count}") {
        const auto file = device.write("\n" + jsonLines({visit(1), visit(2)}) + "\n" + visit(3).dump() + "\n");
        const auto r = device.run({"--json", "add", "visit", "--file", file.string()});
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
        const auto j = json::parse(r.out);
        CHECK(j.at("type") == "visit");
        CHECK(j.at("count") == 3);
        REQUIRE(j.at("written").size() == 3);
        // Line numbers are the file's, blank lines counted.
        CHECK(j.at("written").at(0).at("line") == 2);
        CHECK(j.at("written").at(1).at("line") == 3);
        CHECK(j.at("written").at(2).at("line") == 5);
        CHECK(j.size() == 3);
        auto vault = device.openVault("welcome-house");
        for (const auto& w : j.at("written")) {
            CHECK(w.size() == 2);
            CHECK(vault->get(w.at("id").get<std::string>()));
        }
        CHECK(documentsIn(*vault) == 3);
    }
    SECTION("--file - reads standard input") {
        const auto r = device.run({"add", "visit", "--file", "-"}, jsonLines({visit(1), visit(2)}));
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
        CHECK(linesOf(r.out).size() == 2);
        CHECK(documentsIn(*device.openVault("welcome-house")) == 2);
    }
}

TEST_CASE("intake add writes nothing when one line is bad, and names the line, field and problem", "[cli][add]") {
    Device device;
    device.enrolReception();
    auto housing = visit(3);  // housing runs on Wednesdays only: openDay() is never one
    housing["service"] = "housing";
    housing["ticket"] = "B13";
    housing["first_name"] = kSecretName;
    const auto text = jsonLines({namedVisit(1), visit(2), housing, visit(4)});
    const auto before = snapshotFiles(device.data());

    const auto r = device.addFile("visit", text);
    INFO(shown(r));
    CHECK(r.exitCode == 3);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Contains("1 of the records cannot be added; nothing was written"));
    CHECK_THAT(r.err, Contains("line 3 is not valid"));
    CHECK_THAT(r.err, Contains("service: not_allowed (with day)"));
    CHECK_THAT(r.err, Contains("(cli.invalid_records)"));
    CHECK(r.err.find("line 1") == std::string::npos);
    CHECK(r.err.find("line 2") == std::string::npos);
    CHECK(r.err.find("line 4") == std::string::npos);
    checkNothingPrinted(r, {kSecretName, "ZK47"});
    CHECK(snapshotFiles(device.data()) == before);

    const auto j = device.run({"--json", "add", "visit", "--file", device.write(text).string()});
    INFO(shown(j));
    CHECK(j.exitCode == 3);
    const auto e = json::parse(j.out).at("error");
    CHECK(e.at("code") == "cli.invalid_records");
    const auto& problems = e.at("details").at("problems");
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).at("line") == 3);
    CHECK(problems.at(0).at("code") == "invalid");
    REQUIRE(problems.at(0).at("findings").size() == 1);
    CHECK(problems.at(0).at("findings").at(0) == json({{"field", "service"}, {"problem", "not_allowed"}, {"related", "day"}}));
    checkNothingPrinted(j, {kSecretName});
    CHECK(snapshotFiles(device.data()) == before);
    CHECK(documentsIn(*device.openVault("welcome-house")) == 0);

    SECTION("several bad lines are all reported, in order") {
        auto shortCode = visit(5);
        shortCode["visitor_code"] = "ZK";
        auto wrongTicket = visit(6);
        wrongTicket["ticket"] = "S16";
        const auto several = device.addFile("visit", jsonLines({shortCode, visit(1), wrongTicket}));
        INFO(shown(several));
        CHECK(several.exitCode == 3);
        CHECK_THAT(several.err, Contains("2 of the records cannot be added"));
        CHECK_THAT(several.err, Contains("line 1 is not valid\n    visitor_code: too_short (limit 4)"));
        CHECK_THAT(several.err, Contains("line 3 is not valid\n    ticket: inconsistent (with service)"));
        CHECK(several.err.find("line 1") < several.err.find("line 3"));
    }
    CHECK(snapshotFiles(device.data()) == before);
}

TEST_CASE("intake add reports each kind of bad line", "[cli][add]") {
    Device device;
    device.enrolReception();
    // One record already in the vault.
    auto existing = visit(9);
    existing["_id"] = "visit:already-here";
    REQUIRE(device.run({"add", "visit", "--json", existing.dump()}).exitCode == 0);
    const auto before = snapshotFiles(device.data());

    std::string nested = R"({"site":"welcome-house","note":)";
    for (int i = 0; i < 300; ++i)
        nested += "[";
    for (int i = 0; i < 300; ++i)
        nested += "]";
    nested += "}";
    auto with = [](const char* key, json value) {
        auto v = visit(2);
        v[key] = std::move(value);
        return v.dump();
    };
    struct Case {
        std::string name;
        std::string line2;
        std::string code;     // in --json
        std::string detail;   // in --json ("" when none)
        std::string message;  // part of the text on standard error
    };
    const std::vector<Case> cases = {
        {"not JSON", R"({"site": "welcome-house", )", "not_json", "not JSON", "line 2 is not JSON"},
        {"not an object", R"(["visit", 2])", "not_an_object", "not a JSON object", "line 2 is not a JSON object"},
        {"a bare string", R"("visit")", "not_an_object", "not a JSON object", "line 2 is not a JSON object"},
        {"nested too deep", nested, "not_an_object", "nested too deep", "line 2 is not a JSON object (nested too deep)"},
        {"another type", with("type", "application"), "wrong_type", "type", "line 2 is a record of another type"},
        {"a _rev", with("_rev", "1-abc"), "reserved_field", "_rev", "line 2 has a field starting with _ (only _id may be given) (_rev)"},
        {"_deleted", with("_deleted", true), "reserved_field", "_deleted", "(_deleted)"},
        {"an _id of another type", with("_id", "application:01ABC"), "bad_id", "_id",
         "line 2 has an _id that is not an id of this type"},
        {"an _id that is a number", with("_id", 17), "bad_id", "_id", "line 2 has an _id that is not an id of this type"},
        {"an _id with a space", with("_id", "visit:a b"), "bad_id", "_id", "line 2 has an _id"},
        {"an _id already in the vault", with("_id", "visit:already-here"), "already_exists", "_id",
         "line 2 has the id of a record that is already in the vault"},
        {"a field of the wrong JSON type", with("ticket", 17), "invalid_document", "", "line 2 has a field of the wrong kind"},
        {"a visitor code too short", with("visitor_code", "ZK"), "invalid", "", "visitor_code: too_short (limit 4)"},
        {"an unknown site", with("site", "nosuch-house"), "invalid", "", "site: not_allowed"},
        {"a day far in the future", with("day", "2999-01-04"), "invalid", "", "day: "},
    };
    SECTION("each kind of bad line as line 2 of 3") {
        for (const auto& c : cases) {
            INFO("line 2: " << c.name);
            const auto text = visit(1).dump() + "\n" + c.line2 + "\n" + visit(3).dump() + "\n";
            const auto r = device.addFile("visit", text);
            INFO(shown(r));
            CHECK(r.exitCode == 3);
            CHECK(r.out.empty());
            CHECK_THAT(r.err, Contains(c.message));
            CHECK_THAT(r.err, Contains("nothing was written"));
            CHECK(r.err.find("line 1") == std::string::npos);
            CHECK(r.err.find("line 3") == std::string::npos);
            CHECK(snapshotFiles(device.data()) == before);

            const auto j = device.run({"--json", "add", "visit", "--file", device.write(text).string()});
            CHECK(j.exitCode == 3);
            const auto parsed = json::parse(j.out, nullptr, false);
            REQUIRE(parsed.is_object());
            const auto& problems = parsed.at("error").at("details").at("problems");
            REQUIRE(problems.size() == 1);
            CHECK(problems.at(0).at("line") == 2);
            CHECK(problems.at(0).at("code") == c.code);
            if (!c.detail.empty())
                CHECK(problems.at(0).at("detail") == c.detail);
            CHECK(snapshotFiles(device.data()) == before);
        }
    }
    SECTION("the same _id twice: the second line is the problem") {
        auto a = visit(1);
        a["_id"] = "visit:twice";
        auto b = visit(2);
        b["_id"] = "visit:twice";
        const auto r = device.run({"--json", "add", "visit", "--file", device.write(jsonLines({a, b})).string()});
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        const auto parsed = json::parse(r.out);
        const auto& problems = parsed.at("error").at("details").at("problems");
        REQUIRE(problems.size() == 1);
        CHECK(problems.at(0).at("line") == 2);
        CHECK(problems.at(0).at("code") == "duplicate_id");
        const auto text = device.addFile("visit", jsonLines({a, b}));
        CHECK_THAT(text.err, Contains("line 2 has the same id as an earlier line"));
    }
    SECTION("a file with only blank lines") {
        const auto r = device.addFile("visit", "\n  \n\n");
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("no records in the input"));
        CHECK_THAT(r.err, Contains("(cli.no_records)"));
    }
    SECTION("an empty --json document") {
        const auto r = device.run({"add", "visit", "--json", ""});
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("(cli.no_records)"));
    }
    SECTION("--json with two documents on two lines is all or nothing too") {
        const auto r = device.run({"add", "visit", "--json", visit(1).dump() + "\n{\"_rev\":\"1-a\"}"});
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("line 2 has a field starting with _"));
    }
    CHECK(snapshotFiles(device.data()) == before);
    CHECK(documentsIn(*device.openVault("welcome-house")) == 1);
}

TEST_CASE("intake add refuses types, options and devices it cannot write for", "[cli][add]") {
    Device device;
    device.enrolReception();
    const auto records = device.write(jsonLines({visit(1)}));
    const auto before = snapshotFiles(device.data());

    SECTION("a type intake add never writes") {
        for (const std::string type : {"slot", "audit", "config", "nosuch", ""}) {
            const auto r = device.run({"add", type, "--file", records.string()});
            INFO(type << "\n" << shown(r));
            CHECK(r.exitCode == 3);
            CHECK_THAT(r.err, Contains("\"" + type + "\" is not a record type intake add writes"));
            CHECK_THAT(r.err, Contains("visit, application, booking_request, contact, bed_night, referral, concern_report"));
            CHECK_THAT(r.err, Contains("(cli.unknown_type)"));
        }
    }
    SECTION("a type this device's role keeps no vault for") {
        for (const std::string type : {"application", "booking_request", "contact", "bed_night"}) {
            const auto r = device.run({"add", type, "--file", records.string()});
            INFO(type << "\n" << shown(r));
            CHECK(r.exitCode == 3);
            CHECK_THAT(r.err, Contains("a reception device keeps no " + type + " records"));
            CHECK_THAT(r.err, Contains("(cli.no_vault_for_type)"));
        }
    }
    SECTION("neither --json nor --file") {
        const auto r = device.run({"add", "visit"});
        INFO(shown(r));
        CHECK(r.exitCode == 2);
        CHECK_THAT(r.err, Contains("--json DOC or --file"));
    }
    SECTION("both --json and --file") {
        const auto r = device.run({"add", "visit", "--json", visit(1).dump(), "--file", records.string()});
        INFO(shown(r));
        CHECK(r.exitCode == 2);
        CHECK_THAT(r.err, Contains("excludes"));
    }
    SECTION("no type") {
        CHECK(device.run({"add", "--file", records.string()}).exitCode == 2);
    }
    SECTION("a file that does not exist") {
        const auto r = device.run({"add", "visit", "--file", (device.tmp / "nosuch.jsonl").string()});
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("cannot read"));
        CHECK_THAT(r.err, Contains("nosuch.jsonl"));
        CHECK_THAT(r.err, Contains("(cli.bad_file)"));
    }
    CHECK(snapshotFiles(device.data()) == before);

    SECTION("a kiosk keeps no outreach contacts") {
        Device kiosk;
        kiosk.enrol({{"role", "kiosk"}, {"device_id", "kiosk-4"}, {"site", "welcome-house"}, {"ticket_slot", 4}});
        const auto kioskBefore = snapshotFiles(kiosk.data());
        const auto r = kiosk.addFile("contact", jsonLines({contact()}));
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("a kiosk device keeps no contact records"));
        CHECK_THAT(r.err, Contains("(cli.no_vault_for_type)"));
        checkNothingPrinted(r, {kSecretName});
        CHECK(snapshotFiles(kiosk.data()) == kioskBefore);
        CHECK_FALSE(fs::exists(kiosk.data() / "outreach.vault"));
    }
    SECTION("a device that is not enrolled") {
        Device none;
        const auto r = none.addFile("visit", jsonLines({visit(1)}));
        INFO(shown(r));
        CHECK(r.exitCode == 4);
        CHECK_THAT(r.err, Contains("not enrolled"));
        CHECK_THAT(r.err, Contains("(cli.not_enrolled)"));
        CHECK_FALSE(fs::exists(none.data()));
    }
}

// --- sealed applications on a counselling device ------------------------------

TEST_CASE("intake add application on a counselling device writes it sealed", "[cli][add]") {
    Device device;
    device.enrol({{"role", "counselling"}, {"device_id", "counselling-1"}, {"central_url", ""}});
    const auto r = device.addFile("application", jsonLines({application()}));
    INFO(shown(r));
    REQUIRE(r.exitCode == 0);
    checkNothingPrinted(r, {kSecretName, "Kovacevic-Quist", "+46731558821", "731558821"});
    const auto ids = linesOf(r.out);
    REQUIRE(ids.size() == 1);
    CHECK(ids[0].rfind("application:", 0) == 0);

    auto vault = device.openVault("family-counselling");
    auto doc = vault->get(ids[0]);
    REQUIRE(doc);
    const auto& body = doc->body;
    CHECK(body.at("type") == "application");
    CHECK(body.at("sealed").is_object());
    CHECK((!body.contains("adults") || body.at("adults") == json::array()));
    CHECK_FALSE(body.contains("will_call_at"));
    CHECK(body.at("reference") == "QX4711");
    CHECK(body.at("priority") == true);
    for (const auto& s : {kSecretName, std::string("Kovacevic-Quist"), std::string("731558821")})
        CHECK(body.dump().find(s) == std::string::npos);
    // An application names people: audited, without their names.
    CHECK(documentsIn(*vault) == 2);
    auto audits = vault->query({.type = "audit"});
    REQUIRE(audits);
    REQUIRE(audits->size() == 1);
    CHECK(audits->at(0).body.at("record_id") == ids[0]);
    CHECK(audits->at(0).body.at("actor") == "counselling-1");  // no staff: the device
    CHECK(audits->at(0).body.dump().find(kSecretName) == std::string::npos);
    // Nothing went to another vault of the device.
    vault.reset();
    CHECK(documentsIn(*device.openVault("counselling-slots")) == 0);
    CHECK(documentsIn(*device.openVault("config")) == 0);

    // The counselling unit (the seed's demo key) opens it, bound to its id.
    auto opened = openApplication(test::demoCounsellingPrivateKeyPem(), body, ids[0]);
    REQUIRE(opened);
    CHECK(opened->at("adults").at(0).at("first_name") == kSecretName);
    CHECK(opened->at("adults").at(0).at("last_name") == "Kovacevic-Quist");
    auto moved = openApplication(test::demoCounsellingPrivateKeyPem(), body, "application:another");
    CHECK_FALSE(moved);

    SECTION("a bad application writes nothing and names the field") {
        const auto before = snapshotFiles(device.data());
        auto noConsent = application();
        noConsent["consent"] = false;
        auto noPhone = application();
        noPhone["adults"][0].erase("phone");
        const auto bad = device.addFile("application", jsonLines({application(), noConsent, noPhone}));
        INFO(shown(bad));
        CHECK(bad.exitCode == 3);
        CHECK_THAT(bad.err, Contains("line 2 is not valid\n    consent: required"));
        CHECK_THAT(bad.err, Contains("line 3 is not valid\n    adults[0].phone: required"));
        checkNothingPrinted(bad, {kSecretName, "Kovacevic-Quist"});
        CHECK(snapshotFiles(device.data()) == before);
    }
    SECTION("an application sent sealed already is refused") {
        auto sealedAlready = body;
        const auto before = snapshotFiles(device.data());
        const auto bad = device.run({"--json", "add", "application", "--json", sealedAlready.dump()});
        INFO(shown(bad));
        CHECK(bad.exitCode == 3);
        CHECK(snapshotFiles(device.data()) == before);
    }
    SECTION("a visit has no vault on a counselling device") {
        const auto bad = device.addFile("visit", jsonLines({visit(1)}));
        CHECK(bad.exitCode == 3);
        CHECK_THAT(bad.err, Contains("a counselling device keeps no visit records"));
    }
}

// --- outreach records behind the staff PIN -------------------------------------

namespace {

struct ManualClockForRing {
    ManualClock clock{std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()),
                      std::chrono::minutes(60)};
};

struct OutreachTablet : Device {
    std::optional<VaultKey> teamKey;

    OutreachTablet() {
        enrol({{"role", "outreach"},
               {"device_id", "outreach-3"},
               {"team", "night-team-hisingen"},
               {"staff", "omar-h"},
               {"central_url", ""}});
        // What the app does when staff first choose the PIN; cheap scrypt for tests.
        auto key = VaultKey::random();
        REQUIRE(key);
        teamKey = *key;
        PinRingOptions options;
        options.kdf = ScryptParameters{std::uint64_t{1} << 10, 8, 1};
        options.allowWeakKdfForTests = true;
        auto ring = StaffPinRing::create(data() / "outreach-keyring.json", kPin, {{"outreach", *key}}, options);
        REQUIRE(ring);
    }
    std::unique_ptr<Vault> openOutreach() const {
        auto vault = Vault::open({data() / "outreach.vault", *teamKey, std::nullopt});
        if (!vault)
            FAIL("opening the outreach vault: " << vault.error().name());
        return std::move(*vault);
    }
    int ringFailures() const {
        auto ring = StaffPinRing::open(data() / "outreach-keyring.json");
        REQUIRE(ring);
        return ring->failures();
    }
};

}  // namespace

TEST_CASE("intake add contact on an outreach tablet with the staff PIN", "[cli][add]") {
    OutreachTablet tablet;
    auto anonymous = contact();
    anonymous["anonymous"] = true;
    anonymous["count"] = 3;
    anonymous.erase("alias");
    anonymous.erase("person_code");
    const auto file = tablet.write(jsonLines({contact(), anonymous}));

    SECTION("the right PIN: written to the team vault") {
        const auto r = tablet.run({"add", "contact", "--file", file.string()}, kPin + "\n");
        INFO(shown(r));
        REQUIRE(r.exitCode == 0);
        checkNothingPrinted(r, {kSecretName, "ZQ4711", kPin, "Hjalmar"});
        const auto ids = linesOf(r.out);
        REQUIRE(ids.size() == 2);
        auto vault = tablet.openOutreach();
        for (const auto& id : ids) {
            CHECK(id.rfind("contact:", 0) == 0);
            auto doc = vault->get(id);
            REQUIRE(doc);
            CHECK(doc->body.at("team") == "night-team-hisingen");
        }
        CHECK(vault->get(ids[0])->body.at("alias") == kSecretName);
        CHECK(vault->get(ids[1])->body.at("count") == 3);
        CHECK(documentsIn(*vault) == 3);  // the named contact is audited
        CHECK(tablet.ringFailures() == 0);
        vault.reset();

        const auto status = tablet.run({"--json", "status", "--unlock"}, kPin + "\n");
        INFO(shown(status));
        REQUIRE(status.exitCode == 0);
        const auto s = json::parse(status.out);
        CHECK(s.at("outreach_vault") == "open");
        REQUIRE(s.at("vaults").size() == 2);
        CHECK(s.at("vaults").at(1).at("name") == "outreach");
        CHECK(s.at("vaults").at(1).at("database") == "outreach-night-team-hisingen");
        CHECK(s.at("vaults").at(1).at("documents") == 3);
        CHECK(s.at("vaults").at(1).at("waiting_to_sync") == 3);
        const auto locked = tablet.run({"--json", "status"});
        REQUIRE(locked.exitCode == 0);
        CHECK(json::parse(locked.out).at("outreach_vault") == "locked");
    }
    SECTION("a wrong PIN: not ready, nothing written but the counted failure") {
        auto before = snapshotFiles(tablet.data());
        before.erase("outreach-keyring.json");
        const auto r = tablet.run({"add", "contact", "--file", file.string()}, "999999\n");
        INFO(shown(r));
        CHECK(r.exitCode == 4);
        CHECK_THAT(r.err, Contains("(pin.wrong)"));
        CHECK(r.out.empty());
        checkNothingPrinted(r, {kSecretName, "999999"});
        auto after = snapshotFiles(tablet.data());
        after.erase("outreach-keyring.json");
        CHECK(after == before);
        CHECK_FALSE(fs::exists(tablet.data() / "outreach.vault"));
        CHECK(tablet.ringFailures() == 1);

        const auto j = tablet.run({"--json", "add", "contact", "--file", file.string()}, "999999\n");
        CHECK(j.exitCode == 4);
        CHECK(json::parse(j.out).at("error").at("code") == "pin.wrong");
        CHECK(tablet.ringFailures() == 2);
    }
    SECTION("no PIN on standard input") {
        const auto r = tablet.run({"add", "contact", "--file", file.string()});
        INFO(shown(r));
        CHECK(r.exitCode == 4);
        CHECK_FALSE(fs::exists(tablet.data() / "outreach.vault"));
    }
    SECTION("--file - is refused: standard input carries the PIN") {
        const auto before = snapshotFiles(tablet.data());
        const auto r = tablet.run({"add", "contact", "--file", "-"}, kPin + "\n" + jsonLines({contact()}));
        INFO(shown(r));
        CHECK(r.exitCode == 2);
        CHECK_THAT(r.err, Contains("need the staff PIN on standard input"));
        CHECK_THAT(r.err, Contains("(cli.stdin_taken)"));
        CHECK(snapshotFiles(tablet.data()) == before);
        CHECK(tablet.ringFailures() == 0);
    }
    SECTION("a bad contact with the right PIN: nothing written in the team vault") {
        auto noConsent = contact();
        noConsent["name"] = "Zlatimira Kovacevic";
        noConsent["consent"] = false;
        const auto r = tablet.addFile("contact", jsonLines({anonymous, noConsent}), kPin + "\n");
        INFO(shown(r));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("line 2 is not valid\n    consent: required (with name)"));
        checkNothingPrinted(r, {kSecretName, "Kovacevic"});
        CHECK(documentsIn(*tablet.openOutreach()) == 0);
    }
    SECTION("a visit has no vault on an outreach tablet") {
        const auto before = snapshotFiles(tablet.data());
        const auto r = tablet.addFile("visit", jsonLines({visit(1)}));
        CHECK(r.exitCode == 3);
        CHECK_THAT(r.err, Contains("an outreach device keeps no visit records"));
        CHECK(snapshotFiles(tablet.data()) == before);
    }
}

TEST_CASE("intake vault rekey and verify on an outreach tablet go through the staff PIN", "[cli][vault]") {
    OutreachTablet tablet;
    const auto file = tablet.write(jsonLines({contact()}));
    const auto added = tablet.run({"add", "contact", "--file", file.string()}, kPin + "\n");
    INFO(shown(added));
    REQUIRE(added.exitCode == 0);

    const auto verify = tablet.run({"--json", "vault", "verify"}, kPin + "\n");
    INFO(shown(verify));
    REQUIRE(verify.exitCode == 0);
    const auto v = json::parse(verify.out);
    REQUIRE(v.at("vaults").size() == 2);
    CHECK(v.at("vaults").at(1).at("name") == "outreach");
    CHECK(v.at("vaults").at(1).at("documents") == 2);

    const auto wrong = tablet.run({"vault", "rekey", "--vault", "outreach"}, "111111\n");
    INFO(shown(wrong));
    CHECK(wrong.exitCode == 4);
    CHECK_THAT(wrong.err, Contains("(pin.wrong)"));
    CHECK(tablet.openOutreach());  // still the old key

    const auto rekey = tablet.run({"vault", "rekey", "--vault", "outreach"}, kPin + "\n");
    INFO(shown(rekey));
    REQUIRE(rekey.exitCode == 0);
    CHECK_THAT(rekey.out, Contains("outreach: new key"));
    auto withOld = Vault::open({tablet.data() / "outreach.vault", *tablet.teamKey, std::nullopt});
    REQUIRE_FALSE(withOld);
    CHECK(withOld.error().name() == "vault.wrong_key");
    // The ring holds the new key under the same PIN, and no pending key.
    auto ring = StaffPinRing::open(tablet.data() / "outreach-keyring.json");
    REQUIRE(ring);
    ManualClockForRing clock;
    auto keys = ring->unlock(kPin, clock.clock);
    REQUIRE(keys);
    CHECK(keys->size() == 1);
    REQUIRE(keys->count("outreach") == 1);
    CHECK_FALSE(keys->at("outreach") == *tablet.teamKey);
    auto vault = Vault::open({tablet.data() / "outreach.vault", keys->at("outreach"), std::nullopt});
    REQUIRE(vault);
    CHECK(documentsIn(**vault) == 2);
}
