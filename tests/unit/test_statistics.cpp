#include "demo_data.h"
#include "vault_fixture.h"

#include "intake/core/config.h"
#include "intake/core/counselling.h"
#include "intake/core/records.h"
#include "intake/core/statistics.h"
#include "intake/core/vault.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace intake;
using namespace intake::statistics;
using nlohmann::json;

namespace {

const Config& seedConfig() {
    static const Config config = [] {
        auto parsed = Config::fromDocuments(Config::gothenburgSeed());
        if (!parsed)
            throw std::runtime_error("seed config: " + parsed.error().detail());
        return std::move(*parsed);
    }();
    return config;
}

std::chrono::year_month_day ymd(int y, unsigned m, unsigned d) {
    return std::chrono::year_month_day{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

json visit(const std::string& day, const std::string& service, const std::string& language,
           std::optional<std::string> code, const std::string& status, const std::string& arrived,
           std::optional<std::string> called = std::nullopt) {
    json body = {{"type", "visit"},     {"site", "welcome-house"}, {"day", day},
                 {"service", service},  {"ticket", "A1"},          {"language", language},
                 {"issued_by", "kiosk-1"}, {"status", status},     {"arrived_at", day + "T" + arrived + ":00Z"}};
    if (code)
        body["visitor_code"] = *code;
    if (called)
        body["called_at"] = day + "T" + *called + ":00Z";
    return body;
}

json application(const std::string& received, const std::string& status,
                 std::optional<std::string> firstOffer = std::nullopt,
                 std::optional<std::string> withdrawn = std::nullopt) {
    json body = {{"type", "application"}, {"received_at", received}, {"status", status},
                 {"language", "sv"},      {"consent", true},         {"reference", "REF1"}};
    if (firstOffer)
        body["first_offer_at"] = *firstOffer;
    if (withdrawn)
        body["withdrawn_at"] = *withdrawn;
    return body;
}

json contact(const std::string& at, bool anonymous, int count, const std::string& gender, const std::string& band) {
    return {{"type", "contact"}, {"at", at},         {"team", "outreach-night"}, {"area", "centrum"},
            {"anonymous", anonymous}, {"count", count}, {"gender", gender},      {"age_band", band},
            {"recorded_by", "staff-001"}};
}

json bedNight(const std::string& night, int bed, const std::string& kind, const std::string& person,
              const std::string& gender, const std::string& status = "given") {
    return {{"type", "bed_night"}, {"shelter", "overnight-centrum"}, {"night", night},
            {"bed", bed},          {"kind", kind},                   {"filled_by", kind == "assessed" ? "duty" : "field"},
            {"person_code", person}, {"gender", gender},             {"given_at", night + "T20:00:00Z"},
            {"given_by", "duty-01"}, {"status", status}};
}

json referral(const std::string& at, const std::string& unit, const std::string& status,
              std::optional<std::string> decided = std::nullopt) {
    json body = {{"type", "referral"}, {"at", at},         {"person_code", "P0001"}, {"unit", unit},
                 {"reason", "Boende"}, {"consent", true}, {"referred_by", "staff-002"}, {"status", status}};
    if (decided)
        body["decided_at"] = *decided;
    return body;
}

// A minimal RFC 4180 reader for checking the export: records of fields.
std::vector<std::vector<std::string>> readCsv(const std::string& text) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            record.push_back(field);
            field.clear();
        } else if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            record.push_back(field);
            field.clear();
            records.push_back(record);
            record.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    REQUIRE(record.empty());
    REQUIRE(field.empty());
    return records;
}

const Row* findRow(const std::vector<Row>& all, const Row& key) {
    for (const auto& row : all) {
        if (row.section == key.section && row.metric == key.metric && row.period == key.period &&
            row.month == key.month && row.service == key.service && row.language == key.language &&
            row.gender == key.gender && row.age_band == key.age_band && row.kind == key.kind && row.unit == key.unit &&
            row.status == key.status)
            return &row;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("Periods: calendar year, December to November, previous year, months", "[statistics]") {
    const auto year = Period::calendarYear(2026);
    CHECK(year.from == ymd(2026, 1, 1));
    CHECK(year.to == ymd(2026, 12, 31));
    CHECK(year.months().size() == 12);
    CHECK(year.months().front() == "2026-01");
    CHECK(year.months().back() == "2026-12");
    CHECK(year.previousYear() == Period::calendarYear(2025));

    const auto decNov = Period::decemberToNovember(2026);
    CHECK(decNov.from == ymd(2025, 12, 1));
    CHECK(decNov.to == ymd(2026, 11, 30));
    const auto months = decNov.months();
    REQUIRE(months.size() == 12);
    CHECK(months.front() == "2025-12");
    CHECK(months[1] == "2026-01");
    CHECK(months.back() == "2026-11");
    CHECK(decNov.previousYear() == Period::decemberToNovember(2025));
    CHECK(decNov.contains(ymd(2025, 12, 1)));
    CHECK(decNov.contains(ymd(2026, 11, 30)));
    CHECK_FALSE(decNov.contains(ymd(2025, 11, 30)));
    CHECK_FALSE(decNov.contains(ymd(2026, 12, 1)));

    // 29 February has no counterpart a year earlier.
    const Period leap{ymd(2028, 2, 29), ymd(2028, 2, 29)};
    CHECK(leap.previousYear() == Period{ymd(2027, 2, 28), ymd(2027, 2, 28)});
    const Period toLeap{ymd(2027, 3, 1), ymd(2028, 2, 29)};
    CHECK(toLeap.previousYear() == Period{ymd(2026, 3, 1), ymd(2027, 2, 28)});
    CHECK(monthKey(ymd(2026, 3, 31)) == "2026-03");
}

TEST_CASE("Percentiles interpolate between the closest ranks", "[statistics]") {
    CHECK_FALSE(percentile({}, 0.5).has_value());
    CHECK(*percentile({7}, 0.5) == 7);
    CHECK(*percentile({7}, 0.9) == 7);
    CHECK(*percentile({4, 1, 3, 2}, 0.5) == Approx(2.5));
    CHECK(*percentile({10, 10, 20, 30, 40}, 0.5) == Approx(20));
    CHECK(*percentile({10, 10, 20, 30, 40}, 0.9) == Approx(36));
    CHECK(*percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.9) == Approx(9.1));
    CHECK(*percentile({0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100}, 0.9) == Approx(90));
}

TEST_CASE("Welcome House: visits, visitors, waits, no-shows, previous year", "[statistics]") {
    const std::vector<json> bodies = {
        visit("2026-03-02", "community_guide", "ar", "AAAA1", "served", "09:00", "09:10"),
        visit("2026-03-03", "community_guide", "ar", "AAAA1", "served", "09:00", "09:30"),
        visit("2026-03-03", "study_career", "uk", "BBBB2", "served", "09:00", "09:05"),
        visit("2026-04-07", "community_guide", "ar", std::nullopt, "served", "10:00", "10:20"),
        visit("2026-04-07", "community_guide", "fa", std::nullopt, "no_show", "10:00", "10:40"),
        visit("2026-04-07", "community_guide", "fa", "CCCC3", "left", "10:00"),
        // Transferred: not a visit; its continuation (housing) is.
        visit("2026-04-07", "community_guide", "so", "DDDD4", "transferred", "11:00", "11:15"),
        visit("2026-04-07", "housing", "so", "DDDD4", "served", "11:20", "11:50"),
        // Left after being called: a wait, but not "left before called".
        visit("2026-04-07", "community_guide", "en", "EEEE5", "left", "12:00", "12:10"),
        // An empty code is no code.
        visit("2026-04-08", "health", "sv", "", "served", "12:00", "12:01"),
        // The previous year.
        visit("2025-04-08", "community_guide", "ar", "AAAA1", "served", "09:00", "09:02"),
        visit("2025-03-02", "community_guide", "ar", std::nullopt, "waiting", "09:00"),
        // Outside both periods.
        visit("2024-03-02", "community_guide", "ar", "AAAA1", "served", "09:00", "09:02"),
        // Not readable: skipped and counted.
        visit("2026-13-01", "community_guide", "ar", "ZZZZ9", "served", "09:00"),
        json{{"type", "visit"}, {"day", "2026-03-02"}, {"recalls", "many"}},
        visit("2026-03-02", "community_guide", "ar", "ZZZZ8", "served", "09:00", "nine"),
        // Other types are ignored.
        json{{"type", "slot"}, {"provider", "city"}},
        json::array(),
    };
    const auto report = compute(bodies, seedConfig(), Period::calendarYear(2026));
    const auto& wh = report.current.welcomeHouse;

    CHECK(wh.total == VisitCounts{9, 8});
    CHECK(wh.byService.at("community_guide") == VisitCounts{6, 5});
    CHECK(wh.byService.at("study_career") == VisitCounts{1, 1});
    CHECK(wh.byService.at("housing") == VisitCounts{1, 1});
    CHECK(wh.byService.at("health") == VisitCounts{1, 1});
    CHECK(wh.byService.at("employment_service") == VisitCounts{0, 0});
    CHECK(wh.byMonth.at("2026-03") == VisitCounts{3, 2});
    CHECK(wh.byMonth.at("2026-04") == VisitCounts{6, 6});
    CHECK(wh.byMonth.at("2026-05") == VisitCounts{0, 0});
    CHECK(wh.byMonthService.at("2026-04").at("community_guide") == VisitCounts{4, 4});
    CHECK(wh.byMonthService.at("2026-03").at("community_guide") == VisitCounts{2, 1});
    CHECK(wh.byLanguage.at("ar") == VisitCounts{3, 2});
    CHECK(wh.byLanguage.at("fa") == VisitCounts{2, 2});
    CHECK(wh.byLanguage.at("so") == VisitCounts{1, 1});
    CHECK(wh.byLanguage.at("ti") == VisitCounts{0, 0});
    CHECK(wh.byMonthLanguage.at("2026-03").at("ar") == VisitCounts{2, 1});

    // community_guide waits: 10, 30, 20, 40 (the no-show was called), 10.
    const auto& guide = wh.waitByService.at("community_guide");
    CHECK(guide.called == 5);
    CHECK(*guide.medianMinutes == Approx(20));
    CHECK(*guide.p90Minutes == Approx(36));
    CHECK(*wh.waitByService.at("housing").medianMinutes == Approx(30));
    CHECK(*wh.waitByService.at("study_career").p90Minutes == Approx(5));
    CHECK(*wh.waitByService.at("health").medianMinutes == Approx(1));
    CHECK_FALSE(wh.waitByService.at("group_career").medianMinutes.has_value());
    CHECK(wh.noShowsByService.at("community_guide") == 1);
    CHECK(wh.noShowsByMonthService.at("2026-04").at("community_guide") == 1);
    CHECK(wh.noShowsByMonthService.at("2026-03").at("community_guide") == 0);
    CHECK(wh.leftBeforeCalledByService.at("community_guide") == 1);

    const auto& previous = report.previousYear.welcomeHouse;
    CHECK(report.previousYear.period == Period::calendarYear(2025));
    CHECK(previous.total == VisitCounts{2, 2});
    CHECK(previous.byMonth.at("2025-03") == VisitCounts{1, 1});
    CHECK(previous.byMonth.at("2025-04") == VisitCounts{1, 1});
    CHECK(previous.byMonth.size() == 12);
    CHECK(*previous.waitByService.at("community_guide").medianMinutes == Approx(2));

    CHECK(report.input.read.at("visit") == 16);
    CHECK(report.input.skipped.at("visit") == 3);
    CHECK(report.input.read.at("application") == 0);

    // The same figures in the export.
    const auto all = rows(report);
    Row key;
    key.section = "welcome_house";
    key.metric = "visitors";
    key.period = "current";
    key.service = "community_guide";
    REQUIRE(findRow(all, key));
    CHECK(findRow(all, key)->value == Value(std::int64_t{5}));
    key.metric = "wait_p90_minutes";
    REQUIRE(findRow(all, key));
    CHECK(formatValue(findRow(all, key)->value) == "36.0000");
    key.period = "previous_year";
    key.metric = "visits";
    key.month = "2025-04";
    REQUIRE(findRow(all, key));
    CHECK(findRow(all, key)->value == Value(std::int64_t{1}));
}

TEST_CASE("Family counselling: queue at month ends, shares, single sessions", "[statistics]") {
    std::vector<json> bodies = {
        // a1: offered on the last second of the month end: not queued then.
        application("2026-01-10T10:00:00Z", "started", "2026-01-31T23:59:59Z"),
        // a2: received on the month end day, offered the first second after.
        application("2026-01-31T22:00:00Z", "offered", "2026-02-01T00:00:00Z"),
        // a3: waiting all year.
        application("2026-01-15T08:00:00Z", "received"),
        // a4: withdrawn, from before withdrawn_at existed: never counted (no date).
        application("2026-01-20T08:00:00Z", "withdrawn"),
        // a5: received on the last second of February.
        application("2026-02-28T23:59:59Z", "started", "2026-03-31T08:00:00Z"),
        // a6: from the year before, still waiting.
        application("2025-12-20T08:00:00Z", "received"),
        // a7: withdrawn after its offer: queued until the offer.
        application("2026-03-05T08:00:00Z", "withdrawn", "2026-04-10T08:00:00Z", "2026-04-20T08:00:00Z"),
        // a8: 01:00 in Sweden on 1 April is 31 March in UTC.
        application("2026-04-01T01:00:00+02:00", "received"),
        // a9: "offered" but no first_offer_at: not queued.
        application("2026-03-10T08:00:00Z", "offered"),
        // a10: withdrawn on the last second of February: queued at the end of
        // January, not at the end of February.
        application("2026-01-25T08:00:00Z", "withdrawn", std::nullopt, "2026-02-28T23:59:59Z"),
        // a11: withdrawn the first second after February's end: still queued then.
        application("2026-01-26T08:00:00Z", "withdrawn", std::nullopt, "2026-03-01T00:00:00Z"),
        // a12: withdrawn at 01:30 on 1 April in Sweden, 31 March in UTC: not
        // queued at the end of March.
        application("2026-03-02T08:00:00Z", "withdrawn", std::nullopt, "2026-04-01T01:30:00+02:00"),
        // Unreadable: skipped.
        application("yesterday", "received"),
        application("2026-03-10T08:00:00Z", "received", "soon"),
        application("2026-03-10T08:00:00Z", "withdrawn", std::nullopt, "later"),
    };
    bodies[0]["priority"] = true;
    bodies[0]["small_children"] = true;
    bodies[0]["preferred_provider"] = "st-lukas";
    bodies[1]["single_session"] = true;
    bodies[1]["preferred_provider"] = "city";
    bodies[2]["priority"] = true;
    bodies[2]["acute_crisis"] = true;
    bodies[2]["preferred_provider"] = "not-in-config";

    const auto report = compute(bodies, seedConfig(), Period::calendarYear(2026));
    const auto& c = report.current.counselling;
    CHECK(c.applications == 11);
    CHECK(c.applicationsByMonth.at("2026-01") == 6);
    CHECK(c.applicationsByMonth.at("2026-02") == 1);
    CHECK(c.applicationsByMonth.at("2026-03") == 4);
    CHECK(c.applicationsByMonth.at("2026-04") == 0);
    CHECK(c.priority == 2);
    CHECK(*c.priorityShare == Approx(2.0 / 11.0));
    CHECK(*c.priorityShareByMonth.at("2026-01") == Approx(2.0 / 6.0));
    CHECK_FALSE(c.priorityShareByMonth.at("2026-04").has_value());
    CHECK(c.singleSession == 1);
    CHECK(c.externalProvider == 1);
    CHECK(*c.externalProviderShare == Approx(1.0 / 11.0));
    CHECK(c.offered == 4);
    CHECK(c.queueAtMonthEnd.size() == 12);
    CHECK(c.queueAtMonthEnd.at("2026-01") == 5);  // a2, a3, a6, a10, a11
    CHECK(c.queueAtMonthEnd.at("2026-02") == 4);  // a3, a5, a6, a11
    CHECK(c.queueAtMonthEnd.at("2026-03") == 4);  // a3, a6, a7, a8
    CHECK(c.queueAtMonthEnd.at("2026-04") == 3);  // a3, a6, a8
    CHECK(c.queueAtMonthEnd.at("2026-12") == 3);
    // Days to first offer: a2 2 h, a1 21.58 d, a5 30.33 d, a7 36 d.
    CHECK(*c.daysToFirstOfferMedian == Approx((21.0 + (13 * 3600 + 59 * 60 + 59) / 86400.0 +
                                               30.0 + (8 * 3600 + 1) / 86400.0) / 2));
    CHECK(*c.daysToFirstOfferMedianPriority == Approx(21.0 + (13 * 3600 + 59 * 60 + 59) / 86400.0));

    const auto& previous = report.previousYear.counselling;
    CHECK(previous.applications == 1);
    CHECK(previous.queueAtMonthEnd.at("2025-11") == 0);
    CHECK(previous.queueAtMonthEnd.at("2025-12") == 1);
    CHECK(report.input.read.at("application") == 15);
    CHECK(report.input.skipped.at("application") == 3);

    // A period that ends mid-month: its last day is the last month's end.
    const auto partial = compute(bodies, seedConfig(), Period{ymd(2026, 1, 1), ymd(2026, 3, 30)});
    // a3, a6, a7, and a5 (offered on 31 March) and a12 (withdrawn on 31 March);
    // a8 is received on 31 March.
    CHECK(partial.current.counselling.queueAtMonthEnd.at("2026-03") == 5);
}

TEST_CASE("Outreach: people met, people on beds, referrals", "[statistics]") {
    const std::vector<json> bodies = {
        contact("2026-01-05T21:00:00Z", true, 3, "man", "26-35"),
        contact("2026-01-06T21:00:00Z", false, 1, "woman", "18-25"),
        contact("2026-02-01T00:30:00+01:00", false, 1, "man", "36-50"),  // 31 January in UTC
        contact("2026-02-02T12:00:00Z", true, 2, "", "unknown"),
        bedNight("2026-01-10", 1, "assessed", "PAAA1", "man"),
        bedNight("2026-01-11", 2, "assessed", "PAAA1", "man"),
        bedNight("2026-01-11", 3, "assessed", "PBBB2", "woman", "cancelled"),
        bedNight("2026-01-31", 10, "unassessed", "PCCC3", "woman"),
        bedNight("2026-02-01", 11, "unassessed", "PCCC3", "woman"),
        bedNight("2026-02-01", 12, "unassessed", "PAAA1", "man"),
        bedNight("2026-02-02", 13, "unassessed", "PDDD4", ""),  // an empty gender
        // PCCC3 recorded with another gender: counted under both.
        bedNight("2026-02-03", 14, "unassessed", "PCCC3", "not_stated"),
        // Decisions count in the month they were made.
        referral("2026-01-12T10:00:00Z", "housing_unit", "accepted", "2026-01-20T09:00:00Z"),
        referral("2026-01-13T10:00:00Z", "housing_unit", "accepted", "2026-02-02T10:00:00Z"),
        referral("2026-01-14T10:00:00Z", "health_care", "rejected", "2026-02-01T00:30:00+01:00"),  // 31 January UTC
        referral("2026-03-01T10:00:00Z", "housing_unit", "sent"),
        // Sent the year before, accepted in January.
        referral("2025-12-20T10:00:00Z", "housing_unit", "accepted", "2026-01-05T10:00:00Z"),
        // An older record without decided_at keeps the day it was sent.
        referral("2026-12-28T10:00:00Z", "housing_unit", "accepted"),
        // A decided_at that does not parse: skipped.
        referral("2026-04-01T10:00:00Z", "housing_unit", "rejected", "soon"),
    };
    const auto report = compute(bodies, seedConfig(), Period::calendarYear(2026));
    const auto& o = report.current.outreach;
    CHECK(o.contacts == 4);
    CHECK(o.contactPeople == 7);
    CHECK(o.contactsByMonth.at("2026-01") == 3);
    CHECK(o.contactsByMonth.at("2026-02") == 1);
    CHECK(o.contactPeopleByMonthGender.at("2026-01").at("man") == 4);
    CHECK(o.contactPeopleByMonthGender.at("2026-01").at("woman") == 1);
    CHECK(o.contactPeopleByMonthGender.at("2026-02").at("unknown") == 2);  // an empty gender
    CHECK(o.contactPeopleByMonthGender.at("2026-02").at("man") == 0);
    CHECK(o.contactPeopleByMonthAgeBand.at("2026-01").at("26-35") == 3);
    CHECK(o.contactPeopleByMonthAgeBand.at("2026-01").at("36-50") == 1);
    CHECK(o.contactPeopleByGender.at("man") == 4);
    CHECK(o.contactPeopleByAgeBand.at("unknown") == 2);

    CHECK(o.bedPeopleByMonthKind.at("2026-01").at("assessed") == 1);  // PBBB2's record is not "given"
    CHECK(o.bedPeopleByMonthKind.at("2026-01").at("unassessed") == 1);
    CHECK(o.bedPeopleByMonthKind.at("2026-02").at("unassessed") == 3);
    CHECK(o.bedPeopleByMonthKind.at("2026-02").at("assessed") == 0);
    CHECK(o.bedPeopleByKind.at("unassessed") == 3);
    CHECK(o.bedNightsByMonthKind.at("2026-01").at("assessed") == 2);
    CHECK(o.bedNightsByKind.at("unassessed") == 5);

    // Distinct people by kind and gender, per month and over the period.
    CHECK(o.bedPeopleByMonthKindGender.at("2026-01").at("assessed").at("man") == 1);
    CHECK(o.bedPeopleByMonthKindGender.at("2026-01").at("assessed").at("woman") == 0);
    CHECK(o.bedPeopleByMonthKindGender.at("2026-01").at("unassessed").at("woman") == 1);
    CHECK(o.bedPeopleByMonthKindGender.at("2026-02").at("unassessed").at("woman") == 1);
    CHECK(o.bedPeopleByMonthKindGender.at("2026-02").at("unassessed").at("man") == 1);
    CHECK(o.bedPeopleByMonthKindGender.at("2026-02").at("unassessed").at("not_stated") == 1);
    CHECK(o.bedPeopleByMonthKindGender.at("2026-02").at("unassessed").at("unknown") == 1);
    CHECK(o.bedPeopleByMonthKindGender.at("2026-05").at("assessed").at("non_binary") == 0);
    CHECK(o.bedPeopleByMonthKindGender.at("2026-05").size() == 2);
    CHECK(o.bedPeopleByMonthKindGender.at("2026-05").at("assessed").size() == 5);  // 4 in config and "unknown"
    CHECK(o.bedPeopleByKindGender.at("unassessed").at("woman") == 1);  // the same person in January and February
    CHECK(o.bedPeopleByKindGender.at("unassessed").at("man") == 1);
    CHECK(o.bedPeopleByKindGender.at("assessed").at("man") == 1);
    CHECK(o.bedPeopleByKindGender.at("assessed").at("woman") == 0);
    // Both periods have the same rows.
    CHECK(report.previousYear.outreach.bedPeopleByKindGender.at("assessed").at("unknown") == 0);

    CHECK(o.referralsByMonthUnitStatus.at("2026-01").at("housing_unit").at("accepted") == 2);
    CHECK(o.referralsByMonthUnitStatus.at("2026-02").at("housing_unit").at("accepted") == 1);
    CHECK(o.referralsByMonthUnitStatus.at("2026-01").at("health_care").at("rejected") == 1);
    CHECK(o.referralsByMonthUnitStatus.at("2026-02").at("health_care").at("rejected") == 0);
    CHECK(o.referralsByMonthUnitStatus.at("2026-03").at("housing_unit").at("sent") == 1);
    CHECK(o.referralsByMonthUnitStatus.at("2026-12").at("housing_unit").at("accepted") == 1);
    CHECK(o.referralsByMonthUnitStatus.at("2026-05").at("migration_agency").at("sent") == 0);
    CHECK(o.referralsByStatus.at("accepted") == 4);
    CHECK(o.referralsByStatus.at("rejected") == 1);
    CHECK(o.referralsByUnitStatus.at("housing_unit").at("sent") == 1);
    CHECK(report.previousYear.outreach.referralsByStatus.at("accepted") == 0);
    CHECK(report.previousYear.outreach.referralsByMonthUnitStatus.at("2025-12").at("housing_unit").at("accepted") == 0);
    CHECK(report.input.read.at("referral") == 7);
    CHECK(report.input.skipped.at("referral") == 1);

    // The gender breakdown in the export.
    const auto all = rows(report);
    Row key;
    key.section = "outreach";
    key.metric = "bed_people";
    key.period = "current";
    key.month = "2026-02";
    key.kind = "unassessed";
    key.gender = "woman";
    REQUIRE(findRow(all, key));
    CHECK(findRow(all, key)->value == Value(std::int64_t{1}));
    key.month.clear();
    key.kind = "assessed";
    key.gender = "man";
    REQUIRE(findRow(all, key));
    CHECK(findRow(all, key)->value == Value(std::int64_t{1}));
}

TEST_CASE("December to November year", "[statistics]") {
    const std::vector<json> bodies = {
        visit("2025-11-30", "community_guide", "ar", "AAAA1", "served", "09:00", "09:10"),
        visit("2025-12-01", "community_guide", "ar", "AAAA1", "served", "09:00", "09:10"),
        visit("2026-11-30", "community_guide", "ar", "BBBB2", "served", "09:00", "09:10"),
        visit("2026-12-01", "community_guide", "ar", "CCCC3", "served", "09:00", "09:10"),
        visit("2024-12-01", "community_guide", "ar", "CCCC3", "served", "09:00", "09:10"),
        application("2025-12-31T23:00:00Z", "received"),
    };
    const auto report = compute(bodies, seedConfig(), Period::decemberToNovember(2026));
    const auto& wh = report.current.welcomeHouse;
    CHECK(wh.total == VisitCounts{2, 2});
    CHECK(wh.byMonth.at("2025-12") == VisitCounts{1, 1});
    CHECK(wh.byMonth.at("2026-11") == VisitCounts{1, 1});
    CHECK(wh.byMonth.count("2026-12") == 0);
    CHECK(report.previousYear.period == Period::decemberToNovember(2025));
    CHECK(report.previousYear.welcomeHouse.total == VisitCounts{2, 2});
    CHECK(report.previousYear.welcomeHouse.byMonth.at("2024-12") == VisitCounts{1, 1});
    CHECK(report.current.counselling.applicationsByMonth.at("2025-12") == 1);
    CHECK(report.current.counselling.queueAtMonthEnd.at("2025-12") == 1);

    const auto all = rows(report);
    std::set<std::string> months;
    for (const auto& row : all) {
        if (row.period == "current" && !row.month.empty())
            months.insert(row.month);
    }
    CHECK(months == std::set<std::string>{"2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
                                          "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"});
}

TEST_CASE("Exports: every month appears, stable sorted columns, RFC 4180 CSV", "[statistics]") {
    SECTION("no records at all: every month and every configured value still has a row") {
        const auto report = compute(std::span<const json>(), seedConfig(), Period::calendarYear(2026));
        const auto all = rows(report);
        std::map<std::string, std::set<std::string>> monthsByMetric;
        for (const auto& row : all) {
            if (!row.month.empty() && row.period == "current")
                monthsByMetric[row.section + "/" + row.metric].insert(row.month);
        }
        for (const char* metric : {"welcome_house/visits", "welcome_house/visitors", "welcome_house/no_shows",
                                   "counselling/applications", "counselling/queue_at_month_end",
                                   "counselling/priority_share", "counselling/single_session_requested",
                                   "outreach/contacts", "outreach/contact_people", "outreach/bed_people",
                                   "outreach/bed_nights", "outreach/referrals"}) {
            INFO(metric);
            CHECK(monthsByMetric[metric].size() == 12);
        }
        // 7 services x 12 months x 2 periods of visits by month and service.
        std::size_t serviceMonthVisits = 0;
        for (const auto& row : all) {
            if (row.metric == "visits" && !row.month.empty() && !row.service.empty()) {
                ++serviceMonthVisits;
                CHECK(row.value == Value(std::int64_t{0}));
            }
        }
        CHECK(serviceMonthVisits == 7 * 12 * 2);
        // 2 kinds of place x 4 genders x 12 months x 2 periods of people on beds by month, kind and gender.
        std::size_t bedPeopleByGender = 0;
        for (const auto& row : all) {
            if (row.metric == "bed_people" && !row.month.empty() && !row.kind.empty() && !row.gender.empty())
                ++bedPeopleByGender;
        }
        CHECK(bedPeopleByGender == 2 * 4 * 12 * 2);
        CHECK(std::is_sorted(all.begin(), all.end(), [](const Row& a, const Row& b) {
            return std::tie(a.section, a.metric, a.period, a.month, a.service, a.language, a.gender, a.age_band,
                            a.kind, a.unit, a.status) < std::tie(b.section, b.metric, b.period, b.month, b.service,
                                                                 b.language, b.gender, b.age_band, b.kind, b.unit,
                                                                 b.status);
        }));
        // Undefined figures are empty, not zero.
        Row key;
        key.section = "counselling";
        key.metric = "priority_share";
        key.period = "current";
        REQUIRE(findRow(all, key));
        CHECK(std::holds_alternative<std::monostate>(findRow(all, key)->value));

        const auto csv = toCsv(report);
        CHECK(csv.rfind("section,metric,period,month,service,language,gender,age_band,kind,unit,status,value\r\n", 0) ==
              0);
        const auto records = readCsv(csv);
        CHECK(records.size() == all.size() + 1);
        const auto jsonExport = toJson(report);
        CHECK(jsonExport["format"] == "intake.statistics.v2");
        CHECK(jsonExport["rows"].size() == all.size());
        CHECK(jsonExport["period"]["from"] == "2026-01-01");
        CHECK(jsonExport["previous_year"]["to"] == "2025-12-31");
        CHECK(jsonExport["columns"].size() == 12);
    }

    SECTION("values and quoting") {
        CHECK(formatValue(Value(std::int64_t{12345})) == "12345");
        CHECK(formatValue(Value(0.25)) == "0.2500");
        CHECK(formatValue(Value(36.0)) == "36.0000");
        CHECK(formatValue(Value(2.0 / 3.0)) == "0.6667");
        CHECK(formatValue(Value(-0.00001)) == "0.0000");
        CHECK(formatValue(Value()) == "");

        // Odd service names reach the CSV as they are, quoted.
        const std::vector<json> bodies = {
            visit("2026-05-04", "say \"hi\", then", "ar", "AAAA1", "served", "09:00", "09:20"),
            visit("2026-05-04", "two\nlines", "ar", "AAAA1", "served", "09:00", "09:20"),
        };
        const auto report = compute(bodies, seedConfig(), Period::calendarYear(2026));
        const auto csv = toCsv(report);
        CHECK(csv.find("\"say \"\"hi\"\", then\"") != std::string::npos);
        CHECK(csv.find("\"two\nlines\"") != std::string::npos);
        const auto records = readCsv(csv);
        bool foundQuoted = false;
        for (const auto& record : records) {
            REQUIRE(record.size() == 12);
            if (record[1] == "visits" && record[2] == "current" && record[3].empty() &&
                record[4] == "say \"hi\", then") {
                CHECK(record[11] == "1");
                foundQuoted = true;
            }
            if (record[1] == "wait_median_minutes" && record[2] == "current" && record[4] == "two\nlines")
                CHECK(record[11] == "20.0000");
        }
        CHECK(foundQuoted);

        const auto exported = toJson(report);
        bool foundJson = false;
        for (const auto& row : exported["rows"]) {
            if (row["metric"] == "wait_median_minutes" && row["period"] == "current" && row["service"] == "two\nlines") {
                CHECK(row["value"].get<double>() == Approx(20.0));
                foundJson = true;
            }
            if (row["metric"] == "wait_median_minutes" && row["service"] == "housing")
                CHECK(row["value"].is_null());
        }
        CHECK(foundJson);
    }
}

// --- The demo year ---------------------------------------------------------------

namespace {

template <typename Record>
validation::Findings validateAs(const json& body, const records::ValidationContext& context) {
    auto record = records::fromJson<Record>(body);
    if (!record)
        return {validation::FieldError{"(not a " + std::string(Record::kType) + ")", validation::Problem::InvalidText}};
    return records::validate(*record, context);
}

validation::Findings validateBody(const json& body, const records::ValidationContext& context) {
    const auto type = body.value("type", std::string());
    if (type == "visit")
        return validateAs<records::Visit>(body, context);
    if (type == "application")
        return validateAs<records::Application>(body, context);
    if (type == "contact")
        return validateAs<records::Contact>(body, context);
    if (type == "bed_night")
        return validateAs<records::BedNight>(body, context);
    if (type == "referral")
        return validateAs<records::Referral>(body, context);
    if (type == "concern_report")
        return validateAs<records::ConcernReport>(body, context);
    return {validation::FieldError{"type", validation::Problem::NotAllowed}};
}

const std::vector<test::DemoRecord>& demoYear() {
    static const auto records = test::generateDemoYear(seedConfig(), {});
    return records;
}

std::vector<json> bodiesOf(const std::vector<test::DemoRecord>& records) {
    std::vector<json> bodies;
    bodies.reserve(records.size());
    for (const auto& [id, body] : records)
        bodies.push_back(body);
    return bodies;
}

// Seconds since the epoch of "YYYY-MM-DDTHH:MM:SSZ" (the demo writes only UTC).
long long naiveSeconds(const std::string& text) {
    REQUIRE(text.size() == 20);
    REQUIRE(text.back() == 'Z');
    const int y = std::stoi(text.substr(0, 4));
    const int m = std::stoi(text.substr(5, 2));
    const int d = std::stoi(text.substr(8, 2));
    // Days since 1970-01-01, counted the slow way.
    long long days = 0;
    for (int year = 1970; year < y; ++year)
        days += (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 366 : 365;
    const int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int month = 1; month < m; ++month)
        days += monthDays[month - 1] + ((month == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 1 : 0);
    days += d - 1;
    return days * 86400 + std::stoll(text.substr(11, 2)) * 3600 + std::stoll(text.substr(14, 2)) * 60 +
           std::stoll(text.substr(17, 2));
}

double naiveQuantile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const double position = p * static_cast<double>(values.size() - 1);
    std::size_t below = 0;
    while (static_cast<double>(below + 1) <= position)
        ++below;
    if (below + 1 >= values.size())
        return values.back();
    return values[below] * (1 - (position - static_cast<double>(below))) +
           values[below + 1] * (position - static_cast<double>(below));
}

std::string lastDayOf(const std::string& month) {
    const int m = std::stoi(month.substr(5, 2));
    const int y = std::stoi(month.substr(0, 4));
    int last = 31;
    if (m == 4 || m == 6 || m == 9 || m == 11)
        last = 30;
    if (m == 2)
        last = (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
    return month + "-" + std::to_string(last);
}

}  // namespace

TEST_CASE("Demo year: every record validates", "[statistics]") {
    const auto& records = demoYear();
    const auto now = test::demoYearEnd(2026);
    const records::ValidationContext context{seedConfig(), now, std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(now)}};
    std::map<std::string, int> byType;
    std::set<std::string> ids;
    std::size_t failing = 0;
    for (const auto& [id, body] : records) {
        ++byType[body.value("type", std::string())];
        CHECK(ids.insert(id).second);
        const auto findings = validateBody(body, context);
        if (!findings.empty() && failing++ < 10) {
            std::string text;
            for (const auto& finding : findings)
                text += finding.field + ":" + std::string(validation::problemName(finding.problem)) + " ";
            FAIL_CHECK(id << " " << body.dump() << " -> " << text);
        }
    }
    CHECK(failing == 0);
    CHECK(byType["visit"] > 9'000);
    CHECK(byType["application"] == 800);
    CHECK(byType["contact"] == 3'500);
    CHECK(byType["bed_night"] > 5'000);
    CHECK(byType["referral"] == 600);
    CHECK(byType["concern_report"] == 30);

    // Same options, same records; only the applications' envelopes differ
    // (a fresh ephemeral key and nonce each time), and they open to the same.
    const auto again = test::generateDemoYear(seedConfig(), {});
    REQUIRE(again.size() == records.size());
    CHECK(again.front() == records.front());
    CHECK(again.back() == records.back());
    CHECK(again[again.size() / 2] == records[records.size() / 2]);
    const auto key = test::demoCounsellingPrivateKeyPem();
    std::size_t applications = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const auto& [id, body] = records[i];
        if (body["type"] != "application")
            continue;
        REQUIRE(again[i].first == id);
        REQUIRE(body.contains("sealed"));
        CHECK(again[i].second["sealed"] != body["sealed"]);
        if (applications++ % 40 == 0) {  // 20 of them, each opened in both runs
            auto first = openApplication(key, body, id);
            auto second = openApplication(key, again[i].second, id);
            REQUIRE(first);
            REQUIRE(second);
            CHECK(*first == *second);
            CHECK_FALSE((*first)["adults"].empty());
        }
        auto withoutEnvelope = body;
        auto againWithoutEnvelope = again[i].second;
        withoutEnvelope.erase("sealed");
        againWithoutEnvelope.erase("sealed");
        CHECK(withoutEnvelope == againWithoutEnvelope);
    }
    CHECK(applications == 800);
}

TEST_CASE("Demo year: applications are sealed, and sealing changes no figure", "[statistics][seal]") {
    // The same demo year for a config without a counselling key keeps the
    // applications in their clear form: the random choices are the same, so
    // everything else must be identical.
    std::vector<json> documents;
    for (const auto& doc : Config::gothenburgSeed()) {
        if (doc.value("kind", std::string()) != "counselling")
            documents.push_back(doc);
    }
    const auto plainConfig = *Config::fromDocuments(documents);
    const auto plain = test::generateDemoYear(plainConfig, {});
    const auto& sealedYear = demoYear();
    REQUIRE(plain.size() == sealedYear.size());
    const std::set<std::string> sealedFields = {"adults", "will_call_at", "sealed"};
    std::size_t compared = 0;
    for (std::size_t i = 0; i < plain.size(); ++i) {
        REQUIRE(plain[i].first == sealedYear[i].first);
        const auto& clear = plain[i].second;
        const auto& stored = sealedYear[i].second;
        if (clear["type"] != "application") {
            CHECK(clear == stored);
            continue;
        }
        ++compared;
        CHECK_FALSE(clear.contains("sealed"));
        CHECK_FALSE(clear["adults"].empty());
        CHECK(stored["adults"].empty());
        for (const auto& [key, value] : clear.items()) {
            if (!sealedFields.count(key))
                CHECK(stored.at(key) == value);
        }
        auto clearPart = stored;  // the envelope is ciphertext; a name there would be chance
        clearPart.erase("sealed");
        for (const auto& adult : clear["adults"])
            CHECK(clearPart.dump().find(adult["first_name"].get<std::string>()) == std::string::npos);
    }
    CHECK(compared == 800);
    // Every figure of the report, row by row, is the same.
    const auto period = Period::calendarYear(2026);
    CHECK(rows(compute(bodiesOf(plain), plainConfig, period)) == rows(compute(bodiesOf(sealedYear), seedConfig(), period)));
}

TEST_CASE("Demo year: statistics equal a naive independent count", "[statistics]") {
    const auto bodies = bodiesOf(demoYear());
    const auto report = compute(bodies, seedConfig(), Period::calendarYear(2026));
    const auto& current = report.current;
    CHECK(report.input.skipped.at("visit") == 0);
    CHECK(report.previousYear.welcomeHouse.total == VisitCounts{0, 0});

    // --- Welcome House, counted the plain way -----------------------------------------
    std::map<std::string, long> visits, noShows, leftBefore;
    std::map<std::string, std::set<std::string>> codes;
    std::map<std::string, long> codeless;
    std::map<std::string, std::vector<double>> waits;
    auto countVisit = [&](const std::string& key, const json& body) {
        ++visits[key];
        const auto code = body.value("visitor_code", std::string());
        if (code.empty())
            ++codeless[key];
        else
            codes[key].insert(code);
    };
    for (const auto& body : bodies) {
        if (body["type"] != "visit" || body["status"] == "transferred")
            continue;
        const std::string day = body["day"];
        const std::string service = body["service"];
        const std::string language = body["language"];
        countVisit("all", body);
        countVisit("service " + service, body);
        countVisit("language " + language, body);
        countVisit("month " + day.substr(0, 7), body);
        countVisit("month-service " + day.substr(0, 7) + " " + service, body);
        if (body.contains("called_at"))
            waits[service].push_back(
                static_cast<double>(naiveSeconds(body["called_at"].get<std::string>()) -
                                    naiveSeconds(body["arrived_at"].get<std::string>())) / 60.0);
        if (body["status"] == "no_show")
            ++noShows[service];
        if (body["status"] == "left" && !body.contains("called_at"))
            ++leftBefore[service];
    }
    auto expected = [&](const std::string& key) {
        return VisitCounts{visits[key], static_cast<std::int64_t>(codes[key].size()) + codeless[key]};
    };
    const auto& wh = current.welcomeHouse;
    CHECK(wh.total == expected("all"));
    for (const auto& service : seedConfig().serviceIds("")) {
        INFO(service);
        CHECK(wh.byService.at(service) == expected("service " + service));
        CHECK(wh.noShowsByService.at(service) == noShows[service]);
        CHECK(wh.leftBeforeCalledByService.at(service) == leftBefore[service]);
        REQUIRE(!waits[service].empty());
        CHECK(*wh.waitByService.at(service).medianMinutes == Approx(naiveQuantile(waits[service], 0.5)).margin(1e-9));
        CHECK(*wh.waitByService.at(service).p90Minutes == Approx(naiveQuantile(waits[service], 0.9)).margin(1e-9));
        for (const auto& [month, byService] : wh.byMonthService)
            CHECK(byService.at(service) == expected("month-service " + month + " " + service));
    }
    for (const auto& language : seedConfig().languageCodes())
        CHECK(wh.byLanguage.at(language) == expected("language " + language));
    for (const auto& [month, counts] : wh.byMonth)
        CHECK(counts == expected("month " + month));
    // Realistic sizes (DOMAIN.md): 2,539 visitors, about 10,000 visits.
    CHECK(wh.total.visits > 9'500);
    CHECK(wh.total.visits < 11'000);
    CHECK(wh.total.visitors > 2'600);  // 2,539 with a code and about 200 visits without
    CHECK(wh.total.visitors < 2'900);

    // --- Family counselling ----------------------------------------------------------------
    std::map<std::string, long> applications;
    long priority = 0, singleSession = 0, external = 0, all = 0;
    for (const auto& body : bodies) {
        if (body["type"] != "application")
            continue;
        const std::string received = body["received_at"];
        ++applications[received.substr(0, 7)];
        ++all;
        priority += body.value("priority", false) ? 1 : 0;
        singleSession += body.value("single_session", false) ? 1 : 0;
        const auto provider = body.value("preferred_provider", std::string());
        external += (provider == "st-lukas" || provider == "kyrkans-familjeradgivning") ? 1 : 0;
    }
    const auto& c = current.counselling;
    CHECK(c.applications == all);
    CHECK(c.priority == priority);
    CHECK(c.singleSession == singleSession);
    CHECK(c.externalProvider == external);
    CHECK(*c.priorityShare == Approx(static_cast<double>(priority) / static_cast<double>(all)));
    CHECK(*c.externalProviderShare == Approx(static_cast<double>(external) / static_cast<double>(all)));
    for (const auto& [month, count] : c.applicationsByMonth)
        CHECK(count == applications[month]);
    long withdrawn = 0;
    for (const auto& body : bodies) {
        if (body["type"] == "application" && body["status"] == "withdrawn") {
            ++withdrawn;
            CHECK(body.contains("withdrawn_at"));
            CHECK_FALSE(body.contains("first_offer_at"));  // they gave up while waiting
        }
    }
    // "A few percent withdraw while waiting."
    CHECK(withdrawn >= all / 50);
    CHECK(withdrawn <= all * 8 / 100);
    for (const auto& [month, queued] : c.queueAtMonthEnd) {
        const auto end = lastDayOf(month);
        long expectedQueue = 0;
        for (const auto& body : bodies) {
            if (body["type"] != "application")
                continue;
            if (body["received_at"].get<std::string>().substr(0, 10) > end)
                continue;
            // The demo writes UTC timestamps only, so the date is the first ten characters.
            const bool offered = body.contains("first_offer_at") &&
                                 body["first_offer_at"].get<std::string>().substr(0, 10) <= end;
            const bool gone = body.contains("withdrawn_at") &&
                              body["withdrawn_at"].get<std::string>().substr(0, 10) <= end;
            const bool undated = !body.contains("first_offer_at") && !body.contains("withdrawn_at") &&
                                 body["status"] != "received";
            if (!offered && !gone && !undated)
                ++expectedQueue;
        }
        INFO(month);
        CHECK(queued == expectedQueue);
    }
    // The shape DOMAIN.md reports: about 330 in August, about 130 in December.
    CHECK(c.queueAtMonthEnd.at("2026-08") > 290);
    CHECK(c.queueAtMonthEnd.at("2026-08") < 370);
    CHECK(c.queueAtMonthEnd.at("2026-12") > 100);
    CHECK(c.queueAtMonthEnd.at("2026-12") < 160);
    CHECK(*c.priorityShare > 0.25);
    CHECK(*c.priorityShare < 0.35);

    // --- Outreach ---------------------------------------------------------------------------
    std::map<std::string, long> peopleByMonthGender, peopleByMonthBand, contactsByMonth, referralCounts;
    std::map<std::string, std::set<std::string>> bedPeople, bedPeopleByGender;
    for (const auto& body : bodies) {
        if (body["type"] == "contact") {
            const auto month = body["at"].get<std::string>().substr(0, 7);
            const long people = body["anonymous"].get<bool>() ? body["count"].get<long>() : 1;
            ++contactsByMonth[month];
            peopleByMonthGender[month + " " + body["gender"].get<std::string>()] += people;
            peopleByMonthBand[month + " " + body["age_band"].get<std::string>()] += people;
        } else if (body["type"] == "bed_night" && body["status"] == "given") {
            const auto key = body["night"].get<std::string>().substr(0, 7) + " " + body["kind"].get<std::string>();
            bedPeople[key].insert(body["person_code"].get<std::string>());
            bedPeopleByGender[key + " " + body["gender"].get<std::string>()].insert(
                body["person_code"].get<std::string>());
        } else if (body["type"] == "referral") {
            const std::string status = body["status"];
            // Sent (undecided) by the day it was sent, decisions by the day they were made.
            const bool decided = status == "accepted" || status == "rejected";
            CHECK(decided == body.contains("decided_at"));
            const std::string dated = decided ? body["decided_at"] : body["at"];
            if (decided)
                CHECK(naiveSeconds(body["decided_at"]) > naiveSeconds(body["at"]));
            ++referralCounts[dated.substr(0, 7) + " " + body["unit"].get<std::string>() + " " + status];
        }
    }
    const auto& o = current.outreach;
    double assessedPeople = 0, otherPeople = 0, assessedWomen = 0, assessedMen = 0, otherWomen = 0;
    for (const auto& month : current.period.months()) {
        INFO(month);
        CHECK(o.contactsByMonth.at(month) == contactsByMonth[month]);
        for (const auto& gender : seedConfig().options("gender"))
            CHECK(o.contactPeopleByMonthGender.at(month).at(gender) == peopleByMonthGender[month + " " + gender]);
        for (const auto& band : seedConfig().options("age_band"))
            CHECK(o.contactPeopleByMonthAgeBand.at(month).at(band) == peopleByMonthBand[month + " " + band]);
        for (const char* kind : {"assessed", "unassessed"}) {
            CHECK(o.bedPeopleByMonthKind.at(month).at(kind) ==
                  static_cast<std::int64_t>(bedPeople[month + " " + kind].size()));
            for (const auto& gender : seedConfig().options("gender"))
                CHECK(o.bedPeopleByMonthKindGender.at(month).at(kind).at(gender) ==
                      static_cast<std::int64_t>(bedPeopleByGender[month + " " + kind + " " + gender].size()));
        }
        for (const auto& unit : seedConfig().options("referral_unit")) {
            for (const char* status : {"sent", "accepted", "rejected"})
                CHECK(o.referralsByMonthUnitStatus.at(month).at(unit).at(status) ==
                      referralCounts[month + " " + unit + " " + status]);
        }
        assessedPeople += static_cast<double>(o.bedPeopleByMonthKind.at(month).at("assessed"));
        otherPeople += static_cast<double>(o.bedPeopleByMonthKind.at(month).at("unassessed"));
        assessedWomen += static_cast<double>(o.bedPeopleByMonthKindGender.at(month).at("assessed").at("woman"));
        assessedMen += static_cast<double>(o.bedPeopleByMonthKindGender.at(month).at("assessed").at("man"));
        otherWomen += static_cast<double>(o.bedPeopleByMonthKindGender.at(month).at("unassessed").at("woman"));
    }
    // DOMAIN.md: of the 76 a month on assessed places, 16 women and 60 men.
    CHECK(assessedWomen / 12 == Approx(16).margin(3));
    CHECK(assessedMen / 12 == Approx(60).margin(5));
    CHECK(otherWomen / otherPeople == Approx(16.0 / 76.0).margin(0.06));
    // DOMAIN.md: on average 76 people a month on assessed places, 38 on the others; ~80% men.
    CHECK(assessedPeople / 12 == Approx(76).margin(5));
    CHECK(otherPeople / 12 == Approx(38).margin(4));
    CHECK(static_cast<double>(o.contactPeopleByGender.at("man")) / static_cast<double>(o.contactPeople) ==
          Approx(0.8).margin(0.04));
}

TEST_CASE("Demo year: statistics from encrypted vaults equal those from the bodies", "[statistics]") {
    const auto& records = demoYear();
    // Family counselling keeps its own vault, with its own key.
    test::VaultFixture social;
    test::VaultFixture counselling;
    auto socialVault = social.create();
    auto counsellingVault = counselling.create();
    std::vector<PutRequest> socialBatch, counsellingBatch;
    auto flush = [](Vault& vault, std::vector<PutRequest>& batch) {
        if (batch.empty())
            return;
        const auto stored = vault.putAll(batch);
        REQUIRE(stored.ok());
        batch.clear();
    };
    for (const auto& [id, body] : records) {
        auto& batch = body["type"] == "application" ? counsellingBatch : socialBatch;
        batch.push_back(PutRequest{id, body, "", false});
        if (batch.size() == 1'000)
            flush(&batch == &counsellingBatch ? *counsellingVault : *socialVault, batch);
    }
    flush(*socialVault, socialBatch);
    flush(*counsellingVault, counsellingBatch);

    const auto bodies = bodiesOf(records);
    const auto period = Period::calendarYear(2026);
    const auto fromBodies = compute(bodies, seedConfig(), period);
    Vault* const vaults[] = {socialVault.get(), counsellingVault.get()};
    const auto fromVaults = compute(std::span<Vault* const>(vaults), seedConfig(), period);
    REQUIRE(fromVaults.ok());
    // Records of types the statistics do not read (concern reports) are not counted anywhere.
    CHECK(rows(*fromVaults) == rows(fromBodies));
    CHECK(toCsv(*fromVaults) == toCsv(fromBodies));

    // One vault alone has no applications.
    const auto socialOnly = compute(*socialVault, seedConfig(), period);
    REQUIRE(socialOnly.ok());
    CHECK(socialOnly->current.counselling.applications == 0);
    CHECK(socialOnly->current.welcomeHouse.total == fromBodies.current.welcomeHouse.total);
}
