#include "demo_data.h"

#include "intake/core/counselling.h"
#include "intake/core/records.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <stdexcept>

namespace intake::test {

namespace {

using namespace std::chrono;

// Only the engine's raw output is used: std::mt19937_64 is specified to the
// bit, the std distributions are not.
class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    std::size_t below(std::size_t bound) { return static_cast<std::size_t>(engine_() % bound); }
    // lo..hi, both included.
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
    double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // Failures before the first success, success probability p.
    int geometric(double p, int cap) {
        int failures = 0;
        while (failures < cap && !chance(p))
            ++failures;
        return failures;
    }
    double exponential(double mean) { return -mean * std::log(1.0 - unit()); }
    std::uint64_t bits() { return engine_(); }

    template <typename T>
    const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[below(i)]);
    }

private:
    std::mt19937_64 engine_;
};

// Picks an index with probability proportional to its weight.
class Weighted {
public:
    explicit Weighted(const std::vector<double>& weights) {
        double sum = 0;
        for (double weight : weights)
            cumulative_.push_back(sum += weight);
    }
    std::size_t pick(Random& random) const {
        const double target = random.unit() * cumulative_.back();
        const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), target);
        return std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()), cumulative_.size() - 1);
    }

private:
    std::vector<double> cumulative_;
};

// --- Time ---------------------------------------------------------------------

sys_days lastSunday(year y, month m) { return sys_days(year_month_weekday_last{y, m, weekday_last{Sunday}}); }

// Swedish local wall-clock time on `day` (CET / CEST, switching on the last
// Sundays of March and October; the switching hour itself is ignored).
sys_seconds fromLocal(year_month_day day, int secondOfDay) {
    const auto date = sys_days(day);
    const bool summer = date >= lastSunday(day.year(), March) && date < lastSunday(day.year(), October);
    return sys_seconds(date) + seconds(secondOfDay) - hours(summer ? 2 : 1);
}

std::vector<year_month_day> daysOf(int y) {
    std::vector<year_month_day> days;
    for (sys_days d = sys_days(year_month_day{year(y), January, day(1)});
         d <= sys_days(year_month_day{year(y), December, day(31)}); d += std::chrono::days(1))
        days.emplace_back(d);
    return days;
}

bool isWeekday(year_month_day day) { return std::chrono::weekday(sys_days(day)).iso_encoding() <= 5; }

unsigned monthIndex(year_month_day day) { return static_cast<unsigned>(day.month()) - 1; }

// --- Ids and codes ---------------------------------------------------------------

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// "<type>:" + a ULID whose time is `at` and whose randomness is ours.
std::string recordId(const char* type, sys_seconds at, Random& random) {
    std::array<unsigned char, 16> bytes{};
    auto ms = static_cast<std::uint64_t>(at.time_since_epoch().count()) * 1000 + random.below(1000);
    for (int i = 5; i >= 0; --i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(ms & 0xff);
        ms >>= 8;
    }
    const auto high = random.bits();
    const auto low = random.bits();
    for (std::size_t i = 0; i < 8; ++i)
        bytes[6 + i] = static_cast<unsigned char>(high >> (8 * i));
    bytes[14] = static_cast<unsigned char>(low);
    bytes[15] = static_cast<unsigned char>(low >> 8);
    std::string ulid(26, '0');
    for (int digit = 0; digit < 26; ++digit) {
        unsigned value = 0;
        for (int bit = 0; bit < 5; ++bit) {
            const int position = digit * 5 + bit - 2;
            value <<= 1;
            if (position >= 0)
                value |= (bytes[static_cast<std::size_t>(position / 8)] >> (7 - position % 8)) & 1u;
        }
        ulid[static_cast<std::size_t>(digit)] = kCrockford[value];
    }
    return std::string(type) + ":" + ulid;
}

// --- Vocabulary --------------------------------------------------------------------

struct LanguageWeight {
    const char* code;
    double weight;
};

// Welcome House visitors' languages.
const std::vector<LanguageWeight> kVisitLanguages = {
    {"ar", 22}, {"uk", 18}, {"fa", 10}, {"prs", 10}, {"so", 10}, {"ti", 9}, {"en", 8}, {"sv", 5},
    {"ru", 2},  {"tr", 2},  {"ku", 1.5}, {"rn", 0.5}, {"th", 0.5}, {"sw", 0.5}, {"fr", 0.5}, {"ur", 0.5}};
// Family counselling applicants' languages.
const std::vector<LanguageWeight> kApplicationLanguages = {
    {"sv", 58}, {"en", 9}, {"ar", 10}, {"fa", 5}, {"uk", 6}, {"so", 4}, {"ti", 3}, {"prs", 3}, {"tr", 2}};

const std::map<std::string, std::vector<std::string>>& firstNames() {
    static const std::map<std::string, std::vector<std::string>> names = {
        {"ar", {"محمد", "فاطمة", "أحمد", "مريم", "يوسف", "ليلى"}},
        {"uk", {"Оксана", "Андрій", "Олена", "Тарас", "Ірина"}},
        {"fa", {"زهرا", "علی", "مهسا", "رضا"}},
        {"prs", {"حسین", "نرگس", "فریبا", "احمد"}},
        {"so", {"Xasan", "Hodan", "Cabdi", "Faadumo"}},
        {"ti", {"ሰላም", "ዮናስ", "ሄለን", "ዳዊት"}},
        {"en", {"Grace", "John", "Amina", "Peter"}},
        {"sv", {"Anna", "Erik", "Sara", "Johan", "Karin", "Mikael"}},
        {"ru", {"Наталья", "Дмитрий"}},
        {"tr", {"Ayşe", "Çağrı", "Mehmet"}},
        {"ku", {"Hêvî", "Azad"}},
        {"other", {"Amani", "Joseph", "Nadia", "Sami"}},
    };
    return names;
}

const std::string& firstName(Random& random, const std::string& language) {
    const auto& names = firstNames();
    const auto it = names.find(language);
    return random.pick(it == names.end() ? names.at("other") : it->second);
}

const std::vector<std::string> kLastNames = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
                                             "Hassan",    "Ahmadi",    "Kovalenko", "Mohammed", "Berhane"};
const std::vector<std::string> kAliases = {"Micke", "Jocke", "Ali", "Sara", "Tompa", "Lasse", "Nina", "Rami",
                                           "Kicki", "Pelle", "Zoran", "Hassan", "Lena", "Janne", "Omar", "Stina"};
const std::vector<std::string> kPlaces = {"Nils Ericson terminal", "Brunnsparken", "Centralstationen", "Järntorget",
                                          "Hjalmar Brantingsplatsen", "Angered centrum", "Frölunda torg",
                                          "Kortedala torg", "Vasaplatsen"};
const std::vector<std::string> kTeams = {"outreach-day", "outreach-night", "field-nordost", "field-hisingen"};
const std::vector<std::string> kReasons = {
    "Behöver kontakt med socialtjänsten om boende.", "Vill ha hjälp med missbruksvård.",
    "Följer med till vårdcentralen.", "Saknar id-handlingar, kontakt med Migrationsverket.",
    "Behöver stöd att söka arbete.", "Akut behov av boende inför vintern."};
const std::vector<std::string> kConcerns = {
    "Barnet verkar inte ha någonstans att sova.", "Förälder påverkad av alkohol i barnets närvaro.",
    "Barnet uppger att det inte får mat hemma.", "Ungdom sover ute i centrala staden."};
const std::vector<std::string> kCaseworkers = {"Maria Lind", "Ahmed Yusuf", "Karin Berg", "Olena Shevchenko"};

std::string staffId(Random& random) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "staff-%03d", random.between(1, 60));
    return buffer;
}

// --- The generator ---------------------------------------------------------------------

struct Person {
    std::string code;
    std::string alias;
    std::optional<std::string> name;  // kept only with consent
    std::string gender;
    std::string ageBand;
};

class Generator {
public:
    Generator(const Config& config, const DemoOptions& options)
        : config_(config), options_(options), random_(options.seed), days_(daysOf(options.year)),
          yearEnd_(demoYearEnd(options.year)) {}

    std::vector<DemoRecord> run() {
        makePeople();
        welcomeHouse();
        counselling();
        contacts();
        beds();
        referrals();
        concernReports();
        return std::move(out_);
    }

private:
    template <typename Record>
    void emit(std::string id, const Record& record) {
        out_.emplace_back(std::move(id), records::toJson(record));
    }

    std::string ts(sys_seconds at) const { return records::formatTimestamp(std::min(at, yearEnd_)); }

    std::string uniqueCode(char prefix, std::size_t length) {
        for (;;) {
            std::string code(1, prefix);
            while (code.size() < length)
                code += kCrockford[random_.below(32)];
            if (codes_.insert(code).second)
                return code;
        }
    }

    std::string genderOf() {
        static const Weighted weights({80, 18, 1, 1});
        static const char* names[] = {"man", "woman", "non_binary", "not_stated"};
        return names[weights.pick(random_)];
    }

    std::string ageBandOf() {
        static const Weighted weights({3, 12, 25, 32, 20, 4, 4});
        static const char* names[] = {"0-17", "18-25", "26-35", "36-50", "51-65", "66+", "unknown"};
        return names[weights.pick(random_)];
    }

    void makePeople() {
        for (int i = 0; i < 900; ++i) {
            Person person;
            person.code = uniqueCode('P', 7);
            person.alias = random_.pick(kAliases);
            if (random_.chance(0.1))
                person.name = person.alias + " " + random_.pick(kLastNames);
            person.gender = genderOf();
            person.ageBand = ageBandOf();
            if (person.ageBand == "0-17")  // outreach meets adults on the beds
                person.ageBand = "18-25";
            people_.push_back(std::move(person));
        }
    }

    // --- Welcome House -------------------------------------------------------------

    struct PlannedVisit {
        year_month_day day;
        int second = 0;       // local second of the day of arrival
        int visitor = -1;     // index into visitors, -1: no code
        std::size_t language = 0;
    };

    void welcomeHouse() {
        if (config_.sites().empty())
            return;
        const auto& site = config_.sites().front();
        static constexpr std::array<double, 12> monthWeight = {0.9, 1.0, 1.0, 1.0, 1.0, 0.9,
                                                               0.6, 0.9, 1.1, 1.1, 1.1, 0.9};
        std::vector<year_month_day> open;
        std::vector<double> weights;
        for (const auto& day : days_) {
            if (!config_.servicesRunning(site.id, day).empty()) {
                open.push_back(day);
                weights.push_back(monthWeight[monthIndex(day)]);
            }
        }
        if (open.empty())
            return;
        const Weighted dayPicker(weights);
        std::vector<double> languageWeights;
        for (const auto& language : kVisitLanguages)
            languageWeights.push_back(language.weight);
        const Weighted languagePicker(languageWeights);

        struct Visitor {
            std::string code;
            std::size_t language;
            std::optional<std::string> name;
        };
        std::vector<Visitor> visitors;
        std::vector<PlannedVisit> planned;
        for (int i = 0; i < 2539; ++i) {
            Visitor visitor{uniqueCode('V', 8), languagePicker.pick(random_), std::nullopt};
            if (random_.chance(0.5))
                visitor.name = firstName(random_, kVisitLanguages[visitor.language].code);
            const int visits = 1 + random_.geometric(0.254, 40);
            for (int v = 0; v < visits; ++v)
                planned.push_back({open[dayPicker.pick(random_)], 9 * 3600 + random_.between(0, 6 * 3600 - 1), i,
                                   visitor.language});
            visitors.push_back(std::move(visitor));
        }
        for (int i = 0; i < 200; ++i)
            planned.push_back(
                {open[dayPicker.pick(random_)], 9 * 3600 + random_.between(0, 6 * 3600 - 1), -1, languagePicker.pick(random_)});
        std::stable_sort(planned.begin(), planned.end(), [](const PlannedVisit& a, const PlannedVisit& b) {
            return std::pair(sys_days(a.day), a.second) < std::pair(sys_days(b.day), b.second);
        });

        std::set<int> seen;
        std::map<std::pair<sys_days, std::string>, int> tickets;
        for (const auto& plan : planned) {
            const auto running = config_.servicesRunning(site.id, plan.day);
            std::vector<double> serviceWeights;
            for (const auto* service : running)
                serviceWeights.push_back(serviceWeight(service->id));
            const auto* service = running[Weighted(serviceWeights).pick(random_)];
            const int number = ++tickets[{sys_days(plan.day), service->id}];

            records::Visit visit;
            visit.site = site.id;
            visit.day = formatIsoDate(plan.day);
            visit.service = service->id;
            visit.ticket = std::string(1, service->letter) + std::to_string(std::min(number, 999));
            visit.language = kVisitLanguages[plan.language].code;
            if (visit.language != "sv" && visit.language != "en" && random_.chance(0.15))
                visit.interpreter_language = visit.language;
            if (plan.visitor >= 0) {
                const auto& visitor = visitors[static_cast<std::size_t>(plan.visitor)];
                visit.visitor_code = visitor.code;
                visit.first_name = visitor.name;
                const bool first = seen.insert(plan.visitor).second;
                if (!random_.chance(0.1))
                    visit.first_visit = first;
            }
            // The kiosk offers only some languages: other visitors are registered at the desk.
            const auto* language = config_.language(visit.language);
            visit.channel = language && language->kiosk && random_.chance(0.9) ? "kiosk" : "desk";
            visit.issued_by = visit.channel == "kiosk" ? "kiosk-" + std::to_string(random_.between(1, 3)) : "desk-1";
            const auto arrived = fromLocal(plan.day, plan.second);
            visit.arrived_at = ts(arrived);
            const auto id = recordId("visit", arrived, random_);

            const auto wait = seconds(static_cast<long>(std::min(90.0 * 60, random_.exponential(18.0 * 60))));
            const auto called = arrived + wait;
            const double outcome = random_.unit();
            const Service* transferTo = nullptr;
            if (outcome >= 0.09 && outcome < 0.10) {
                for (const auto* other : running) {
                    if (other != service && (!transferTo || random_.chance(0.5)))
                        transferTo = other;
                }
            }
            auto call = [&](records::Visit& v, sys_seconds at) {
                v.called_at = ts(at);
                v.called_by = staffId(random_);
                v.desk = std::to_string(random_.between(1, 3));
            };
            if (outcome < 0.05) {
                call(visit, called);
                visit.status = "no_show";
                visit.recalls = random_.between(1, 3);
                visit.ended_at = ts(called + minutes(random_.between(2, 5)));
            } else if (outcome < 0.09) {
                visit.status = "left";
                visit.ended_at = ts(arrived + minutes(random_.between(5, 60)));
            } else if (transferTo) {
                call(visit, called);
                const auto ended = called + minutes(random_.between(5, 15));
                visit.status = "transferred";
                visit.ended_at = ts(ended);
                const auto nextId = recordId("visit", ended, random_);
                visit.transferred_to = nextId;

                records::Visit next = visit;
                next.service = transferTo->id;
                next.first_visit.reset();
                next.transferred_to.reset();
                next.transferred_from = id;
                next.arrived_at = ts(ended);
                next.recalls = 0;
                const auto nextCalled = ended + seconds(static_cast<long>(random_.exponential(10.0 * 60)) % 3600);
                call(next, nextCalled);
                next.status = "served";
                next.ended_at = ts(nextCalled + minutes(random_.between(10, 40)));
                emit(nextId, next);
            } else {
                call(visit, called);
                visit.status = "served";
                visit.ended_at = ts(called + minutes(random_.between(10, 40)));
            }
            emit(id, visit);
        }
    }

    static double serviceWeight(const std::string& id) {
        static const std::map<std::string, double> weights = {
            {"community_guide", 5},   {"study_career", 2},      {"housing", 2},     {"health", 1.5},
            {"employment_service", 4}, {"association_guide", 1}, {"group_career", 1}};
        const auto it = weights.find(id);
        return it == weights.end() ? 1.0 : it->second;
    }

    // --- Family counselling ------------------------------------------------------------

    struct PlannedApplication {
        sys_seconds received;
        bool priority = false;
        std::optional<sys_seconds> givesUp;  // withdraws at this time unless offered first
        std::optional<sys_seconds> offer;
        bool withdrawn = false;              // gave up while waiting
    };

    void counselling() {
        static constexpr std::array<double, 12> monthWeight = {1.1, 1.0, 1.0, 0.9, 0.9, 0.8,
                                                               0.6, 1.1, 1.2, 1.1, 1.1, 0.8};
        // Open applications wanted at each month end (DOMAIN.md: 330 in August, 130 in December).
        static constexpr std::array<int, 12> target = {60, 105, 150, 190, 225, 265, 305, 330, 290, 235, 180, 130};
        const Weighted monthPicker(std::vector<double>(monthWeight.begin(), monthWeight.end()));
        std::vector<PlannedApplication> planned;
        for (int i = 0; i < 800; ++i) {
            const auto m = monthPicker.pick(random_);
            const year_month first{year(options_.year), month(static_cast<unsigned>(m + 1))};
            const auto length = static_cast<unsigned>(year_month_day_last{first.year(), month_day_last{first.month()}}.day());
            const year_month_day day{first.year(), first.month(), std::chrono::day(1 + static_cast<unsigned>(random_.below(length)))};
            PlannedApplication application;
            application.received = fromLocal(day, 6 * 3600 + random_.between(0, 17 * 3600 - 1));
            application.priority = random_.chance(0.30);
            if (random_.chance(0.06))
                application.givesUp = application.received + seconds(random_.between(3 * 86400, 120 * 86400));
            planned.push_back(application);
        }
        std::sort(planned.begin(), planned.end(),
                  [](const PlannedApplication& a, const PlannedApplication& b) { return a.received < b.received; });

        // Offers on weekdays, priority first, then the oldest. An application
        // that gives up before its offer leaves the queue withdrawn.
        std::vector<std::size_t> open;
        std::size_t next = 0;
        auto gaveUpBefore = [&](std::size_t i, sys_seconds until) {
            return planned[i].givesUp && *planned[i].givesUp < until;
        };
        auto advance = [&](sys_seconds until) {
            for (; next < planned.size() && planned[next].received < until; ++next)
                open.push_back(next);
            std::erase_if(open, [&](std::size_t i) {
                if (!gaveUpBefore(i, until))
                    return false;
                planned[i].withdrawn = true;
                return true;
            });
        };
        for (unsigned m = 0; m < 12; ++m) {
            const year_month ym{year(options_.year), month(m + 1)};
            const auto monthStart = fromLocal(year_month_day{ym.year(), ym.month(), day(1)}, 0);
            const auto nextStart = m == 11 ? yearEnd_ + seconds(1)
                                           : fromLocal(year_month_day{ym.year(), ym.month() + months(1), day(1)}, 0);
            advance(monthStart);
            // Waiting at the end of the month without offers: those waiting now
            // and those arriving, less those giving up before it ends.
            std::int64_t waiting = 0;
            for (const auto i : open)
                waiting += gaveUpBefore(i, nextStart) ? 0 : 1;
            for (std::size_t i = next; i < planned.size() && planned[i].received < nextStart; ++i)
                waiting += gaveUpBefore(i, nextStart) ? 0 : 1;
            const auto offers = std::max<std::int64_t>(0, waiting - target[m]);
            std::vector<year_month_day> workdays;
            for (const auto& d : days_) {
                if (d.month() == ym.month() && isWeekday(d))
                    workdays.push_back(d);
            }
            const auto count = static_cast<std::int64_t>(workdays.size());
            for (std::int64_t j = 0; j < count; ++j) {
                const auto today = offers * (j + 1) / count - offers * j / count;
                const auto at = fromLocal(workdays[static_cast<std::size_t>(j)], 10 * 3600 + random_.between(0, 6 * 3600));
                advance(at);
                for (std::int64_t k = 0; k < today && !open.empty(); ++k) {
                    auto best = open.begin();
                    for (auto it = open.begin(); it != open.end(); ++it) {
                        const auto& a = planned[*it];
                        const auto& b = planned[*best];
                        if (std::pair(!a.priority, a.received) < std::pair(!b.priority, b.received))
                            best = it;
                    }
                    planned[*best].offer = at;
                    open.erase(best);
                }
            }
        }
        advance(yearEnd_ + seconds(1));  // the last days' withdrawals

        std::vector<double> languageWeights;
        for (const auto& language : kApplicationLanguages)
            languageWeights.push_back(language.weight);
        const Weighted languagePicker(languageWeights);
        for (const auto& plan : planned) {
            records::Application application;
            application.received_at = ts(plan.received);
            application.language = kApplicationLanguages[languagePicker.pick(random_)].code;
            application.contact = random_.chance(0.75) ? "phone" : "email";
            const int adults = random_.chance(0.7) ? 2 : 1;
            for (int a = 0; a < adults; ++a) {
                records::Adult adult;
                adult.first_name = firstName(random_, application.language);
                if (random_.chance(0.7))
                    adult.last_name = random_.pick(kLastNames);
                if (a == 0 || random_.chance(0.3)) {
                    if (application.contact == "phone" || random_.chance(0.5)) {
                        char phone[20];
                        std::snprintf(phone, sizeof phone, "+4670%07d", random_.between(1000000, 9999999));
                        adult.phone = phone;
                    }
                    if (application.contact == "email" || random_.chance(0.2))
                        adult.email = "familj" + std::to_string(random_.between(100, 99999)) + "@example.se";
                }
                application.adults.push_back(std::move(adult));
            }
            if (plan.priority) {
                application.small_children = random_.chance(0.7);
                application.acute_crisis = !application.small_children || random_.chance(0.2);
            }
            application.priority = application.small_children || application.acute_crisis;
            if (application.language != "sv" && application.language != "en" && random_.chance(0.5)) {
                application.interpreter_needed = true;
                application.interpreter_language = application.language;
            }
            const double provider = random_.unit();
            if (provider < 0.04)
                application.preferred_provider = "st-lukas";
            else if (provider < 0.08)
                application.preferred_provider = "kyrkans-familjeradgivning";
            else if (provider < 0.18)
                application.preferred_provider = "city";
            application.single_session = random_.chance(0.4);
            application.consent = true;
            application.reference = uniqueCode('F', 6);
            if (plan.withdrawn) {
                application.status = "withdrawn";
                application.withdrawn_at = ts(*plan.givesUp);
            } else if (plan.offer) {
                application.first_offer_at = ts(*plan.offer);
                const auto since = yearEnd_ - *plan.offer;
                const double r = random_.unit();
                application.status = since < days(14) ? "offered" : r < 0.75 ? "started" : r < 0.87 ? "closed" : "offered";
            }
            auto id = recordId("application", plan.received, random_);
            // Stored as a device stores it: the people sealed to the unit's key.
            if (const auto& unit = config_.counsellingSealing()) {
                auto stored = sealApplication(application, unit->publicKeyPem, id);
                if (!stored)
                    throw std::runtime_error("demo data: sealing an application failed: " + stored.error().name());
                emit(std::move(id), *stored);
            } else {
                emit(std::move(id), application);
            }
        }
    }

    // --- Outreach --------------------------------------------------------------------

    std::vector<std::string> someOf(const std::vector<std::string>& options, int least, int most) {
        std::vector<std::string> chosen;
        if (options.empty())
            return chosen;
        const int count = random_.between(least, most);
        for (int i = 0; i < count * 3 && static_cast<int>(chosen.size()) < count; ++i) {
            const auto& option = random_.pick(options);
            if (std::find(chosen.begin(), chosen.end(), option) == chosen.end())
                chosen.push_back(option);
        }
        return chosen;
    }

    const Person& somePerson() {
        // A few people are met often, most now and then.
        return people_[random_.below(random_.below(people_.size()) + 1)];
    }

    void contacts() {
        const auto total = static_cast<int>(std::lround(3500 * options_.contactScale));
        std::vector<double> weights;
        for (const auto& day : days_) {
            const auto m = monthIndex(day);
            weights.push_back(m <= 1 || m == 11 ? 1.2 : 1.0);
        }
        const Weighted dayPicker(weights);
        const auto& areas = config_.options("area");
        for (int i = 0; i < total; ++i) {
            const auto day = days_[dayPicker.pick(random_)];
            const auto at = fromLocal(day, 10 * 3600 + random_.between(0, 13 * 3600 + 1799));
            records::Contact contact;
            contact.at = ts(at);
            contact.team = random_.pick(kTeams);
            contact.area = areas.empty() ? "centrum" : random_.pick(areas);
            if (random_.chance(0.7))
                contact.place = random_.pick(kPlaces);
            if (random_.chance(0.5)) {
                contact.anonymous = true;
                contact.count = 1 + random_.geometric(0.55, 11);
                contact.gender = genderOf();
                contact.age_band = ageBandOf();
            } else {
                const auto& person = somePerson();
                contact.anonymous = false;
                contact.count = 1;
                contact.alias = person.alias;
                if (person.name) {
                    contact.name = person.name;
                    contact.consent = true;
                } else {
                    contact.consent = random_.chance(0.6);
                }
                if (random_.chance(0.9))
                    contact.person_code = person.code;
                contact.gender = person.gender;
                contact.age_band = person.ageBand;
            }
            contact.needs = someOf(config_.options("need"), 0, 3);
            contact.actions = someOf(config_.options("action"), 1, 2);
            contact.recorded_by = staffId(random_);
            emit(recordId("contact", at, random_), contact);
        }
    }

    void beds() {
        if (config_.shelters().empty())
            return;
        const auto& shelter = config_.shelters().front();
        std::map<std::string, std::vector<const Bed*>> byKind;
        for (const auto& bed : shelter.beds)
            byKind[bed.kind].push_back(&bed);
        // Distinct people a month (DOMAIN.md): 76 on assessed places, 38 on the others.
        std::map<std::string, std::vector<std::size_t>> pools;
        std::map<std::string, std::vector<std::size_t>> cycles;
        std::map<std::string, std::size_t> positions;
        const std::size_t population = std::min<std::size_t>(people_.size(), 450);
        // DOMAIN.md: 16 women and 60 men a month on assessed places; the same mix on the others.
        constexpr double kWomen = 16.0 / 76.0;
        std::vector<std::size_t> women, men;
        for (std::size_t i = 0; i < population; ++i) {
            if (people_[i].gender == "woman")
                women.push_back(i);
            else if (people_[i].gender == "man")
                men.push_back(i);
        }
        if (women.empty() || men.empty())
            throw std::logic_error("demo data: no women or no men to give beds to");
        for (unsigned m = 0; m < 12; ++m) {
            std::set<std::size_t> taken;
            for (auto& [kind, beds] : byKind) {
                const int target = kind == "assessed" ? 76 : static_cast<int>(38 * beds.size() / 6);
                const auto size = static_cast<std::size_t>(std::max(static_cast<int>(beds.size()) + 1,
                                                                    target + random_.between(-6, 6)));
                auto& pool = pools[kind];
                random_.shuffle(pool);
                pool.resize(std::min(pool.size(), size * 55 / 100));
                std::erase_if(pool, [&](std::size_t person) { return taken.count(person) > 0; });
                taken.insert(pool.begin(), pool.end());
                while (pool.size() < size) {
                    const auto& candidates = random_.chance(kWomen) ? women : men;
                    const auto person = candidates[random_.below(candidates.size())];
                    if (taken.insert(person).second)
                        pool.push_back(person);
                }
                cycles[kind] = pool;
                random_.shuffle(cycles[kind]);
                positions[kind] = 0;
            }
            for (const auto& night : days_) {
                if (monthIndex(night) != m)
                    continue;
                const auto nightText = formatIsoDate(night);
                for (auto& [kind, beds] : byKind) {
                    auto& cycle = cycles[kind];
                    auto& position = positions[kind];
                    std::set<std::size_t> tonight;
                    for (const auto* bed : beds) {
                        // Nobody in this bed tonight, or the place was given and then
                        // cancelled: a cancelled place is deleted, so nothing is left of it.
                        if (random_.chance(0.06))
                            continue;
                        std::size_t person = 0;
                        for (;;) {
                            if (position == cycle.size()) {
                                random_.shuffle(cycle);
                                position = 0;
                            }
                            person = cycle[position++];
                            if (tonight.insert(person).second)
                                break;
                        }
                        records::BedNight record;
                        record.shelter = shelter.id;
                        record.night = nightText;
                        record.bed = static_cast<int>(bed->number);
                        record.kind = bed->kind;
                        record.filled_by = bed->filledBy;
                        record.person_code = people_[person].code;
                        record.gender = people_[person].gender;
                        if (random_.chance(0.6))
                            record.alias = people_[person].alias;
                        const auto given = fromLocal(night, 19 * 3600 + random_.between(0, 4 * 3600 + 1799));
                        record.given_at = ts(given);
                        record.given_by = bed->filledBy == "duty" ? "duty-0" + std::to_string(random_.between(1, 4))
                                                                  : staffId(random_);
                        record.status = "given";
                        emit(records::bedNightId(shelter.id, nightText, record.bed), record);
                    }
                }
            }
        }
    }

    void referrals() {
        const auto total = static_cast<int>(std::lround(600 * options_.contactScale));
        std::vector<year_month_day> workdays;
        for (const auto& day : days_) {
            if (isWeekday(day))
                workdays.push_back(day);
        }
        const auto& units = config_.options("referral_unit");
        const Weighted unitPicker({5, 4, 4, 3, 1, 1, 2, 1});
        for (int i = 0; i < total; ++i) {
            const auto day = random_.pick(workdays);
            const auto at = fromLocal(day, 9 * 3600 + random_.between(0, 7 * 3600));
            const auto& person = somePerson();
            records::Referral referral;
            referral.at = ts(at);
            referral.person_code = person.code;
            if (random_.chance(0.8))
                referral.alias = person.alias;
            referral.unit = units.empty() ? "other" : units[std::min(unitPicker.pick(random_), units.size() - 1)];
            if (random_.chance(0.5))
                referral.caseworker = random_.pick(kCaseworkers);
            referral.reason = random_.pick(kReasons);
            referral.consent = true;
            referral.referred_by = staffId(random_);
            const double r = random_.unit();
            referral.status = r < 0.65 ? "accepted" : r < 0.80 ? "rejected" : "sent";
            if (referral.status != "sent") {
                // Decided an hour to a month later; not yet if that is after the year.
                const auto decided =
                    at + hours(1) + seconds(static_cast<long>(std::min(30.0 * 86400, random_.exponential(4.0 * 86400))));
                if (decided > yearEnd_)
                    referral.status = "sent";
                else
                    referral.decided_at = ts(decided);
            }
            emit(recordId("referral", at, random_), referral);
        }
    }

    void concernReports() {
        const auto& areas = config_.options("area");
        for (int i = 0; i < 30; ++i) {
            const auto day = random_.pick(days_);
            const auto created = fromLocal(day, 8 * 3600 + random_.between(0, 14 * 3600));
            records::ConcernReport report;
            report.created_at = ts(created);
            report.reporter = staffId(random_);
            if (random_.chance(0.7))
                report.child_age = random_.between(0, 17);
            if (random_.chance(0.2))
                report.child_name = firstName(random_, "sv");
            report.concern = random_.pick(kConcerns);
            if (!areas.empty())
                report.area = random_.pick(areas);
            report.reference = uniqueCode('R', 8);
            const auto submitted = created + minutes(random_.between(30, 2 * 24 * 60));
            if (submitted <= yearEnd_ && !random_.chance(0.05)) {
                report.status = "submitted";
                report.submitted_at = ts(submitted);
                const auto acknowledged = submitted + hours(random_.between(2, 5 * 24));
                if (acknowledged <= yearEnd_ && random_.chance(0.7)) {
                    report.status = "acknowledged";
                    report.acknowledged_at = ts(acknowledged);
                }
            }
            emit(recordId("concern_report", created, random_), report);
        }
    }

    const Config& config_;
    DemoOptions options_;
    Random random_;
    std::vector<year_month_day> days_;
    sys_seconds yearEnd_;
    std::vector<Person> people_;
    std::set<std::string> codes_;
    std::vector<DemoRecord> out_;
};

}  // namespace

std::chrono::sys_seconds demoYearEnd(int y) {
    return sys_seconds(sys_days(year_month_day{year(y), December, day(31)})) + hours(23) + minutes(59) + seconds(59);
}

std::vector<DemoRecord> generateDemoYear(const Config& config, const DemoOptions& options) {
    return Generator(config, options).run();
}

std::string demoCounsellingPrivateKeyPem() {
    std::ifstream in(INTAKE_DEMO_COUNSELLING_KEY_FILE, std::ios::binary);
    std::string pem{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && !in.eof())
        throw std::runtime_error("cannot read " INTAKE_DEMO_COUNSELLING_KEY_FILE);
    if (pem.empty())
        throw std::runtime_error("empty or missing: " INTAKE_DEMO_COUNSELLING_KEY_FILE);
    return pem;
}

}  // namespace intake::test
