#pragma once

// The yearly statistics the city reports (see docs/reporting-columns.md):
// Welcome House visits and visitors, waits and no-shows; the family
// counselling queue; outreach contacts, overnight places and referrals. Each
// for a period and for the same period one year earlier, and exported in a
// long ("tidy") CSV / JSON form with stable columns.
//
// Only aggregates leave this module: no row names a person, a code or a
// record id. Family counselling records live in their own vault; pass every
// vault to compute() (each section reads only its own record types, so
// nothing is combined across services).

#include "intake/core/config.h"
#include "intake/core/result.h"

#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace intake {
class Vault;
}

namespace intake::statistics {

// A span of days, both ends included.
struct Period {
    std::chrono::year_month_day from;
    std::chrono::year_month_day to;

    // 1 January .. 31 December of `year`.
    static Period calendarYear(int year);
    // 1 December of endingYear - 1 .. 30 November of endingYear.
    static Period decemberToNovember(int endingYear);

    // The same days one year earlier; a 29 February with no counterpart
    // becomes 28 February.
    Period previousYear() const;
    bool contains(std::chrono::year_month_day day) const;
    // Every month the period touches, "YYYY-MM", in order.
    std::vector<std::string> months() const;

    friend bool operator==(const Period&, const Period&) = default;
};

// "YYYY-MM".
std::string monthKey(std::chrono::year_month_day day);

// Percentile by linear interpolation between the closest ranks (the
// "inclusive" definition of numpy's default, R type 7 and Excel
// PERCENTILE.INC): sorted x[0..n-1], h = (n - 1) p, x[floor h] + (h - floor h)
// (x[floor h + 1] - x[floor h]). p in [0, 1]; the median is p = 0.5.
// std::nullopt for no values.
std::optional<double> percentile(std::vector<double> values, double p);

// --- Welcome House ----------------------------------------------------------

// Visits are visit records other than status "transferred" (the visit it
// continues as is counted instead). Visitors are distinct non-empty
// visitor_code values; a visit without a code counts as one visitor of its
// own, because it cannot be matched to any other visit.
struct VisitCounts {
    std::int64_t visits = 0;
    std::int64_t visitors = 0;
    friend bool operator==(const VisitCounts&, const VisitCounts&) = default;
};

// Wait = called_at - arrived_at, in minutes, over counted visits that have a
// called_at (a negative wait, a clock error, is left out).
struct WaitStatistics {
    std::int64_t called = 0;  // how many waits went in
    std::optional<double> medianMinutes;
    std::optional<double> p90Minutes;
};

struct WelcomeHouseStatistics {
    VisitCounts total;
    std::map<std::string, VisitCounts> byService;
    std::map<std::string, VisitCounts> byLanguage;
    std::map<std::string, VisitCounts> byMonth;
    std::map<std::string, std::map<std::string, VisitCounts>> byMonthService;   // month -> service
    std::map<std::string, std::map<std::string, VisitCounts>> byMonthLanguage;  // month -> language
    std::map<std::string, WaitStatistics> waitByService;
    std::map<std::string, std::int64_t> noShowsByService;
    std::map<std::string, std::map<std::string, std::int64_t>> noShowsByMonthService;  // month -> service
    // Status "left" without a called_at.
    std::map<std::string, std::int64_t> leftBeforeCalledByService;
};

// --- Family counselling -------------------------------------------------------

struct CounsellingStatistics {
    // Applications received (received_at, UTC date) in the period.
    std::int64_t applications = 0;
    std::int64_t priority = 0;
    std::int64_t singleSession = 0;
    // preferred_provider names a provider that config marks external.
    std::int64_t externalProvider = 0;
    std::optional<double> priorityShare;          // priority / applications
    std::optional<double> externalProviderShare;  // externalProvider / applications
    std::map<std::string, std::int64_t> applicationsByMonth;
    std::map<std::string, std::int64_t> priorityByMonth;
    std::map<std::string, std::int64_t> singleSessionByMonth;
    std::map<std::string, std::optional<double>> priorityShareByMonth;
    // Open applications at the end (UTC) of each month, from every
    // application whatever its received date: received_at on or before the
    // month end, and not offered by then (no first_offer_at, or one dated
    // after the month end), and not withdrawn by then (no withdrawn_at, or
    // one dated after the month end). An offer or a withdrawal on the month
    // end day itself, at any hour, takes it out of that month's queue. An
    // application with neither date whose status is no longer "received"
    // (e.g. "offered" without a first_offer_at, or a "withdrawn" record from
    // before withdrawn_at existed) is never counted: the record does not say
    // when it left the queue. For a period that ends mid-month, its last day
    // is the last month's "end".
    std::map<std::string, std::int64_t> queueAtMonthEnd;
    // Days (fractional, 86,400 s) from received_at to first_offer_at for
    // applications received in the period that have an offer.
    std::int64_t offered = 0;
    std::optional<double> daysToFirstOfferMedian;
    std::optional<double> daysToFirstOfferP90;
    std::optional<double> daysToFirstOfferMedianPriority;
    std::optional<double> daysToFirstOfferMedianNotPriority;
};

// --- Outreach -----------------------------------------------------------------

struct OutreachStatistics {
    std::int64_t contacts = 0;       // contact records
    std::int64_t contactPeople = 0;  // people met: an anonymous contact counts `count`
    std::map<std::string, std::int64_t> contactsByMonth;
    std::map<std::string, std::int64_t> contactPeopleByGender;
    std::map<std::string, std::int64_t> contactPeopleByAgeBand;
    std::map<std::string, std::map<std::string, std::int64_t>> contactPeopleByMonthGender;   // month -> gender
    std::map<std::string, std::map<std::string, std::int64_t>> contactPeopleByMonthAgeBand;  // month -> band
    // From bed_night records with status "given", by `night`.
    std::map<std::string, std::int64_t> bedNightsByKind;
    std::map<std::string, std::map<std::string, std::int64_t>> bedNightsByMonthKind;   // month -> kind
    std::map<std::string, std::int64_t> bedPeopleByKind;  // distinct person_code over the whole period
    std::map<std::string, std::map<std::string, std::int64_t>> bedPeopleByMonthKind;  // month -> kind
    // The same distinct people by the bed night's `gender` as well (the city
    // reports e.g. "16 women and 60 men on assessed places"). A person whose
    // records disagree on gender counts under each gender recorded, so the
    // genders of a kind may add up to more than bedPeopleByKind.
    std::map<std::string, std::map<std::string, std::int64_t>> bedPeopleByKindGender;  // kind -> gender
    std::map<std::string, std::map<std::string, std::map<std::string, std::int64_t>>>
        bedPeopleByMonthKindGender;  // month -> kind -> gender
    // Referrals under their current status, each dated by the event that gave
    // it that status: "sent" (still undecided) by `at`, "accepted" and
    // "rejected" by `decided_at` (by `at` if an older record has none).
    // month -> unit -> status, and totals.
    std::map<std::string, std::map<std::string, std::map<std::string, std::int64_t>>> referralsByMonthUnitStatus;
    std::map<std::string, std::map<std::string, std::int64_t>> referralsByUnitStatus;  // unit -> status
    std::map<std::string, std::int64_t> referralsByStatus;
};

// --- The report ---------------------------------------------------------------

struct PeriodStatistics {
    Period period;
    WelcomeHouseStatistics welcomeHouse;
    CounsellingStatistics counselling;
    OutreachStatistics outreach;
};

// What went in: bodies of the types the statistics use ("visit",
// "application", "contact", "bed_night", "referral"), by type. A skipped
// body is one that is not a valid record of its type (records::fromJson
// fails) or a date it is counted by is not a date / RFC 3339 timestamp (see
// docs/reporting-columns.md, section "input"); it is in no figure. Bodies of
// other types are ignored and not counted.
struct InputSummary {
    std::map<std::string, std::int64_t> read;
    std::map<std::string, std::int64_t> skipped;
};

struct Report {
    PeriodStatistics current;
    PeriodStatistics previousYear;  // current.period.previousYear()
    InputSummary input;
};

// The record types the statistics read.
inline constexpr std::array<std::string_view, 5> kRecordTypes = {"visit", "application", "contact", "bed_night",
                                                                 "referral"};

// From record bodies (as stored: without _id/_rev). Each record is dated by
// its own field (`day` of a visit, `received_at`, `at`, `night`; a decided
// referral by `decided_at`), for timestamps the UTC date.
Report compute(std::span<const nlohmann::json> bodies, const Config& config, const Period& period);
// From the live documents of one or more vaults (e.g. the outreach vault and
// the separate family-counselling vault), streamed with Vault::forEach by
// type and aggregated one document at a time (the same accumulation as the
// span overload): what is kept is the running figures (distinct codes,
// waits, a few dates per application), never the documents.
Result<Report> compute(Vault& vault, const Config& config, const Period& period);
Result<Report> compute(std::span<Vault* const> vaults, const Config& config, const Period& period);

// --- Export -------------------------------------------------------------------

inline constexpr std::array<std::string_view, 12> kColumns = {
    "section", "metric", "period", "month", "service", "language",
    "gender",  "age_band", "kind", "unit", "status", "value"};

// A value: absent (undefined, e.g. a median of nothing), a count or a
// fraction / measurement.
using Value = std::variant<std::monostate, std::int64_t, double>;

struct Row {
    std::string section;
    std::string metric;
    std::string period;  // "current" | "previous_year"; empty for section "input"
    std::string month;   // "YYYY-MM"; empty: the whole period
    std::string service;
    std::string language;
    std::string gender;
    std::string age_band;
    std::string kind;
    std::string unit;
    std::string status;
    Value value;

    friend bool operator==(const Row&, const Row&) = default;
};

// Every row of the report, sorted by the columns left to right (byte order).
std::vector<Row> rows(const Report& report);
// "" for absent; integers as integers; other numbers fixed with 4 decimals
// and a '.' decimal separator.
std::string formatValue(const Value& value);
// RFC 4180: a header line, CRLF line ends, fields with a comma, a double
// quote, CR or LF are quoted and their quotes doubled.
std::string toCsv(const Report& report);
// {"format": "intake.statistics.v2", "columns": [...], "period": {...},
//  "previous_year": {...}, "rows": [{column: value, ...}, ...]}; "value" is
// a number (fractions rounded to 4 decimals) or null.
nlohmann::json toJson(const Report& report);

}  // namespace intake::statistics
