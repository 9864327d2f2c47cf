#include "intake/core/statistics.h"

#include "intake/core/records.h"
#include "intake/core/validation.h"
#include "intake/core/vault.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <set>
#include <tuple>
#include <utility>

namespace intake::statistics {

using namespace std::chrono;

namespace {

constexpr const char* kCurrent = "current";
constexpr const char* kPreviousYear = "previous_year";
// A dimension value that is empty in a record is reported under this name, so
// that an empty cell always means "all values".
constexpr const char* kUnknown = "unknown";

year_month_day clampToMonth(year y, month m, day d) {
    const year_month_day candidate{y, m, d};
    if (candidate.ok())
        return candidate;
    return year_month_day{year_month_day_last{y, month_day_last{m}}};
}

year_month_day monthEnd(year_month_day day) {
    return year_month_day{year_month_day_last{day.year(), month_day_last{day.month()}}};
}

year_month_day utcDate(sys_seconds instant) { return year_month_day{floor<days>(instant)}; }

std::string orUnknown(const std::string& value) { return value.empty() ? std::string(kUnknown) : value; }

// --- Accumulation ------------------------------------------------------------

// Counts visits and distinct visitors in one cell.
struct VisitCell {
    std::int64_t visits = 0;
    std::int64_t codeless = 0;
    std::set<std::string, std::less<>> codes;

    void add(const std::optional<std::string>& code) {
        ++visits;
        if (code && !code->empty())
            codes.insert(*code);
        else
            ++codeless;
    }
    VisitCounts counts() const {
        return VisitCounts{visits, static_cast<std::int64_t>(codes.size()) + codeless};
    }
};

struct PeriodAccumulator {
    Period period;

    // Welcome House
    VisitCell total;
    std::map<std::string, VisitCell> byService, byLanguage, byMonth;
    std::map<std::pair<std::string, std::string>, VisitCell> byMonthService, byMonthLanguage;
    std::map<std::string, std::vector<double>> waits;
    std::map<std::string, std::int64_t> noShows, leftBeforeCalled;
    std::map<std::pair<std::string, std::string>, std::int64_t> noShowsByMonth;

    // Family counselling (applications received in the period)
    CounsellingStatistics counselling;
    std::vector<double> offerDays, offerDaysPriority, offerDaysNotPriority;

    // Outreach
    OutreachStatistics outreach;
    std::map<std::string, std::int64_t> contactPeopleByMonth;
    using PersonSet = std::set<std::string, std::less<>>;
    std::map<std::string, PersonSet> bedPeople;                                          // kind
    std::map<std::pair<std::string, std::string>, PersonSet> bedPeopleByMonth;          // month, kind
    std::map<std::pair<std::string, std::string>, PersonSet> bedPeopleByGender;         // kind, gender
    std::map<std::tuple<std::string, std::string, std::string>, PersonSet> bedPeopleByMonthGender;  // month, kind, gender
};

// What the queue needs of every application, whatever its date.
struct QueueEntry {
    year_month_day received;
    // The UTC date it left the queue: the earlier of first_offer_at and
    // withdrawn_at; none while it waits (or when the record does not say).
    std::optional<year_month_day> left;
    bool stillReceived = false;

    bool queuedAt(year_month_day end) const {
        if (sys_days(received) > sys_days(end))
            return false;
        // With neither date, only an application still "received" waits: any
        // other status left the queue at a time the record does not give.
        return left ? sys_days(*left) > sys_days(end) : stillReceived;
    }
};

class Accumulator {
public:
    Accumulator(const Config& config, const Period& period) : config_(config) {
        periods_[0].period = period;
        periods_[1].period = period.previousYear();
    }

    void add(const nlohmann::json& body) {
        if (!body.is_object())
            return;
        const auto type = body.find("type");
        if (type == body.end() || !type->is_string())
            return;
        const auto& name = type->get_ref<const std::string&>();
        bool used = false;
        if (name == records::Visit::kType)
            used = addVisit(body);
        else if (name == records::Application::kType)
            used = addApplication(body);
        else if (name == records::Contact::kType)
            used = addContact(body);
        else if (name == records::BedNight::kType)
            used = addBedNight(body);
        else if (name == records::Referral::kType)
            used = addReferral(body);
        else
            return;
        ++input_.read[name];
        if (!used)
            ++input_.skipped[name];
    }

    Report finish();

private:
    // Calls add(periodAccumulator, month) for each period containing `day`.
    template <typename Add>
    void inPeriods(year_month_day day, Add&& add) {
        std::optional<std::string> month;
        for (auto& accumulator : periods_) {
            if (!accumulator.period.contains(day))
                continue;
            if (!month)
                month = monthKey(day);
            add(accumulator, *month);
        }
    }

    bool addVisit(const nlohmann::json& body) {
        auto parsed = records::fromJson<records::Visit>(body);
        if (!parsed)
            return false;
        const auto& visit = *parsed;
        const auto day = parseIsoDate(visit.day);
        if (!day)
            return false;
        std::optional<double> waitMinutes;
        if (visit.called_at) {
            const auto arrived = validation::parseDateTime(visit.arrived_at);
            const auto called = validation::parseDateTime(*visit.called_at);
            if (!arrived || !called)
                return false;
            if (*called >= *arrived)
                waitMinutes = static_cast<double>((*called - *arrived).count()) / 60.0;
        }
        if (visit.status == "transferred")
            return true;  // its continuation is the visit that counts
        const auto service = orUnknown(visit.service);
        const auto language = orUnknown(visit.language);
        services_.insert(service);
        languages_.insert(language);
        inPeriods(*day, [&](PeriodAccumulator& p, const std::string& month) {
            p.total.add(visit.visitor_code);
            p.byService[service].add(visit.visitor_code);
            p.byLanguage[language].add(visit.visitor_code);
            p.byMonth[month].add(visit.visitor_code);
            p.byMonthService[{month, service}].add(visit.visitor_code);
            p.byMonthLanguage[{month, language}].add(visit.visitor_code);
            if (waitMinutes)
                p.waits[service].push_back(*waitMinutes);
            if (visit.status == "no_show") {
                ++p.noShows[service];
                ++p.noShowsByMonth[{month, service}];
            }
            if (visit.status == "left" && !visit.called_at)
                ++p.leftBeforeCalled[service];
        });
        return true;
    }

    bool addApplication(const nlohmann::json& body) {
        auto parsed = records::fromJson<records::Application>(body);
        if (!parsed)
            return false;
        const auto& application = *parsed;
        const auto received = validation::parseDateTime(application.received_at);
        if (!received)
            return false;
        std::optional<sys_seconds> offer, withdrawn;
        if (application.first_offer_at) {
            offer = validation::parseDateTime(*application.first_offer_at);
            if (!offer)
                return false;
        }
        if (application.withdrawn_at) {
            withdrawn = validation::parseDateTime(*application.withdrawn_at);
            if (!withdrawn)
                return false;
        }
        const auto receivedDay = utcDate(*received);
        std::optional<sys_seconds> left = offer;
        if (withdrawn && (!left || *withdrawn < *left))
            left = withdrawn;
        queue_.push_back(QueueEntry{receivedDay, left ? std::optional(utcDate(*left)) : std::nullopt,
                                    application.status == "received"});
        bool external = false;
        if (application.preferred_provider) {
            const auto* provider = config_.provider(*application.preferred_provider);
            external = provider && provider->external;
        }
        inPeriods(receivedDay, [&](PeriodAccumulator& p, const std::string& month) {
            auto& c = p.counselling;
            ++c.applications;
            ++c.applicationsByMonth[month];
            if (application.priority) {
                ++c.priority;
                ++c.priorityByMonth[month];
            }
            if (application.single_session) {
                ++c.singleSession;
                ++c.singleSessionByMonth[month];
            }
            if (external)
                ++c.externalProvider;
            if (offer && *offer >= *received) {
                const double daysWaited = static_cast<double>((*offer - *received).count()) / 86400.0;
                ++c.offered;
                p.offerDays.push_back(daysWaited);
                (application.priority ? p.offerDaysPriority : p.offerDaysNotPriority).push_back(daysWaited);
            }
        });
        return true;
    }

    bool addContact(const nlohmann::json& body) {
        auto parsed = records::fromJson<records::Contact>(body);
        if (!parsed)
            return false;
        const auto& contact = *parsed;
        const auto at = validation::parseDateTime(contact.at);
        if (!at)
            return false;
        const std::int64_t people = contact.anonymous ? contact.count : 1;
        const auto gender = orUnknown(contact.gender);
        const auto ageBand = orUnknown(contact.age_band);
        genders_.insert(gender);
        ageBands_.insert(ageBand);
        inPeriods(utcDate(*at), [&](PeriodAccumulator& p, const std::string& month) {
            auto& o = p.outreach;
            ++o.contacts;
            ++o.contactsByMonth[month];
            o.contactPeople += people;
            p.contactPeopleByMonth[month] += people;
            o.contactPeopleByGender[gender] += people;
            o.contactPeopleByAgeBand[ageBand] += people;
            o.contactPeopleByMonthGender[month][gender] += people;
            o.contactPeopleByMonthAgeBand[month][ageBand] += people;
        });
        return true;
    }

    bool addBedNight(const nlohmann::json& body) {
        auto parsed = records::fromJson<records::BedNight>(body);
        if (!parsed)
            return false;
        const auto& bed = *parsed;
        const auto night = parseIsoDate(bed.night);
        if (!night)
            return false;
        const auto kind = orUnknown(bed.kind);
        const auto gender = orUnknown(bed.gender);
        kinds_.insert(kind);
        genders_.insert(gender);
        if (bed.status != "given")
            return true;
        inPeriods(*night, [&](PeriodAccumulator& p, const std::string& month) {
            ++p.outreach.bedNightsByKind[kind];
            ++p.outreach.bedNightsByMonthKind[month][kind];
            if (!bed.person_code.empty()) {
                p.bedPeople[kind].insert(bed.person_code);
                p.bedPeopleByMonth[{month, kind}].insert(bed.person_code);
                p.bedPeopleByGender[{kind, gender}].insert(bed.person_code);
                p.bedPeopleByMonthGender[{month, kind, gender}].insert(bed.person_code);
            }
        });
        return true;
    }

    bool addReferral(const nlohmann::json& body) {
        auto parsed = records::fromJson<records::Referral>(body);
        if (!parsed)
            return false;
        const auto& referral = *parsed;
        auto dated = validation::parseDateTime(referral.at);
        if (!dated)
            return false;
        // A decision is counted when it was made; an older decided record
        // without decided_at keeps the day it was sent.
        if ((referral.status == "accepted" || referral.status == "rejected") && referral.decided_at) {
            dated = validation::parseDateTime(*referral.decided_at);
            if (!dated)
                return false;
        }
        const auto unit = orUnknown(referral.unit);
        const auto status = orUnknown(referral.status);
        units_.insert(unit);
        statuses_.insert(status);
        inPeriods(utcDate(*dated), [&](PeriodAccumulator& p, const std::string& month) {
            auto& o = p.outreach;
            ++o.referralsByMonthUnitStatus[month][unit][status];
            ++o.referralsByUnitStatus[unit][status];
            ++o.referralsByStatus[status];
        });
        return true;
    }

    PeriodStatistics finishPeriod(PeriodAccumulator& p) const;

    const Config& config_;
    std::array<PeriodAccumulator, 2> periods_;
    std::vector<QueueEntry> queue_;
    InputSummary input_;
    // Every value seen in either period, so both periods have the same rows.
    std::set<std::string> services_, languages_, genders_, ageBands_, kinds_, units_, statuses_;
};

std::optional<double> share(std::int64_t part, std::int64_t whole) {
    if (whole == 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

template <typename Map, typename Key>
auto valueOr(const Map& map, const Key& key) -> typename Map::mapped_type {
    const auto it = map.find(key);
    return it == map.end() ? typename Map::mapped_type{} : it->second;
}

PeriodStatistics Accumulator::finishPeriod(PeriodAccumulator& p) const {
    PeriodStatistics out;
    out.period = p.period;
    const auto months = p.period.months();

    auto& wh = out.welcomeHouse;
    wh.total = p.total.counts();
    for (const auto& service : services_) {
        const auto cell = p.byService.find(service);
        wh.byService[service] = cell == p.byService.end() ? VisitCounts{} : cell->second.counts();
        auto waits = valueOr(p.waits, service);
        WaitStatistics wait;
        wait.called = static_cast<std::int64_t>(waits.size());
        wait.medianMinutes = percentile(waits, 0.5);
        wait.p90Minutes = percentile(std::move(waits), 0.9);
        wh.waitByService[service] = wait;
        wh.noShowsByService[service] = valueOr(p.noShows, service);
        wh.leftBeforeCalledByService[service] = valueOr(p.leftBeforeCalled, service);
    }
    for (const auto& language : languages_) {
        const auto cell = p.byLanguage.find(language);
        wh.byLanguage[language] = cell == p.byLanguage.end() ? VisitCounts{} : cell->second.counts();
    }
    for (const auto& month : months) {
        const auto cell = p.byMonth.find(month);
        wh.byMonth[month] = cell == p.byMonth.end() ? VisitCounts{} : cell->second.counts();
        auto& byService = wh.byMonthService[month];
        auto& noShows = wh.noShowsByMonthService[month];
        for (const auto& service : services_) {
            const auto found = p.byMonthService.find({month, service});
            byService[service] = found == p.byMonthService.end() ? VisitCounts{} : found->second.counts();
            noShows[service] = valueOr(p.noShowsByMonth, std::pair{month, service});
        }
        auto& byLanguage = wh.byMonthLanguage[month];
        for (const auto& language : languages_) {
            const auto found = p.byMonthLanguage.find({month, language});
            byLanguage[language] = found == p.byMonthLanguage.end() ? VisitCounts{} : found->second.counts();
        }
    }

    auto& c = out.counselling;
    c = std::move(p.counselling);
    c.priorityShare = share(c.priority, c.applications);
    c.externalProviderShare = share(c.externalProvider, c.applications);
    for (const auto& month : months) {
        c.applicationsByMonth[month] += 0;
        c.priorityByMonth[month] += 0;
        c.singleSessionByMonth[month] += 0;
        c.priorityShareByMonth[month] = share(c.priorityByMonth[month], c.applicationsByMonth[month]);
        auto end = monthEnd(*parseIsoDate(month + "-01"));
        if (sys_days(end) > sys_days(p.period.to))
            end = p.period.to;
        c.queueAtMonthEnd[month] = static_cast<std::int64_t>(
            std::count_if(queue_.begin(), queue_.end(), [&](const QueueEntry& entry) { return entry.queuedAt(end); }));
    }
    c.daysToFirstOfferMedian = percentile(p.offerDays, 0.5);
    c.daysToFirstOfferP90 = percentile(p.offerDays, 0.9);
    c.daysToFirstOfferMedianPriority = percentile(p.offerDaysPriority, 0.5);
    c.daysToFirstOfferMedianNotPriority = percentile(p.offerDaysNotPriority, 0.5);

    auto& o = out.outreach;
    o = std::move(p.outreach);
    for (const auto& gender : genders_)
        o.contactPeopleByGender[gender] += 0;
    for (const auto& band : ageBands_)
        o.contactPeopleByAgeBand[band] += 0;
    auto distinct = [](const auto& sets, const auto& key) {
        const auto found = sets.find(key);
        return found == sets.end() ? std::int64_t{0} : static_cast<std::int64_t>(found->second.size());
    };
    for (const auto& kind : kinds_) {
        o.bedNightsByKind[kind] += 0;
        o.bedPeopleByKind[kind] = distinct(p.bedPeople, kind);
        for (const auto& gender : genders_)
            o.bedPeopleByKindGender[kind][gender] = distinct(p.bedPeopleByGender, std::pair{kind, gender});
    }
    for (const auto& unit : units_) {
        for (const auto& status : statuses_)
            o.referralsByUnitStatus[unit][status] += 0;
    }
    for (const auto& status : statuses_)
        o.referralsByStatus[status] += 0;
    for (const auto& month : months) {
        o.contactsByMonth[month] += 0;
        for (const auto& gender : genders_)
            o.contactPeopleByMonthGender[month][gender] += 0;
        for (const auto& band : ageBands_)
            o.contactPeopleByMonthAgeBand[month][band] += 0;
        for (const auto& kind : kinds_) {
            o.bedNightsByMonthKind[month][kind] += 0;
            o.bedPeopleByMonthKind[month][kind] = distinct(p.bedPeopleByMonth, std::pair{month, kind});
            for (const auto& gender : genders_)
                o.bedPeopleByMonthKindGender[month][kind][gender] =
                    distinct(p.bedPeopleByMonthGender, std::tuple{month, kind, gender});
        }
        for (const auto& unit : units_) {
            for (const auto& status : statuses_)
                o.referralsByMonthUnitStatus[month][unit][status] += 0;
        }
    }
    return out;
}

Report Accumulator::finish() {
    // Every value config knows, so that a value with no records still has rows.
    for (const auto& service : config_.services())
        services_.insert(service.id);
    for (const auto& language : config_.languages())
        languages_.insert(language.code);
    for (const auto& gender : config_.options("gender"))
        genders_.insert(gender);
    for (const auto& band : config_.options("age_band"))
        ageBands_.insert(band);
    for (const auto& shelter : config_.shelters()) {
        for (const auto& bed : shelter.beds)
            kinds_.insert(bed.kind);
    }
    for (const auto& unit : config_.options("referral_unit"))
        units_.insert(unit);
    for (const char* status : {"sent", "accepted", "rejected"})
        statuses_.insert(status);
    for (const auto type : kRecordTypes) {
        input_.read[std::string(type)] += 0;
        input_.skipped[std::string(type)] += 0;
    }

    Report report;
    report.current = finishPeriod(periods_[0]);
    report.previousYear = finishPeriod(periods_[1]);
    report.input = std::move(input_);
    return report;
}

// --- Rows ----------------------------------------------------------------------

struct RowBuilder {
    std::vector<Row>& rows;
    std::string section;
    std::string period;

    Row& add(std::string metric, Value value) {
        Row row;
        row.section = section;
        row.metric = std::move(metric);
        row.period = period;
        row.value = value;
        rows.push_back(std::move(row));
        return rows.back();
    }
};

Value optionalValue(const std::optional<double>& value) {
    return value ? Value(*value) : Value();
}

// Lambdas name the bindings they use (clang before 16 cannot capture a
// structured binding).
void addWelcomeHouse(std::vector<Row>& rows, const std::string& period, const WelcomeHouseStatistics& wh) {
    RowBuilder b{rows, "welcome_house", period};
    auto counts = [&](const VisitCounts& c, auto&& set) {
        set(b.add("visits", c.visits));
        set(b.add("visitors", c.visitors));
    };
    counts(wh.total, [](Row&) {});
    for (const auto& [service, c] : wh.byService)
        counts(c, [&s = service](Row& row) { row.service = s; });
    for (const auto& [language, c] : wh.byLanguage)
        counts(c, [&l = language](Row& row) { row.language = l; });
    for (const auto& [month, c] : wh.byMonth)
        counts(c, [&m = month](Row& row) { row.month = m; });
    for (const auto& [month, byService] : wh.byMonthService) {
        for (const auto& [service, c] : byService)
            counts(c, [&m = month, &s = service](Row& row) {
                row.month = m;
                row.service = s;
            });
    }
    for (const auto& [month, byLanguage] : wh.byMonthLanguage) {
        for (const auto& [language, c] : byLanguage)
            counts(c, [&m = month, &l = language](Row& row) {
                row.month = m;
                row.language = l;
            });
    }
    for (const auto& [service, wait] : wh.waitByService) {
        b.add("waits_measured", wait.called).service = service;
        b.add("wait_median_minutes", optionalValue(wait.medianMinutes)).service = service;
        b.add("wait_p90_minutes", optionalValue(wait.p90Minutes)).service = service;
    }
    for (const auto& [service, count] : wh.noShowsByService)
        b.add("no_shows", count).service = service;
    for (const auto& [month, byService] : wh.noShowsByMonthService) {
        for (const auto& [service, count] : byService) {
            auto& row = b.add("no_shows", count);
            row.month = month;
            row.service = service;
        }
    }
    for (const auto& [service, count] : wh.leftBeforeCalledByService)
        b.add("left_before_called", count).service = service;
}

void addCounselling(std::vector<Row>& rows, const std::string& period, const CounsellingStatistics& c) {
    RowBuilder b{rows, "counselling", period};
    b.add("applications", c.applications);
    b.add("priority_applications", c.priority);
    b.add("priority_share", optionalValue(c.priorityShare));
    b.add("single_session_requested", c.singleSession);
    b.add("external_provider_requested", c.externalProvider);
    b.add("external_provider_share", optionalValue(c.externalProviderShare));
    b.add("applications_offered", c.offered);
    b.add("days_to_first_offer_median", optionalValue(c.daysToFirstOfferMedian));
    b.add("days_to_first_offer_p90", optionalValue(c.daysToFirstOfferP90));
    b.add("days_to_first_offer_median", optionalValue(c.daysToFirstOfferMedianPriority)).kind = "priority";
    b.add("days_to_first_offer_median", optionalValue(c.daysToFirstOfferMedianNotPriority)).kind = "not_priority";
    for (const auto& [month, count] : c.applicationsByMonth)
        b.add("applications", count).month = month;
    for (const auto& [month, count] : c.priorityByMonth)
        b.add("priority_applications", count).month = month;
    for (const auto& [month, value] : c.priorityShareByMonth)
        b.add("priority_share", optionalValue(value)).month = month;
    for (const auto& [month, count] : c.singleSessionByMonth)
        b.add("single_session_requested", count).month = month;
    for (const auto& [month, count] : c.queueAtMonthEnd)
        b.add("queue_at_month_end", count).month = month;
}

void addOutreach(std::vector<Row>& rows, const std::string& period, const OutreachStatistics& o) {
    RowBuilder b{rows, "outreach", period};
    b.add("contacts", o.contacts);
    b.add("contact_people", o.contactPeople);
    for (const auto& [month, count] : o.contactsByMonth)
        b.add("contacts", count).month = month;
    for (const auto& [gender, count] : o.contactPeopleByGender)
        b.add("contact_people", count).gender = gender;
    for (const auto& [band, count] : o.contactPeopleByAgeBand)
        b.add("contact_people", count).age_band = band;
    for (const auto& [month, byGender] : o.contactPeopleByMonthGender) {
        std::int64_t monthTotal = 0;
        for (const auto& [gender, count] : byGender) {
            auto& row = b.add("contact_people", count);
            row.month = month;
            row.gender = gender;
            monthTotal += count;
        }
        b.add("contact_people", monthTotal).month = month;
    }
    for (const auto& [month, byBand] : o.contactPeopleByMonthAgeBand) {
        for (const auto& [band, count] : byBand) {
            auto& row = b.add("contact_people", count);
            row.month = month;
            row.age_band = band;
        }
    }
    for (const auto& [kind, count] : o.bedNightsByKind)
        b.add("bed_nights", count).kind = kind;
    for (const auto& [month, byKind] : o.bedNightsByMonthKind) {
        for (const auto& [kind, count] : byKind) {
            auto& row = b.add("bed_nights", count);
            row.month = month;
            row.kind = kind;
        }
    }
    for (const auto& [kind, count] : o.bedPeopleByKind)
        b.add("bed_people", count).kind = kind;
    for (const auto& [month, byKind] : o.bedPeopleByMonthKind) {
        for (const auto& [kind, count] : byKind) {
            auto& row = b.add("bed_people", count);
            row.month = month;
            row.kind = kind;
        }
    }
    for (const auto& [kind, byGender] : o.bedPeopleByKindGender) {
        for (const auto& [gender, count] : byGender) {
            auto& row = b.add("bed_people", count);
            row.kind = kind;
            row.gender = gender;
        }
    }
    for (const auto& [month, byKind] : o.bedPeopleByMonthKindGender) {
        for (const auto& [kind, byGender] : byKind) {
            for (const auto& [gender, count] : byGender) {
                auto& row = b.add("bed_people", count);
                row.month = month;
                row.kind = kind;
                row.gender = gender;
            }
        }
    }
    for (const auto& [status, count] : o.referralsByStatus)
        b.add("referrals", count).status = status;
    for (const auto& [unit, byStatus] : o.referralsByUnitStatus) {
        for (const auto& [status, count] : byStatus) {
            auto& row = b.add("referrals", count);
            row.unit = unit;
            row.status = status;
        }
    }
    for (const auto& [month, byUnit] : o.referralsByMonthUnitStatus) {
        for (const auto& [unit, byStatus] : byUnit) {
            for (const auto& [status, count] : byStatus) {
                auto& row = b.add("referrals", count);
                row.month = month;
                row.unit = unit;
                row.status = status;
            }
        }
    }
}

auto rowKey(const Row& row) {
    return std::tie(row.section, row.metric, row.period, row.month, row.service, row.language, row.gender,
                    row.age_band, row.kind, row.unit, row.status);
}

const std::string& cell(const Row& row, std::size_t column) {
    switch (column) {
    case 0: return row.section;
    case 1: return row.metric;
    case 2: return row.period;
    case 3: return row.month;
    case 4: return row.service;
    case 5: return row.language;
    case 6: return row.gender;
    case 7: return row.age_band;
    case 8: return row.kind;
    case 9: return row.unit;
    default: return row.status;
    }
}

void appendCsvField(std::string& out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char ch : field) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    out += '"';
}

nlohmann::json periodJson(const Period& period) {
    return {{"from", formatIsoDate(period.from)}, {"to", formatIsoDate(period.to)}, {"months", period.months()}};
}

}  // namespace

// --- Period ----------------------------------------------------------------------

Period Period::calendarYear(int y) {
    return Period{year_month_day{year(y), January, day(1)}, year_month_day{year(y), December, day(31)}};
}

Period Period::decemberToNovember(int endingYear) {
    return Period{year_month_day{year(endingYear - 1), December, day(1)},
                  year_month_day{year(endingYear), November, day(30)}};
}

Period Period::previousYear() const {
    return Period{clampToMonth(from.year() - years(1), from.month(), from.day()),
                  clampToMonth(to.year() - years(1), to.month(), to.day())};
}

bool Period::contains(year_month_day d) const {
    return sys_days(d) >= sys_days(from) && sys_days(d) <= sys_days(to);
}

std::vector<std::string> Period::months() const {
    std::vector<std::string> out;
    if (sys_days(to) < sys_days(from))
        return out;
    year_month current{from.year(), from.month()};
    const year_month last{to.year(), to.month()};
    for (; current <= last; current += std::chrono::months(1))
        out.push_back(monthKey(year_month_day{current.year(), current.month(), day(1)}));
    return out;
}

std::string monthKey(year_month_day d) {
    char buffer[16];
    const int y = std::clamp(static_cast<int>(d.year()), 0, 9999);
    const unsigned m = std::clamp(static_cast<unsigned>(d.month()), 1u, 12u);
    const char digits[] = "0123456789";
    buffer[0] = digits[y / 1000];
    buffer[1] = digits[y / 100 % 10];
    buffer[2] = digits[y / 10 % 10];
    buffer[3] = digits[y % 10];
    buffer[4] = '-';
    buffer[5] = digits[m / 10];
    buffer[6] = digits[m % 10];
    return std::string(buffer, 7);
}

std::optional<double> percentile(std::vector<double> values, double p) {
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double h = (static_cast<double>(values.size()) - 1.0) * std::clamp(p, 0.0, 1.0);
    const auto lower = static_cast<std::size_t>(std::floor(h));
    const auto upper = std::min(lower + 1, values.size() - 1);
    return values[lower] + (h - static_cast<double>(lower)) * (values[upper] - values[lower]);
}

// --- Computing -----------------------------------------------------------------------

Report compute(std::span<const nlohmann::json> bodies, const Config& config, const Period& period) {
    Accumulator accumulator(config, period);
    for (const auto& body : bodies)
        accumulator.add(body);
    return accumulator.finish();
}

Result<Report> compute(Vault& vault, const Config& config, const Period& period) {
    Vault* const vaults[] = {&vault};
    return compute(std::span<Vault* const>(vaults), config, period);
}

Result<Report> compute(std::span<Vault* const> vaults, const Config& config, const Period& period) {
    // The same accumulation as over bodies in memory, fed one document at a
    // time: only the aggregates (and what the queue needs of each
    // application) are kept, never the documents.
    Accumulator accumulator(config, period);
    const std::function<Result<bool>(Document&&)> visit = [&](Document&& document) -> Result<bool> {
        accumulator.add(document.body);
        return true;
    };
    for (Vault* vault : vaults) {
        for (const auto type : kRecordTypes)
            INTAKE_TRY(vault->forEach({.type = std::string(type)}, visit));
    }
    return accumulator.finish();
}

// --- Export ------------------------------------------------------------------------

std::vector<Row> rows(const Report& report) {
    std::vector<Row> out;
    for (const auto& [name, statistics] : {std::pair{kCurrent, &report.current},
                                           std::pair{kPreviousYear, &report.previousYear}}) {
        addWelcomeHouse(out, name, statistics->welcomeHouse);
        addCounselling(out, name, statistics->counselling);
        addOutreach(out, name, statistics->outreach);
    }
    RowBuilder input{out, "input", ""};
    for (const auto& [type, count] : report.input.read)
        input.add("records_read", count).kind = type;
    for (const auto& [type, count] : report.input.skipped)
        input.add("records_skipped", count).kind = type;
    std::sort(out.begin(), out.end(), [](const Row& a, const Row& b) { return rowKey(a) < rowKey(b); });
    return out;
}

std::string formatValue(const Value& value) {
    if (const auto* whole = std::get_if<std::int64_t>(&value))
        return std::to_string(*whole);
    if (const auto* number = std::get_if<double>(&value)) {
        if (!std::isfinite(*number))
            return {};
        char buffer[64];
        // Rounded first so that a value just below .00005 does not print "-0.0000".
        double rounded = std::round(*number * 10000.0) / 10000.0;
        if (rounded == 0.0)
            rounded = 0.0;
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 4);
        if (ec != std::errc())
            return {};
        return std::string(buffer, end);
    }
    return {};
}

std::string toCsv(const Report& report) {
    const auto all = rows(report);
    std::string out;
    out.reserve(all.size() * 64);
    for (std::size_t column = 0; column < kColumns.size(); ++column) {
        if (column > 0)
            out += ',';
        appendCsvField(out, kColumns[column]);
    }
    out += "\r\n";
    for (const auto& row : all) {
        for (std::size_t column = 0; column + 1 < kColumns.size(); ++column) {
            appendCsvField(out, cell(row, column));
            out += ',';
        }
        appendCsvField(out, formatValue(row.value));
        out += "\r\n";
    }
    return out;
}

nlohmann::json toJson(const Report& report) {
    nlohmann::json out;
    out["format"] = "intake.statistics.v2";
    auto& columns = out["columns"] = nlohmann::json::array();
    for (const auto column : kColumns)
        columns.push_back(std::string(column));
    out["period"] = periodJson(report.current.period);
    out["previous_year"] = periodJson(report.previousYear.period);
    auto& list = out["rows"] = nlohmann::json::array();
    for (const auto& row : rows(report)) {
        nlohmann::json item = nlohmann::json::object();
        for (std::size_t column = 0; column + 1 < kColumns.size(); ++column)
            item[std::string(kColumns[column])] = cell(row, column);
        if (const auto* whole = std::get_if<std::int64_t>(&row.value))
            item["value"] = *whole;
        else if (const auto* number = std::get_if<double>(&row.value); number && std::isfinite(*number))
            item["value"] = std::round(*number * 10000.0) / 10000.0;
        else
            item["value"] = nullptr;
        list.push_back(std::move(item));
    }
    return out;
}

}  // namespace intake::statistics
