// The kiosk role: nothing it can call returns another visitor's record.
#include "intake/core/kiosk.h"
#include "vault_fixture.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace intake;
using namespace std::chrono;
using intake::test::VaultFixture;

namespace {

const Config& gothenburg() {
    static const Config config = *Config::fromDocuments(Config::gothenburgSeed());
    return config;
}

// Everything a kiosk call handed back, as text, to search for other visitors' data.
std::string shown(const Checked<KioskTicket>& outcome) {
    std::ostringstream out;
    if (outcome.value)
        out << outcome.value->ticket << " " << outcome.value->service << " " << outcome.value->ahead << " "
            << outcome.value->aboutMinutes;
    for (const auto& finding : outcome.findings)
        out << " " << finding.field << " " << validation::problemName(finding.problem) << " " << finding.related;
    if (outcome.error)
        out << " " << outcome.error->name() << " " << outcome.error->message() << " " << outcome.error->detail();
    return out.str();
}

// The reception side's calls must not exist on the kiosk role.
template <typename T>
concept ListsVisits = requires(const T& t) { t.waiting(std::string()); };
template <typename T>
concept CallsVisitors = requires(T& t) { t.callNext(std::string(), std::string(), std::string()); };
template <typename T>
concept LoadsRecords = requires(T& t) { t.load(std::string()); };
template <typename T>
concept OpensRecords = requires(T& t) { t.open(std::string(), std::string()); };

}  // namespace

static_assert(!ListsVisits<KioskCheckIn>, "the kiosk role must not list the queue");
static_assert(!CallsVisitors<KioskCheckIn>, "the kiosk role must not call visitors");
static_assert(!LoadsRecords<KioskCheckIn>, "the kiosk role must not load records");
static_assert(!OpensRecords<KioskCheckIn>, "the kiosk role must not open records");
// ...and they do exist on the reception role, so the checks above can fail.
static_assert(ListsVisits<WelcomeQueue>);
static_assert(CallsVisitors<WelcomeQueue>);

TEST_CASE("the next visitor at a kiosk sees nothing of the one before", "[kiosk][privacy]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    ManualClock clock(sys_days(2026y / November / 25) + 9h, minutes(60));  // a Wednesday, 10:00 in Gothenburg
    KioskCheckIn kiosk(*vault, gothenburg(), clock, TicketIssuer{"welcome-house", 1, 2}, "kiosk-1");
    const auto services = kiosk.servicesToday();
    REQUIRE_FALSE(services.empty());
    const auto service = services.front().id;

    const auto first = kiosk.checkIn({service, "ar", true, std::string("Aminaprivat"), std::string("ar"),
                                      std::string("VCPRIVATE111")});
    INFO(shown(first));
    REQUIRE(first.ok());
    clock.advance(minutes(2));
    const auto second = kiosk.checkIn({service, "uk", std::nullopt, std::string("Olena"), std::nullopt, std::nullopt});
    REQUIRE(second.ok());

    const auto seen = shown(second);
    CHECK(seen.find("Aminaprivat") == std::string::npos);
    CHECK(seen.find("VCPRIVATE111") == std::string::npos);
    CHECK(seen.find(first.value->ticket) == std::string::npos);
    // Counts only: the second visitor learns that one person waits before them.
    CHECK(second.value->ahead == 1);
    CHECK(second.value->ticket != first.value->ticket);

    SECTION("a refused check-in names fields, never the values typed") {
        const std::string typed = "Zz\x01hidden-value";
        const auto refused = kiosk.checkIn({service, "xx-not-a-language", std::nullopt, typed, std::nullopt, std::nullopt});
        REQUIRE_FALSE(refused.ok());
        REQUIRE_FALSE(refused.findings.empty());
        const auto text = shown(refused);
        CHECK(text.find("hidden-value") == std::string::npos);
        CHECK(text.find("xx-not-a-language") == std::string::npos);
        CHECK(text.find("Aminaprivat") == std::string::npos);
    }

    SECTION("a booking request answers only yes or the fields to fix") {
        const auto booked = kiosk.requestBooking("housing", 2026y / December / 2, "ar", std::string("+46701234567"), true);
        INFO("findings " << booked.findings.size() << (booked.findings.empty() ? "" : " " + booked.findings[0].field));
        REQUIRE(booked.ok());
        CHECK(*booked.value);
    }
}
