// intake export stats, run as a program: the demo year exported as CSV, JSON
// and SVG and checked against counts made here from the generated records
// with plain code of its own (not intake::statistics); December-November
// years; the charts' XML, numbers and escaping; bad arguments and input
// refused with nothing written; and an enrolled device's own vaults.
//
// INTAKE_WRITE_DEMO_JSONL=PATH writes the demo year's documents there (the
// sample in docs/reporting.md is made from it).

#include "cli_runner.h"
#include "demo_data.h"
#include "temp_folder.h"

#include "intake/core/config.h"
#include "intake/core/statistics.h"
#include "intake/core/statistics_chart.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using intake::test::CliDevice;
using intake::test::writeText;
using intake::test::readText;
using intake::test::CliResult;
using intake::test::TempFolder;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// --- Files ---------------------------------------------------------------------------

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const intake::Config& seedConfig() {
    static const intake::Config config = [] {
        auto parsed = intake::Config::fromDocuments(intake::Config::gothenburgSeed());
        if (!parsed)
            throw std::runtime_error("seed config: " + parsed.error().detail());
        return std::move(*parsed);
    }();
    return config;
}

// --- Time, done here without intake's parsers ------------------------------------------

// "YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)" -> the instant.
std::chrono::sys_seconds instant(const std::string& text) {
    using namespace std::chrono;
    REQUIRE(text.size() >= 20);
    const int y = std::stoi(text.substr(0, 4));
    const unsigned m = static_cast<unsigned>(std::stoi(text.substr(5, 2)));
    const unsigned d = static_cast<unsigned>(std::stoi(text.substr(8, 2)));
    const auto clock = hours(std::stoi(text.substr(11, 2))) + minutes(std::stoi(text.substr(14, 2))) +
                       seconds(std::stoi(text.substr(17, 2)));
    auto zone = text.find_first_of("Z+-", 19);
    REQUIRE(zone != std::string::npos);
    seconds offset{0};
    if (text[zone] != 'Z') {
        offset = hours(std::stoi(text.substr(zone + 1, 2))) + minutes(std::stoi(text.substr(zone + 4, 2)));
        if (text[zone] == '-')
            offset = -offset;
    }
    return sys_days(year_month_day{year(y), month(m), day(d)}) + clock - offset;
}

std::string isoDay(std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd{day};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

// The UTC date of a timestamp, "YYYY-MM-DD" (the export dates every timestamp so).
std::string utcDay(const std::string& timestamp) {
    return isoDay(std::chrono::floor<std::chrono::days>(instant(timestamp)));
}

// The same instant written with a whole-hour offset from UTC ("+14:00", "-10:00").
std::string withOffset(const std::string& utc, int offsetHours) {
    using namespace std::chrono;
    const auto local = instant(utc) + hours(offsetHours);
    const auto day = floor<days>(local);
    const hh_mm_ss clock{local - day};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02d%c%02d:00", isoDay(day).c_str(),
                  static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                  static_cast<int>(clock.seconds().count()), offsetHours < 0 ? '-' : '+', std::abs(offsetHours));
    return buffer;
}

std::string lastDayOf(const std::string& month) {
    using namespace std::chrono;
    const year_month ym{year(std::stoi(month.substr(0, 4))), std::chrono::month(std::stoi(month.substr(5, 2)))};
    return isoDay(sys_days(year_month_day_last{ym.year(), month_day_last{ym.month()}}));
}

std::vector<std::string> monthsOf(int year) {
    std::vector<std::string> months;
    for (int m = 1; m <= 12; ++m) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, m);
        months.push_back(buffer);
    }
    return months;
}

// --- The demo year as documents ----------------------------------------------------------

// Records whose timestamps were rewritten with an offset that puts their local
// date in another month than their UTC date: the export must date them by UTC.
std::int64_t& monthCrossings() {
    static std::int64_t crossings = 0;
    return crossings;
}

const std::vector<intake::test::DemoRecord>& demoRecords() {
    static const auto records = [] {
        auto generated = intake::test::generateDemoYear(seedConfig());
        // The demo writes UTC ("Z"). Some timestamps are rewritten as the same instant
        // with an offset, far enough (+14:00, -10:00) that the local date often differs
        // from the UTC one.
        auto shift = [](json& body, const char* field, int offsetHours) {
            if (!body.contains(field))
                return;
            const std::string utc = body[field];
            body[field] = withOffset(utc, offsetHours);
            if (body[field].get<std::string>().substr(0, 7) != utc.substr(0, 7))
                ++monthCrossings();
        };
        std::size_t applications = 0, others = 0;
        for (auto& [id, body] : generated) {
            const auto& type = body["type"];
            if (type == "application" && applications++ % 2 == 1) {
                for (const char* field : {"received_at", "first_offer_at", "withdrawn_at"})
                    shift(body, field, 14);
            } else if ((type == "contact" || type == "referral") && others++ % 3 == 0) {
                for (const char* field : {"at", "decided_at"})
                    shift(body, field, -10);
            }
        }
        return generated;
    }();
    return records;
}

// The documents of a CouchDB dump: most with _id and _rev, some bare bodies,
// and documents the export must leave out (design, local, deleted).
std::string demoJsonLines() {
    std::string text;
    std::size_t n = 0;
    for (const auto& [id, body] : demoRecords()) {
        json document = body;
        if (n++ % 10 != 0) {
            document["_id"] = id;
            document["_rev"] = "1-" + std::to_string(1000 + n);
        }
        text += document.dump() + "\n";
    }
    // Each of these would change a figure if it were counted.
    json visit = demoRecords().front().second;
    json deleted = visit;
    deleted["_id"] = "visit:deleted-one";
    deleted["_rev"] = "2-abc";
    deleted["_deleted"] = true;
    json local = visit;
    local["_id"] = "_local/replication-checkpoint";
    json design{{"_id", "_design/statistics"}, {"views", {{"by_type", {{"map", "function(doc){emit(doc.type)}"}}}}},
                {"type", "visit"}};
    text += deleted.dump() + "\n" + "\n" + local.dump() + "\n" + design.dump() + "\n";
    text += json{{"_id", "visit:tombstone"}, {"_rev", "3-def"}, {"_deleted", true}}.dump() + "\n";
    return text;
}

// --- Reading the export --------------------------------------------------------------------

// The dimension columns of a row; empty: "all" (each has an initializer so
// that rows can name only the columns they use).
struct Dims {
    std::string month{};
    std::string service{};
    std::string language{};
    std::string gender{};
    std::string age_band{};
    std::string kind{};
    std::string unit{};
    std::string status{};
};

std::string rowKey(const std::string& section, const std::string& metric, const std::string& period,
                   const Dims& d) {
    return section + "|" + metric + "|" + period + "|" + d.month + "|" + d.service + "|" + d.language + "|" +
           d.gender + "|" + d.age_band + "|" + d.kind + "|" + d.unit + "|" + d.status;
}

// RFC 4180 fields of one line (quoted fields may hold commas and "").
std::vector<std::string> csvFields(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                fields.back() += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                fields.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    return fields;
}

struct Table {
    std::string header;
    std::map<std::string, std::string> values;  // rowKey -> value as written
    std::size_t rows = 0;
};

Table parseCsv(const std::string& csv) {
    Table table;
    std::size_t at = 0;
    bool first = true;
    while (at < csv.size()) {
        const auto end = csv.find("\r\n", at);
        REQUIRE(end != std::string::npos);  // every line ends with CRLF
        const auto line = csv.substr(at, end - at);
        at = end + 2;
        if (first) {
            table.header = line;
            first = false;
            continue;
        }
        const auto f = csvFields(line);
        REQUIRE(f.size() == 12);
        table.values[rowKey(f[0], f[1], f[2], {f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]})] = f[11];
        ++table.rows;
    }
    return table;
}

Table parseJsonExport(const json& document) {
    Table table;
    for (const auto& row : document.at("rows")) {
        const auto s = [&](const char* column) { return row.at(column).get<std::string>(); };
        const auto& value = row.at("value");
        table.values[rowKey(s("section"), s("metric"), s("period"),
                            {s("month"), s("service"), s("language"), s("gender"), s("age_band"), s("kind"),
                             s("unit"), s("status")})] =
            value.is_null() ? std::string() : value.is_number_integer() ? std::to_string(value.get<std::int64_t>())
                                                                         : value.dump();
        ++table.rows;
    }
    return table;
}

std::int64_t figure(const Table& table, const std::string& section, const std::string& metric, const Dims& d,
                    const std::string& period = "current") {
    const auto key = rowKey(section, metric, period, d);
    const auto found = table.values.find(key);
    INFO("row " << key);
    REQUIRE(found != table.values.end());
    return std::stoll(found->second);
}

bool hasRow(const Table& table, const std::string& section, const std::string& metric, const Dims& d,
            const std::string& period = "current") {
    return table.values.count(rowKey(section, metric, period, d)) == 1;
}

// --- Counted here, the plain way ---------------------------------------------------------------

struct Expected {
    // Welcome House (status "transferred" left out; a visit without a code is a visitor of its own)
    std::map<std::string, std::int64_t> visits;  // "month|service", "|service", "month|", "|"
    std::map<std::string, std::set<std::string>> codes;
    std::map<std::string, std::int64_t> codeless;
    std::map<std::string, std::int64_t> noShows;  // "month|service"
    // Counselling
    std::map<std::string, std::int64_t> applications;  // month, "" for the year
    std::map<std::string, std::int64_t> queue;         // month
    // Outreach
    std::map<std::string, std::int64_t> contacts;     // month
    std::map<std::string, std::int64_t> people;       // gender (year)
    std::map<std::string, std::int64_t> bedNights;    // "month|kind", "|kind"
    std::map<std::string, std::set<std::string>> bedPeople;  // "|kind"
    std::map<std::string, std::int64_t> referrals;    // "unit|status", "|status"

    std::int64_t visitors(const std::string& key) const {
        const auto c = codes.find(key);
        const auto n = codeless.find(key);
        return (c == codes.end() ? 0 : static_cast<std::int64_t>(c->second.size())) +
               (n == codeless.end() ? 0 : n->second);
    }
};

std::int64_t at(const std::map<std::string, std::int64_t>& map, const std::string& key) {
    const auto found = map.find(key);
    return found == map.end() ? 0 : found->second;
}

// Counts for the days `from`..`to` ("YYYY-MM-DD", both included).
Expected countDirectly(const std::vector<intake::test::DemoRecord>& records, const std::string& from,
                       const std::string& to) {
    Expected e;
    const auto inPeriod = [&](const std::string& day) { return day >= from && day <= to; };
    std::vector<const json*> applications;
    for (const auto& [id, body] : records) {
        const std::string type = body.at("type");
        if (type == "visit") {
            const std::string day = body.at("day");
            if (body.at("status") == "transferred" || !inPeriod(day))
                continue;
            const auto month = day.substr(0, 7);
            const std::string service = body.at("service");
            const std::string code = body.value("visitor_code", std::string());
            for (const auto& key : {month + "|" + service, "|" + service, month + "|", std::string("|")}) {
                ++e.visits[key];
                if (code.empty())
                    ++e.codeless[key];
                else
                    e.codes[key].insert(code);
            }
            if (body.at("status") == "no_show")
                ++e.noShows[month + "|" + service];
        } else if (type == "application") {
            applications.push_back(&body);
            const auto day = utcDay(body.at("received_at"));
            if (inPeriod(day)) {
                ++e.applications[day.substr(0, 7)];
                ++e.applications[""];
            }
        } else if (type == "contact") {
            const auto day = utcDay(body.at("at"));
            if (!inPeriod(day))
                continue;
            ++e.contacts[day.substr(0, 7)];
            e.people[body.at("gender").get<std::string>()] +=
                body.at("anonymous").get<bool>() ? body.at("count").get<std::int64_t>() : 1;
        } else if (type == "bed_night") {
            const std::string night = body.at("night");
            if (body.at("status") != "given" || !inPeriod(night))
                continue;
            const std::string kind = body.at("kind");
            ++e.bedNights[night.substr(0, 7) + "|" + kind];
            ++e.bedNights["|" + kind];
            e.bedPeople["|" + kind].insert(body.at("person_code").get<std::string>());
        } else if (type == "referral") {
            const std::string status = body.at("status");
            const bool decided = (status == "accepted" || status == "rejected") && body.contains("decided_at");
            const auto day = utcDay(body.at(decided ? "decided_at" : "at"));
            if (!inPeriod(day))
                continue;
            ++e.referrals[body.at("unit").get<std::string>() + "|" + status];
            ++e.referrals["|" + status];
        }
    }
    // The queue at each month end (docs/reporting-columns.md): received by then, and
    // neither offered nor withdrawn by then; without either date, only a "received" one waits.
    for (std::string month = from.substr(0, 7); month <= to.substr(0, 7);) {
        const auto end = std::min(lastDayOf(month), to);
        std::int64_t queued = 0;
        for (const auto* body : applications) {
            if (utcDay(body->at("received_at")) > end)
                continue;
            const bool offered = body->contains("first_offer_at") && utcDay(body->at("first_offer_at")) <= end;
            const bool withdrawn = body->contains("withdrawn_at") && utcDay(body->at("withdrawn_at")) <= end;
            const bool undated = !body->contains("first_offer_at") && !body->contains("withdrawn_at") &&
                                 body->at("status") != "received";
            if (!offered && !withdrawn && !undated)
                ++queued;
        }
        e.queue[month] = queued;
        // Next month.
        int y = std::stoi(month.substr(0, 4));
        int m = std::stoi(month.substr(5, 2)) + 1;
        if (m == 13)
            m = 1, ++y;
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", y, m);
        month = buffer;
    }
    return e;
}

std::vector<std::string> serviceIds() {
    std::vector<std::string> ids;
    for (const auto& service : seedConfig().services())
        ids.push_back(service.id);
    return ids;
}

// Compares every figure of the year 2026 that the issue asks for.
void checkDemoYear(const Table& table) {
    const auto e = countDirectly(demoRecords(), "2026-01-01", "2026-12-31");
    // Realistic sizes, so that a broken generator cannot make this pass on nothing.
    REQUIRE(at(e.visits, "|") > 9'000);
    REQUIRE(at(e.applications, "") > 700);
    // Some records' local dates are in another month than their UTC dates.
    REQUIRE(monthCrossings() > 10);

    CHECK(figure(table, "welcome_house", "visits", {}) == at(e.visits, "|"));
    CHECK(figure(table, "welcome_house", "visitors", {}) == e.visitors("|"));
    for (const auto& service : serviceIds()) {
        INFO("service " << service);
        CHECK(figure(table, "welcome_house", "visits", {.service = service}) == at(e.visits, "|" + service));
        CHECK(figure(table, "welcome_house", "visitors", {.service = service}) == e.visitors("|" + service));
        for (const auto& month : monthsOf(2026)) {
            INFO("month " << month);
            const auto key = month + "|" + service;
            CHECK(figure(table, "welcome_house", "visits", {.month = month, .service = service}) == at(e.visits, key));
            CHECK(figure(table, "welcome_house", "visitors", {.month = month, .service = service}) == e.visitors(key));
            CHECK(figure(table, "welcome_house", "no_shows", {.month = month, .service = service}) ==
                  at(e.noShows, key));
            // The previous year has every row too, with 0.
            const auto before = "2025" + month.substr(4);
            CHECK(figure(table, "welcome_house", "visits", {.month = before, .service = service}, "previous_year") ==
                  0);
        }
    }
    for (const auto& month : monthsOf(2026)) {
        INFO("month " << month);
        CHECK(figure(table, "welcome_house", "visits", {.month = month}) == at(e.visits, month + "|"));
        CHECK(figure(table, "welcome_house", "visitors", {.month = month}) == e.visitors(month + "|"));
        CHECK(figure(table, "counselling", "applications", {.month = month}) == at(e.applications, month));
        CHECK(figure(table, "counselling", "queue_at_month_end", {.month = month}) == at(e.queue, month));
        CHECK(figure(table, "outreach", "contacts", {.month = month}) == at(e.contacts, month));
        for (const char* kind : {"assessed", "unassessed"})
            CHECK(figure(table, "outreach", "bed_nights", {.month = month, .kind = kind}) ==
                  at(e.bedNights, month + "|" + kind));
        CHECK(hasRow(table, "counselling", "queue_at_month_end", {.month = "2025" + month.substr(4)},
                     "previous_year"));
    }
    CHECK_FALSE(hasRow(table, "welcome_house", "visits", {.month = "2027-01"}));
    CHECK_FALSE(hasRow(table, "welcome_house", "visits", {.month = "2025-12"}));
    CHECK(figure(table, "counselling", "applications", {}) == at(e.applications, ""));
    // DOMAIN.md's shape: the queue grows to about 330 at the end of August.
    CHECK(at(e.queue, "2026-08") > 250);
    for (const char* kind : {"assessed", "unassessed"}) {
        INFO("kind " << kind);
        CHECK(figure(table, "outreach", "bed_nights", {.kind = kind}) == at(e.bedNights, std::string("|") + kind));
        CHECK(figure(table, "outreach", "bed_people", {.kind = kind}) ==
              static_cast<std::int64_t>(e.bedPeople.at(std::string("|") + kind).size()));
    }
    for (const auto& gender : seedConfig().options("gender"))
        CHECK(figure(table, "outreach", "contact_people", {.gender = gender}) == at(e.people, gender));
    for (const char* status : {"sent", "accepted", "rejected"}) {
        INFO("status " << status);
        CHECK(figure(table, "outreach", "referrals", {.status = status}) == at(e.referrals, std::string("|") + status));
        for (const auto& unit : seedConfig().options("referral_unit"))
            CHECK(figure(table, "outreach", "referrals", {.unit = unit, .status = status}) ==
                  at(e.referrals, unit + "|" + status));
    }
    CHECK(at(e.referrals, "|accepted") > 0);
    CHECK(at(e.referrals, "|rejected") > 0);
    // What went in: the documents left out of the dump are not read.
    std::map<std::string, std::int64_t> read;
    for (const auto& [id, body] : demoRecords())
        ++read[body.at("type").get<std::string>()];
    for (const char* type : {"visit", "application", "contact", "bed_night", "referral"}) {
        INFO("type " << type);
        CHECK(figure(table, "input", "records_read", {.kind = type}, "") == read[type]);
        CHECK(figure(table, "input", "records_skipped", {.kind = type}, "") == 0);
    }
}

std::string joinedColumns() {
    std::string header;
    for (const auto column : intake::statistics::kColumns)
        header += (header.empty() ? "" : ",") + std::string(column);
    return header;
}

// --- Checking SVG ---------------------------------------------------------------------------

bool haveXmllint() { return std::system("command -v xmllint >/dev/null 2>&1") == 0; }

// Well-formed XML per xmllint (libxml2-utils); the problems, if any, in `problems`.
bool wellFormed(const fs::path& file, std::string& problems) {
    const auto log = fs::path(file.string() + ".xmllint");
    const int status = std::system(("xmllint --noout '" + file.string() + "' 2>'" + log.string() + "'").c_str());
    problems = readText(log);
    fs::remove(log);
    return status == 0;
}

void requireWellFormed(const fs::path& file) {
    if (!haveXmllint())
        FAIL("xmllint is not installed: install libxml2-utils (tools/setup.sh) to check the SVG export");
    std::string problems;
    INFO(problems);
    REQUIRE(wellFormed(file, problems));
}

std::string visitsWord(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

TEST_CASE("export stats: the demo year equals counts made directly from its records", "[cli][export]") {
    TempFolder folder;
    const auto input = folder / "demo-2026.jsonl";
    writeText(input, demoJsonLines());
    if (const char* copy = std::getenv("INTAKE_WRITE_DEMO_JSONL"); copy && *copy)
        writeText(copy, readText(input));
    CliDevice nobody(folder / "data");  // not enrolled: the seed config

    SECTION("CSV on standard output") {
        const auto result = nobody.run({"export", "stats", "--year", "2026", "--format", "csv", "--input",
                                        input.string()});
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        const auto table = parseCsv(result.out);
        CHECK(table.header == joinedColumns());
        CHECK(table.header == "section,metric,period,month,service,language,gender,age_band,kind,unit,status,value");
        CHECK(table.rows > 2'000);
        checkDemoYear(table);
        // The left-out documents are mentioned, without contents.
        CHECK(contains(result.err, "left out 2 deleted and 2 design or local"));
        CHECK_FALSE(contains(result.err, "VTG1"));
        // Nothing of the device is made by an export from input.
        CHECK_FALSE(fs::exists(folder / "data"));
    }

    SECTION("JSON to a file, with a JSON summary; the same figures as the CSV") {
        const auto output = folder / "out" / "statistics-2026.json";
        fs::create_directories(output.parent_path());
        const auto result = nobody.run({"--json", "export", "stats", "--year", "2026", "--format", "json", "--input",
                                        input.string(), "--output", output.string()});
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        const auto summary = json::parse(result.out);
        CHECK(summary["file"] == output.string());
        CHECK(summary["format"] == "json");
        CHECK(summary["period"] == json{{"from", "2026-01-01"}, {"to", "2026-12-31"}});
        CHECK(summary["skipped"]["visit"] == 0);
        CHECK(summary["skipped"].size() == 5);

        const auto exported = json::parse(readText(output));
        CHECK(exported["format"] == "intake.statistics.v2");
        CHECK(exported["period"]["months"] == json(monthsOf(2026)));
        CHECK(exported["previous_year"]["from"] == "2025-01-01");
        std::vector<std::string> columns;
        for (const auto column : intake::statistics::kColumns)
            columns.emplace_back(column);
        CHECK(exported["columns"] == json(columns));
        const auto table = parseJsonExport(exported);
        CHECK(summary["rows"] == table.rows);
        checkDemoYear(table);

        const auto csv = nobody.run({"export", "stats", "--year", "2026", "--input", input.string()});
        REQUIRE(csv.exitCode == 0);
        const auto csvTable = parseCsv(csv.out);
        REQUIRE(csvTable.rows == table.rows);
        // Integers the same; fractions to four decimals in both.
        for (const auto& [key, value] : csvTable.values) {
            INFO(key);
            REQUIRE(table.values.count(key) == 1);
            if (value.empty())
                CHECK(table.values.at(key).empty());
            else
                CHECK(std::stod(table.values.at(key)) == Approx(std::stod(value)).margin(1e-9));
        }
    }

    SECTION("the input from standard input, and a file written with --output equals standard output") {
        const auto output = folder / "statistics.csv";
        const auto toFile = nobody.run(
            {"export", "stats", "--year", "2026", "--input", "-", "--output", output.string()}, readText(input));
        INFO(toFile.err);
        REQUIRE(toFile.exitCode == 0);
        CHECK(contains(toFile.out, output.string()));
        const auto toStdout = nobody.run({"export", "stats", "--year", "2026", "--input", input.string()});
        REQUIRE(toStdout.exitCode == 0);
        CHECK(readText(output) == toStdout.out);
        // Two files make one input.
        const auto text = readText(input);
        const auto middle = text.find('\n', text.size() / 2) + 1;
        writeText(folder / "a.jsonl", text.substr(0, middle));
        writeText(folder / "b.jsonl", text.substr(middle));
        const auto split = nobody.run({"export", "stats", "--year", "2026", "--input", (folder / "a.jsonl").string(),
                                       "--input", (folder / "b.jsonl").string()});
        REQUIRE(split.exitCode == 0);
        CHECK(split.out == toStdout.out);
    }
}

TEST_CASE("export stats: a December-November year", "[cli][export]") {
    TempFolder folder;
    const auto input = folder / "demo.jsonl";
    writeText(input, demoJsonLines());
    CliDevice nobody(folder / "data");
    const auto result = nobody.run(
        {"export", "stats", "--year", "2026", "--year-dec-nov", "--format", "json", "--input", input.string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const auto exported = json::parse(result.out);
    CHECK(exported["period"]["from"] == "2025-12-01");
    CHECK(exported["period"]["to"] == "2026-11-30");
    auto months = monthsOf(2026);
    months.pop_back();
    months.insert(months.begin(), "2025-12");
    CHECK(exported["period"]["months"] == json(months));
    CHECK(exported["previous_year"]["from"] == "2024-12-01");
    CHECK(exported["previous_year"]["to"] == "2025-11-30");

    const auto table = parseJsonExport(exported);
    const auto e = countDirectly(demoRecords(), "2025-12-01", "2026-11-30");
    CHECK(figure(table, "welcome_house", "visits", {}) == at(e.visits, "|"));
    CHECK(figure(table, "welcome_house", "visitors", {}) == e.visitors("|"));
    CHECK(figure(table, "welcome_house", "visits", {.month = "2025-12"}) == 0);  // the demo starts in January
    CHECK(figure(table, "welcome_house", "visits", {.month = "2026-11"}) == at(e.visits, "2026-11|"));
    CHECK(figure(table, "welcome_house", "visits", {.month = "2026-11"}) > 0);
    CHECK_FALSE(hasRow(table, "welcome_house", "visits", {.month = "2026-12"}));
    CHECK(figure(table, "counselling", "applications", {}) == at(e.applications, ""));
    for (const auto& month : months) {
        INFO(month);
        CHECK(figure(table, "counselling", "queue_at_month_end", {.month = month}) == at(e.queue, month));
        CHECK(figure(table, "outreach", "contacts", {.month = month}) == at(e.contacts, month));
    }
    for (const char* status : {"sent", "accepted", "rejected"})
        CHECK(figure(table, "outreach", "referrals", {.status = status}) == at(e.referrals, std::string("|") + status));
    // A period that ends in the middle of a month: its month end is the period's last day.
    const auto part = nobody.run({"export", "stats", "--from", "2026-03-01", "--to", "2026-08-15", "--format", "json",
                                  "--input", input.string()});
    REQUIRE(part.exitCode == 0);
    const auto partTable = parseJsonExport(json::parse(part.out));
    const auto partial = countDirectly(demoRecords(), "2026-03-01", "2026-08-15");
    CHECK(figure(partTable, "counselling", "queue_at_month_end", {.month = "2026-08"}) == at(partial.queue, "2026-08"));
    CHECK(figure(partTable, "welcome_house", "visits", {.month = "2026-08"}) == at(partial.visits, "2026-08|"));
    CHECK(at(partial.visits, "2026-08|") < at(e.visits, "2026-08|"));
}

TEST_CASE("export stats: SVG charts are well-formed, complete and escaped", "[cli][export][svg]") {
    TempFolder folder;
    const auto input = folder / "demo.jsonl";
    writeText(input, demoJsonLines());
    CliDevice nobody(folder / "data");

    SECTION("the demo year's charts hold every figure they draw") {
        const auto output = folder / "charts.svg";
        const auto result = nobody.run(
            {"export", "stats", "--year", "2026", "--format", "svg", "--input", input.string(), "--output",
             output.string()});
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        requireWellFormed(output);
        const auto svg = readText(output);
        CHECK(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
        CHECK(contains(svg, "viewBox=\"0 0 "));
        CHECK(contains(svg, "<title id=\"chart-title\">"));
        CHECK(contains(svg, "<desc id=\"chart-desc\">"));
        CHECK(contains(svg, ">Welcome House visits per service per month</text>"));
        CHECK(contains(svg, ">Welcome House visitors per service per month</text>"));
        CHECK(contains(svg, ">Family counselling queue at month end</text>"));
        // Nothing from outside the document.
        CHECK_FALSE(contains(svg, "<script"));
        CHECK_FALSE(contains(svg, "@import"));
        CHECK_FALSE(contains(svg, "href"));

        const auto e = countDirectly(demoRecords(), "2026-01-01", "2026-12-31");
        for (const auto& month : monthsOf(2026)) {
            for (const auto& service : serviceIds()) {
                INFO(month << " " << service);
                const auto key = month + "|" + service;
                // Bars are named as the config names the service (in Swedish).
                const auto name = seedConfig().service(service)->name.in("sv");
                REQUIRE_FALSE(name.empty());
                CHECK(contains(svg, "<title>" + month + ", " + name + ": " +
                                        visitsWord(at(e.visits, key), "visit", "visits") + "</title>"));
                CHECK(contains(svg, "<title>" + month + ", " + name + ": " +
                                        visitsWord(e.visitors(key), "visitor", "visitors") + "</title>"));
                CHECK_FALSE(contains(svg, "<title>" + month + ", " + service + ": "));
            }
            INFO(month);
            CHECK(contains(svg, "<title>" + month + ": " +
                                    visitsWord(at(e.queue, month), "open application", "open applications") +
                                    " on " + lastDayOf(month) + "</title>"));
            CHECK(contains(svg, ">" + month + "</text>"));  // the axis label
        }
        // No previous year in the demo: said, not drawn as zeros.
        CHECK(contains(svg, "No visits in the previous year (2025-01-01 to 2025-12-31)"));
        CHECK_FALSE(contains(svg, "(previous year)</title>"));

        // The same report gives the same bytes: from the program, and in process.
        const auto again = nobody.run({"export", "stats", "--year", "2026", "--format", "svg", "--input",
                                       input.string()});
        REQUIRE(again.exitCode == 0);
        CHECK(again.out == svg);
        std::vector<json> bodies;
        for (const auto& [id, body] : demoRecords())
            bodies.push_back(body);
        const auto report = intake::statistics::compute(bodies, seedConfig(),
                                                        intake::statistics::Period::calendarYear(2026));
        std::map<std::string, std::string> names;
        for (const auto& service : serviceIds())
            names[service] = seedConfig().service(service)->name.in("sv");
        CHECK(intake::statistics::toSvg(report, names) == svg);
    }

    SECTION("a service id from config with markup in it is escaped") {
        // The seed config with one more service whose id holds <, &, " and '.
        const std::string odd = "odd<&\"'service";
        const std::string oddName = "Udda<&\"'tjänst";
        std::string config;
        for (auto document : intake::Config::gothenburgSeed()) {
            if (document["kind"] == "services") {
                auto extra = document["services"][0];
                extra["id"] = odd;
                extra["name"]["sv"] = oddName;
                extra["letter"] = "Z";
                document["services"].push_back(extra);
            }
            config += document.dump() + "\n";
        }
        writeText(folder / "config.jsonl", config);
        const json visit{{"type", "visit"},      {"site", "welcome-house"}, {"day", "2026-03-03"},
                         {"service", odd},       {"ticket", "Z1"},          {"language", "sv"},
                         {"issued_by", "desk-1"}, {"status", "served"},     {"visitor_code", "V1"},
                         {"arrived_at", "2026-03-03T09:00:00Z"}};
        writeText(folder / "odd.jsonl", visit.dump() + "\n" + visit.dump() + "\n");
        const auto output = folder / "odd.svg";
        const auto result = nobody.run({"export", "stats", "--year", "2026", "--format", "svg", "--input",
                                        (folder / "odd.jsonl").string(), "--config", (folder / "config.jsonl").string(),
                                        "--output", output.string()});
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        requireWellFormed(output);
        const auto svg = readText(output);
        // Shown by its name from config, escaped like its id would be.
        CHECK(contains(svg, "<title>2026-03, Udda&lt;&amp;&quot;&#39;tjänst: 2 visits</title>"));
        CHECK(contains(svg, "<title>2026-03, Udda&lt;&amp;&quot;&#39;tjänst: 1 visitor</title>"));
        CHECK(contains(svg, ">Udda&lt;&amp;&quot;&#39;tjänst</text>"));  // the legend
        CHECK_FALSE(contains(svg, odd));
        CHECK_FALSE(contains(svg, oddName));
        // The CSV quotes it (RFC 4180).
        const auto csv = nobody.run({"export", "stats", "--year", "2026", "--input", (folder / "odd.jsonl").string(),
                                     "--config", (folder / "config.jsonl").string()});
        REQUIRE(csv.exitCode == 0);
        CHECK(figure(parseCsv(csv.out), "welcome_house", "visits", {.month = "2026-03", .service = odd}) == 2);
    }

    SECTION("toSvg: the previous year drawn, and text XML cannot hold made safe") {
        using namespace intake::statistics;
        Report report;
        report.current.period = Period::calendarYear(2026);
        report.previousYear.period = report.current.period.previousYear();
        const std::string hostile = std::string("a<b>&c\"d'e") + '\x01' + "\xff\xfe" + "\xef\xbf\xbf" + "z";
        report.current.welcomeHouse.total = {7, 5};
        report.current.welcomeHouse.byService[hostile] = {7, 5};
        report.current.welcomeHouse.byMonthService["2026-02"][hostile] = {7, 5};
        report.current.welcomeHouse.byMonthService["2026-02"]["health"] = {1, 1};
        report.previousYear.welcomeHouse.total = {12, 9};
        report.previousYear.welcomeHouse.byMonthService["2025-02"][hostile] = {12, 9};
        report.current.counselling.queueAtMonthEnd["2026-05"] = 41;
        report.previousYear.counselling.applications = 3;
        report.previousYear.counselling.queueAtMonthEnd["2025-05"] = 17;
        const auto svg = toSvg(report);
        writeText(folder / "direct.svg", svg);
        requireWellFormed(folder / "direct.svg");
        CHECK(toSvg(report) == svg);
        CHECK(contains(svg, "a&lt;b&gt;&amp;c&quot;d&#39;e\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdz"));
        CHECK_FALSE(contains(svg, "a<b>"));
        CHECK_FALSE(contains(svg, "\x01"));
        // Previous-year marks with their figures.
        CHECK(contains(svg, "<title>2025-02: 12 visits in all (previous year)</title>"));
        CHECK(contains(svg, ": 9 visitors (previous year)</title>"));
        CHECK(contains(svg, "<title>2025-05: 17 open applications on 2025-05-31 (previous year)</title>"));
        CHECK(contains(svg, "<title>2026-05: 41 open applications on 2026-05-31</title>"));
        CHECK(contains(svg, "<title>2026-02, health: 1 visit</title>"));
        // Round y ticks: the largest value 12 makes 0, 5, 10, 15.
        CHECK(contains(svg, ">15</text>"));
        CHECK(contains(svg, ">10</text>"));
        // One colour per service, from the colour-blind-safe palette.
        CHECK(contains(svg, "fill=\"#E69F00\""));
        CHECK(contains(svg, "fill=\"#56B4E9\""));
    }
}

TEST_CASE("export stats refuses bad arguments and bad input, and writes nothing", "[cli][export]") {
    TempFolder folder;
    const auto good = folder / "good.jsonl";
    std::string goodLines;
    for (int i = 1; i <= 6; ++i)
        goodLines += json{{"_id", "visit:" + std::to_string(i)}, {"_rev", "1-a"}, {"type", "visit"},
                          {"site", "welcome-house"}, {"day", "2026-02-0" + std::to_string(i + 1)},
                          {"service", "housing"}, {"ticket", "D1"}, {"language", "sv"}, {"issued_by", "desk-1"},
                          {"status", "served"}, {"arrived_at", "2026-02-02T09:00:00Z"}}
                         .dump() +
                     "\n";
    // Fields of unexpected types are no reason to stop (and count in no figure).
    goodLines += R"({"_id": "odd", "_deleted": "yes", "type": 5})" "\n";
    goodLines += R"({"_id": 7, "type": ["visit"]})" "\n";
    writeText(good, goodLines);
    // Line 5 of this file is broken; the others are good.
    std::string brokenLines;
    {
        std::istringstream in(goodLines);
        std::string line;
        for (int n = 1; std::getline(in, line); ++n)
            brokenLines += (n == 5 ? line.substr(0, line.size() / 2) : line) + "\n";
    }
    writeText(folder / "broken.jsonl", brokenLines);
    writeText(folder / "deep.jsonl", goodLines + std::string(300, '[') + std::string(300, ']') + "\n");
    writeText(folder / "array.jsonl", "[1, 2]\n" + goodLines);
    const auto existing = folder / "existing.csv";
    writeText(existing, "the previous export\r\n");
    CliDevice nobody(folder / "data");

    struct Case {
        std::vector<std::string> args;
        int exitCode;
        std::vector<std::string> said;  // in standard error
    };
    const std::string out = existing.string();
    const std::vector<Case> cases = {
        {{"--from", "2026-01-01", "--input", good.string(), "--output", out}, 2, {"--to"}},
        {{"--to", "2026-01-01", "--input", good.string()}, 2, {"--from"}},
        {{"--from", "2026-13-01", "--to", "2026-12-31", "--input", good.string(), "--output", out},
         3,
         {"2026-13-01", "not a date", "cli.bad_date"}},
        {{"--from", "2026-02-30", "--to", "2026-12-31", "--input", good.string()}, 3, {"2026-02-30", "not a date"}},
        {{"--from", "1/2/2026", "--to", "2026-12-31", "--input", good.string()}, 3, {"YYYY-MM-DD"}},
        {{"--from", "2026-12-01", "--to", "2026-01-01", "--input", good.string(), "--output", out},
         3,
         {"after", "cli.bad_date"}},
        {{"--from", "2020-01-01", "--to", "2026-12-31", "--input", good.string()}, 3, {"five years"}},
        {{"--year", "2026", "--format", "pdf", "--input", good.string(), "--output", out}, 2, {"pdf"}},
        {{"--year", "2026", "--from", "2026-01-01", "--to", "2026-12-31", "--input", good.string()}, 2, {"--year"}},
        {{"--year-dec-nov", "--input", good.string()}, 2, {"--year"}},
        {{"--input", good.string(), "--output", out}, 2, {"--year"}},
        {{"--year", "1999", "--input", good.string()}, 2, {"1999"}},
        {{"--year", "2026", "--input", (folder / "broken.jsonl").string(), "--output", out},
         3,
         {"broken.jsonl line 5", "not JSON", "nothing was written"}},
        {{"--year", "2026", "--input", (folder / "deep.jsonl").string(), "--output", out},
         3,
         {"deep.jsonl line 9", "nested too deep"}},
        {{"--year", "2026", "--input", (folder / "array.jsonl").string()},
         3,
         {"array.jsonl line 1", "not a JSON object"}},
        {{"--year", "2026", "--input", (folder / "missing.jsonl").string(), "--output", out},
         3,
         {"missing.jsonl", "No such file"}},
        {{"--year", "2026", "--input", folder.path().string()}, 3, {"folder"}},
        {{"--year", "2026", "--input", good.string(), "--output", (folder / "no" / "such" / "x.csv").string()},
         3,
         {"does not exist"}},
        {{"--year", "2026", "--input", good.string(), "--config", (folder / "missing-config.jsonl").string()},
         3,
         {"missing-config.jsonl"}},
        {{"--year", "2026", "--input", good.string(), "--config", good.string()}, 3, {"no config documents"}},
        {{"--year", "2026", "--output", out}, 4, {"not enrolled"}},
    };
    const auto before = intake::test::snapshotFiles(folder.path());
    REQUIRE(before.count("existing.csv") == 1);
    for (const auto& c : cases) {
        std::vector<std::string> args{"export", "stats"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        std::string shown;
        for (const auto& arg : args)
            shown += arg + " ";
        INFO(shown);
        const auto result = nobody.run(args);
        INFO("stderr: " << result.err);
        CHECK(result.exitCode == c.exitCode);
        CHECK(result.out.empty());
        for (const auto& text : c.said)
            CHECK(contains(result.err, text));
        CHECK(intake::test::snapshotFiles(folder.path()) == before);
    }
    CHECK(readText(existing) == "the previous export\r\n");
    CHECK_FALSE(fs::exists(folder / "data"));

    SECTION("--json: the error as JSON on standard output, with the line") {
        const auto result = nobody.run({"--json", "export", "stats", "--year", "2026", "--input",
                                        (folder / "broken.jsonl").string(), "--output", out});
        CHECK(result.exitCode == 3);
        const auto answer = json::parse(result.out);
        CHECK(answer["error"]["code"] == "cli.bad_input");
        REQUIRE(answer["error"]["details"]["problems"].size() == 1);
        CHECK(answer["error"]["details"]["problems"][0]["line"] == 5);
        CHECK(intake::test::snapshotFiles(folder.path()) == before);
    }
    SECTION("a path that is a pipe, not a file, is read too") {
        const auto result = nobody.run({"export", "stats", "--year", "2026", "--input", "/dev/stdin"}, goodLines);
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        CHECK(figure(parseCsv(result.out), "welcome_house", "visits", {.service = "housing"}) == 6);
    }
    SECTION("the good file itself exports, replacing the old file whole") {
        const auto result =
            nobody.run({"export", "stats", "--year", "2026", "--input", good.string(), "--output", out});
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        const auto table = parseCsv(readText(existing));
        CHECK(figure(table, "welcome_house", "visits", {.month = "2026-02", .service = "housing"}) == 6);
        // No temporary file left beside it.
        for (const auto& entry : fs::directory_iterator(folder.path()))
            CHECK_FALSE(entry.path().string().ends_with(".tmp"));
    }
}

TEST_CASE("export stats from an enrolled device's own vaults", "[cli][export]") {
    TempFolder folder;
    CliDevice reception(folder / "data");
    writeText(folder / "profile.json",
              json{{"role", "reception"}, {"device_id", "reception-1"}, {"site", "welcome-house"}, {"central_url", ""}}
                  .dump());
    const auto enrolled = reception.run({"enrol", "--profile", (folder / "profile.json").string()});
    INFO(enrolled.err);
    REQUIRE(enrolled.exitCode == 0);

    // Recent weekdays the community guides work (validation accepts days near today).
    using namespace std::chrono;
    const auto today = floor<days>(system_clock::now());
    std::vector<std::string> openDays;
    for (auto day = today - days(1); openDays.size() < 3 && day > today - days(30); day -= days(1)) {
        for (const auto* service : seedConfig().servicesRunning("welcome-house", year_month_day{day})) {
            if (service->id == "community_guide")
                openDays.insert(openDays.begin(), isoDay(day));
        }
    }
    REQUIRE(openDays.size() == 3);
    auto visitLine = [](const std::string& day, const std::string& ticket, const std::string& code,
                        const std::string& status) {
        json visit{{"site", "welcome-house"}, {"day", day},         {"service", "community_guide"},
                   {"ticket", ticket},        {"language", "ar"},   {"issued_by", "reception-1"},
                   {"channel", "desk"},       {"status", status},   {"visitor_code", code},
                   {"arrived_at", day + "T09:00:00Z"}};
        if (status != "waiting")
            visit["called_at"] = day + "T09:12:00Z";
        if (status == "served" || status == "no_show")
            visit["ended_at"] = day + "T09:40:00Z";
        return visit.dump() + "\n";
    };
    writeText(folder / "visits.jsonl", visitLine(openDays[0], "A1", "V0001", "served") +
                                           visitLine(openDays[0], "A2", "V0002", "no_show") +
                                           visitLine(openDays[1], "A3", "V0001", "served") +
                                           visitLine(openDays[2], "A4", "V0003", "served"));
    const auto added = reception.run({"add", "visit", "--file", (folder / "visits.jsonl").string()});
    INFO(added.err);
    REQUIRE(added.exitCode == 0);

    const auto from = openDays.front().substr(0, 8) + "01";
    const auto to = isoDay(today);
    const auto output = folder / "device.csv";
    const auto result =
        reception.run({"--json", "export", "stats", "--from", from, "--to", to, "--output", output.string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const auto summary = json::parse(result.out);
    CHECK(summary["period"]["from"] == from);
    CHECK(summary["source"]["vaults"].size() >= 2);  // config and welcome-house
    CHECK(summary["read"]["visit"] == 4);
    const auto table = parseCsv(readText(output));
    CHECK(figure(table, "welcome_house", "visits", {}) == 4);
    CHECK(figure(table, "welcome_house", "visitors", {}) == 3);  // V0001 came twice
    CHECK(figure(table, "welcome_house", "visits", {.service = "community_guide"}) == 4);
    CHECK(figure(table, "welcome_house", "no_shows", {.service = "community_guide"}) == 1);
    std::map<std::string, std::int64_t> byMonth;
    for (const auto& day : openDays)
        byMonth[day.substr(0, 7)] += 0;
    byMonth[openDays[0].substr(0, 7)] += 2;
    byMonth[openDays[1].substr(0, 7)] += 1;
    byMonth[openDays[2].substr(0, 7)] += 1;
    for (const auto& [month, visits] : byMonth)
        CHECK(figure(table, "welcome_house", "visits", {.month = month, .service = "community_guide"}) == visits);
    CHECK(figure(table, "welcome_house", "visits", {}, "previous_year") == 0);

    // The device's records, with a config given on the command line instead of the device's.
    writeText(folder / "config.jsonl", [] {
        std::string text;
        for (const auto& document : intake::Config::gothenburgSeed())
            text += document.dump() + "\n";
        return text;
    }());
    const auto withConfig = reception.run(
        {"export", "stats", "--from", from, "--to", to, "--config", (folder / "config.jsonl").string()});
    INFO(withConfig.err);
    REQUIRE(withConfig.exitCode == 0);
    CHECK(figure(parseCsv(withConfig.out), "welcome_house", "visits", {}) == 4);
}
