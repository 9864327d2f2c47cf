#pragma once

// The records of the three services, as typed structs that map to and from
// the JSON documents the vault stores and sync carries. Member names are the
// JSON field names; docs/records.md describes each one.

#include "intake/core/config.h"
#include "intake/core/result.h"
#include "intake/core/validation.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

// std::optional <-> null or absent, for every record field that may be missing.
namespace nlohmann {
template <typename T>
struct adl_serializer<std::optional<T>> {
    static void to_json(json& j, const std::optional<T>& value) {
        if (value)
            j = *value;
        else
            j = nullptr;
    }
    static void from_json(const json& j, std::optional<T>& value) {
        if (j.is_null())
            value.reset();
        else
            value = j.get<T>();
    }
};
}  // namespace nlohmann

namespace intake::records {

// --- Welcome House ----------------------------------------------------------

// One visit to Welcome House: a visitor checked in for one service.
struct Visit {
    static constexpr const char* kType = "visit";
    std::string type = kType;
    std::string site;
    std::string day;                  // YYYY-MM-DD, the site's local date of arrival
    std::string service;
    std::string ticket;               // e.g. "A17" (see tickets.h)
    std::string language;             // the language the visitor chose
    std::optional<std::string> interpreter_language;
    std::optional<bool> first_visit;  // null: not answered
    std::optional<std::string> first_name;
    std::optional<std::string> visitor_code;  // pseudonymous, for counting unique visitors
    std::string channel = "kiosk";    // kiosk | desk (walk-in registered by staff)
    std::string issued_by;            // device that issued the ticket
    std::string status = "waiting";   // waiting → called → served | left | no_show | transferred
    std::string arrived_at;           // RFC 3339
    std::optional<std::string> called_at;
    std::optional<std::string> ended_at;     // when served, left, no-show or transferred
    std::optional<std::string> called_by;    // staff id
    std::optional<std::string> desk;
    int recalls = 0;
    std::optional<std::string> transferred_to;    // the new visit's id
    std::optional<std::string> transferred_from;  // the earlier visit's id
};

// A visitor asks for a time with a service on another day; or an applicant
// asks for a published family-counselling slot. Decided centrally.
struct BookingRequest {
    static constexpr const char* kType = "booking_request";
    std::string type = kType;
    std::string kind;                  // welcome_house | counselling
    std::optional<std::string> site;
    std::optional<std::string> service;
    std::optional<std::string> requested_day;   // welcome_house: a day the service runs
    std::optional<std::string> slot_id;         // counselling: an open published slot
    std::optional<std::string> application_id;  // counselling: the application it belongs to
    std::optional<std::string> language;
    std::optional<std::string> phone;           // E.164
    std::optional<bool> sms_consent;            // must be answered when a phone is given
    std::string requested_at;
    std::string status = "requested";           // requested → confirmed | declined; cancelled beats both
    std::optional<std::string> decided_at;
};

// --- Family counselling -------------------------------------------------------

struct Adult {
    std::string first_name;
    std::optional<std::string> last_name;
    std::optional<std::string> phone;  // E.164
    std::optional<std::string> email;
};

// A couple's or family's self-registration for counselling.
//
// Two forms. As the applicant fills it in (and as the central side gets it
// back from openApplication, counselling.h), `adults` and `will_call_at` are
// in clear and `sealed` is absent. As stored and synced (what submit writes),
// those two fields are sealed to the counselling unit's public key in
// `sealed` (sealed_envelope.h), with the record's id and type bound to it,
// and are absent in clear; the rest stays in clear for the queue, the
// statistics and bookings. docs/records.md lists which field goes where.
struct Application {
    static constexpr const char* kType = "application";
    std::string type = kType;
    std::string received_at;
    std::vector<Adult> adults;           // one or two; may be empty when nearly anonymous. Sealed when stored
    std::string contact = "phone";       // phone | email | will_call
    std::optional<std::string> will_call_at;  // will_call: when the person will call (RFC 3339). Sealed when stored
    bool small_children = false;         // small children at home
    bool acute_crisis = false;
    bool priority = false;               // derived: small_children || acute_crisis
    std::string language;
    bool interpreter_needed = false;
    std::optional<std::string> interpreter_language;
    std::optional<std::string> preferred_provider;
    bool single_session = false;         // wants a single session (ett-samtal)
    bool consent = false;
    std::string reference;               // short code shown to the applicant
    std::string status = "received";     // received → offered → started → closed | withdrawn
    std::optional<std::string> first_offer_at;  // set centrally
    std::optional<std::string> withdrawn_at;    // when it left the queue without an offer
    std::optional<nlohmann::json> sealed;       // the envelope holding adults and will_call_at (stored form)
};

// A published counselling time; written centrally, read-only on devices.
struct Slot {
    static constexpr const char* kType = "slot";
    std::string type = kType;
    std::string provider;
    std::string kind;        // single_session | cancellation
    std::string starts_at;
    std::string ends_at;
    std::string status = "open";  // open → taken | withdrawn
};

// --- Outreach -----------------------------------------------------------------

// A meeting in the street, in housing or at night: anonymous (a count) or
// with one person by alias or name.
struct Contact {
    static constexpr const char* kType = "contact";
    std::string type = kType;
    std::string at;                        // RFC 3339
    std::string team;
    std::string area;
    std::optional<std::string> place;      // free text, e.g. "Nils Ericson terminal"
    bool anonymous = true;
    int count = 1;                         // people met (anonymous contacts)
    std::optional<std::string> alias;
    std::optional<std::string> name;
    std::optional<std::string> person_code;  // pseudonymous, for unique counts
    std::string gender = "not_stated";
    std::string age_band = "unknown";
    std::vector<std::string> needs;
    std::vector<std::string> actions;
    bool consent = false;                  // consent to record identifying details
    std::string recorded_by;
};

// One overnight place for one night. The document id is
// "bed_night:<shelter>:<night>:<bed>", so two workers giving the same bed
// offline write the same document and sync surfaces the conflict.
struct BedNight {
    static constexpr const char* kType = "bed_night";
    std::string type = kType;
    std::string shelter;
    std::string night;             // YYYY-MM-DD: the evening the night starts
    int bed = 0;
    std::string kind;              // assessed | unassessed (from the shelter's config)
    std::string filled_by;         // duty | field
    std::string person_code;       // pseudonymous
    std::optional<std::string> alias;
    std::string gender = "not_stated";  // config option "gender": the city reports women and men on beds
    std::string given_at;
    std::string given_by;
    std::string status = "given";  // cancelling deletes the document (OutreachLog::cancelBed)
};

struct Referral {
    static constexpr const char* kType = "referral";
    std::string type = kType;
    std::string at;
    std::string person_code;
    std::optional<std::string> alias;
    std::string unit;                       // config option "referral_unit"
    std::optional<std::string> caseworker;
    std::string reason;
    bool consent = false;                   // must be true: sharing needs consent
    std::string referred_by;
    std::string status = "sent";            // sent → accepted | rejected
    std::optional<std::string> decided_at;  // when the unit accepted or rejected it
};

// A report of concern about a child (orosanmälan): never deleted, traceable.
struct ConcernReport {
    static constexpr const char* kType = "concern_report";
    std::string type = kType;
    std::string created_at;
    std::string reporter;
    std::optional<std::string> child_name;
    std::optional<int> child_age;
    std::string concern;
    std::optional<std::string> area;
    std::string reference;
    std::string status = "draft";            // draft → submitted → acknowledged
    std::optional<std::string> submitted_at;
    std::optional<std::string> acknowledged_at;
};

// --- Shared -------------------------------------------------------------------

// Who opened or changed which record, when. Append-only; never holds contents.
struct Audit {
    static constexpr const char* kType = "audit";
    std::string type = kType;
    std::string at;
    std::string actor;       // staff id
    std::string device;
    std::string action;      // open | create | update | delete | export | purge
    std::string record_id;
    std::string record_type;
};

// A config document (see config.h); carried as JSON, validated by Config.
struct ConfigDocument {
    static constexpr const char* kType = "config";
    nlohmann::json body;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Visit, type, site, day, service, ticket, language,
                                                interpreter_language, first_visit, first_name, visitor_code, channel,
                                                issued_by, status, arrived_at, called_at, ended_at, called_by, desk,
                                                recalls, transferred_to, transferred_from)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(BookingRequest, type, kind, site, service, requested_day, slot_id,
                                                application_id, language, phone, sms_consent, requested_at, status,
                                                decided_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Adult, first_name, last_name, phone, email)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Application, type, received_at, adults, contact, will_call_at,
                                                small_children, acute_crisis, priority, language, interpreter_needed,
                                                interpreter_language, preferred_provider, single_session, consent,
                                                reference, status, first_offer_at, withdrawn_at, sealed)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Slot, type, provider, kind, starts_at, ends_at, status)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Contact, type, at, team, area, place, anonymous, count, alias, name,
                                                person_code, gender, age_band, needs, actions, consent, recorded_by)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(BedNight, type, shelter, night, bed, kind, filled_by, person_code,
                                                alias, gender, given_at, given_by, status)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Referral, type, at, person_code, alias, unit, caseworker, reason,
                                                consent, referred_by, status, decided_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ConcernReport, type, created_at, reporter, child_name, child_age,
                                                concern, area, reference, status, submitted_at, acknowledged_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Audit, type, at, actor, device, action, record_id, record_type)

// What validation may assume about the world: config and an injected clock.
struct ValidationContext {
    const Config& config;
    std::chrono::sys_seconds now;
    std::chrono::year_month_day today;  // the device's local date
};

validation::Findings validate(const Visit& record, const ValidationContext& context);
validation::Findings validate(const BookingRequest& record, const ValidationContext& context);
validation::Findings validate(const Application& record, const ValidationContext& context);
validation::Findings validate(const Slot& record, const ValidationContext& context);
validation::Findings validate(const Contact& record, const ValidationContext& context);
validation::Findings validate(const BedNight& record, const ValidationContext& context);
validation::Findings validate(const Referral& record, const ValidationContext& context);
validation::Findings validate(const ConcernReport& record, const ValidationContext& context);
validation::Findings validate(const Audit& record, const ValidationContext& context);

// Whether a body holds a number no record field can take: a float that is
// not finite or lies outside the range of int (at any depth, no recursion).
bool hasOutOfRangeNumber(const nlohmann::json& body);

// Reads a stored body as a record. A body of another type, or with a field
// of the wrong JSON type, gives VaultError::InvalidDocument.
template <typename Record>
Result<Record> fromJson(const nlohmann::json& body) {
    // Bodies arrive by sync from anywhere: nothing in them may throw out of here.
    const auto type = body.is_object() ? body.find("type") : body.end();
    if (!body.is_object() || type == body.end() || !type->is_string() || *type != Record::kType)
        return Error(VaultError::InvalidDocument, std::string("not a ") + Record::kType);
    // Every number field of a record is an integer; converting a float
    // beyond its range is undefined behaviour, so such a body is refused.
    if (hasOutOfRangeNumber(body))
        return Error(VaultError::InvalidDocument, std::string("a number of a ") + Record::kType + " is out of range");
    try {
        return body.get<Record>();
    } catch (const nlohmann::json::exception&) {
        return Error(VaultError::InvalidDocument, std::string("a field of a ") + Record::kType + " has the wrong type");
    }
}

// Absent optional fields are left out rather than stored as null, at any depth.
void dropNulls(nlohmann::json& value);

template <typename Record>
nlohmann::json toJson(const Record& record) {
    nlohmann::json body = record;
    dropNulls(body);
    return body;
}

// Statuses only move forward. The rank orders a type's statuses; equal ranks
// are alternative endings (served, left, no_show). -1: unknown status.
int statusRank(std::string_view type, std::string_view status);
// Whether `to` may follow `from` for a record of `type`.
bool mayMoveTo(std::string_view type, std::string_view from, std::string_view to);

// A new time-ordered, globally unique id: "<type>:" + a ULID (48-bit
// milliseconds, 80 random bits from OpenSSL, Crockford base 32).
std::string newRecordId(std::string_view type, std::chrono::sys_time<std::chrono::milliseconds> now);
// The time a ULID-based id was made at (the first 10 digits), if it is one.
std::optional<std::chrono::sys_time<std::chrono::milliseconds>> idTime(std::string_view id);
// The id of the one bed_night document for a shelter, night and bed.
std::string bedNightId(const std::string& shelter, const std::string& night, int bed);

// RFC 3339 in UTC with seconds, e.g. "2026-11-22T08:15:00Z".
std::string formatTimestamp(std::chrono::sys_seconds time);

}  // namespace intake::records
