#include "intake/core/welcome_queue.h"
#include "vault_fixture.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

using namespace intake;
using namespace std::chrono;
using intake::test::VaultFixture;

namespace {

const Config& gothenburg() {
    static const Config config = *Config::fromDocuments(Config::gothenburgSeed());
    return config;
}

// Stockholm in winter is UTC+1.
sys_time<milliseconds> at(int y, unsigned m, unsigned d, int hour, int minute = 0) {
    return sys_days(year_month_day(year(y), month(m), day(d))) + hours(hour - 1) + minutes(minute);
}

ManualClock clockAt(int y, unsigned m, unsigned d, int hour, int minute = 0) {
    return ManualClock(at(y, m, d, hour, minute), minutes(60));
}

// One vault per kiosk: offline kiosks share nothing.
struct KioskVaults {
    explicit KioskVaults(std::size_t count) {
        for (std::size_t k = 0; k < count; ++k) {
            fixtures.push_back(std::make_unique<VaultFixture>());
            vaults.push_back(fixtures.back()->create());
        }
    }
    std::vector<std::unique_ptr<VaultFixture>> fixtures;
    std::vector<std::unique_ptr<Vault>> vaults;
};

std::vector<std::string> ids(const std::vector<QueuedVisit>& visits) {
    std::vector<std::string> result;
    for (const auto& visit : visits)
        result.push_back(visit.id);
    return result;
}

std::vector<nlohmann::json> auditEntries(Vault& vault) {
    std::vector<nlohmann::json> entries;
    for (auto& doc : *vault.query({.type = "audit"}))
        entries.push_back(doc.body);
    return entries;
}

}  // namespace

TEST_CASE("ticket numbers of different issuers never meet", "[tickets]") {
    for (unsigned issuers : {1u, 2u, 3u, 4u, 9u}) {
        std::map<unsigned, unsigned> owner;
        for (unsigned slot = 1; slot <= issuers; ++slot) {
            for (unsigned index = 0; index < 2000; ++index) {
                const unsigned number = ticketNumber({"welcome-house", slot, issuers}, index);
                REQUIRE(number >= 1);
                REQUIRE(number <= 999);
                const auto [it, fresh] = owner.emplace(number, slot);
                REQUIRE((fresh || it->second == slot));  // a number only ever belongs to one slot
            }
        }
    }
    CHECK(ticketNumber({"s", 2, 4}, 0) == 2);
    CHECK(ticketNumber({"s", 2, 4}, 1) == 6);
    CHECK(ticketNumber({"s", 1, 1}, 998) == 999);
    CHECK(ticketNumber({"s", 1, 1}, 999) == 1);  // wraps after 999
}

TEST_CASE("three offline kiosks with skewed clocks never hand out the same ticket", "[tickets][queue]") {
    // Kiosks 1-3 and the desk (slot 4). Kiosk 2 runs 7 minutes slow; kiosk 3 is
    // 3 hours fast, so near midnight it already lives in the next day.
    const std::vector<minutes> skew{minutes(0), minutes(-7), minutes(180), minutes(2)};
    KioskVaults kiosks(skew.size());
    auto& vaults = kiosks.vaults;
    const auto* service = gothenburg().service("community_guide");
    REQUIRE(service);
    std::mt19937 random(20261123);
    // Real (true) day -> tickets handed out that day at the site.
    std::map<std::string, std::vector<std::string>> byRealDay;
    auto realTime = at(2026, 11, 23, 8);
    for (int visitor = 0; visitor < 900; ++visitor) {
        realTime += minutes(2 + random() % 5);  // runs over three days, through midnights
        const auto k = random() % skew.size();
        const ManualClock kioskClock(realTime + skew[k], minutes(60));
        TicketBook book(*vaults[k], {"welcome-house", static_cast<unsigned>(k + 1), 4});  // a fresh object: as after a restart
        auto ticket = book.issue(*service, kioskClock.today(), kioskClock.now());
        REQUIRE(ticket);
        REQUIRE(ticket->size() <= 4);
        REQUIRE(ticket->front() == 'A');
        const ManualClock trueClock(realTime, minutes(60));
        byRealDay[formatIsoDate(trueClock.today())].push_back(*ticket);
    }
    REQUIRE(byRealDay.size() >= 3);
    for (const auto& [day, tickets] : byRealDay) {
        const std::set<std::string> unique(tickets.begin(), tickets.end());
        INFO(day << ": " << tickets.size() << " tickets");
        CHECK(unique.size() == tickets.size());
    }
}

TEST_CASE("opening hours with skewed clocks: each morning starts at 1, no day repeats a ticket", "[tickets]") {
    // Open 8-16; kiosk 2 runs 40 minutes slow, kiosk 3 two hours fast.
    const std::vector<minutes> skew{minutes(0), minutes(-40), minutes(120)};
    KioskVaults kiosks(skew.size());
    auto& vaults = kiosks.vaults;
    const auto* service = gothenburg().service("community_guide");
    std::mt19937 random(7);
    for (unsigned dayOfMonth = 23; dayOfMonth <= 27; ++dayOfMonth) {
        std::vector<std::string> tickets;
        std::vector<bool> firstOfKiosk(skew.size(), true);
        for (int minute = 0; minute < 8 * 60; minute += 4) {
            const auto k = random() % skew.size();
            const ManualClock kioskClock(at(2026, 11, dayOfMonth, 8, minute) + skew[k], minutes(60));
            TicketBook book(*vaults[k], {"welcome-house", static_cast<unsigned>(k + 1), 3});
            auto ticket = book.issue(*service, kioskClock.today(), kioskClock.now());
            REQUIRE(ticket);
            if (firstOfKiosk[k]) {
                // The first ticket of the morning is the kiosk's first number.
                CHECK(*ticket == "A" + std::to_string(k + 1));
                firstOfKiosk[k] = false;
            }
            tickets.push_back(*ticket);
        }
        const std::set<std::string> unique(tickets.begin(), tickets.end());
        INFO("2026-11-" << dayOfMonth);
        CHECK(unique.size() == tickets.size());
    }
}

TEST_CASE("a device whose clock is set back keeps counting instead of repeating", "[tickets]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    const auto* service = gothenburg().service("community_guide");
    TicketBook book(*vault, {"welcome-house", 1, 3});
    std::set<std::string> issued;
    const year_month_day monday{year(2026), month(11), day(23)};
    const year_month_day friday{year(2026), month(11), day(20)};
    const auto mondayMorning = at(2026, 11, 23, 9);
    for (int i = 0; i < 5; ++i)
        issued.insert(*book.issue(*service, monday, mondayMorning + minutes(i)));
    for (int i = 0; i < 5; ++i)  // the clock jumped back three days
        issued.insert(*book.issue(*service, friday, mondayMorning - days(3) + minutes(i)));
    for (int i = 0; i < 5; ++i)
        issued.insert(*book.issue(*service, monday, mondayMorning + minutes(30 + i)));
    CHECK(issued.size() == 15);
    // The next morning, after the night's break, starts from the first number again.
    CHECK(*book.issue(*service, year_month_day{year(2026), month(11), day(24)}, at(2026, 11, 24, 8)) == "A1");
    // A slot the site does not have is refused outright.
    TicketBook rogue(*vault, {"welcome-house", 4, 3});
    CHECK(rogue.issue(*service, monday, mondayMorning).error().is(VaultError::InvalidDocument));
}

TEST_CASE("only the services running today are offered", "[queue][config]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    auto offered = [&](int y, unsigned m, unsigned d) {
        const auto clock = clockAt(y, m, d, 10);
        WelcomeQueue queue(*vault, gothenburg(), clock, {"welcome-house", 1, 4}, "kiosk-1");
        std::vector<std::string> result;
        for (const auto* service : queue.servicesToday())
            result.push_back(service->id);
        return result;
    };
    CHECK(offered(2026, 11, 23) == std::vector<std::string>{"community_guide", "health"});  // Monday
    CHECK(offered(2026, 11, 25) == std::vector<std::string>{"community_guide", "housing"});  // Wednesday
    CHECK(offered(2026, 11, 26) ==
          std::vector<std::string>{"community_guide", "study_career", "association_guide"});  // 4th Thursday
    CHECK(offered(2026, 12, 3) == std::vector<std::string>{"community_guide", "study_career", "employment_service",
                                                           "association_guide"});  // 1st Thursday: employment
    CHECK(offered(2026, 11, 21).empty());  // Saturday
    CHECK(offered(2026, 12, 24).empty());  // Christmas Eve: closed
}

TEST_CASE("check-in, call, serve, transfer: a day at the reception desk", "[queue]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    auto clock = clockAt(2026, 11, 25, 9);  // a Wednesday: community guide and housing
    WelcomeQueue kiosk(*vault, gothenburg(), clock, {"welcome-house", 1, 4}, "kiosk-1");
    WelcomeQueue desk(*vault, gothenburg(), clock, {"welcome-house", 4, 4}, "reception-1");

    auto checkIn = [&](const std::string& service, std::optional<std::string> name) {
        clock.advance(minutes(3));
        auto visit = kiosk.checkIn({service, "ar", true, std::move(name), std::nullopt, std::nullopt});
        REQUIRE(visit.ok());
        return *visit.value;
    };
    const auto amina = checkIn("community_guide", "أمينة");
    const auto anon = checkIn("community_guide", std::nullopt);
    const auto olena = checkIn("community_guide", "Олена");
    const auto housing = checkIn("housing", std::nullopt);
    CHECK(amina.visit.ticket == "A1");
    CHECK(anon.visit.ticket == "A5");
    CHECK(housing.visit.ticket == "B1");
    CHECK(amina.visit.status == "waiting");
    CHECK(amina.visit.day == "2026-11-25");

    auto walkIn = desk.registerWalkIn({"community_guide", "so", false, "Xaawo", std::nullopt, std::nullopt}, "staff-7");
    REQUIRE(walkIn.ok());
    CHECK(walkIn.value->visit.ticket == "A4");
    CHECK(walkIn.value->visit.channel == "desk");

    CHECK(ids(*desk.waiting("community_guide")) ==
          std::vector<std::string>{amina.id, anon.id, olena.id, walkIn.value->id});

    SECTION("the queue moves in arrival order and statuses only move forward") {
        clock.advance(minutes(10));
        auto called = desk.callNext("community_guide", "staff-7", "desk 2");
        REQUIRE(called);
        CHECK(called->id == amina.id);
        CHECK(called->visit.status == "called");
        CHECK(called->visit.desk == "desk 2");
        CHECK(ids(*desk.waiting("community_guide")).front() == anon.id);

        auto recalled = desk.recall(amina.id, "staff-7");
        REQUIRE(recalled);
        CHECK(recalled->visit.recalls == 1);

        clock.advance(minutes(15));
        auto served = desk.markServed(amina.id, "staff-7");
        REQUIRE(served);
        CHECK(served->visit.status == "served");
        // Nothing goes back: served again, left or no-show after service are refused.
        CHECK(desk.markServed(amina.id, "staff-7").error().is(VaultError::InvalidDocument));
        CHECK(desk.markLeft(amina.id, "staff-7").error().is(VaultError::InvalidDocument));
        CHECK(desk.recall(amina.id, "staff-7").error().is(VaultError::InvalidDocument));
        // No-show only for someone who was called; leaving can come before a call.
        CHECK(desk.markNoShow(anon.id, "staff-7").error().is(VaultError::InvalidDocument));
        REQUIRE(desk.markLeft(anon.id, "staff-7"));
        auto next = desk.callNext("community_guide", "staff-7", "desk 2");
        REQUIRE(next);
        CHECK(next->id == olena.id);
        REQUIRE(desk.markNoShow(olena.id, "staff-7"));
        CHECK(*vault->get(olena.id)->body.find("status") == "no_show");
    }
    SECTION("a transfer keeps the ticket and the place by arrival in the new queue") {
        clock.advance(minutes(5));
        auto moved = desk.transfer(anon.id, "housing", "staff-7");
        REQUIRE(moved);
        CHECK(moved->visit.service == "housing");
        CHECK(moved->visit.ticket == anon.visit.ticket);
        CHECK(moved->visit.arrived_at == anon.visit.arrived_at);
        CHECK(moved->visit.transferred_from == anon.id);
        const auto old = vault->get(anon.id);
        CHECK(old->body["status"] == "transferred");
        CHECK(old->body["transferred_to"] == moved->id);
        // It arrived before the housing visitor, so it is first in that queue.
        CHECK(ids(*desk.waiting("housing")) == std::vector<std::string>{moved->id, housing.id});
        CHECK(desk.transfer(anon.id, "community_guide", "staff-7").error().is(VaultError::InvalidDocument));
        // Study and career guidance does not run on Wednesdays.
        CHECK(desk.transfer(olena.id, "study_career", "staff-7").error().is(VaultError::InvalidDocument));
    }
    SECTION("nobody waiting is an answer, not a failure") {
        auto housingCall = desk.callNext("housing", "staff-9", "desk 1");
        REQUIRE(housingCall);
        CHECK(desk.callNext("housing", "staff-9", "desk 1").error().is(VaultError::DocumentNotFound));
    }
}

TEST_CASE("a check-in for a service that is not running today is refused without spending a ticket",
          "[queue][validation]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    const auto clock = clockAt(2026, 11, 23, 9);  // Monday: no housing guidance
    WelcomeQueue kiosk(*vault, gothenburg(), clock, {"welcome-house", 2, 4}, "kiosk-2");
    auto refused = kiosk.checkIn({"housing", "fa", true, std::nullopt, std::nullopt, std::nullopt});
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.findings.size() == 1);
    CHECK(refused.findings[0].field == "service");
    CHECK(refused.findings[0].problem == validation::Problem::NotAllowed);

    auto badName = kiosk.checkIn({"health", "fa", true, std::string("a\x01") + "b", std::nullopt, std::nullopt});
    REQUIRE_FALSE(badName.ok());
    CHECK(badName.findings[0].field == "first_name");
    auto badLanguage = kiosk.checkIn({"health", "xx", true, std::nullopt, std::nullopt, std::nullopt});
    REQUIRE_FALSE(badLanguage.ok());
    CHECK(badLanguage.findings[0].field == "language");
    CHECK(*vault->documentCount() == 0);

    // Russian is an interpreter language, not one of the kiosk's; staff at
    // the desk may record it.
    auto russianAtKiosk = kiosk.checkIn({"health", "ru", true, std::nullopt, std::nullopt, std::nullopt});
    REQUIRE_FALSE(russianAtKiosk.ok());
    CHECK(russianAtKiosk.findings[0].field == "language");
    CHECK(*vault->documentCount() == 0);

    auto accepted = kiosk.checkIn({"health", "fa", true, std::nullopt, std::nullopt, std::nullopt});
    REQUIRE(accepted.ok());
    CHECK(accepted.value->visit.ticket == "H2");  // slot 2's first number: none was spent before
    WelcomeQueue desk(*vault, gothenburg(), clock, {"welcome-house", 4, 4}, "reception-1");
    CHECK(desk.registerWalkIn({"health", "ru", true, std::nullopt, std::nullopt, std::nullopt}, "staff-1").ok());

    // On a day the site is closed, no service takes visits, whatever its weekday.
    const auto christmasEve = clockAt(2026, 12, 24, 10);  // a Thursday
    WelcomeQueue closed(*vault, gothenburg(), christmasEve, {"welcome-house", 2, 4}, "kiosk-2");
    auto refusedClosed = closed.checkIn({"community_guide", "fa", true, std::nullopt, std::nullopt, std::nullopt});
    REQUIRE_FALSE(refusedClosed.ok());
    CHECK(refusedClosed.findings[0].field == "service");
}

TEST_CASE("the wait estimate uses today's service times once there are some", "[queue]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    auto clock = clockAt(2026, 11, 23, 9);
    WelcomeQueue queue(*vault, gothenburg(), clock, {"welcome-house", 1, 4}, "kiosk-1");
    for (int i = 0; i < 7; ++i)
        REQUIRE(queue.checkIn({"community_guide", "uk", false, std::nullopt, std::nullopt, std::nullopt}).ok());
    auto first = queue.estimateWait("community_guide");
    REQUIRE(first);
    CHECK_FALSE(first->fromTodaysTimes);
    CHECK(first->ahead == 7);
    CHECK(first->minutes == 70);  // 7 × 20 min ÷ 2 desks (config default)

    // Three visits served in 6, 8 and 30 minutes: the median, 8, takes over.
    for (int servedMinutes : {6, 8, 30}) {
        auto called = queue.callNext("community_guide", "staff-1", "desk 1");
        REQUIRE(called);
        clock.advance(minutes(servedMinutes));
        REQUIRE(queue.markServed(called->id, "staff-1"));
    }
    auto later = queue.estimateWait("community_guide");
    REQUIRE(later);
    CHECK(later->fromTodaysTimes);
    CHECK(later->ahead == 4);
    CHECK(later->minutes == 16);  // 4 × 8 ÷ 2
    CHECK(queue.estimateWait("community_guide", 1u)->minutes == 4);
    CHECK(queue.estimateWait("no_such_service").error().is(VaultError::InvalidDocument));
}

TEST_CASE("a visitor can ask for a time with a service on another day", "[queue][booking]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    const auto clock = clockAt(2026, 11, 23, 11);  // Monday
    WelcomeQueue kiosk(*vault, gothenburg(), clock, {"welcome-house", 1, 4}, "kiosk-1");
    const year_month_day wednesday{year(2026), month(11), day(25)};
    const year_month_day tuesday{year(2026), month(11), day(24)};

    auto booked = kiosk.requestBooking("housing", wednesday, "ti", std::string("070-123 45 67"), true);
    REQUIRE(booked.ok());
    CHECK(booked.value->phone == "+46701234567");
    CHECK(booked.value->status == "requested");
    auto stored = *vault->query({.type = "booking_request"});
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].body["requested_day"] == "2026-11-25");

    auto noConsent = kiosk.requestBooking("housing", wednesday, "ti", std::string("0701234567"), std::nullopt);
    REQUIRE_FALSE(noConsent.ok());
    CHECK(noConsent.findings[0].field == "sms_consent");
    auto wrongDay = kiosk.requestBooking("housing", tuesday, "ti", std::nullopt, std::nullopt);
    REQUIRE_FALSE(wrongDay.ok());
    CHECK(wrongDay.findings[0].field == "requested_day");
    auto badPhone = kiosk.requestBooking("housing", wednesday, "ti", std::string("12"), true);
    REQUIRE_FALSE(badPhone.ok());
    CHECK(badPhone.findings[0].field == "phone");
    auto notBookable = kiosk.requestBooking("community_guide", tuesday, "ti", std::nullopt, std::nullopt);
    REQUIRE_FALSE(notBookable.ok());
    CHECK(vault->query({.type = "booking_request"})->size() == 1);
}

TEST_CASE("every staff action on a visit that identifies a person is audited, without its contents",
          "[queue][audit]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    auto clock = clockAt(2026, 11, 25, 9);
    WelcomeQueue kiosk(*vault, gothenburg(), clock, {"welcome-house", 1, 4}, "kiosk-1");
    WelcomeQueue desk(*vault, gothenburg(), clock, {"welcome-house", 4, 4}, "reception-1");

    // A scripted morning: two named visitors, one anonymous, one walk-in.
    const auto named = *kiosk.checkIn({"community_guide", "ar", true, "Zainab-Marker", std::nullopt, std::nullopt}).value;
    clock.advance(minutes(1));
    const auto coded = *kiosk.checkIn({"housing", "uk", false, std::nullopt, std::nullopt, "QX7P2"}).value;
    clock.advance(minutes(1));
    const auto anonymous = *kiosk.checkIn({"community_guide", "so", true, std::nullopt, std::nullopt, std::nullopt}).value;
    clock.advance(minutes(1));
    CHECK(auditEntries(*vault).empty());  // visitors at the kiosk are not staff

    const auto walkIn = *desk.registerWalkIn({"community_guide", "sv", false, "Mohammed-Marker", std::nullopt, std::nullopt},
                                             "staff-3").value;              // 1: create
    REQUIRE(desk.callNext("community_guide", "staff-3", "desk 1"));         // 2: named is called
    REQUIRE(desk.recall(named.id, "staff-3"));                              // 3
    REQUIRE(desk.markServed(named.id, "staff-3"));                          // 4
    REQUIRE(desk.callNext("community_guide", "staff-3", "desk 1"));         // anonymous: not audited
    REQUIRE(desk.markServed(anonymous.id, "staff-3"));                      // not audited
    const auto moved = desk.transfer(coded.id, "community_guide", "staff-5");  // 5, 6: update old, create new
    REQUIRE(moved);
    // The transferred visitor arrived before the walk-in, so is called first.
    const auto calledAfter = desk.callNext("community_guide", "staff-5", "desk 2");  // 7
    REQUIRE(calledAfter);
    CHECK(calledAfter->id == moved->id);
    REQUIRE(desk.markLeft(walkIn.id, "staff-5"));                           // 8: left before being called

    const auto entries = auditEntries(*vault);
    REQUIRE(entries.size() == 8);
    std::map<std::string, int> perRecord;
    for (const auto& entry : entries) {
        CHECK(entry["type"] == "audit");
        CHECK(entry["device"] == "reception-1");
        CHECK(entry["record_type"] == "visit");
        CHECK((entry["actor"] == "staff-3" || entry["actor"] == "staff-5"));
        perRecord[entry["record_id"].get<std::string>()]++;
        const auto text = entry.dump();
        CHECK(text.find("Marker") == std::string::npos);  // never the contents
        CHECK(text.find("QX7P2") == std::string::npos);
        const auto findings = records::validate(*records::fromJson<records::Audit>(entry),
                                                {gothenburg(), floor<seconds>(clock.now()), clock.today()});
        CHECK(findings.empty());
    }
    CHECK(perRecord[named.id] == 3);
    CHECK(perRecord[walkIn.id] == 2);
    CHECK(perRecord[coded.id] == 1);
    CHECK(perRecord[moved->id] == 2);
    CHECK(perRecord.count(anonymous.id) == 0);
}

TEST_CASE("record ids carry their creation time, so they sort by it", "[records][ids]") {
    const auto t1 = at(2026, 11, 23, 9, 0);
    const auto t2 = t1 + milliseconds(1);
    const auto a = records::newRecordId("visit", t1);
    const auto b = records::newRecordId("visit", t2);
    CHECK(a.rfind("visit:", 0) == 0);
    CHECK(a.size() == 6 + 26);
    CHECK(a < b);
    CHECK(records::idTime(a) == t1);
    CHECK(records::idTime(b) == t2);
    CHECK(records::newRecordId("visit", t1) != a);  // the random part differs
    CHECK_FALSE(records::idTime("visit:not-a-ulid"));
    CHECK_FALSE(records::idTime("bed_night:overnight-centrum:2026-11-23:10"));
}
