// `config` documents as devices receive them by sync: a JSON array of bodies
// into Config::fromDocuments, then what the app asks of a config (services
// running on a day, the next days of a service, names, languages, shelters,
// option lists), and records validated against it.

#include "fuzz_support.h"
#include "replication_messages.h"

#include <algorithm>

using namespace intake;
using nlohmann::json;
using namespace std::chrono;

namespace {

// One of each record type, valid against the seed config, to validate
// against whatever config the input makes.
const std::vector<json>& sampleRecords() {
    static const std::vector<json> records = {
        {{"type", "visit"}, {"site", "welcome-house"}, {"day", "2026-11-23"}, {"service", "community_guide"},
         {"ticket", "A17"}, {"language", "ar"}, {"channel", "kiosk"}, {"issued_by", "kiosk-1"},
         {"status", "waiting"}, {"arrived_at", "2026-11-23T08:15:00Z"}},
        {{"type", "booking_request"}, {"kind", "welcome_house"}, {"site", "welcome-house"}, {"service", "housing"},
         {"requested_day", "2026-11-25"}, {"language", "uk"}, {"requested_at", "2026-11-23T08:20:00Z"},
         {"status", "requested"}},
        {{"type", "application"}, {"received_at", "2026-11-23T08:00:00Z"},
         {"adults", json::array({{{"first_name", "Sara"}, {"phone", "+46701234567"}}})}, {"contact", "phone"},
         {"language", "fa"}, {"interpreter_needed", true}, {"interpreter_language", "prs"},
         {"preferred_provider", "st-lukas"}, {"consent", true}, {"reference", "K7QH3MZP"}, {"status", "received"}},
        {{"type", "slot"}, {"provider", "st-lukas"}, {"kind", "single_session"}, {"starts_at", "2026-12-01T09:00:00Z"},
         {"ends_at", "2026-12-01T10:00:00Z"}, {"status", "open"}},
        {{"type", "contact"}, {"at", "2026-11-23T07:00:00Z"}, {"team", "field-team"}, {"area", "centrum"},
         {"anonymous", true}, {"count", 3}, {"gender", "not_stated"}, {"age_band", "unknown"},
         {"needs", json::array({"food"})}, {"recorded_by", "worker-1"}},
        {{"type", "bed_night"}, {"shelter", "overnight-centrum"}, {"night", "2026-11-22"}, {"bed", 10},
         {"kind", "unassessed"}, {"filled_by", "field"}, {"person_code", "PX4K9"}, {"gender", "man"},
         {"given_at", "2026-11-22T21:00:00Z"}, {"given_by", "worker-1"}, {"status", "given"}},
        {{"type", "referral"}, {"at", "2026-11-23T07:30:00Z"}, {"person_code", "PX4K9"}, {"unit", "social_services_intake"},
         {"reason", "Housing"}, {"consent", true}, {"referred_by", "worker-1"}, {"status", "sent"}},
        {{"type", "concern_report"}, {"created_at", "2026-11-23T07:45:00Z"}, {"reporter", "worker-1"},
         {"child_age", 9}, {"concern", "Alone at night"}, {"area", "centrum"}, {"reference", "CR4K9QX2"},
         {"status", "draft"}},
        {{"type", "audit"}, {"at", "2026-11-23T07:45:00Z"}, {"actor", "worker-1"}, {"device", "tablet-1"},
         {"action", "create"}, {"record_id", "referral:01KAQ3J8X4TTB6M0W0ZG3V2Q5N"}, {"record_type", "referral"}},
    };
    return records;
}

// The same documents give the same config.
void checkSame(const Config& a, const Config& b) {
    INTAKE_FUZZ_CHECK(a.siteIds() == b.siteIds());
    INTAKE_FUZZ_CHECK(a.serviceIds("") == b.serviceIds(""));
    INTAKE_FUZZ_CHECK(a.languageCodes() == b.languageCodes());
    INTAKE_FUZZ_CHECK(a.shelterIds() == b.shelterIds());
    INTAKE_FUZZ_CHECK(a.providerIds() == b.providerIds());
    INTAKE_FUZZ_CHECK(a.counsellingSealing().has_value() == b.counsellingSealing().has_value());
}

void checkSchedules(const Config& config) {
    const year_month_day from = fuzz::fixedClock().today();
    for (const auto& site : config.sites()) {
        INTAKE_FUZZ_CHECK(!site.id.empty());
        INTAKE_FUZZ_CHECK(site.ticketIssuers >= 1 && site.ticketIssuers <= 9);
        INTAKE_FUZZ_CHECK(config.site(site.id) != nullptr);
        (void)site.name.in("ar");
        for (int offset = -1; offset < 15; ++offset) {
            const year_month_day day{sys_days(from) + days(offset)};
            const bool closed = std::find(site.closedDates.begin(), site.closedDates.end(), day) != site.closedDates.end();
            for (const auto* service : config.servicesRunning(site.id, day)) {
                INTAKE_FUZZ_CHECK(service != nullptr && service->site == site.id);
                INTAKE_FUZZ_CHECK(service->schedule.runsOn(day) && !closed);
            }
        }
    }
    for (const auto& service : config.services()) {
        INTAKE_FUZZ_CHECK(config.site(service.site) != nullptr);  // fromDocuments checks the reference
        INTAKE_FUZZ_CHECK(service.letter >= 'A' && service.letter <= 'Z');
        (void)service.name.in("sv");
        const auto next = config.nextDays(service, from, 6);
        INTAKE_FUZZ_CHECK(next.size() <= 6);
        year_month_day previous = from;
        for (const auto& day : next) {
            INTAKE_FUZZ_CHECK(day > previous);
            INTAKE_FUZZ_CHECK(sys_days(day) - sys_days(from) <= days(120));
            INTAKE_FUZZ_CHECK(service.schedule.runsOn(day));
            previous = day;
        }
    }
}

void checkLists(const Config& config) {
    for (const auto& language : config.languages()) {
        INTAKE_FUZZ_CHECK(!language.code.empty() && !language.nativeName.empty());
        INTAKE_FUZZ_CHECK(config.language(language.code) != nullptr);
    }
    for (const auto& shelter : config.shelters()) {
        INTAKE_FUZZ_CHECK(config.shelter(shelter.id) != nullptr);
        (void)shelter.name.in("en");
        for (const auto& bed : shelter.beds) {
            const auto* found = shelter.bed(bed.number);
            INTAKE_FUZZ_CHECK(found != nullptr && found->number == bed.number);
            INTAKE_FUZZ_CHECK(bed.filledBy == "duty" || bed.filledBy == "field");
            INTAKE_FUZZ_CHECK(bed.kind == "assessed" || bed.kind == "unassessed");
        }
    }
    for (const auto& provider : config.providers())
        INTAKE_FUZZ_CHECK(config.provider(provider.id) != nullptr);
    for (const char* list : {"gender", "age_band", "need", "action", "area", "referral_unit", "duty_event"})
        (void)config.options(list);
    if (const auto& sealing = config.counsellingSealing())
        INTAKE_FUZZ_CHECK(sealing->keyId.size() == 32);
}

// What was read is what the documents say: each service's weekdays and
// monthly rule (services keep document order).
void checkAsWritten(const Config& config, const std::vector<json>& documents) {
    std::size_t index = 0;
    for (const auto& doc : documents) {
        if (doc.value("kind", json()) != "services")
            continue;
        for (const auto& written : doc["services"]) {
            INTAKE_FUZZ_CHECK(index < config.services().size());
            const auto& schedule = config.services()[index++].schedule;
            const auto& rule = written["schedule"];
            if (const auto weekdays = rule.find("weekdays"); weekdays != rule.end()) {
                INTAKE_FUZZ_CHECK(weekdays->size() == schedule.weekdays.size());
                for (std::size_t i = 0; i < schedule.weekdays.size(); ++i)
                    INTAKE_FUZZ_CHECK((*weekdays)[i].get<std::int64_t>() == static_cast<std::int64_t>(schedule.weekdays[i]));
            }
            if (schedule.monthly)
                INTAKE_FUZZ_CHECK(rule["monthly"]["nth"].get<std::int64_t>() == schedule.monthly->nth);
        }
    }
    INTAKE_FUZZ_CHECK(index == config.services().size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parsed = sync::messages::parseJson(fuzz::asText(data, size));
    if (!parsed || !parsed->is_array())
        return 0;
    const std::vector<json> documents(parsed->begin(), parsed->end());
    auto config = Config::fromDocuments(documents);
    auto again = Config::fromDocuments(documents);
    INTAKE_FUZZ_CHECK(config.ok() == again.ok());
    if (!config) {
        INTAKE_FUZZ_CHECK(config.error().is(VaultError::InvalidDocument));
        INTAKE_FUZZ_CHECK(config.error().detail() == again.error().detail());
        return 0;
    }
    checkSame(*config, *again);
    checkAsWritten(*config, documents);
    checkSchedules(*config);
    checkLists(*config);
    const auto context = fuzz::validationContext(*config);
    for (const auto& record : sampleRecords())
        fuzz::checkAsEveryRecordType(record, context);
    return 0;
}
