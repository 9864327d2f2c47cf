// Every rule of every records::validate overload, accepting and refusing,
// against the shipped Gothenburg seed and a fixed clock; the status order;
// and how records map to and from their JSON bodies.
//
// Each record type has a builder for a valid record. A test first proves the
// record has no findings, then changes one thing per SECTION/CHECK and asserts
// the exact finding (field, problem, limit, related). Where a rule has a
// boundary, the value just inside is accepted too.

#include "findings_printer.h"
#include "intake/core/config.h"
#include "intake/core/counselling.h"
#include "intake/core/records.h"
#include "intake/core/validation.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

using namespace intake::validation;


namespace {

namespace chr = std::chrono;
namespace records = intake::records;
using intake::Config;
using intake::VaultError;
using records::ValidationContext;

const Config& gothenburg() {
    static const Config config = *Config::fromDocuments(Config::gothenburgSeed());
    return config;
}

constexpr chr::year_month_day ymd(int y, unsigned m, unsigned d) {
    return chr::year_month_day{chr::year{y}, chr::month{m}, chr::day{d}};
}

// The injected clock: Monday 2026-11-23, 09:00 UTC. Never the system clock.
constexpr chr::year_month_day kToday = ymd(2026, 11, 23);
const chr::sys_seconds kNow = chr::sys_days{kToday} + chr::hours{9};
// The timestamp window: now - 3 x 366 days ... now + 1 day, both ends included.
const chr::sys_seconds kEarliest = kNow - chr::days{3 * 366};
const chr::sys_seconds kLatest = kNow + chr::days{1};
constexpr chr::seconds kSecond{1};

ValidationContext context() {
    return ValidationContext{gothenburg(), kNow, kToday};
}

template <typename Record>
Findings check(const Record& record) {
    return records::validate(record, context());
}

template <typename Record>
Findings checkOn(const Record& record, const ValidationContext& on) {
    return records::validate(record, on);
}

std::string ts(chr::sys_seconds time) {
    return records::formatTimestamp(time);
}

FieldError err(std::string field, Problem problem, std::int64_t limit = 0, std::string related = {}) {
    return FieldError{std::move(field), problem, limit, std::move(related)};
}

Findings one(std::string field, Problem problem, std::int64_t limit = 0, std::string related = {}) {
    return {err(std::move(field), problem, limit, std::move(related))};
}

const Findings kNone{};

std::string repeat(const std::string& piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i)
        out += piece;
    return out;
}

// --- Valid records ------------------------------------------------------------

// A kiosk check-in for community guidance (Mon-Fri, letter A) today.
records::Visit validVisit() {
    records::Visit visit;
    visit.site = "welcome-house";
    visit.day = "2026-11-23";
    visit.service = "community_guide";
    visit.ticket = "A17";
    visit.language = "sv";
    visit.channel = "kiosk";
    visit.issued_by = "kiosk-entrance-1";
    visit.status = "waiting";
    visit.arrived_at = "2026-11-23T08:30:00Z";
    return visit;
}

records::Visit calledVisit() {
    auto visit = validVisit();
    visit.status = "called";
    visit.called_at = "2026-11-23T08:45:00Z";
    visit.called_by = "staff-12";
    visit.desk = "3";
    return visit;
}

records::Visit endedVisit(const std::string& status) {
    auto visit = calledVisit();
    visit.status = status;
    visit.ended_at = "2026-11-23T08:55:00Z";
    if (status == "transferred")
        visit.transferred_to = "visit:01KAZ0000000000000000000AB";
    return visit;
}

// Housing guidance runs on Wednesdays; 2026-11-25 is the next one.
records::BookingRequest validWelcomeBooking() {
    records::BookingRequest booking;
    booking.kind = "welcome_house";
    booking.site = "welcome-house";
    booking.service = "housing";
    booking.requested_day = "2026-11-25";
    booking.language = "ar";
    booking.requested_at = "2026-11-23T08:40:00Z";
    booking.status = "requested";
    return booking;
}

records::BookingRequest validCounsellingBooking() {
    records::BookingRequest booking;
    booking.kind = "counselling";
    booking.slot_id = "slot:01KAZ0000000000000000000CD";
    booking.application_id = "application:01KAZ0000000000000000000EF";
    booking.language = "sv";
    booking.phone = "+46701234567";
    booking.sms_consent = true;
    booking.requested_at = "2026-11-23T08:40:00Z";
    booking.status = "requested";
    return booking;
}

records::Adult adult(std::string firstName, std::optional<std::string> phone = std::nullopt,
                     std::optional<std::string> email = std::nullopt) {
    records::Adult person;
    person.first_name = std::move(firstName);
    person.phone = std::move(phone);
    person.email = std::move(email);
    return person;
}

records::Application validApplication() {
    records::Application application;
    application.received_at = "2026-11-20T10:00:00Z";
    auto first = adult("Sara", "+46701234567", "sara@example.se");
    first.last_name = "Lindqvist";
    application.adults = {first};
    application.contact = "phone";
    application.language = "sv";
    application.consent = true;
    application.reference = "K7M2Q9XA";
    application.status = "received";
    return application;
}

records::Slot validSlot() {
    records::Slot slot;
    slot.provider = "city";
    slot.kind = "single_session";
    slot.starts_at = "2026-12-01T09:00:00Z";
    slot.ends_at = "2026-12-01T10:00:00Z";
    slot.status = "open";
    return slot;
}

records::Contact validAnonymousContact() {
    records::Contact contact;
    contact.at = "2026-11-23T08:00:00Z";
    contact.team = "Uppsökarenheten Centrum";
    contact.area = "centrum";
    contact.place = "Nils Ericson terminal";
    contact.anonymous = true;
    contact.count = 3;
    contact.needs = {"food"};
    contact.actions = {"information"};
    contact.recorded_by = "staff-7";
    return contact;
}

records::Contact validPersonContact() {
    auto contact = validAnonymousContact();
    contact.anonymous = false;
    contact.count = 1;
    contact.alias = "Blå";
    contact.person_code = "P7K2M9QX";
    contact.gender = "man";
    contact.age_band = "26-35";
    contact.needs = {"overnight_place", "food"};
    contact.actions = {"conversation", "bed_given"};
    return contact;
}

// Bed 10 of overnight-centrum: filled by field workers, unassessed.
records::BedNight validBedNight() {
    records::BedNight bedNight;
    bedNight.shelter = "overnight-centrum";
    bedNight.night = "2026-11-22";
    bedNight.bed = 10;
    bedNight.kind = "unassessed";
    bedNight.filled_by = "field";
    bedNight.person_code = "P7K2M9QX";
    bedNight.gender = "woman";
    bedNight.given_at = "2026-11-22T21:00:00Z";
    bedNight.given_by = "staff-7";
    bedNight.status = "given";
    return bedNight;
}

records::Referral validReferral() {
    records::Referral referral;
    referral.at = "2026-11-23T08:00:00Z";
    referral.person_code = "P7K2M9QX";
    referral.unit = "housing_unit";
    referral.reason = "Sleeps outside; wants help with housing.";
    referral.consent = true;
    referral.referred_by = "staff-7";
    referral.status = "sent";
    return referral;
}

records::ConcernReport validConcernReport() {
    records::ConcernReport report;
    report.created_at = "2026-11-23T07:00:00Z";
    report.reporter = "staff-7";
    report.concern = "A child was seen alone at the central station late at night.";
    report.reference = "R2D2C3P0";
    report.status = "draft";
    return report;
}

records::Audit validAudit() {
    records::Audit audit;
    audit.at = "2026-11-23T08:00:00Z";
    audit.actor = "staff-7";
    audit.device = "tablet-3";
    audit.action = "open";
    audit.record_id = "contact:01KAZ0000000000000000000GH";
    audit.record_type = "contact";
    return audit;
}

// --- The timestamp window, for any timestamp field ---------------------------------

// `base` must be valid with any in-window value of the field.
template <typename Record, typename Set>
void checkTimestampWindow(Record base, const std::string& field, Set set) {
    INFO("timestamp field " << field);
    auto with = [&](const std::string& value) {
        Record record = base;
        set(record, value);
        return check(record);
    };
    // Just inside and just outside, three years back.
    CHECK(with(ts(kEarliest)) == kNone);
    CHECK(with(ts(kEarliest - kSecond)) == one(field, Problem::ImplausibleDate));
    // Just inside and just outside, one day ahead (a clock a little fast).
    CHECK(with(ts(kLatest)) == kNone);
    CHECK(with(ts(kLatest + kSecond)) == one(field, Problem::ImplausibleDate));
    // The same instants written with an offset.
    CHECK(with("2026-11-24T10:00:00+01:00") == kNone);
    CHECK(with("2026-11-24T10:00:01+01:00") == one(field, Problem::ImplausibleDate));
    CHECK(with("2026-11-23T09:00:00.75z") == kNone);
    // Not RFC 3339, not a real date, a leap second, blank.
    CHECK(with("2026-11-23 09:00") == one(field, Problem::InvalidDate));
    CHECK(with("2026-02-30T09:00:00Z") == one(field, Problem::InvalidDate));
    CHECK(with("2026-11-23T09:00:60Z") == one(field, Problem::InvalidDate));
    CHECK(with("") == one(field, Problem::Required));
}

}  // namespace

// --- The fixed clock ---------------------------------------------------------------------

TEST_CASE("the validation clock and window are the ones these tests assume", "[records][validation]") {
    CHECK(chr::weekday{chr::sys_days{kToday}} == chr::Monday);
    CHECK(ts(kNow) == "2026-11-23T09:00:00Z");
    CHECK(ts(kEarliest) == "2023-11-21T09:00:00Z");
    CHECK(ts(kLatest) == "2026-11-24T09:00:00Z");
}

TEST_CASE("every validated timestamp uses the three-year / one-day window", "[records][validation]") {
    const std::string earliest = ts(kEarliest);

    SECTION("visit") {
        checkTimestampWindow(validVisit(), "arrived_at", [](records::Visit& r, const std::string& v) { r.arrived_at = v; });
        auto called = calledVisit();
        called.arrived_at = earliest;
        checkTimestampWindow(called, "called_at", [](records::Visit& r, const std::string& v) { r.called_at = v; });
        auto left = validVisit();
        left.status = "left";
        left.arrived_at = earliest;
        checkTimestampWindow(left, "ended_at", [](records::Visit& r, const std::string& v) { r.ended_at = v; });
    }
    SECTION("booking_request") {
        checkTimestampWindow(validWelcomeBooking(), "requested_at",
                             [](records::BookingRequest& r, const std::string& v) { r.requested_at = v; });
        auto confirmed = validCounsellingBooking();
        confirmed.status = "confirmed";
        checkTimestampWindow(confirmed, "decided_at",
                             [](records::BookingRequest& r, const std::string& v) { r.decided_at = v; });
    }
    SECTION("application") {
        checkTimestampWindow(validApplication(), "received_at",
                             [](records::Application& r, const std::string& v) { r.received_at = v; });
        auto offered = validApplication();
        offered.status = "offered";
        checkTimestampWindow(offered, "first_offer_at",
                             [](records::Application& r, const std::string& v) { r.first_offer_at = v; });
        auto withdrawn = validApplication();
        withdrawn.status = "withdrawn";
        checkTimestampWindow(withdrawn, "withdrawn_at",
                             [](records::Application& r, const std::string& v) { r.withdrawn_at = v; });
    }
    SECTION("contact") {
        checkTimestampWindow(validPersonContact(), "at", [](records::Contact& r, const std::string& v) { r.at = v; });
    }
    SECTION("bed_night") {
        checkTimestampWindow(validBedNight(), "given_at",
                             [](records::BedNight& r, const std::string& v) { r.given_at = v; });
    }
    SECTION("referral") {
        checkTimestampWindow(validReferral(), "at", [](records::Referral& r, const std::string& v) { r.at = v; });
        auto accepted = validReferral();
        accepted.status = "accepted";
        checkTimestampWindow(accepted, "decided_at",
                             [](records::Referral& r, const std::string& v) { r.decided_at = v; });
    }
    SECTION("concern_report") {
        checkTimestampWindow(validConcernReport(), "created_at",
                             [](records::ConcernReport& r, const std::string& v) { r.created_at = v; });
        auto submitted = validConcernReport();
        submitted.status = "submitted";
        submitted.created_at = earliest;
        checkTimestampWindow(submitted, "submitted_at",
                             [](records::ConcernReport& r, const std::string& v) { r.submitted_at = v; });
        auto acknowledged = submitted;
        acknowledged.status = "acknowledged";
        acknowledged.submitted_at = earliest;
        checkTimestampWindow(acknowledged, "acknowledged_at",
                             [](records::ConcernReport& r, const std::string& v) { r.acknowledged_at = v; });
    }
    SECTION("audit") {
        checkTimestampWindow(validAudit(), "at", [](records::Audit& r, const std::string& v) { r.at = v; });
    }
}

// --- visit ----------------------------------------------------------------------------

TEST_CASE("visit: a valid check-in and each of its endings have no findings", "[records][validation]") {
    CHECK(check(validVisit()) == kNone);
    CHECK(check(calledVisit()) == kNone);
    for (const char* status : {"served", "no_show", "left", "transferred"}) {
        INFO(status);
        CHECK(check(endedVisit(status)) == kNone);
    }
    auto desk = validVisit();
    desk.channel = "desk";
    desk.first_visit = true;
    desk.first_name = "Amal";
    desk.visitor_code = "V3X9K2M1";
    desk.interpreter_language = "ti";
    CHECK(check(desk) == kNone);
}

TEST_CASE("visit: site, day and service", "[records][validation]") {
    auto visit = validVisit();

    SECTION("site must be a configured site") {
        visit.site = "";
        // An empty site selects every site's services, so only the site is reported.
        CHECK(check(visit) == one("site", Problem::Required));
        visit.site = "welcome-home";
        CHECK(check(visit) == Findings{err("site", Problem::NotAllowed), err("service", Problem::NotAllowed)});
    }
    SECTION("service must be one of the site's services") {
        visit.service = "";
        CHECK(check(visit) == one("service", Problem::Required));
        visit.service = "dentist";
        CHECK(check(visit) == one("service", Problem::NotAllowed));
        visit.service = "Community_guide";  // case-sensitive
        CHECK(check(visit) == one("service", Problem::NotAllowed));
    }
    SECTION("day must be a real YYYY-MM-DD date") {
        visit.day = "";
        CHECK(check(visit) == one("day", Problem::Required));
        visit.day = "2026-11-31";
        CHECK(check(visit) == one("day", Problem::InvalidDate));
        visit.day = "23/11/2026";
        CHECK(check(visit) == one("day", Problem::InvalidDate));
    }
    SECTION("day lies within today - 3 x 366 days ... today + 1 day") {
        visit.day = "2023-11-21";  // a Tuesday: community guidance ran
        CHECK(check(visit) == kNone);
        visit.day = "2023-11-20";
        CHECK(check(visit) == one("day", Problem::ImplausibleDate));
        visit.day = "2026-11-24";  // tomorrow, a Tuesday
        CHECK(check(visit) == kNone);
        visit.day = "2026-11-25";
        CHECK(check(visit) == one("day", Problem::ImplausibleDate));
    }
    SECTION("the service must run on the day (weekdays)") {
        visit.service = "housing";  // Wednesdays only
        visit.ticket = "B4";
        CHECK(check(visit) == one("service", Problem::NotAllowed, 0, "day"));
        visit.day = "2026-11-18";  // a Wednesday
        CHECK(check(visit) == kNone);
        visit.service = "health";  // Mondays
        visit.ticket = "H4";
        CHECK(check(visit) == one("service", Problem::NotAllowed, 0, "day"));
        visit.day = "2026-11-23";
        CHECK(check(visit) == kNone);
        visit.service = "community_guide";  // Mon-Fri, never at weekends
        visit.ticket = "A4";
        visit.day = "2026-11-22";  // a Sunday
        CHECK(check(visit) == one("service", Problem::NotAllowed, 0, "day"));
    }
    SECTION("the Public Employment Service runs on the first Thursday of the month") {
        visit.service = "employment_service";
        visit.ticket = "E2";
        visit.day = "2026-11-05";  // first Thursday of November
        CHECK(check(visit) == kNone);
        visit.day = "2026-11-12";  // second Thursday
        CHECK(check(visit) == one("service", Problem::NotAllowed, 0, "day"));
        visit.day = "2026-11-04";  // the Wednesday before
        CHECK(check(visit) == one("service", Problem::NotAllowed, 0, "day"));
        visit.day = "2026-10-01";  // first Thursday of October (day 1)
        CHECK(check(visit) == kNone);
        visit.day = "2026-10-08";
        CHECK(check(visit) == one("service", Problem::NotAllowed, 0, "day"));
        visit.day = "2026-01-01";  // a first Thursday, but the site is closed (New Year's Day)
        CHECK(check(visit) == one("service", Problem::NotAllowed, 0, "day"));
    }
    SECTION("no service runs on the site's closed dates") {
        // Christmas Eve 2026 is a Thursday: seen from that day.
        const ValidationContext christmasEve{gothenburg(), chr::sys_days{ymd(2026, 12, 24)} + chr::hours{9},
                                             ymd(2026, 12, 24)};
        visit.arrived_at = "2026-12-23T08:30:00Z";
        visit.day = "2026-12-23";
        CHECK(checkOn(visit, christmasEve) == kNone);
        visit.day = "2026-12-24";
        CHECK(checkOn(visit, christmasEve) == one("service", Problem::NotAllowed, 0, "day"));
        visit.service = "association_guide";  // Thursdays: the closure beats the weekday
        visit.ticket = "F1";
        CHECK(checkOn(visit, christmasEve) == one("service", Problem::NotAllowed, 0, "day"));
        // Midsummer Eve 2026 (a Friday), in the past of the normal clock.
        auto midsummer = validVisit();
        midsummer.day = "2026-06-19";
        CHECK(check(midsummer) == one("service", Problem::NotAllowed, 0, "day"));
        midsummer.day = "2026-06-18";
        CHECK(check(midsummer) == kNone);
    }
}

TEST_CASE("visit: ticket shape and letter", "[records][validation]") {
    auto visit = validVisit();
    auto ticket = [&](const std::string& value) {
        visit.ticket = value;
        return check(visit);
    };

    SECTION("a letter and 1..3 digits, the first not 0") {
        CHECK(ticket("A1") == kNone);
        CHECK(ticket("A999") == kNone);
        CHECK(ticket("A10") == kNone);
        CHECK(ticket("") == one("ticket", Problem::Required));
        CHECK(ticket("A") == one("ticket", Problem::InvalidText));
        CHECK(ticket("A1000") == one("ticket", Problem::InvalidText));
        CHECK(ticket("A0") == one("ticket", Problem::InvalidText));
        CHECK(ticket("A07") == one("ticket", Problem::InvalidText));
        CHECK(ticket("a17") == one("ticket", Problem::InvalidText));
        CHECK(ticket("17") == one("ticket", Problem::InvalidText));
        CHECK(ticket("AB1") == one("ticket", Problem::InvalidText));
        CHECK(ticket("A1B") == one("ticket", Problem::InvalidText));
        CHECK(ticket("A 17") == one("ticket", Problem::InvalidText));
    }
    SECTION("the letter is the service's letter") {
        CHECK(ticket("S17") == one("ticket", Problem::Inconsistent, 0, "service"));
        visit.service = "study_career";  // letter S, runs Tuesdays and Thursdays
        visit.day = "2026-11-24";
        CHECK(ticket("S17") == kNone);
        CHECK(ticket("A17") == one("ticket", Problem::Inconsistent, 0, "service"));
    }
    SECTION("a transferred visit keeps the ticket the visitor holds") {
        visit.transferred_from = "visit:01KAZ0000000000000000000AA";
        visit.service = "health";  // letter H, runs Mondays
        CHECK(ticket("A17") == kNone);
        // ... but the shape still counts.
        CHECK(ticket("A017") == one("ticket", Problem::InvalidText));
    }
    SECTION("an unknown service has no letter to compare") {
        visit.service = "dentist";
        CHECK(ticket("Z9") == one("service", Problem::NotAllowed));
    }
}

TEST_CASE("visit: languages at the kiosk and at the desk", "[records][validation]") {
    auto visit = validVisit();

    SECTION("the kiosk offers only the kiosk languages") {
        for (const char* code : {"sv", "en", "ar", "fa", "prs", "uk", "so", "ti"}) {
            visit.language = code;
            INFO(code);
            CHECK(check(visit) == kNone);
        }
        visit.language = "ru";
        CHECK(check(visit) == one("language", Problem::NotAllowed));
        visit.language = "ur";
        CHECK(check(visit) == one("language", Problem::NotAllowed));
    }
    SECTION("staff at the desk may record any configured language") {
        visit.channel = "desk";
        for (const char* code : {"sv", "ti", "ru", "tr", "rn", "ku", "th", "sw", "fr", "ur"}) {
            visit.language = code;
            INFO(code);
            CHECK(check(visit) == kNone);
        }
        visit.language = "de";
        CHECK(check(visit) == one("language", Problem::NotAllowed));
        visit.language = "SV";
        CHECK(check(visit) == one("language", Problem::NotAllowed));
    }
    SECTION("language is required") {
        visit.language = "";
        CHECK(check(visit) == one("language", Problem::Required));
    }
    SECTION("interpreter_language: any configured language, also at the kiosk") {
        visit.interpreter_language = "ru";
        CHECK(check(visit) == kNone);
        visit.interpreter_language = "de";
        CHECK(check(visit) == one("interpreter_language", Problem::NotAllowed));
        visit.interpreter_language = "";
        CHECK(check(visit) == one("interpreter_language", Problem::Required));
    }
    SECTION("channel is kiosk or desk") {
        visit.channel = "web";
        CHECK(check(visit) == one("channel", Problem::NotAllowed));
        visit.channel = "";
        CHECK(check(visit) == one("channel", Problem::Required));
    }
}

TEST_CASE("visit: optional personal fields and device fields", "[records][validation]") {
    auto visit = validVisit();

    SECTION("first_name: a name of at most 40 code points, may be blank") {
        visit.first_name = repeat("ö", 40);
        CHECK(check(visit) == kNone);
        visit.first_name = repeat("ö", 41);
        CHECK(check(visit) == one("first_name", Problem::TooLong, 40));
        visit.first_name = "  ";
        CHECK(check(visit) == kNone);
        visit.first_name = "Am\x01" "al";
        CHECK(check(visit) == one("first_name", Problem::InvalidText));
        visit.first_name = "\xE2\x80\xAE" "Amal";  // U+202E RIGHT-TO-LEFT OVERRIDE
        CHECK(check(visit) == one("first_name", Problem::InvalidText));
        visit.first_name = "محمد";
        CHECK(check(visit) == kNone);
    }
    SECTION("visitor_code: 4..16 of A-Z 0-9 when given") {
        visit.visitor_code = "V3X9";
        CHECK(check(visit) == kNone);
        visit.visitor_code = "V3X9V3X9V3X9V3X9";
        CHECK(check(visit) == kNone);
        visit.visitor_code = "";
        CHECK(check(visit) == kNone);
        visit.visitor_code = "V3X";
        CHECK(check(visit) == one("visitor_code", Problem::TooShort, 4));
        visit.visitor_code = "V3X9V3X9V3X9V3X9V";
        CHECK(check(visit) == one("visitor_code", Problem::TooLong, 16));
        visit.visitor_code = "v3x9";
        CHECK(check(visit) == one("visitor_code", Problem::InvalidText));
        visit.visitor_code = "V3X-9";
        CHECK(check(visit) == one("visitor_code", Problem::InvalidText));
    }
    SECTION("issued_by: required text of at most 80") {
        visit.issued_by = "";
        CHECK(check(visit) == one("issued_by", Problem::Required));
        visit.issued_by = repeat("k", 80);
        CHECK(check(visit) == kNone);
        visit.issued_by = repeat("k", 81);
        CHECK(check(visit) == one("issued_by", Problem::TooLong, 80));
    }
    SECTION("status must be a visit status") {
        visit.status = "done";
        CHECK(check(visit) == one("status", Problem::NotAllowed));
        visit.status = "";
        CHECK(check(visit) == one("status", Problem::NotAllowed));
    }
    SECTION("recalls: 0..99") {
        visit.recalls = 99;
        CHECK(check(visit) == kNone);
        visit.recalls = 100;
        CHECK(check(visit) == one("recalls", Problem::OutOfRange, 99));
        visit.recalls = 0;
        CHECK(check(visit) == kNone);
        visit.recalls = -1;
        CHECK(check(visit) == one("recalls", Problem::OutOfRange, 0));
    }
    SECTION("called_by, desk and transfer ids are not checked in form") {
        auto called = calledVisit();
        called.called_by = "";
        called.desk = "";
        called.transferred_from = "anything";
        CHECK(check(called) == kNone);
    }
    SECTION("nothing a later status sets appears before it") {
        auto called = calledVisit();
        called.transferred_to = "visit:later";
        CHECK(check(called) == one("transferred_to", Problem::Inconsistent, 0, "status"));
        called.transferred_to.reset();
        called.ended_at = "2026-11-23T08:59:00Z";
        CHECK(check(called) == one("ended_at", Problem::Inconsistent, 0, "status"));
        auto waiting = validVisit();
        waiting.called_at = "2026-11-23T08:58:00Z";
        CHECK(check(waiting) == one("called_at", Problem::Inconsistent, 0, "status"));
    }
}

TEST_CASE("visit: what each status requires, and the order of times", "[records][validation]") {
    SECTION("called needs called_at") {
        auto visit = calledVisit();
        visit.called_at.reset();
        CHECK(check(visit) == one("called_at", Problem::Required));
    }
    SECTION("served and no_show need called_at and ended_at") {
        for (const char* status : {"served", "no_show"}) {
            INFO(status);
            auto visit = endedVisit(status);
            visit.ended_at.reset();
            CHECK(check(visit) == one("ended_at", Problem::Required));
            visit = endedVisit(status);
            visit.called_at.reset();
            CHECK(check(visit) == one("called_at", Problem::Required));
            visit.ended_at.reset();
            CHECK(check(visit) == Findings{err("ended_at", Problem::Required), err("called_at", Problem::Required)});
        }
    }
    SECTION("left and transferred need ended_at but may end before a call") {
        for (const char* status : {"left", "transferred"}) {
            INFO(status);
            auto visit = endedVisit(status);
            visit.called_at.reset();
            CHECK(check(visit) == kNone);
            visit.ended_at.reset();
            CHECK(check(visit) == one("ended_at", Problem::Required));
        }
    }
    SECTION("transferred needs transferred_to") {
        auto visit = endedVisit("transferred");
        visit.transferred_to.reset();
        CHECK(check(visit) == one("transferred_to", Problem::Required));
    }
    SECTION("waiting needs no call or end") {
        CHECK(check(validVisit()) == kNone);
    }
    SECTION("called_at is not before arrived_at") {
        auto visit = calledVisit();
        visit.called_at = visit.arrived_at;  // the same second is fine
        CHECK(check(visit) == kNone);
        visit.called_at = "2026-11-23T08:29:59Z";
        CHECK(check(visit) == one("called_at", Problem::Inconsistent, 0, "arrived_at"));
        // Offsets are compared as instants: 09:29:59+01:00 is 08:29:59Z.
        visit.called_at = "2026-11-23T09:29:59+01:00";
        CHECK(check(visit) == one("called_at", Problem::Inconsistent, 0, "arrived_at"));
        visit.called_at = "2026-11-23T09:30:00+01:00";
        CHECK(check(visit) == kNone);
    }
    SECTION("ended_at is not before called_at nor arrived_at") {
        auto visit = endedVisit("served");
        visit.ended_at = visit.called_at;
        CHECK(check(visit) == kNone);
        visit.ended_at = "2026-11-23T08:44:59Z";  // after arriving, before the call
        CHECK(check(visit) == one("ended_at", Problem::Inconsistent, 0, "called_at"));
        visit.ended_at = "2026-11-23T08:29:59Z";  // before both
        CHECK(check(visit) == Findings{err("ended_at", Problem::Inconsistent, 0, "arrived_at"),
                                       err("ended_at", Problem::Inconsistent, 0, "called_at")});
        auto left = endedVisit("left");
        left.called_at.reset();
        left.ended_at = "2026-11-23T08:29:59Z";
        CHECK(check(left) == one("ended_at", Problem::Inconsistent, 0, "arrived_at"));
        left.ended_at = left.arrived_at;
        CHECK(check(left) == kNone);
    }
    SECTION("an unparsable time is reported once, not compared") {
        auto visit = calledVisit();
        visit.arrived_at = "yesterday";
        CHECK(check(visit) == one("arrived_at", Problem::InvalidDate));
    }
}

// --- booking_request -----------------------------------------------------------------------

TEST_CASE("booking_request: valid requests have no findings", "[records][validation]") {
    CHECK(check(validWelcomeBooking()) == kNone);
    CHECK(check(validCounsellingBooking()) == kNone);
    for (const char* status : {"requested", "confirmed", "declined", "cancelled"}) {
        auto booking = validWelcomeBooking();
        booking.status = status;
        if (std::string(status) == "confirmed" || std::string(status) == "declined")
            booking.decided_at = "2026-11-23T08:50:00Z";
        INFO(status);
        CHECK(check(booking) == kNone);
    }
}

TEST_CASE("booking_request: kind", "[records][validation]") {
    auto booking = validWelcomeBooking();
    booking.kind = "";
    CHECK(check(booking) == one("kind", Problem::Required));
    booking.kind = "dentist";
    CHECK(check(booking) == one("kind", Problem::NotAllowed));
    booking.kind = "Welcome_house";
    CHECK(check(booking) == one("kind", Problem::NotAllowed));
}

TEST_CASE("booking_request: welcome_house asks for a later day on which the service runs", "[records][validation]") {
    auto booking = validWelcomeBooking();
    auto day = [&](const std::string& value) {
        booking.requested_day = value;
        return check(booking);
    };

    SECTION("site, service and requested_day are required") {
        auto noSite = booking;
        noSite.site.reset();
        CHECK(check(noSite) == one("site", Problem::Required));
        auto noService = booking;
        noService.service.reset();
        CHECK(check(noService) == one("service", Problem::Required));
        auto noDay = booking;
        noDay.requested_day.reset();
        CHECK(check(noDay) == one("requested_day", Problem::Required));
        auto nothing = booking;
        nothing.site.reset();
        nothing.service.reset();
        nothing.requested_day.reset();
        CHECK(check(nothing) == Findings{err("site", Problem::Required), err("service", Problem::Required),
                                         err("requested_day", Problem::Required)});
    }
    SECTION("the service must be one of the site's services") {
        booking.service = "dentist";
        CHECK(check(booking) == one("service", Problem::NotAllowed));
        booking.service = "";
        CHECK(check(booking) == one("service", Problem::Required));
    }
    SECTION("the service must be bookable") {
        booking.service = "community_guide";  // runs Mon-Fri but is not bookable
        booking.requested_day = "2026-11-24";
        CHECK(check(booking) == one("service", Problem::NotAllowed));
    }
    SECTION("requested_day: from tomorrow up to 120 days ahead") {
        booking.service = "study_career";  // Tuesdays and Thursdays
        CHECK(day("2026-11-24") == kNone);  // tomorrow, a Tuesday
        CHECK(day("2026-11-23") == one("requested_day", Problem::ImplausibleDate));  // today
        CHECK(day("2026-11-19") == one("requested_day", Problem::ImplausibleDate));  // a past Thursday
        CHECK(day("2027-03-23") == kNone);  // today + 120, a Tuesday
        CHECK(day("2027-03-25") == one("requested_day", Problem::ImplausibleDate));  // a Thursday, + 122
        booking.service = "housing";  // Wednesdays
        CHECK(day("2027-03-24") == one("requested_day", Problem::ImplausibleDate));  // a Wednesday, + 121
        CHECK(day("2027-03-17") == kNone);  // a Wednesday, + 114
    }
    SECTION("requested_day must be a real date") {
        CHECK(day("") == one("requested_day", Problem::Required));
        CHECK(day("2026-11-31") == one("requested_day", Problem::InvalidDate));
        CHECK(day("25.11.2026") == one("requested_day", Problem::InvalidDate));
    }
    SECTION("requested_day must be a day the service runs") {
        CHECK(day("2026-11-26") == one("requested_day", Problem::NotAllowed, 0, "service"));  // a Thursday
        CHECK(day("2026-11-28") == one("requested_day", Problem::NotAllowed, 0, "service"));  // a Saturday
        CHECK(day("2026-12-02") == kNone);                                                    // a Wednesday
        booking.service = "health";  // Mondays
        CHECK(day("2026-11-30") == kNone);
        CHECK(day("2026-12-01") == one("requested_day", Problem::NotAllowed, 0, "service"));
    }
    SECTION("the monthly Public Employment Service: the first Thursday") {
        booking.service = "employment_service";
        CHECK(day("2026-12-03") == kNone);
        CHECK(day("2026-12-10") == one("requested_day", Problem::NotAllowed, 0, "service"));
        CHECK(day("2027-01-07") == kNone);
        CHECK(day("2027-02-04") == kNone);
        CHECK(day("2027-02-11") == one("requested_day", Problem::NotAllowed, 0, "service"));
    }
    SECTION("not on the site's closed dates") {
        booking.service = "study_career";  // Thursdays too
        CHECK(day("2026-12-24") == one("requested_day", Problem::NotAllowed, 0, "service"));  // Christmas Eve
        CHECK(day("2026-12-31") == one("requested_day", Problem::NotAllowed, 0, "service"));  // New Year's Eve
        CHECK(day("2026-12-22") == kNone);
        CHECK(day("2027-01-05") == kNone);
        booking.service = "housing";
        CHECK(day("2027-01-06") == one("requested_day", Problem::NotAllowed, 0, "service"));  // Epiphany, a Wednesday
        CHECK(day("2027-01-13") == kNone);
    }
    SECTION("the site must be one in config") {
        booking.site = "elsewhere";
        CHECK(check(booking) == one("site", Problem::NotAllowed));
        booking.site = "";
        CHECK(check(booking) == one("site", Problem::Required));
    }
}

TEST_CASE("booking_request: counselling asks for a published slot", "[records][validation]") {
    auto booking = validCounsellingBooking();
    booking.slot_id.reset();
    CHECK(check(booking) == one("slot_id", Problem::Required));
    booking.slot_id = "";
    CHECK(check(booking) == one("slot_id", Problem::Required));
    booking.slot_id = "01KAZ0000000000000000000CD";
    CHECK(check(booking) == one("slot_id", Problem::Required));
    booking.slot_id = "Slot:01KAZ";
    CHECK(check(booking) == one("slot_id", Problem::Required));
    booking.slot_id = "slot:";
    CHECK(check(booking) == kNone);  // only the prefix is checked
    // application_id is not checked; welcome-house fields are not refused.
    booking = validCounsellingBooking();
    booking.application_id.reset();
    booking.site = "welcome-house";
    CHECK(check(booking) == kNone);
}

TEST_CASE("booking_request: language, phone and SMS consent", "[records][validation]") {
    auto booking = validWelcomeBooking();

    SECTION("language: any configured language when given") {
        booking.language = "ru";
        CHECK(check(booking) == kNone);
        booking.language.reset();
        CHECK(check(booking) == kNone);
        booking.language = "de";
        CHECK(check(booking) == one("language", Problem::NotAllowed));
        booking.language = "";
        CHECK(check(booking) == one("language", Problem::Required));
    }
    SECTION("a phone needs an answer on SMS consent, yes or no") {
        booking.phone = "+46701234567";
        CHECK(check(booking) == one("sms_consent", Problem::Required));
        booking.sms_consent = true;
        CHECK(check(booking) == kNone);
        booking.sms_consent = false;
        CHECK(check(booking) == kNone);
    }
    SECTION("the phone must be dialable; the typed Swedish form is accepted") {
        booking.sms_consent = true;
        booking.phone = "070-123 45 67";
        CHECK(check(booking) == kNone);
        booking.phone = "+963 944 567 890";
        CHECK(check(booking) == kNone);
        booking.phone = "123";
        CHECK(check(booking) == one("phone", Problem::InvalidPhone));
        booking.phone = "070-CALL-NOW";
        CHECK(check(booking) == one("phone", Problem::InvalidPhone));
        booking.phone = "";
        CHECK(check(booking) == one("phone", Problem::Required));
        booking.sms_consent.reset();
        CHECK(check(booking) == Findings{err("phone", Problem::Required), err("sms_consent", Problem::Required)});
    }
    SECTION("SMS consent without a phone") {
        booking.sms_consent = true;
        CHECK(check(booking) == one("sms_consent", Problem::Inconsistent, 0, "phone"));
        booking.sms_consent = false;
        CHECK(check(booking) == kNone);
    }
    SECTION("status must be a booking status") {
        booking.status = "booked";
        CHECK(check(booking) == one("status", Problem::NotAllowed));
    }
    SECTION("decided_at comes with the decision, and only then") {
        booking.status = "confirmed";
        CHECK(check(booking) == one("decided_at", Problem::Required));
        booking.decided_at = "2026-11-23T08:50:00Z";
        CHECK(check(booking) == kNone);
        booking.status = "requested";
        CHECK(check(booking) == one("decided_at", Problem::Inconsistent, 0, "status"));
        booking.status = "cancelled";  // the visitor's cancellation may follow a decision
        CHECK(check(booking) == kNone);
    }
}

// --- application ----------------------------------------------------------------------------

TEST_CASE("application: a valid application has no findings", "[records][validation]") {
    CHECK(check(validApplication()) == kNone);
    auto full = validApplication();
    full.adults.push_back(adult("Omid"));
    full.small_children = true;
    full.priority = true;
    full.interpreter_needed = true;
    full.interpreter_language = "fa";
    full.preferred_provider = "st-lukas";
    full.single_session = true;
    CHECK(check(full) == kNone);
    for (const char* status : {"received", "offered", "started", "closed"}) {
        auto application = validApplication();
        application.status = status;
        INFO(status);
        CHECK(check(application) == kNone);
    }
}

TEST_CASE("application: adults", "[records][validation]") {
    auto application = validApplication();

    SECTION("one or two adults") {
        application.adults.push_back(adult("Omid"));
        CHECK(check(application) == kNone);
        application.adults.push_back(adult("Lina"));
        CHECK(check(application) == one("adults", Problem::TooLong, 2));
    }
    SECTION("each adult is checked with an index path") {
        application.adults.push_back(adult(""));
        CHECK(check(application) == one("adults[1].first_name", Problem::Required));
        application.adults[1].first_name = repeat("ä", 40);
        CHECK(check(application) == kNone);
        application.adults[1].first_name = repeat("ä", 41);
        CHECK(check(application) == one("adults[1].first_name", Problem::TooLong, 40));
        application.adults.push_back(adult(" "));
        CHECK(check(application) == Findings{err("adults", Problem::TooLong, 2),
                                             err("adults[1].first_name", Problem::TooLong, 40),
                                             err("adults[2].first_name", Problem::Required)});
    }
    SECTION("last_name: a name of at most 60, may be blank") {
        application.adults[0].last_name = repeat("x", 60);
        CHECK(check(application) == kNone);
        application.adults[0].last_name = repeat("x", 61);
        CHECK(check(application) == one("adults[0].last_name", Problem::TooLong, 60));
        application.adults[0].last_name = "";
        CHECK(check(application) == kNone);
        application.adults[0].last_name = "Lind\tqvist";  // a tab is a space in a name
        CHECK(check(application) == kNone);
    }
    SECTION("phone: dialable when given") {
        application.adults.push_back(adult("Omid", "0031"));
        CHECK(check(application) == one("adults[1].phone", Problem::InvalidPhone));
        application.adults[1].phone = "";
        CHECK(check(application) == one("adults[1].phone", Problem::Required));
        application.adults[1].phone = "031-123 45 67";
        CHECK(check(application) == kNone);
    }
    SECTION("email: a plausible address") {
        auto email = [&](const std::string& value) {
            application.adults[0].email = value;
            return check(application);
        };
        CHECK(email("a@b.se") == kNone);
        CHECK(email("first.last+tag@sub.example.org") == kNone);
        CHECK(email(repeat("a", 248) + "@ex.se") == kNone);  // 254 bytes
        CHECK(email(repeat("a", 249) + "@ex.se") == one("adults[0].email", Problem::InvalidText));
        CHECK(email("ab.se") == one("adults[0].email", Problem::InvalidText));
        CHECK(email("@b.se") == one("adults[0].email", Problem::InvalidText));
        CHECK(email("a.b@se") == one("adults[0].email", Problem::InvalidText));
        CHECK(email("a@b.se.") == one("adults[0].email", Problem::InvalidText));
        CHECK(email("a b@c.se") == one("adults[0].email", Problem::InvalidText));
        CHECK(email("a@c.se\n") == one("adults[0].email", Problem::InvalidText));
        CHECK(email("") == one("adults[0].email", Problem::InvalidText));
    }
}

TEST_CASE("application: how the unit reaches them", "[records][validation]") {
    auto application = validApplication();

    SECTION("contact is phone, email or will_call") {
        application.contact = "";
        CHECK(check(application) == one("contact", Problem::Required));
        application.contact = "letter";
        CHECK(check(application) == one("contact", Problem::NotAllowed));
    }
    SECTION("phone: some adult has a phone") {
        application.adults[0].phone.reset();
        CHECK(check(application) == one("adults[0].phone", Problem::Required));
        application.adults.push_back(adult("Omid", "+46731234567"));
        CHECK(check(application) == kNone);  // the second adult's phone will do
    }
    SECTION("email: some adult has an e-mail address") {
        application.contact = "email";
        CHECK(check(application) == kNone);
        application.adults[0].email.reset();
        CHECK(check(application) == one("adults[0].email", Problem::Required));
        application.adults.push_back(adult("Omid", std::nullopt, "omid@example.se"));
        CHECK(check(application) == kNone);
    }
    SECTION("nobody to reach: adults are required unless they will call") {
        application.adults.clear();
        CHECK(check(application) == Findings{err("adults[0].phone", Problem::Required), err("adults", Problem::Required)});
        application.contact = "email";
        CHECK(check(application) == Findings{err("adults[0].email", Problem::Required), err("adults", Problem::Required)});
    }
    SECTION("will_call: nearly anonymous, needs will_call_at within now - 1 day ... now + 60 days") {
        application.contact = "will_call";
        application.adults.clear();
        CHECK(check(application) == one("will_call_at", Problem::Required));
        application.will_call_at = "2026-11-24T14:00:00Z";
        CHECK(check(application) == kNone);
        application.will_call_at = ts(kNow - chr::days{1});
        CHECK(check(application) == kNone);
        application.will_call_at = ts(kNow - chr::days{1} - kSecond);
        CHECK(check(application) == one("will_call_at", Problem::ImplausibleDate));
        application.will_call_at = ts(kNow + chr::days{60});
        CHECK(check(application) == kNone);
        application.will_call_at = ts(kNow + chr::days{60} + kSecond);
        CHECK(check(application) == one("will_call_at", Problem::ImplausibleDate));
        application.will_call_at = "tomorrow at two";
        CHECK(check(application) == one("will_call_at", Problem::InvalidDate));
        application.will_call_at = "";
        CHECK(check(application) == one("will_call_at", Problem::Required));
        // Adults may still be given.
        application.will_call_at = "2026-11-24T14:00:00Z";
        application.adults = {adult("Sara")};
        CHECK(check(application) == kNone);
    }
    SECTION("will_call_at is not checked for other contact modes (documented)") {
        application.will_call_at = "not a time";
        CHECK(check(application) == kNone);
    }
}

TEST_CASE("application: the stored form, with the people sealed", "[records][validation][seal]") {
    // As FamilyCounselling::submit stores it: adults and will_call_at in the
    // envelope, sealed to the seed's (demo) counselling unit.
    const auto& unitKey = gothenburg().counsellingSealing()->publicKeyPem;
    const std::string id = "application:01KAZ0000000000000000000EF";
    auto stored = intake::sealApplication(validApplication(), unitKey, id);
    REQUIRE(stored);
    REQUIRE(stored->sealed);
    CHECK(stored->adults.empty());
    CHECK(check(*stored) == kNone);

    SECTION("the people's rules apply before sealing, not to the envelope") {
        // Empty adults with contact "phone" would be two findings in clear.
        auto clear = *stored;
        clear.sealed.reset();
        CHECK(check(clear) == Findings{err("adults[0].phone", Problem::Required), err("adults", Problem::Required)});
        auto caller = validApplication();
        caller.contact = "will_call";
        caller.adults.clear();
        caller.will_call_at = "2026-11-24T14:00:00Z";
        auto sealedCaller = intake::sealApplication(caller, unitKey, id);
        REQUIRE(sealedCaller);
        CHECK_FALSE(sealedCaller->will_call_at);
        CHECK(check(*sealedCaller) == kNone);  // no will_call_at in clear, and none needed
    }
    SECTION("nothing sealed may also be in clear") {
        auto withAdults = *stored;
        withAdults.adults = {adult("Sara", "+46701234567")};
        CHECK(check(withAdults) == one("adults", Problem::Inconsistent, 0, "sealed"));
        auto withCallTime = *stored;
        withCallTime.will_call_at = "2026-11-24T14:00:00Z";
        CHECK(check(withCallTime) == one("will_call_at", Problem::Inconsistent, 0, "sealed"));
    }
    SECTION("the envelope must have the envelope's form") {
        for (const auto& envelope : {nlohmann::json("sealed"), nlohmann::json::object(),
                                     nlohmann::json{{"v", 1}, {"alg", "X25519-HKDF-SHA256-AES256GCM"}}}) {
            auto broken = *stored;
            broken.sealed = envelope;
            CHECK(check(broken) == one("sealed", Problem::InvalidText));
        }
        auto future = *stored;
        (*future.sealed)["v"] = 2;
        CHECK(check(future) == one("sealed", Problem::InvalidText));
        auto extra = *stored;
        (*extra.sealed)["note"] = "x";
        CHECK(check(extra) == one("sealed", Problem::InvalidText));
    }
    SECTION("the clear fields keep their rules") {
        auto contact = *stored;
        contact.contact = "letter";
        CHECK(check(contact) == one("contact", Problem::NotAllowed));
        auto priority = *stored;
        priority.small_children = true;
        CHECK(check(priority) == one("priority", Problem::Inconsistent, 0, "small_children"));
        auto consent = *stored;
        consent.consent = false;
        CHECK(check(consent) == one("consent", Problem::Required));
        auto reference = *stored;
        reference.reference = "";
        CHECK(check(reference) == one("reference", Problem::Required));
    }
    SECTION("as JSON: `sealed` is an object, adults an empty list, no will_call_at") {
        const auto body = records::toJson(*stored);
        CHECK(body.at("sealed").is_object());
        CHECK(body.at("sealed").at("kid") == gothenburg().counsellingSealing()->keyId);
        CHECK(body.at("adults") == nlohmann::json::array());
        CHECK_FALSE(body.contains("will_call_at"));
        CHECK(body.dump().find("Sara") == std::string::npos);
        const auto read = records::fromJson<records::Application>(body);
        REQUIRE(read);
        CHECK(read->sealed == stored->sealed);
        // A `sealed` of another JSON type still reads (validation refuses it).
        auto odd = body;
        odd["sealed"] = 5;
        REQUIRE(records::fromJson<records::Application>(odd));
        CHECK(check(*records::fromJson<records::Application>(odd)) == one("sealed", Problem::InvalidText));
    }
}

TEST_CASE("application: priority, language, interpreter, provider, consent, reference, status", "[records][validation]") {
    auto application = validApplication();

    SECTION("priority equals small_children || acute_crisis") {
        application.small_children = true;
        CHECK(check(application) == one("priority", Problem::Inconsistent, 0, "small_children"));
        application.priority = true;
        CHECK(check(application) == kNone);
        application.small_children = false;
        application.acute_crisis = true;
        CHECK(check(application) == kNone);
        application.acute_crisis = false;
        CHECK(check(application) == one("priority", Problem::Inconsistent, 0, "small_children"));
        application.priority = false;
        application.acute_crisis = true;
        CHECK(check(application) == one("priority", Problem::Inconsistent, 0, "small_children"));
    }
    SECTION("language: required, any configured language") {
        application.language = "ru";
        CHECK(check(application) == kNone);
        application.language = "";
        CHECK(check(application) == one("language", Problem::Required));
        application.language = "de";
        CHECK(check(application) == one("language", Problem::NotAllowed));
    }
    SECTION("an interpreter needs a language") {
        application.interpreter_needed = true;
        CHECK(check(application) == one("interpreter_language", Problem::Required));
        application.interpreter_language = "ti";
        CHECK(check(application) == kNone);
        application.interpreter_language = "de";
        CHECK(check(application) == one("interpreter_language", Problem::NotAllowed));
        application.interpreter_needed = false;
        application.interpreter_language = "ar";  // a language without the need contradicts it
        CHECK(check(application) == one("interpreter_language", Problem::Inconsistent, 0, "interpreter_needed"));
        application.interpreter_language.reset();
        CHECK(check(application) == kNone);
    }
    SECTION("preferred_provider: a configured provider when given") {
        for (const char* provider : {"city", "st-lukas", "kyrkans-familjeradgivning"}) {
            application.preferred_provider = provider;
            INFO(provider);
            CHECK(check(application) == kNone);
        }
        application.preferred_provider = "church";
        CHECK(check(application) == one("preferred_provider", Problem::NotAllowed));
        application.preferred_provider = "";
        CHECK(check(application) == one("preferred_provider", Problem::Required));
    }
    SECTION("consent must be given") {
        application.consent = false;
        CHECK(check(application) == one("consent", Problem::Required));
    }
    SECTION("reference: a required code of 4..16 of A-Z 0-9") {
        application.reference = "";
        CHECK(check(application) == one("reference", Problem::Required));
        application.reference = "K7M";
        CHECK(check(application) == one("reference", Problem::TooShort, 4));
        application.reference = "K7M2";
        CHECK(check(application) == kNone);
        application.reference = repeat("K7", 8);
        CHECK(check(application) == kNone);
        application.reference = repeat("K7", 8) + "Q";
        CHECK(check(application) == one("reference", Problem::TooLong, 16));
        application.reference = "k7m2q9xa";
        CHECK(check(application) == one("reference", Problem::InvalidText));
        application.reference = "K7M2-Q9XA";
        CHECK(check(application) == one("reference", Problem::InvalidText));
        application.reference = "K7M2Q9XÅ";
        CHECK(check(application) == one("reference", Problem::InvalidText));
    }
    SECTION("status must be an application status") {
        application.status = "waiting";
        CHECK(check(application) == one("status", Problem::NotAllowed));
    }
    SECTION("offered does not require first_offer_at (documented)") {
        application.status = "offered";
        CHECK(check(application) == kNone);
        application.first_offer_at = "2026-11-22T10:00:00Z";
        CHECK(check(application) == kNone);
    }
    SECTION("withdrawn needs withdrawn_at; withdrawn_at needs withdrawn") {
        application.status = "withdrawn";
        CHECK(check(application) == one("withdrawn_at", Problem::Required));
        application.withdrawn_at = "2026-11-22T10:00:00Z";
        CHECK(check(application) == kNone);
        for (const char* status : {"received", "offered", "started", "closed"}) {
            application.status = status;
            INFO(status);
            CHECK(check(application) == one("withdrawn_at", Problem::Inconsistent, 0, "status"));
        }
    }
}

// --- slot -----------------------------------------------------------------------------------

TEST_CASE("slot: provider, kind, times and status", "[records][validation]") {
    auto slot = validSlot();
    CHECK(check(slot) == kNone);

    SECTION("provider: a configured provider") {
        slot.provider = "kyrkans-familjeradgivning";
        CHECK(check(slot) == kNone);
        slot.provider = "someone";
        CHECK(check(slot) == one("provider", Problem::NotAllowed));
        slot.provider = "";
        CHECK(check(slot) == one("provider", Problem::Required));
    }
    SECTION("kind: single_session or cancellation") {
        slot.kind = "cancellation";
        CHECK(check(slot) == kNone);
        slot.kind = "group";
        CHECK(check(slot) == one("kind", Problem::NotAllowed));
        slot.kind = "";
        CHECK(check(slot) == one("kind", Problem::Required));
    }
    SECTION("ends after it starts") {
        slot.ends_at = ts(chr::sys_days{ymd(2026, 12, 1)} + chr::hours{9} + kSecond);
        CHECK(check(slot) == kNone);
        slot.ends_at = slot.starts_at;
        CHECK(check(slot) == one("ends_at", Problem::Inconsistent, 0, "starts_at"));
        slot.ends_at = "2026-12-01T08:00:00Z";
        CHECK(check(slot) == one("ends_at", Problem::Inconsistent, 0, "starts_at"));
    }
    SECTION("times lie within now - 3 x 366 days ... now + 400 days") {
        slot.starts_at = ts(kEarliest);
        slot.ends_at = ts(kEarliest + chr::hours{1});
        CHECK(check(slot) == kNone);
        slot.starts_at = ts(kEarliest - kSecond);
        CHECK(check(slot) == one("starts_at", Problem::ImplausibleDate));
        slot.starts_at = ts(kNow + chr::days{400} - chr::hours{1});
        slot.ends_at = ts(kNow + chr::days{400});
        CHECK(check(slot) == kNone);
        slot.ends_at = ts(kNow + chr::days{400} + kSecond);
        CHECK(check(slot) == one("ends_at", Problem::ImplausibleDate));
        slot.starts_at = "";
        slot.ends_at = "2026-12-01";
        CHECK(check(slot) == Findings{err("starts_at", Problem::Required), err("ends_at", Problem::InvalidDate)});
    }
    SECTION("status must be a slot status") {
        for (const char* status : {"open", "taken", "withdrawn"}) {
            slot.status = status;
            INFO(status);
            CHECK(check(slot) == kNone);
        }
        slot.status = "booked";
        CHECK(check(slot) == one("status", Problem::NotAllowed));
    }
}

// --- contact ---------------------------------------------------------------------------------

TEST_CASE("contact: valid anonymous and personal contacts have no findings", "[records][validation]") {
    CHECK(check(validAnonymousContact()) == kNone);
    CHECK(check(validPersonContact()) == kNone);
    auto named = validPersonContact();
    named.alias.reset();
    named.name = "Anna Berg";
    named.consent = true;
    CHECK(check(named) == kNone);
    auto bare = validAnonymousContact();
    bare.place.reset();
    bare.needs.clear();
    bare.actions.clear();
    CHECK(check(bare) == kNone);
}

TEST_CASE("contact: common fields", "[records][validation]") {
    auto contact = validPersonContact();

    SECTION("team: required text of at most 80") {
        contact.team = "";
        CHECK(check(contact) == one("team", Problem::Required));
        contact.team = repeat("t", 80);
        CHECK(check(contact) == kNone);
        contact.team = repeat("t", 81);
        CHECK(check(contact) == one("team", Problem::TooLong, 80));
    }
    SECTION("area: the option list area") {
        for (const char* area : {"centrum", "hisingen", "nordost", "sydvast"}) {
            contact.area = area;
            INFO(area);
            CHECK(check(contact) == kNone);
        }
        contact.area = "majorna";
        CHECK(check(contact) == one("area", Problem::NotAllowed));
        contact.area = "";
        CHECK(check(contact) == one("area", Problem::Required));
    }
    SECTION("place: optional text of at most 120") {
        contact.place = repeat("p", 120);
        CHECK(check(contact) == kNone);
        contact.place = repeat("p", 121);
        CHECK(check(contact) == one("place", Problem::TooLong, 120));
        contact.place = "";
        CHECK(check(contact) == kNone);
        contact.place = "Under the bridge\nby the river";  // text allows line breaks
        CHECK(check(contact) == kNone);
    }
    SECTION("gender and age_band: their option lists") {
        contact.gender = "non_binary";
        contact.age_band = "66+";
        CHECK(check(contact) == kNone);
        contact.gender = "female";
        CHECK(check(contact) == one("gender", Problem::NotAllowed));
        contact.gender = "";
        CHECK(check(contact) == one("gender", Problem::Required));
        contact.gender = "woman";
        contact.age_band = "18-24";
        CHECK(check(contact) == one("age_band", Problem::NotAllowed));
        contact.age_band = "";
        CHECK(check(contact) == one("age_band", Problem::Required));
    }
    SECTION("needs[i] and actions[i]: their option lists, with index paths") {
        contact.needs = {"food", "shelter", "money"};
        CHECK(check(contact) == one("needs[1]", Problem::NotAllowed));
        contact.needs = {"food", "money", ""};
        CHECK(check(contact) == one("needs[2]", Problem::Required));
        contact.needs = {"overnight_place", "food", "health_care", "substance_use", "mental_health",
                         "money", "documents", "contact_with_authorities", "safety", "other"};
        CHECK(check(contact) == kNone);
        contact.actions = {"talk", "referral"};
        CHECK(check(contact) == one("actions[0]", Problem::NotAllowed));
        contact.actions = {"conversation", "information", "accompanied", "referral",
                           "bed_given", "emergency_call", "supplies_given", "other"};
        CHECK(check(contact) == kNone);
        contact.actions = {"food"};  // a need is not an action
        contact.needs = {"conversation"};
        CHECK(check(contact) == Findings{err("needs[0]", Problem::NotAllowed), err("actions[0]", Problem::NotAllowed)});
    }
    SECTION("recorded_by: required text") {
        contact.recorded_by = "  ";
        CHECK(check(contact) == one("recorded_by", Problem::Required));
    }
}

TEST_CASE("contact: anonymous is a count without identity", "[records][validation]") {
    auto contact = validAnonymousContact();

    SECTION("count: 1..500") {
        contact.count = 1;
        CHECK(check(contact) == kNone);
        contact.count = 500;
        CHECK(check(contact) == kNone);
        contact.count = 0;
        CHECK(check(contact) == one("count", Problem::OutOfRange, 1));
        contact.count = 501;
        CHECK(check(contact) == one("count", Problem::OutOfRange, 500));
    }
    SECTION("no alias, name or person_code") {
        auto withAlias = contact;
        withAlias.alias = "Blå";
        CHECK(check(withAlias) == one("alias", Problem::Inconsistent, 0, "anonymous"));
        auto withName = contact;
        withName.name = "Anna Berg";
        withName.consent = true;
        CHECK(check(withName) == one("name", Problem::Inconsistent, 0, "anonymous"));
        auto withCode = contact;
        withCode.person_code = "P7K2M9QX";
        CHECK(check(withCode) == one("person_code", Problem::Inconsistent, 0, "anonymous"));
        auto withEmpty = contact;
        withEmpty.alias = "";  // present, even if empty
        CHECK(check(withEmpty) == one("alias", Problem::Inconsistent, 0, "anonymous"));
    }
}

TEST_CASE("contact: one person, by alias or by name with consent", "[records][validation]") {
    auto contact = validPersonContact();

    SECTION("count is exactly 1") {
        contact.count = 2;
        CHECK(check(contact) == one("count", Problem::OutOfRange, 1));
        contact.count = 0;
        CHECK(check(contact) == one("count", Problem::OutOfRange, 1));
    }
    SECTION("alias or name is required") {
        contact.alias.reset();
        CHECK(check(contact) == one("alias", Problem::Required));
        contact.alias = "";
        CHECK(check(contact) == one("alias", Problem::Required));
    }
    SECTION("alias: a name of at most 40") {
        contact.alias = repeat("ß", 40);
        CHECK(check(contact) == kNone);
        contact.alias = repeat("ß", 41);
        CHECK(check(contact) == one("alias", Problem::TooLong, 40));
    }
    SECTION("a name is only kept with consent") {
        contact.name = "Anna Berg";
        CHECK(check(contact) == one("consent", Problem::Required, 0, "name"));
        contact.consent = true;
        CHECK(check(contact) == kNone);
        contact.name = repeat("n", 80);
        CHECK(check(contact) == kNone);
        contact.name = repeat("n", 81);
        CHECK(check(contact) == one("name", Problem::TooLong, 80));
        contact.name = "";
        CHECK(check(contact) == one("name", Problem::Required));
    }
    SECTION("an alias or person_code needs no consent (documented)") {
        contact.consent = false;
        CHECK(check(contact) == kNone);
    }
    SECTION("person_code: an optional code") {
        contact.person_code = "P7K2";
        CHECK(check(contact) == kNone);
        contact.person_code = "";
        CHECK(check(contact) == kNone);
        contact.person_code = "P7K";
        CHECK(check(contact) == one("person_code", Problem::TooShort, 4));
        contact.person_code = repeat("P", 17);
        CHECK(check(contact) == one("person_code", Problem::TooLong, 16));
        contact.person_code = "p7k2m9qx";
        CHECK(check(contact) == one("person_code", Problem::InvalidText));
    }
}

// --- bed_night -------------------------------------------------------------------------------

TEST_CASE("bed_night: the bed, its capacity rule and the guest", "[records][validation]") {
    auto bedNight = validBedNight();
    CHECK(check(bedNight) == kNone);

    SECTION("duty beds 1-9 are assessed, field beds 10-15 unassessed") {
        for (int bed = 1; bed <= 15; ++bed) {
            bedNight.bed = bed;
            bedNight.filled_by = bed <= 9 ? "duty" : "field";
            bedNight.kind = bed <= 9 ? "assessed" : "unassessed";
            INFO("bed " << bed);
            CHECK(check(bedNight) == kNone);
        }
    }
    SECTION("filled_by must be the bed's: field workers cannot fill a duty bed") {
        bedNight.bed = 1;
        bedNight.kind = "assessed";
        CHECK(check(bedNight) == one("filled_by", Problem::Inconsistent, 0, "bed"));
        bedNight.bed = 10;
        bedNight.kind = "unassessed";
        bedNight.filled_by = "duty";
        CHECK(check(bedNight) == one("filled_by", Problem::Inconsistent, 0, "bed"));
    }
    SECTION("kind must be the bed's") {
        bedNight.kind = "assessed";
        CHECK(check(bedNight) == one("kind", Problem::Inconsistent, 0, "bed"));
        bedNight.kind = "";
        CHECK(check(bedNight) == one("kind", Problem::Inconsistent, 0, "bed"));
        bedNight.bed = 9;
        bedNight.filled_by = "duty";
        bedNight.kind = "unassessed";
        CHECK(check(bedNight) == one("kind", Problem::Inconsistent, 0, "bed"));
    }
    SECTION("filled_by: duty or field") {
        bedNight.filled_by = "volunteer";
        CHECK(check(bedNight) == Findings{err("filled_by", Problem::Inconsistent, 0, "bed"),
                                          err("filled_by", Problem::NotAllowed)});
        bedNight.filled_by = "";
        CHECK(check(bedNight) == Findings{err("filled_by", Problem::Inconsistent, 0, "bed"),
                                          err("filled_by", Problem::Required)});
    }
    SECTION("an unknown bed") {
        for (int bed : {16, 0, -1, 100}) {
            bedNight.bed = bed;
            INFO("bed " << bed);
            CHECK(check(bedNight) == one("bed", Problem::NotAllowed));
        }
    }
    SECTION("shelter: a configured shelter") {
        bedNight.shelter = "";
        CHECK(check(bedNight) == one("shelter", Problem::Required));
        bedNight.shelter = "overnight-hisingen";
        CHECK(check(bedNight) == one("shelter", Problem::NotAllowed));
        // With no known shelter there is no bed to compare with.
        bedNight.kind = "";
        bedNight.bed = 99;
        CHECK(check(bedNight) == one("shelter", Problem::NotAllowed));
    }
    SECTION("night: a date within today - 3 x 366 days ... today + 1 day") {
        bedNight.night = "2026-11-24";
        CHECK(check(bedNight) == kNone);
        bedNight.night = "2026-11-25";
        CHECK(check(bedNight) == one("night", Problem::ImplausibleDate));
        bedNight.night = "2023-11-21";
        CHECK(check(bedNight) == kNone);
        bedNight.night = "2023-11-20";
        CHECK(check(bedNight) == one("night", Problem::ImplausibleDate));
        bedNight.night = "2026-02-29";
        CHECK(check(bedNight) == one("night", Problem::InvalidDate));
        bedNight.night = "";
        CHECK(check(bedNight) == one("night", Problem::Required));
    }
    SECTION("person_code: a required code") {
        bedNight.person_code = "";
        CHECK(check(bedNight) == one("person_code", Problem::Required));
        bedNight.person_code = "P7";
        CHECK(check(bedNight) == one("person_code", Problem::TooShort, 4));
        bedNight.person_code = repeat("P", 17);
        CHECK(check(bedNight) == one("person_code", Problem::TooLong, 16));
        bedNight.person_code = "P7K2M9Q!";
        CHECK(check(bedNight) == one("person_code", Problem::InvalidText));
    }
    SECTION("gender: the option list gender") {
        for (const char* gender : {"woman", "man", "non_binary", "not_stated"}) {
            bedNight.gender = gender;
            INFO(gender);
            CHECK(check(bedNight) == kNone);
        }
        bedNight.gender = "w";
        CHECK(check(bedNight) == one("gender", Problem::NotAllowed));
        bedNight.gender = "";
        CHECK(check(bedNight) == one("gender", Problem::Required));
    }
    SECTION("alias: an optional name of at most 40") {
        bedNight.alias = repeat("a", 40);
        CHECK(check(bedNight) == kNone);
        bedNight.alias = repeat("a", 41);
        CHECK(check(bedNight) == one("alias", Problem::TooLong, 40));
        bedNight.alias = "";
        CHECK(check(bedNight) == kNone);
    }
    SECTION("given_by: required text; status: only given") {
        bedNight.given_by = "";
        CHECK(check(bedNight) == one("given_by", Problem::Required));
        bedNight.given_by = "staff-7";
        bedNight.status = "cancelled";
        CHECK(check(bedNight) == one("status", Problem::NotAllowed));
    }
}

// --- referral --------------------------------------------------------------------------------

TEST_CASE("referral: consent, unit, texts and decision", "[records][validation]") {
    auto referral = validReferral();
    CHECK(check(referral) == kNone);

    SECTION("sharing needs consent") {
        referral.consent = false;
        CHECK(check(referral) == one("consent", Problem::Required));
    }
    SECTION("accepted and rejected need decided_at") {
        for (const char* status : {"accepted", "rejected"}) {
            referral.status = status;
            INFO(status);
            referral.decided_at.reset();
            CHECK(check(referral) == one("decided_at", Problem::Required));
            referral.decided_at = "2026-11-23T08:30:00Z";
            CHECK(check(referral) == kNone);
        }
    }
    SECTION("a referral still sent has no decision time") {
        referral.decided_at = "2026-11-23T08:30:00Z";
        CHECK(check(referral) == one("decided_at", Problem::Inconsistent, 0, "status"));
    }
    SECTION("status must be a referral status") {
        referral.status = "closed";
        CHECK(check(referral) == one("status", Problem::NotAllowed));
    }
    SECTION("unit: the option list referral_unit") {
        referral.unit = "child_and_youth";
        CHECK(check(referral) == kNone);
        referral.unit = "police";
        CHECK(check(referral) == one("unit", Problem::NotAllowed));
        referral.unit = "";
        CHECK(check(referral) == one("unit", Problem::Required));
    }
    SECTION("person_code: a required code") {
        referral.person_code = "";
        CHECK(check(referral) == one("person_code", Problem::Required));
        referral.person_code = "abcd";
        CHECK(check(referral) == one("person_code", Problem::InvalidText));
    }
    SECTION("alias and caseworker: optional names of at most 40 and 80") {
        referral.alias = repeat("a", 40);
        referral.caseworker = repeat("c", 80);
        CHECK(check(referral) == kNone);
        referral.alias = repeat("a", 41);
        CHECK(check(referral) == one("alias", Problem::TooLong, 40));
        referral.alias.reset();
        referral.caseworker = repeat("c", 81);
        CHECK(check(referral) == one("caseworker", Problem::TooLong, 80));
    }
    SECTION("reason: required text of at most 500") {
        referral.reason = "";
        CHECK(check(referral) == one("reason", Problem::Required));
        referral.reason = repeat("r", 500);
        CHECK(check(referral) == kNone);
        referral.reason = repeat("r", 501);
        CHECK(check(referral) == one("reason", Problem::TooLong, 500));
    }
    SECTION("referred_by: required text") {
        referral.referred_by = "";
        CHECK(check(referral) == one("referred_by", Problem::Required));
    }
}

// --- concern_report ----------------------------------------------------------------------------

TEST_CASE("concern_report: the child, the concern and the reference", "[records][validation]") {
    auto report = validConcernReport();
    CHECK(check(report) == kNone);

    SECTION("child_age: 0..17") {
        report.child_age = 0;
        CHECK(check(report) == kNone);
        report.child_age = 17;
        CHECK(check(report) == kNone);
        report.child_age = 18;
        CHECK(check(report) == one("child_age", Problem::OutOfRange, 17));
        report.child_age = -1;
        CHECK(check(report) == one("child_age", Problem::OutOfRange, 0));
    }
    SECTION("child_name: an optional name of at most 80") {
        report.child_name = repeat("c", 80);
        CHECK(check(report) == kNone);
        report.child_name = repeat("c", 81);
        CHECK(check(report) == one("child_name", Problem::TooLong, 80));
    }
    SECTION("concern: required text of at most 4000") {
        report.concern = "";
        CHECK(check(report) == one("concern", Problem::Required));
        report.concern = repeat("c", 4000);
        CHECK(check(report) == kNone);
        report.concern = repeat("c", 4001);
        CHECK(check(report) == one("concern", Problem::TooLong, 4000));
    }
    SECTION("area: the option list area when given") {
        report.area = "nordost";
        CHECK(check(report) == kNone);
        report.area = "north";
        CHECK(check(report) == one("area", Problem::NotAllowed));
    }
    SECTION("reference: a required code") {
        report.reference = "";
        CHECK(check(report) == one("reference", Problem::Required));
        report.reference = "R2D";
        CHECK(check(report) == one("reference", Problem::TooShort, 4));
        report.reference = repeat("R", 17);
        CHECK(check(report) == one("reference", Problem::TooLong, 16));
    }
    SECTION("reporter: required text") {
        report.reporter = "";
        CHECK(check(report) == one("reporter", Problem::Required));
    }
    SECTION("status must be a concern status") {
        report.status = "sent";
        CHECK(check(report) == one("status", Problem::NotAllowed));
    }
}

TEST_CASE("concern_report: status-dependent timestamps and their order", "[records][validation]") {
    auto report = validConcernReport();

    SECTION("submitted needs submitted_at") {
        report.status = "submitted";
        CHECK(check(report) == one("submitted_at", Problem::Required));
        report.submitted_at = "2026-11-23T08:00:00Z";
        CHECK(check(report) == kNone);
    }
    SECTION("acknowledged needs submitted_at and acknowledged_at") {
        report.status = "acknowledged";
        CHECK(check(report) == Findings{err("submitted_at", Problem::Required),
                                        err("acknowledged_at", Problem::Required)});
        report.submitted_at = "2026-11-23T08:00:00Z";
        CHECK(check(report) == one("acknowledged_at", Problem::Required));
        report.acknowledged_at = "2026-11-23T08:30:00Z";
        CHECK(check(report) == kNone);
    }
    SECTION("submitted_at is not before created_at") {
        report.status = "submitted";
        report.submitted_at = report.created_at;
        CHECK(check(report) == kNone);
        report.submitted_at = "2026-11-23T06:59:59Z";
        CHECK(check(report) == one("submitted_at", Problem::Inconsistent, 0, "created_at"));
    }
    SECTION("acknowledged_at is not before submitted_at") {
        report.status = "acknowledged";
        report.submitted_at = "2026-11-23T08:00:00Z";
        report.acknowledged_at = report.submitted_at;
        CHECK(check(report) == kNone);
        report.acknowledged_at = "2026-11-23T07:59:59Z";
        CHECK(check(report) == one("acknowledged_at", Problem::Inconsistent, 0, "submitted_at"));
    }
    SECTION("a draft has been neither submitted nor acknowledged") {
        report.submitted_at = "2026-11-23T08:00:00Z";
        CHECK(check(report) == one("submitted_at", Problem::Inconsistent, 0, "status"));
        report.submitted_at.reset();
        report.acknowledged_at = "2026-11-23T08:30:00Z";
        CHECK(check(report) == one("acknowledged_at", Problem::Inconsistent, 0, "status"));
    }
}

// --- audit -------------------------------------------------------------------------------------

TEST_CASE("audit: actions, record types and the id limit", "[records][validation]") {
    auto audit = validAudit();
    CHECK(check(audit) == kNone);

    SECTION("action: open, create, update, delete, export, purge") {
        for (const char* action : {"open", "create", "update", "delete", "export", "purge"}) {
            audit.action = action;
            INFO(action);
            CHECK(check(audit) == kNone);
        }
        audit.action = "read";
        CHECK(check(audit) == one("action", Problem::NotAllowed));
        audit.action = "Open";
        CHECK(check(audit) == one("action", Problem::NotAllowed));
        audit.action = "";
        CHECK(check(audit) == one("action", Problem::Required));
    }
    SECTION("record_type: the record types, config, audit and export") {
        for (const char* type : {"visit", "application", "booking_request", "slot", "contact", "bed_night",
                                 "referral", "concern_report", "config", "audit", "export"}) {
            audit.record_type = type;
            INFO(type);
            CHECK(check(audit) == kNone);
        }
        audit.record_type = "person";
        CHECK(check(audit) == one("record_type", Problem::NotAllowed));
        audit.record_type = "";
        CHECK(check(audit) == one("record_type", Problem::Required));
    }
    SECTION("record_id: required, at most 512 (the store's id limit)") {
        audit.record_id = "contact:" + repeat("0", 504);
        CHECK(check(audit) == kNone);
        audit.record_id = "contact:" + repeat("0", 505);
        CHECK(check(audit) == one("record_id", Problem::TooLong, 512));
        audit.record_id = "";
        CHECK(check(audit) == one("record_id", Problem::Required));
        // Counted in code points, whereas the store counts bytes (reported).
        audit.record_id = repeat("é", 512);
        CHECK(check(audit) == kNone);
    }
    SECTION("actor and device: required text of at most 80") {
        audit.actor = "";
        CHECK(check(audit) == one("actor", Problem::Required));
        audit.actor = repeat("a", 81);
        CHECK(check(audit) == one("actor", Problem::TooLong, 80));
        audit.actor = "staff-7";
        audit.device = "";
        CHECK(check(audit) == one("device", Problem::Required));
        audit.device = repeat("d", 80);
        CHECK(check(audit) == kNone);
        audit.device = repeat("d", 81);
        CHECK(check(audit) == one("device", Problem::TooLong, 80));
    }
}

// --- Status order ----------------------------------------------------------------------------------

TEST_CASE("statusRank and mayMoveTo: statuses only move forward", "[records][validation][status]") {
    struct Lifecycle {
        const char* type;
        std::vector<std::vector<std::string>> ranks;
    };
    const std::vector<Lifecycle> lifecycles = {
        {"visit", {{"waiting"}, {"called"}, {"served", "left", "no_show", "transferred"}}},
        {"booking_request", {{"requested"}, {"confirmed", "declined"}, {"cancelled"}}},
        {"application", {{"received"}, {"offered"}, {"started"}, {"closed", "withdrawn"}}},
        {"slot", {{"open"}, {"taken", "withdrawn"}}},
        {"bed_night", {{"given"}}},
        {"referral", {{"sent"}, {"accepted", "rejected"}}},
        {"concern_report", {{"draft"}, {"submitted"}, {"acknowledged"}}},
    };
    for (const auto& lifecycle : lifecycles) {
        INFO("type " << lifecycle.type);
        for (std::size_t a = 0; a < lifecycle.ranks.size(); ++a) {
            for (const auto& from : lifecycle.ranks[a]) {
                INFO("from " << from);
                CHECK(records::statusRank(lifecycle.type, from) == static_cast<int>(a));
                CHECK(records::mayMoveTo(lifecycle.type, from, from));  // staying is fine
                CHECK_FALSE(records::mayMoveTo(lifecycle.type, from, "unknown"));
                CHECK_FALSE(records::mayMoveTo(lifecycle.type, "unknown", from));
                for (std::size_t b = 0; b < lifecycle.ranks.size(); ++b) {
                    for (const auto& to : lifecycle.ranks[b]) {
                        if (to == from)
                            continue;
                        INFO("to " << to);
                        // Forward (ranks may be skipped) is allowed; backward
                        // and sideways between alternative endings are not.
                        CHECK(records::mayMoveTo(lifecycle.type, from, to) == (b > a));
                    }
                }
            }
        }
        CHECK(records::statusRank(lifecycle.type, "unknown") == -1);
        CHECK(records::statusRank(lifecycle.type, "") == -1);
        CHECK_FALSE(records::mayMoveTo(lifecycle.type, "unknown", "unknown"));
    }

    SECTION("examples") {
        CHECK(records::mayMoveTo("visit", "waiting", "served"));
        CHECK(records::mayMoveTo("visit", "called", "transferred"));
        CHECK_FALSE(records::mayMoveTo("visit", "served", "left"));
        CHECK_FALSE(records::mayMoveTo("visit", "called", "waiting"));
        CHECK(records::mayMoveTo("booking_request", "confirmed", "cancelled"));
        CHECK_FALSE(records::mayMoveTo("booking_request", "cancelled", "confirmed"));
        CHECK_FALSE(records::mayMoveTo("booking_request", "declined", "confirmed"));
        CHECK(records::mayMoveTo("application", "received", "withdrawn"));
        CHECK_FALSE(records::mayMoveTo("application", "closed", "started"));
        CHECK_FALSE(records::mayMoveTo("slot", "taken", "open"));
        CHECK_FALSE(records::mayMoveTo("referral", "rejected", "accepted"));
        CHECK(records::mayMoveTo("concern_report", "draft", "acknowledged"));
        CHECK_FALSE(records::mayMoveTo("concern_report", "acknowledged", "submitted"));
    }
    SECTION("statuses are case-sensitive and belong to their type") {
        CHECK(records::statusRank("visit", "Waiting") == -1);
        CHECK(records::statusRank("visit", "sent") == -1);
        CHECK(records::statusRank("referral", "waiting") == -1);
        CHECK_FALSE(records::mayMoveTo("visit", "sent", "accepted"));
        // "withdrawn" exists for applications and slots, nowhere else.
        CHECK(records::statusRank("booking_request", "withdrawn") == -1);
    }
    SECTION("types without a status") {
        for (const char* type : {"contact", "audit", "config", "unknown", ""}) {
            INFO(type);
            CHECK(records::statusRank(type, "given") == -1);
            CHECK(records::statusRank(type, "") == -1);
            CHECK_FALSE(records::mayMoveTo(type, "given", "given"));
        }
    }
}

// --- JSON ------------------------------------------------------------------------------------------

namespace {

bool hasNoNull(const nlohmann::json& body) {
    for (const auto& value : body) {
        if (value.is_null())
            return false;
    }
    return true;
}

template <typename Record>
void checkRoundTrip(const Record& record) {
    INFO(Record::kType);
    const auto body = records::toJson(record);
    CHECK(body.at("type") == Record::kType);
    CHECK(hasNoNull(body));
    const auto read = records::fromJson<Record>(body);
    REQUIRE(read.ok());
    CHECK(records::toJson(*read) == body);
    CHECK(check(*read) == check(record));
}

template <typename Record>
bool refusedAsInvalid(const nlohmann::json& body) {
    const auto read = records::fromJson<Record>(body);
    return !read.ok() && read.error().is(VaultError::InvalidDocument);
}

}  // namespace

TEST_CASE("toJson leaves absent optionals out", "[records][validation][json]") {
    SECTION("visit") {
        const auto body = records::toJson(validVisit());
        for (const char* absent : {"interpreter_language", "first_visit", "first_name", "visitor_code", "called_at",
                                   "ended_at", "called_by", "desk", "transferred_to", "transferred_from"}) {
            INFO(absent);
            CHECK_FALSE(body.contains(absent));
        }
        CHECK(body.at("type") == "visit");
        CHECK(body.at("ticket") == "A17");
        CHECK(body.at("channel") == "kiosk");
        CHECK(body.at("status") == "waiting");
        CHECK(body.at("recalls") == 0);
        CHECK(body.size() == 11);
    }
    SECTION("present optionals are kept, including false and empty") {
        auto visit = calledVisit();
        visit.first_visit = false;
        visit.first_name = "";
        const auto body = records::toJson(visit);
        CHECK(body.at("first_visit") == false);
        CHECK(body.at("first_name") == "");
        CHECK(body.at("called_at") == "2026-11-23T08:45:00Z");
        CHECK(body.at("desk") == "3");
        CHECK_FALSE(body.contains("ended_at"));
    }
    SECTION("booking_request of each kind") {
        const auto welcome = records::toJson(validWelcomeBooking());
        for (const char* absent : {"slot_id", "application_id", "phone", "sms_consent", "decided_at"})
            CHECK_FALSE(welcome.contains(absent));
        CHECK(welcome.at("requested_day") == "2026-11-25");
        const auto counselling = records::toJson(validCounsellingBooking());
        for (const char* absent : {"site", "service", "requested_day", "decided_at"})
            CHECK_FALSE(counselling.contains(absent));
        CHECK(counselling.at("sms_consent") == true);
    }
    SECTION("every type") {
        auto child = validConcernReport();
        child.child_age = 0;  // zero is a value, not an absence
        const auto report = records::toJson(child);
        CHECK(report.at("child_age") == 0);
        CHECK_FALSE(report.contains("child_name"));
        CHECK_FALSE(report.contains("submitted_at"));
        CHECK_FALSE(records::toJson(validBedNight()).contains("alias"));
        CHECK_FALSE(records::toJson(validReferral()).contains("decided_at"));
        CHECK_FALSE(records::toJson(validAnonymousContact()).contains("alias"));
        CHECK(records::toJson(validAnonymousContact()).at("needs") == nlohmann::json::array({"food"}));
        const auto application = records::toJson(validApplication());
        for (const char* absent : {"will_call_at", "interpreter_language", "preferred_provider", "first_offer_at",
                                   "withdrawn_at", "sealed"})
            CHECK_FALSE(application.contains(absent));
    }
    SECTION("nested optionals (adults[i]) are left out too") {
        auto application = validApplication();
        application.adults = {adult("Omid")};
        const auto body = records::toJson(application);
        const auto& first = body.at("adults").at(0);
        CHECK(first.at("first_name") == "Omid");
        CHECK_FALSE(first.contains("phone"));
        CHECK_FALSE(first.contains("last_name"));
        CHECK_FALSE(first.contains("email"));
        const auto read = records::fromJson<records::Application>(body);
        REQUIRE(read.ok());
        CHECK_FALSE(read->adults.at(0).phone.has_value());
    }
}

TEST_CASE("fromJson reads back what toJson wrote", "[records][validation][json]") {
    checkRoundTrip(endedVisit("transferred"));
    checkRoundTrip(validCounsellingBooking());
    checkRoundTrip(validWelcomeBooking());
    auto application = validApplication();
    application.adults.push_back(adult("Omid", std::nullopt, "omid@example.se"));
    checkRoundTrip(application);
    checkRoundTrip(*intake::sealApplication(application, gothenburg().counsellingSealing()->publicKeyPem,
                                            "application:01KAZ0000000000000000000EF"));
    checkRoundTrip(validSlot());
    checkRoundTrip(validPersonContact());
    checkRoundTrip(validBedNight());
    checkRoundTrip(validReferral());
    auto report = validConcernReport();
    report.child_age = 7;
    checkRoundTrip(report);
    checkRoundTrip(validAudit());
}

TEST_CASE("fromJson refuses a body of another type", "[records][validation][json]") {
    CHECK(refusedAsInvalid<records::Visit>(records::toJson(validApplication())));
    CHECK(refusedAsInvalid<records::Application>(records::toJson(validVisit())));
    CHECK(refusedAsInvalid<records::Slot>(records::toJson(validCounsellingBooking())));
    CHECK(refusedAsInvalid<records::Contact>(records::toJson(validBedNight())));
    CHECK(refusedAsInvalid<records::BedNight>(records::toJson(validReferral())));
    CHECK(refusedAsInvalid<records::Referral>(records::toJson(validConcernReport())));
    CHECK(refusedAsInvalid<records::ConcernReport>(records::toJson(validAudit())));
    CHECK(refusedAsInvalid<records::Audit>(records::toJson(validSlot())));
    CHECK(refusedAsInvalid<records::BookingRequest>(records::toJson(validPersonContact())));
    // No type, a differently spelt type, not an object.
    auto untyped = records::toJson(validVisit());
    untyped.erase("type");
    CHECK(refusedAsInvalid<records::Visit>(untyped));
    untyped["type"] = "Visit";
    CHECK(refusedAsInvalid<records::Visit>(untyped));
    CHECK(refusedAsInvalid<records::Visit>(nlohmann::json::array({records::toJson(validVisit())})));
    CHECK(refusedAsInvalid<records::Visit>(nlohmann::json("visit")));
    CHECK(refusedAsInvalid<records::Visit>(nlohmann::json()));
}

TEST_CASE("fromJson refuses a field of the wrong JSON type", "[records][validation][json]") {
    auto wrong = [](nlohmann::json body, const char* field, nlohmann::json value) {
        body[field] = std::move(value);
        return body;
    };
    const auto visit = records::toJson(calledVisit());
    CHECK(refusedAsInvalid<records::Visit>(wrong(visit, "recalls", "2")));
    CHECK(refusedAsInvalid<records::Visit>(wrong(visit, "ticket", 17)));
    CHECK(refusedAsInvalid<records::Visit>(wrong(visit, "first_name", 5)));        // an optional string
    CHECK(refusedAsInvalid<records::Visit>(wrong(visit, "first_visit", "yes")));   // an optional boolean
    CHECK(refusedAsInvalid<records::Visit>(wrong(visit, "called_at", nlohmann::json::object())));
    CHECK(refusedAsInvalid<records::Visit>(wrong(visit, "site", nullptr)));        // a required string
    const auto application = records::toJson(validApplication());
    CHECK(refusedAsInvalid<records::Application>(wrong(application, "adults", "Sara")));
    CHECK(refusedAsInvalid<records::Application>(wrong(application, "consent", "true")));
    CHECK(refusedAsInvalid<records::Application>(wrong(application, "consent", 1)));
    auto badAdult = application;
    badAdult["adults"][0]["phone"] = 46701234567LL;
    CHECK(refusedAsInvalid<records::Application>(badAdult));
    const auto contact = records::toJson(validPersonContact());
    CHECK(refusedAsInvalid<records::Contact>(wrong(contact, "needs", "food")));
    CHECK(refusedAsInvalid<records::Contact>(wrong(contact, "needs", nlohmann::json::array({1, 2}))));
    CHECK(refusedAsInvalid<records::Contact>(wrong(contact, "count", "1")));
    CHECK(refusedAsInvalid<records::BedNight>(wrong(records::toJson(validBedNight()), "bed", "10")));
    CHECK(refusedAsInvalid<records::ConcernReport>(wrong(records::toJson(validConcernReport()), "child_age", "7")));
    CHECK(refusedAsInvalid<records::BookingRequest>(wrong(records::toJson(validCounsellingBooking()), "sms_consent", "no")));
    CHECK(refusedAsInvalid<records::Audit>(wrong(records::toJson(validAudit()), "record_id", nlohmann::json::array())));
    CHECK(refusedAsInvalid<records::Slot>(wrong(records::toJson(validSlot()), "status", 1)));
}

TEST_CASE("fromJson: null and missing fields mean no value or the default", "[records][validation][json]") {
    auto body = records::toJson(calledVisit());
    body["first_name"] = nullptr;
    body["ended_at"] = nullptr;
    auto read = records::fromJson<records::Visit>(body);
    REQUIRE(read.ok());
    CHECK_FALSE(read->first_name.has_value());
    CHECK_FALSE(read->ended_at.has_value());

    const auto bare = records::fromJson<records::Visit>(nlohmann::json{{"type", "visit"}});
    REQUIRE(bare.ok());
    CHECK(bare->status == "waiting");
    CHECK(bare->channel == "kiosk");
    CHECK(bare->recalls == 0);
    CHECK(bare->site.empty());
    CHECK_FALSE(bare->called_at.has_value());

    const auto application = records::fromJson<records::Application>(nlohmann::json{{"type", "application"}});
    REQUIRE(application.ok());
    CHECK(application->consent == false);  // a missing consent reads as not given
    CHECK(application->contact == "phone");
    CHECK(application->status == "received");
}

TEST_CASE("fromJson: numbers are converted between JSON number kinds (documented)", "[records][validation][json]") {
    // nlohmann's integer conversion accepts any JSON number and booleans; the
    // "wrong JSON type" rule is therefore not applied to integer fields.
    auto body = records::toJson(validBedNight());
    body["bed"] = 10.9;
    auto read = records::fromJson<records::BedNight>(body);
    REQUIRE(read.ok());
    CHECK(read->bed == 10);
    body["bed"] = true;
    read = records::fromJson<records::BedNight>(body);
    REQUIRE(read.ok());
    CHECK(read->bed == 1);
}

// A body of any shape arrives by sync: a `type` of the wrong JSON type is a
// refusal, never an exception.
TEST_CASE("fromJson refuses a `type` of the wrong JSON type without throwing", "[records][validation][json]") {
    for (const auto& type : {nlohmann::json(5), nlohmann::json(nullptr), nlohmann::json::array({"visit"})}) {
        INFO(type.dump());
        nlohmann::json body = records::toJson(validVisit());
        body["type"] = type;
        bool refused = false;
        CHECK_NOTHROW(refused = refusedAsInvalid<records::Visit>(body));
        CHECK(refused);
    }
}
