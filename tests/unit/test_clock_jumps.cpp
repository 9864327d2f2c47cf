// The device clock jumps backwards and forwards by days (a dead clock
// battery, a wrong manual setting, NTP correcting it). Every record is still
// saved, each lands on the day the device believed it was, tickets stay
// unique, no wait becomes negative or endless, a PIN lockout never lasts
// longer than the policy says, and the idle lock closes the tablet rather
// than stay open. (Sync across jumps: test_resource_faults.cpp; the skew
// against the central service's clock: SyncStatus::clockOffset.)
#include "intake/core/kiosk.h"
#include "intake/core/outreach.h"
#include "intake/core/staff_pin.h"
#include "intake/core/welcome_queue.h"
#include "temp_folder.h"
#include "vault_fixture.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace intake;
using namespace std::chrono;
using namespace std::chrono_literals;
using intake::test::TempFolder;
using intake::test::VaultFixture;

namespace {

const Config& gothenburg() {
    static const Config config = *Config::fromDocuments(Config::gothenburgSeed());
    return config;
}

// Monday 2026-11-23, 10:00 in Stockholm (UTC+1): community_guide runs.
ManualClock mondayMorning() { return ManualClock(sys_days{2026y / 11 / 23} + 9h, 60min); }

std::string isoDay(year_month_day day) { return formatIsoDate(day); }

CheckIn visitor(const char* service, const char* language) {
    CheckIn request;
    request.service = service;
    request.language = language;
    request.firstVisit = true;
    return request;
}

// A PIN ring (PIN 482915) with cheap scrypt parameters, as the PIN tests use.
std::optional<StaffPinRing> cheapRing(const std::filesystem::path& path) {
    KeysByName keys;
    keys.emplace("outreach", *VaultKey::random());
    PinRingOptions options;
    options.kdf = ScryptParameters{std::uint64_t{1} << 10, 8, 1};
    options.allowWeakKdfForTests = true;
    auto ring = StaffPinRing::create(path, "482915", keys, options);
    REQUIRE(ring);
    return std::move(*ring);
}

}  // namespace

TEST_CASE("check-ins while the clock jumps by days: all saved, each on its own day, tickets unique",
          "[clock][queue]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    auto clock = mondayMorning();
    KioskCheckIn kiosk(*vault, gothenburg(), clock, TicketIssuer{"welcome-house", 1, 2}, "kiosk-1");
    WelcomeQueue desk(*vault, gothenburg(), clock, TicketIssuer{"welcome-house", 2, 2}, "desk-1");

    // Back three weeks (also a Monday, so the same service runs), forward
    // two weeks, back to the start, and a few minutes back inside one day.
    const std::vector<milliseconds> jumps{0ms, -weeks(3), weeks(5), -weeks(2), -10min, 1min};
    std::map<std::string, std::set<std::string>> ticketsByDay;
    std::map<std::string, int> checkInsByDay;
    int saved = 0;
    for (const auto jump : jumps) {
        clock.advance(jump);
        const auto day = isoDay(clock.today());
        for (int i = 0; i < 4; ++i) {
            auto ticket = kiosk.checkIn(visitor("community_guide", "ar"));
            REQUIRE(ticket.value);
            CHECK(ticketsByDay[day].insert(ticket.value->ticket).second);  // never twice on one day
            CHECK(ticket.value->aboutMinutes < 24 * 60);
            ++checkInsByDay[day];
            ++saved;
            clock.advance(1min);
        }
        // The desk sees exactly that day's visitors, in arrival order.
        auto waiting = desk.waiting("community_guide");
        REQUIRE(waiting.ok());
        CHECK(static_cast<int>(waiting->size()) == checkInsByDay[day]);
        for (const auto& visit : *waiting)
            CHECK(visit.visit.day == day);
    }
    auto visits = vault->query({.type = "visit"});
    REQUIRE(visits.ok());
    CHECK(visits->size() == static_cast<std::size_t>(saved));
    CHECK(checkInsByDay.size() == 3);
    CHECK(vault->verify().ok());
}

TEST_CASE("a visitor served across a clock jump: the record is kept, the estimate stays sane", "[clock][queue]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    auto clock = mondayMorning();
    WelcomeQueue desk(*vault, gothenburg(), clock, TicketIssuer{"welcome-house", 1, 1}, "desk-1");
    for (int i = 0; i < 5; ++i)
        REQUIRE(desk.registerWalkIn(visitor("community_guide", "sv"), "staff-1").value);
    // Called, then the clock goes back an hour before each one is served:
    // the service time would be negative.
    for (int i = 0; i < 3; ++i) {
        auto called = desk.callNext("community_guide", "staff-1", "desk 1");
        REQUIRE(called.ok());
        clock.advance(-1h);
        auto served = desk.markServed(called->id, "staff-1");
        if (!served)
            FAIL(served.error().name() << " " << served.error().detail());
        CHECK(served->visit.status == "served");
    }
    auto estimate = desk.estimateWait("community_guide");
    REQUIRE(estimate.ok());
    CHECK(estimate->ahead == 2);
    CHECK_FALSE(estimate->fromTodaysTimes);  // negative times are not learnt from
    CHECK(estimate->minutes > 0);
    CHECK(estimate->minutes < 24 * 60);
}

TEST_CASE("a PIN lockout never lasts longer than the policy when the clock jumps back by days", "[clock][pin]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    auto clock = mondayMorning();
    auto ring = cheapRing(path);
    for (int i = 0; i < 4; ++i) {
        clock.advance(ring->retryAfter(clock));
        REQUIRE(ring->unlock("000000", clock).error().is(PinError::WrongPin));
    }
    const auto delay = ring->retryAfter(clock);
    REQUIRE(delay > 0s);
    REQUIRE(delay <= ring->policy().delayAfter(4));

    clock.advance(-days(3));
    // Still a wait, but only the policy's own, counted from the new time.
    CHECK(ring->retryAfter(clock) <= delay);
    CHECK(ring->unlock("482915", clock).error().is(PinError::LockedOut));
    CHECK(ring->retryAfter(clock) <= delay);
    clock.advance(delay);
    CHECK(ring->retryAfter(clock) == 0ms);
    auto reopened = StaffPinRing::open(path);  // what was saved agrees
    REQUIRE(reopened);
    CHECK(reopened->retryAfter(clock) == 0ms);
    CHECK(reopened->failures() == 4);  // the jump forgave nothing
    REQUIRE(reopened->unlock("482915", clock));

    // Forward by days: the wait is over, but the count of wrong PINs is not
    // reset by time, so guessing still ends in the erase.
    for (int i = 0; reopened->attemptsLeft() > 0 && i < 20; ++i) {
        clock.advance(days(2));
        (void)reopened->unlock("000000", clock);
    }
    CHECK(reopened->unlock("482915", clock).error().is(PinError::Erased));
}

TEST_CASE("the idle lock closes the tablet when the clock jumps either way, not on a small correction",
          "[clock][pin][lock]") {
    TempFolder folder;
    auto clock = mondayMorning();
    auto ring = cheapRing(folder / "keyring.json");
    InactivityLock lock(clock);
    REQUIRE(lock.unlock(*ring, "482915"));

    SECTION("back a few seconds (an NTP step): still open") {
        clock.advance(-3s);
        CHECK_FALSE(lock.locked());
        lock.touch();
        CHECK_FALSE(lock.locked());
        clock.advance(3s + 5min);
        CHECK(lock.locked());
    }
    SECTION("back two days: locked at once, and activity does not reopen it") {
        clock.advance(-days(2));
        CHECK(lock.locked());
        lock.touch();
        CHECK(lock.locked());
        CHECK(lock.remaining() == 0ms);
    }
    SECTION("forward two days: locked") {
        clock.advance(days(2));
        CHECK(lock.locked());
    }
    // Either way the PIN opens it again.
    REQUIRE(lock.unlock(*ring, "482915"));
    CHECK_FALSE(lock.locked());
}

TEST_CASE("a report written while the clock ran days fast can still be finished once it is corrected",
          "[clock][outreach]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    auto clock = mondayMorning();
    OutreachLog log(*vault, gothenburg(), clock, "tablet-7", "night-team-nordost");
    clock.advance(days(3));  // the tablet's clock runs three days fast
    records::ConcernReport report;
    report.concern = "written for the test";
    report.child_age = 9;
    auto draft = log.draftConcern(report, "worker-1");
    REQUIRE(draft.ok());
    clock.advance(-days(3));  // NTP puts it right
    // Its created_at now lies days in the future, beyond what a new record
    // may carry: the draft is still edited and submitted, and the times it
    // gets never come before the ones it has.
    auto edited = log.editConcern(draft.value->id, "written for the test, edited", 10, "worker-1");
    if (!edited.ok())
        FAIL("edit refused: " << (edited.error ? edited.error->name() : std::string(validation::problemName(edited.findings.front().problem))));
    auto submitted = log.submitConcern(draft.value->id, "worker-1");
    REQUIRE(submitted.ok());
    CHECK(*submitted.value->record.submitted_at >= submitted.value->record.created_at);
    // A new record under the corrected clock is judged by it as usual.
    records::ConcernReport future = report;
    future.created_at = submitted.value->record.created_at;
    CHECK_FALSE(records::validate(future, records::ValidationContext{gothenburg(), floor<seconds>(clock.now()), clock.today()}).empty());
    CHECK(vault->verify().ok());
}
