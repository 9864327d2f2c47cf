#include "intake/core/records.h"

#include "intake/core/sealed_envelope.h"

#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>
#include <vector>

namespace intake::records {

namespace {

using namespace std::chrono;
using validation::FieldError;
using validation::Findings;
using validation::Problem;

// How far from the device's clock a timestamp may plausibly be: records made
// offline for long stretches, and clocks a little fast.
// Three years back: a couple may wait most of a year and a report of concern
// stays until acknowledged, and both must stay editable; 1926 is still a typo.
constexpr auto kOldest = days(3 * 366);
constexpr auto kNewest = days(1);

void add(Findings& into, Findings more) {
    into.insert(into.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

void problem(Findings& into, std::string field, Problem what, std::int64_t limit = 0, std::string related = {}) {
    into.push_back(FieldError{std::move(field), what, limit, std::move(related)});
}

std::optional<sys_seconds> timestamp(Findings& findings, const char* field, const std::string& value, bool required,
                                     const ValidationContext& context) {
    std::optional<sys_seconds> parsed;
    add(findings, validation::checkDateTime(field, value, required, context.now - kOldest, context.now + kNewest,
                                            &parsed));
    return parsed;
}

std::optional<sys_seconds> timestamp(Findings& findings, const char* field, const std::optional<std::string>& value,
                                     const ValidationContext& context) {
    return value ? timestamp(findings, field, *value, true, context) : std::nullopt;
}

std::optional<year_month_day> date(Findings& findings, const char* field, const std::string& value,
                                   year_month_day earliest, year_month_day latest) {
    std::optional<year_month_day> parsed;
    add(findings, validation::checkDate(field, value, true, earliest, latest, &parsed));
    return parsed;
}

year_month_day shift(year_month_day day, days by) {
    return year_month_day{sys_days(day) + by};
}

void choice(Findings& findings, const std::string& field, const std::string& value,
            const std::vector<std::string>& allowed) {
    add(findings, validation::checkChoice(field, value, allowed, true));
}

void optionalChoice(Findings& findings, const std::string& field, const std::optional<std::string>& value,
                    const std::vector<std::string>& allowed) {
    if (value)
        choice(findings, field, *value, allowed);
}

void required(Findings& findings, const char* field, const std::string& value, std::size_t max = 80) {
    add(findings, validation::checkText(field, value, true, max));
}

// Pseudonymous codes and references: 4..16 of A-Z and 0-9.
void code(Findings& findings, const char* field, const std::string& value, bool isRequired) {
    if (value.empty()) {
        if (isRequired)
            problem(findings, field, Problem::Required);
        return;
    }
    if (value.size() < 4)
        problem(findings, field, Problem::TooShort, 4);
    else if (value.size() > 16)
        problem(findings, field, Problem::TooLong, 16);
    else if (!std::all_of(value.begin(), value.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }))
        problem(findings, field, Problem::InvalidText);
}

void status(Findings& findings, std::string_view type, const std::string& value) {
    if (statusRank(type, value) < 0)
        problem(findings, "status", Problem::NotAllowed);
}

void notBefore(Findings& findings, const char* field, std::optional<sys_seconds> later, const char* earlierField,
               std::optional<sys_seconds> earlier) {
    if (later && earlier && *later < *earlier)
        problem(findings, field, Problem::Inconsistent, 0, earlierField);
}

std::vector<std::string> kioskLanguages(const Config& config) {
    std::vector<std::string> codes;
    for (const auto& language : config.languages()) {
        if (language.kiosk)
            codes.push_back(language.code);
    }
    return codes;
}

const std::map<std::string, std::vector<std::vector<std::string>>, std::less<>>& statusOrders() {
    // Each inner list is one rank; later lists rank higher.
    static const std::map<std::string, std::vector<std::vector<std::string>>, std::less<>> orders = {
        {"visit", {{"waiting"}, {"called"}, {"served", "left", "no_show", "transferred"}}},
        {"booking_request", {{"requested"}, {"confirmed", "declined"}, {"cancelled"}}},
        {"application", {{"received"}, {"offered"}, {"started"}, {"closed", "withdrawn"}}},
        {"slot", {{"open"}, {"taken", "withdrawn"}}},
        {"bed_night", {{"given"}}},  // a cancelled place is deleted, so the bed can be given again
        {"referral", {{"sent"}, {"accepted", "rejected"}}},
        {"concern_report", {{"draft"}, {"submitted"}, {"acknowledged"}}},
    };
    return orders;
}

}  // namespace

int statusRank(std::string_view type, std::string_view value) {
    const auto& orders = statusOrders();
    const auto it = orders.find(type);
    if (it == orders.end())
        return -1;
    for (std::size_t rank = 0; rank < it->second.size(); ++rank) {
        const auto& names = it->second[rank];
        if (std::find(names.begin(), names.end(), value) != names.end())
            return static_cast<int>(rank);
    }
    return -1;
}

bool mayMoveTo(std::string_view type, std::string_view from, std::string_view to) {
    const int a = statusRank(type, from);
    const int b = statusRank(type, to);
    return a >= 0 && b >= 0 && (from == to || b > a);
}

Findings validate(const Visit& visit, const ValidationContext& context) {
    Findings findings;
    const auto& config = context.config;
    choice(findings, "site", visit.site, config.siteIds());
    const auto day = date(findings, "day", visit.day, shift(context.today, -kOldest), shift(context.today, kNewest));
    choice(findings, "service", visit.service, config.serviceIds(visit.site));
    const auto* service = config.service(visit.service);
    if (service && day && service->site == visit.site) {
        const auto running = config.servicesRunning(visit.site, *day);  // the service's days, the site's closures
        if (std::find(running.begin(), running.end(), service) == running.end())
            problem(findings, "service", Problem::NotAllowed, 0, "day");
    }
    // A ticket is the service letter and 1..3 digits; a transferred visit
    // keeps the ticket the visitor already holds.
    const bool ticketShape = visit.ticket.size() >= 2 && visit.ticket.size() <= 4 &&
                             visit.ticket[0] >= 'A' && visit.ticket[0] <= 'Z' &&
                             std::all_of(visit.ticket.begin() + 1, visit.ticket.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                             visit.ticket[1] != '0';
    if (visit.ticket.empty())
        problem(findings, "ticket", Problem::Required);
    else if (!ticketShape)
        problem(findings, "ticket", Problem::InvalidText);
    else if (service && !visit.transferred_from && visit.ticket[0] != service->letter)
        problem(findings, "ticket", Problem::Inconsistent, 0, "service");
    // At a kiosk the visitor picks one of its languages; at the desk staff
    // may record any language the city knows.
    choice(findings, "language", visit.language,
           visit.channel == "kiosk" ? kioskLanguages(config) : config.languageCodes());
    optionalChoice(findings, "interpreter_language", visit.interpreter_language, config.languageCodes());
    if (visit.first_name)
        add(findings, validation::checkName("first_name", *visit.first_name, false, 40));
    if (visit.visitor_code)
        code(findings, "visitor_code", *visit.visitor_code, false);
    choice(findings, "channel", visit.channel, {"kiosk", "desk"});
    required(findings, "issued_by", visit.issued_by);
    status(findings, Visit::kType, visit.status);
    const auto arrived = timestamp(findings, "arrived_at", visit.arrived_at, true, context);
    const auto called = timestamp(findings, "called_at", visit.called_at, context);
    const auto ended = timestamp(findings, "ended_at", visit.ended_at, context);
    notBefore(findings, "called_at", called, "arrived_at", arrived);
    notBefore(findings, "ended_at", ended, "arrived_at", arrived);
    notBefore(findings, "ended_at", ended, "called_at", called);
    const int rank = statusRank(Visit::kType, visit.status);
    if (visit.status == "called" && !visit.called_at)
        problem(findings, "called_at", Problem::Required);
    if (rank == 2 && !visit.ended_at)
        problem(findings, "ended_at", Problem::Required);
    if ((visit.status == "served" || visit.status == "no_show") && !visit.called_at)
        problem(findings, "called_at", Problem::Required);
    if (visit.status == "transferred" && !visit.transferred_to)
        problem(findings, "transferred_to", Problem::Required);
    // ...and nothing a later status sets may appear before it.
    if (visit.status == "waiting" && visit.called_at)
        problem(findings, "called_at", Problem::Inconsistent, 0, "status");
    if (rank >= 0 && rank < 2 && visit.ended_at)
        problem(findings, "ended_at", Problem::Inconsistent, 0, "status");
    if (visit.status != "transferred" && visit.transferred_to)
        problem(findings, "transferred_to", Problem::Inconsistent, 0, "status");
    add(findings, validation::checkRange("recalls", visit.recalls, 0, 99));
    return findings;
}

Findings validate(const BookingRequest& booking, const ValidationContext& context) {
    Findings findings;
    const auto& config = context.config;
    choice(findings, "kind", booking.kind, {"welcome_house", "counselling"});
    if (booking.kind == "welcome_house") {
        if (!booking.site)
            problem(findings, "site", Problem::Required);
        if (!booking.service)
            problem(findings, "service", Problem::Required);
        if (!booking.requested_day)
            problem(findings, "requested_day", Problem::Required);
        if (booking.site)
            choice(findings, "site", *booking.site, config.siteIds());
        if (booking.site && booking.service && config.site(*booking.site)) {
            choice(findings, "service", *booking.service, config.serviceIds(*booking.site));
            const auto* service = config.service(*booking.service);
            if (service && !service->bookable)
                problem(findings, "service", Problem::NotAllowed);
            if (booking.requested_day) {
                // A later day, within four months, on which the service runs.
                const auto day = date(findings, "requested_day", *booking.requested_day, shift(context.today, days(1)),
                                      shift(context.today, days(120)));
                const auto runs = service ? config.nextDays(*service, context.today, 1000, 120)
                                          : std::vector<year_month_day>{};
                if (day && service && std::find(runs.begin(), runs.end(), *day) == runs.end())
                    problem(findings, "requested_day", Problem::NotAllowed, 0, "service");
            }
        }
    } else if (booking.kind == "counselling") {
        if (!booking.slot_id || booking.slot_id->rfind("slot:", 0) != 0)
            problem(findings, "slot_id", Problem::Required);
    }
    optionalChoice(findings, "language", booking.language, config.languageCodes());
    if (booking.phone) {
        add(findings, validation::checkPhone("phone", *booking.phone, true, nullptr));
        // A reminder by SMS needs an explicit answer when a number is given.
        if (!booking.sms_consent)
            problem(findings, "sms_consent", Problem::Required);
    } else if (booking.sms_consent.value_or(false)) {
        problem(findings, "sms_consent", Problem::Inconsistent, 0, "phone");
    }
    timestamp(findings, "requested_at", booking.requested_at, true, context);
    timestamp(findings, "decided_at", booking.decided_at, context);
    status(findings, BookingRequest::kType, booking.status);
    const bool decided = booking.status == "confirmed" || booking.status == "declined";
    if (decided && !booking.decided_at)
        problem(findings, "decided_at", Problem::Required);
    if (booking.status == "requested" && booking.decided_at)
        problem(findings, "decided_at", Problem::Inconsistent, 0, "status");
    return findings;
}

namespace {

// The stored (sealed) form: what identifies or describes the people is in the
// envelope, which only the counselling unit can open, so its rules were
// checked before sealing (FamilyCounselling::submit) and again centrally after
// opening. Here: the envelope's form, and nothing sealed left in clear.
void validateSealed(Findings& findings, const Application& application) {
    if (!sealed::checkShape(*application.sealed))
        problem(findings, "sealed", Problem::InvalidText);
    if (!application.adults.empty())
        problem(findings, "adults", Problem::Inconsistent, 0, "sealed");
    if (application.will_call_at)
        problem(findings, "will_call_at", Problem::Inconsistent, 0, "sealed");
}

// The form as filled in (or as opened centrally): the people and how to reach them.
void validatePeople(Findings& findings, const Application& application, const ValidationContext& context) {
    if (application.adults.size() > 2)
        problem(findings, "adults", Problem::TooLong, 2);
    bool anyPhone = false;
    bool anyEmail = false;
    for (std::size_t i = 0; i < application.adults.size(); ++i) {
        const auto& adult = application.adults[i];
        const auto prefix = "adults[" + std::to_string(i) + "].";
        add(findings, validation::checkName(prefix + "first_name", adult.first_name, true, 40));
        if (adult.last_name)
            add(findings, validation::checkName(prefix + "last_name", *adult.last_name, false, 60));
        if (adult.phone) {
            add(findings, validation::checkPhone(prefix + "phone", *adult.phone, true, nullptr));
            anyPhone = true;
        }
        if (adult.email) {
            const auto& email = *adult.email;
            const auto at = email.find('@');
            if (email.size() > 254 || at == std::string::npos || at == 0 || email.find('.', at) == std::string::npos ||
                email.find_first_of(" \t\r\n") != std::string::npos || email.back() == '.')
                problem(findings, prefix + "email", Problem::InvalidText);
            anyEmail = true;
        }
    }
    choice(findings, "contact", application.contact, {"phone", "email", "will_call"});
    if (application.contact == "phone" && !anyPhone)
        problem(findings, "adults[0].phone", Problem::Required);
    if (application.contact == "email" && !anyEmail)
        problem(findings, "adults[0].email", Problem::Required);
    if (application.contact != "will_call" && application.adults.empty())
        problem(findings, "adults", Problem::Required);
    if (application.contact == "will_call") {
        if (!application.will_call_at)
            problem(findings, "will_call_at", Problem::Required);
        else
            add(findings, validation::checkDateTime("will_call_at", *application.will_call_at, true,
                                                    context.now - days(1), context.now + days(60), nullptr));
    }
}

}  // namespace

Findings validate(const Application& application, const ValidationContext& context) {
    Findings findings;
    const auto& config = context.config;
    timestamp(findings, "received_at", application.received_at, true, context);
    if (application.sealed) {
        validateSealed(findings, application);
        choice(findings, "contact", application.contact, {"phone", "email", "will_call"});
    } else {
        validatePeople(findings, application, context);
    }
    if (application.priority != (application.small_children || application.acute_crisis))
        problem(findings, "priority", Problem::Inconsistent, 0, "small_children");
    choice(findings, "language", application.language, config.languageCodes());
    if (application.interpreter_needed && !application.interpreter_language)
        problem(findings, "interpreter_language", Problem::Required);
    if (!application.interpreter_needed && application.interpreter_language)
        problem(findings, "interpreter_language", Problem::Inconsistent, 0, "interpreter_needed");
    optionalChoice(findings, "interpreter_language", application.interpreter_language, config.languageCodes());
    optionalChoice(findings, "preferred_provider", application.preferred_provider, config.providerIds());
    if (!application.consent)
        problem(findings, "consent", Problem::Required);
    code(findings, "reference", application.reference, true);
    status(findings, Application::kType, application.status);
    timestamp(findings, "first_offer_at", application.first_offer_at, context);
    timestamp(findings, "withdrawn_at", application.withdrawn_at, context);
    if (application.status == "withdrawn" && !application.withdrawn_at)
        problem(findings, "withdrawn_at", Problem::Required);
    if (application.withdrawn_at && application.status != "withdrawn")
        problem(findings, "withdrawn_at", Problem::Inconsistent, 0, "status");
    return findings;
}

Findings validate(const Slot& slot, const ValidationContext& context) {
    Findings findings;
    choice(findings, "provider", slot.provider, context.config.providerIds());
    choice(findings, "kind", slot.kind, {"single_session", "cancellation"});
    std::optional<sys_seconds> starts, ends;
    add(findings, validation::checkDateTime("starts_at", slot.starts_at, true, context.now - kOldest,
                                            context.now + days(400), &starts));
    add(findings, validation::checkDateTime("ends_at", slot.ends_at, true, context.now - kOldest,
                                            context.now + days(400), &ends));
    if (starts && ends && *ends <= *starts)
        problem(findings, "ends_at", Problem::Inconsistent, 0, "starts_at");
    status(findings, Slot::kType, slot.status);
    return findings;
}

Findings validate(const Contact& contact, const ValidationContext& context) {
    Findings findings;
    const auto& config = context.config;
    timestamp(findings, "at", contact.at, true, context);
    required(findings, "team", contact.team);
    choice(findings, "area", contact.area, config.options("area"));
    if (contact.place)
        add(findings, validation::checkText("place", *contact.place, false, 120));
    if (contact.anonymous) {
        add(findings, validation::checkRange("count", contact.count, 1, 500));
        for (const auto& [field, value] : {std::pair{"alias", &contact.alias}, std::pair{"name", &contact.name},
                                           std::pair{"person_code", &contact.person_code}}) {
            if (*value)
                problem(findings, field, Problem::Inconsistent, 0, "anonymous");
        }
    } else {
        add(findings, validation::checkRange("count", contact.count, 1, 1));
        if (!contact.alias && !contact.name)
            problem(findings, "alias", Problem::Required);
        if (contact.alias)
            add(findings, validation::checkName("alias", *contact.alias, true, 40));
        if (contact.name) {
            add(findings, validation::checkName("name", *contact.name, true, 80));
            if (!contact.consent)  // a name is only kept with the person's consent
                problem(findings, "consent", Problem::Required, 0, "name");
        }
        if (contact.person_code)
            code(findings, "person_code", *contact.person_code, false);
    }
    choice(findings, "gender", contact.gender, config.options("gender"));
    choice(findings, "age_band", contact.age_band, config.options("age_band"));
    for (std::size_t i = 0; i < contact.needs.size(); ++i)
        choice(findings, "needs[" + std::to_string(i) + "]", contact.needs[i], config.options("need"));
    for (std::size_t i = 0; i < contact.actions.size(); ++i)
        choice(findings, "actions[" + std::to_string(i) + "]", contact.actions[i], config.options("action"));
    required(findings, "recorded_by", contact.recorded_by);
    return findings;
}

Findings validate(const BedNight& bedNight, const ValidationContext& context) {
    Findings findings;
    choice(findings, "shelter", bedNight.shelter, context.config.shelterIds());
    date(findings, "night", bedNight.night, shift(context.today, -kOldest), shift(context.today, kNewest));
    const auto* shelter = context.config.shelter(bedNight.shelter);
    const auto* bed = shelter ? shelter->bed(static_cast<unsigned>(std::max(bedNight.bed, 0))) : nullptr;
    if (shelter && !bed) {
        problem(findings, "bed", Problem::NotAllowed);
    } else if (bed) {
        // Capacity: the duty team fills its beds, field workers theirs.
        if (bedNight.filled_by != bed->filledBy)
            problem(findings, "filled_by", Problem::Inconsistent, 0, "bed");
        if (bedNight.kind != bed->kind)
            problem(findings, "kind", Problem::Inconsistent, 0, "bed");
    }
    choice(findings, "filled_by", bedNight.filled_by, {"duty", "field"});
    code(findings, "person_code", bedNight.person_code, true);
    choice(findings, "gender", bedNight.gender, context.config.options("gender"));
    if (bedNight.alias)
        add(findings, validation::checkName("alias", *bedNight.alias, false, 40));
    timestamp(findings, "given_at", bedNight.given_at, true, context);
    required(findings, "given_by", bedNight.given_by);
    status(findings, BedNight::kType, bedNight.status);
    return findings;
}

Findings validate(const Referral& referral, const ValidationContext& context) {
    Findings findings;
    timestamp(findings, "at", referral.at, true, context);
    code(findings, "person_code", referral.person_code, true);
    if (referral.alias)
        add(findings, validation::checkName("alias", *referral.alias, false, 40));
    choice(findings, "unit", referral.unit, context.config.options("referral_unit"));
    if (referral.caseworker)
        add(findings, validation::checkName("caseworker", *referral.caseworker, false, 80));
    add(findings, validation::checkText("reason", referral.reason, true, 500));
    if (!referral.consent)
        problem(findings, "consent", Problem::Required);
    required(findings, "referred_by", referral.referred_by);
    status(findings, Referral::kType, referral.status);
    timestamp(findings, "decided_at", referral.decided_at, context);
    if (statusRank(Referral::kType, referral.status) == 1 && !referral.decided_at)
        problem(findings, "decided_at", Problem::Required);
    if (referral.status == "sent" && referral.decided_at)
        problem(findings, "decided_at", Problem::Inconsistent, 0, "status");
    return findings;
}

Findings validate(const ConcernReport& report, const ValidationContext& context) {
    Findings findings;
    const auto created = timestamp(findings, "created_at", report.created_at, true, context);
    required(findings, "reporter", report.reporter);
    if (report.child_name)
        add(findings, validation::checkName("child_name", *report.child_name, false, 80));
    if (report.child_age)
        add(findings, validation::checkRange("child_age", *report.child_age, 0, 17));
    add(findings, validation::checkText("concern", report.concern, true, 4000));
    optionalChoice(findings, "area", report.area, context.config.options("area"));
    code(findings, "reference", report.reference, true);
    status(findings, ConcernReport::kType, report.status);
    const auto submitted = timestamp(findings, "submitted_at", report.submitted_at, context);
    const auto acknowledged = timestamp(findings, "acknowledged_at", report.acknowledged_at, context);
    if (statusRank(ConcernReport::kType, report.status) >= 1 && !report.submitted_at)
        problem(findings, "submitted_at", Problem::Required);
    if (report.status == "acknowledged" && !report.acknowledged_at)
        problem(findings, "acknowledged_at", Problem::Required);
    if (report.status == "draft" && report.submitted_at)
        problem(findings, "submitted_at", Problem::Inconsistent, 0, "status");
    if (report.status != "acknowledged" && report.acknowledged_at)
        problem(findings, "acknowledged_at", Problem::Inconsistent, 0, "status");
    notBefore(findings, "submitted_at", submitted, "created_at", created);
    notBefore(findings, "acknowledged_at", acknowledged, "submitted_at", submitted);
    return findings;
}

Findings validate(const Audit& audit, const ValidationContext& context) {
    Findings findings;
    timestamp(findings, "at", audit.at, true, context);
    required(findings, "actor", audit.actor);
    required(findings, "device", audit.device);
    choice(findings, "action", audit.action, {"open", "create", "update", "delete", "export", "purge"});
    required(findings, "record_id", audit.record_id, 512);  // the store's id limit
    choice(findings, "record_type", audit.record_type,
           {"visit", "application", "booking_request", "slot", "contact", "bed_night", "referral", "concern_report",
            "config", "audit", "export"});
    return findings;
}

bool hasOutOfRangeNumber(const nlohmann::json& body) {
    std::vector<const nlohmann::json*> pending{&body};
    while (!pending.empty()) {
        const auto* node = pending.back();
        pending.pop_back();
        if (node->is_structured()) {
            for (const auto& child : *node)
                pending.push_back(&child);
        } else if (node->is_number_float()) {
            const double value = node->get<double>();
            if (!std::isfinite(value) || value < static_cast<double>(std::numeric_limits<int>::min()) ||
                value > static_cast<double>(std::numeric_limits<int>::max()))
                return true;
        }
    }
    return false;
}

std::string newRecordId(std::string_view type, sys_time<milliseconds> now) {
    static constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::array<unsigned char, 16> bytes{};
    auto ms = static_cast<std::uint64_t>(now.time_since_epoch().count());
    for (int i = 5; i >= 0; --i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(ms & 0xff);
        ms >>= 8;
    }
    if (RAND_bytes(bytes.data() + 6, 10) != 1)
        throw std::runtime_error("RAND_bytes failed");  // the CSPRNG is broken: nothing is safe
    // 128 bits as 26 base-32 digits, most significant first; the first digit
    // holds only 3 bits (the two above are zero padding).
    std::string ulid(26, '0');
    for (int digit = 0; digit < 26; ++digit) {
        unsigned value = 0;
        for (int bit = 0; bit < 5; ++bit) {
            const int position = digit * 5 + bit - 2;  // bit index from the top of the 128
            value <<= 1;
            if (position >= 0)
                value |= (bytes[static_cast<std::size_t>(position / 8)] >> (7 - position % 8)) & 1u;
        }
        ulid[static_cast<std::size_t>(digit)] = kCrockford[value];
    }
    return std::string(type) + ":" + ulid;
}

std::optional<sys_time<milliseconds>> idTime(std::string_view id) {
    static constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const auto colon = id.rfind(':');
    const auto ulid = colon == std::string_view::npos ? id : id.substr(colon + 1);
    if (ulid.size() != 26)
        return std::nullopt;
    std::uint64_t ms = 0;
    for (char c : ulid.substr(0, 10)) {
        const auto digit = kCrockford.find(c);
        if (digit == std::string_view::npos)
            return std::nullopt;
        ms = (ms << 5) | digit;
    }
    return sys_time<milliseconds>(milliseconds(static_cast<std::int64_t>(ms)));
}

void dropNulls(nlohmann::json& value) {
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end();) {
            if (it->is_null()) {
                it = value.erase(it);
            } else {
                dropNulls(*it);
                ++it;
            }
        }
    } else if (value.is_array()) {
        for (auto& element : value)
            dropNulls(element);
    }
}

std::string bedNightId(const std::string& shelter, const std::string& night, int bed) {
    return "bed_night:" + shelter + ":" + night + ":" + std::to_string(bed);
}

std::string formatTimestamp(sys_seconds time) {
    const auto day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss clock{time - day};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<long>(clock.hours().count()), static_cast<long>(clock.minutes().count()),
                  static_cast<long>(clock.seconds().count()));
    return buffer;
}

}  // namespace intake::records
