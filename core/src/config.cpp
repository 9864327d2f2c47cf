#include "intake/core/config.h"

#include "intake/core/sealed_envelope.h"

#include <algorithm>
#include <charconv>

namespace intake {

namespace {

using namespace std::chrono;

// Thrown only inside this file while walking a document; fromDocuments turns
// it into an error naming the field.
struct BadField {
    std::string path;
};

const nlohmann::json& member(const nlohmann::json& object, const char* key, const std::string& path) {
    const auto it = object.find(key);
    if (it == object.end())
        throw BadField{path + "." + key};
    return *it;
}

std::string text(const nlohmann::json& object, const char* key, const std::string& path) {
    const auto& value = member(object, key, path);
    if (!value.is_string() || value.get_ref<const std::string&>().empty())
        throw BadField{path + "." + key};
    return value.get<std::string>();
}

std::string optionalText(const nlohmann::json& object, const char* key, const std::string& path) {
    return object.contains(key) ? text(object, key, path) : std::string();
}

unsigned number(const nlohmann::json& object, const char* key, const std::string& path, unsigned min, unsigned max,
                unsigned fallback) {
    if (!object.contains(key))
        return fallback;
    const auto& value = object.at(key);
    if (!value.is_number_integer() || value.get<long long>() < min || value.get<long long>() > max)
        throw BadField{path + "." + key};
    return value.get<unsigned>();
}

bool flag(const nlohmann::json& object, const char* key, const std::string& path, bool fallback) {
    if (!object.contains(key))
        return fallback;
    if (!object.at(key).is_boolean())
        throw BadField{path + "." + key};
    return object.at(key).get<bool>();
}

const nlohmann::json& array(const nlohmann::json& object, const char* key, const std::string& path) {
    const auto& value = member(object, key, path);
    if (!value.is_array())
        throw BadField{path + "." + key};
    return value;
}

std::vector<year_month_day> dates(const nlohmann::json& object, const char* key, const std::string& path) {
    std::vector<year_month_day> result;
    if (!object.contains(key))
        return result;
    const auto& list = array(object, key, path);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto day = list[i].is_string() ? parseIsoDate(list[i].get<std::string>()) : std::nullopt;
        if (!day)
            throw BadField{path + "." + key + "[" + std::to_string(i) + "]"};
        result.push_back(*day);
    }
    return result;
}

LocalisedName names(const nlohmann::json& object, const std::string& path) {
    const auto& value = member(object, "name", path);
    if (!value.is_object() || value.empty())
        throw BadField{path + ".name"};
    LocalisedName name;
    for (const auto& [language, label] : value.items()) {
        if (!label.is_string())
            throw BadField{path + ".name." + language};
        name.byLanguage[language] = label.get<std::string>();
    }
    return name;
}

Schedule schedule(const nlohmann::json& object, const std::string& path) {
    const auto& value = member(object, "schedule", path);
    const std::string here = path + ".schedule";
    if (!value.is_object())
        throw BadField{here};
    Schedule result;
    if (value.contains("weekdays")) {
        for (const auto& day : array(value, "weekdays", here)) {
            if (!day.is_number_integer() || day.get<long long>() < 1 || day.get<long long>() > 7)
                throw BadField{here + ".weekdays"};
            result.weekdays.push_back(day.get<unsigned>());
        }
    }
    if (value.contains("monthly")) {
        const auto& monthly = value.at("monthly");
        if (!monthly.is_object() || !monthly.value("nth", nlohmann::json()).is_number_integer())
            throw BadField{here + ".monthly"};
        const long long nth = monthly.at("nth").get<long long>();
        if (nth == 0 || nth < -1 || nth > 4)
            throw BadField{here + ".monthly.nth"};
        result.monthly = Schedule::Monthly{static_cast<int>(nth), number(monthly, "weekday", here + ".monthly", 1, 7, 0)};
        if (result.monthly->weekday == 0)
            throw BadField{here + ".monthly.weekday"};
    }
    result.extraDates = dates(value, "extra_dates", here);
    result.closedDates = dates(value, "closed_dates", here);
    if (result.weekdays.empty() && !result.monthly && result.extraDates.empty())
        throw BadField{here};  // a service that never runs is a typo
    return result;
}

unsigned isoWeekday(year_month_day day) {
    return weekday(sys_days(day)).iso_encoding();
}

bool contains(const std::vector<year_month_day>& list, year_month_day day) {
    return std::find(list.begin(), list.end(), day) != list.end();
}

template <typename T, typename Key>
const T* findById(const std::vector<T>& items, const Key& id) {
    for (const auto& item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

}  // namespace

bool Schedule::runsOn(year_month_day day) const {
    if (!day.ok() || contains(closedDates, day))
        return false;
    if (contains(extraDates, day))
        return true;
    const unsigned isoDay = isoWeekday(day);
    if (std::find(weekdays.begin(), weekdays.end(), isoDay) != weekdays.end())
        return true;
    if (monthly && monthly->weekday == isoDay) {
        const unsigned dayOfMonth = static_cast<unsigned>(day.day());
        if (monthly->nth > 0)
            return (dayOfMonth - 1) / 7 + 1 == static_cast<unsigned>(monthly->nth);
        const auto last = year_month_day_last(day.year(), month_day_last(day.month()));
        return dayOfMonth + 7 > static_cast<unsigned>(last.day());
    }
    return false;
}

const std::string& LocalisedName::in(const std::string& language) const {
    for (const auto& candidate : {language, std::string("sv"), std::string("en")}) {
        const auto it = byLanguage.find(candidate);
        if (it != byLanguage.end())
            return it->second;
    }
    static const std::string empty;
    return byLanguage.empty() ? empty : byLanguage.begin()->second;
}

const Bed* Shelter::bed(unsigned number) const {
    for (const auto& candidate : beds) {
        if (candidate.number == number)
            return &candidate;
    }
    return nullptr;
}

Result<Config> Config::fromDocuments(const std::vector<nlohmann::json>& documents) {
    Config config;
    std::string current = "config";
    try {
        for (const auto& doc : documents) {
            current = doc.is_object() ? doc.value("_id", std::string("config")) : std::string("config");
            if (!doc.is_object() || doc.value("type", std::string()) != "config")
                throw BadField{current + ".type"};
            const auto kind = text(doc, "kind", current);
            if (kind == "sites") {
                const auto& list = array(doc, "sites", current);
                for (std::size_t i = 0; i < list.size(); ++i) {
                    const auto path = current + ".sites[" + std::to_string(i) + "]";
                    config.sites_.push_back(Site{text(list[i], "id", path), names(list[i], path),
                                                 optionalText(list[i], "district", path),
                                                 number(list[i], "ticket_issuers", path, 1, 9, 1),
                                                 dates(list[i], "closed_dates", path)});
                }
            } else if (kind == "services") {
                const auto& list = array(doc, "services", current);
                for (std::size_t i = 0; i < list.size(); ++i) {
                    const auto path = current + ".services[" + std::to_string(i) + "]";
                    const auto letter = text(list[i], "letter", path);
                    // One capital letter, not I or O, which read as 1 and 0.
                    if (letter.size() != 1 || letter[0] < 'A' || letter[0] > 'Z' || letter[0] == 'I' || letter[0] == 'O')
                        throw BadField{path + ".letter"};
                    config.services_.push_back(Service{text(list[i], "id", path), text(list[i], "site", path),
                                                       names(list[i], path), letter[0],
                                                       optionalText(list[i], "picture", path), schedule(list[i], path),
                                                       number(list[i], "minutes_per_visit", path, 1, 480, 15),
                                                       number(list[i], "desks", path, 1, 50, 1),
                                                       flag(list[i], "bookable", path, true)});
                }
            } else if (kind == "languages") {
                const auto& list = array(doc, "languages", current);
                for (std::size_t i = 0; i < list.size(); ++i) {
                    const auto path = current + ".languages[" + std::to_string(i) + "]";
                    config.languages_.push_back(Language{text(list[i], "code", path), text(list[i], "native_name", path),
                                                         flag(list[i], "rtl", path, false),
                                                         flag(list[i], "kiosk", path, false)});
                }
            } else if (kind == "shelters") {
                const auto& list = array(doc, "shelters", current);
                for (std::size_t i = 0; i < list.size(); ++i) {
                    const auto path = current + ".shelters[" + std::to_string(i) + "]";
                    Shelter shelter{text(list[i], "id", path), names(list[i], path),
                                    optionalText(list[i], "district", path), {}};
                    const auto& beds = array(list[i], "beds", path);
                    for (std::size_t b = 0; b < beds.size(); ++b) {
                        const auto bedPath = path + ".beds[" + std::to_string(b) + "]";
                        Bed bed{number(beds[b], "number", bedPath, 1, 999, 0), text(beds[b], "filled_by", bedPath),
                                text(beds[b], "kind", bedPath)};
                        if (bed.number == 0 || shelter.bed(bed.number) ||
                            (bed.filledBy != "duty" && bed.filledBy != "field") ||
                            (bed.kind != "assessed" && bed.kind != "unassessed"))
                            throw BadField{bedPath};
                        shelter.beds.push_back(bed);
                    }
                    config.shelters_.push_back(std::move(shelter));
                }
            } else if (kind == "providers") {
                const auto& list = array(doc, "providers", current);
                for (std::size_t i = 0; i < list.size(); ++i) {
                    const auto path = current + ".providers[" + std::to_string(i) + "]";
                    config.providers_.push_back(Provider{text(list[i], "id", path), names(list[i], path),
                                                         flag(list[i], "external", path, false)});
                }
            } else if (kind == "counselling") {
                // {"sealing": {"public_key": PEM, "key_id": optional check, "demo": bool}}
                const auto path = current + ".sealing";
                const auto& sealing = member(doc, "sealing", current);
                if (!sealing.is_object() || config.counsellingSealing_)  // one unit key at a time
                    throw BadField{path};
                CounsellingSealing unit{text(sealing, "public_key", path), {}, flag(sealing, "demo", path, false)};
                auto id = sealed::keyId(unit.publicKeyPem);
                if (!id)
                    throw BadField{path + ".public_key"};
                unit.keyId = *id;
                if (sealing.contains("key_id") && text(sealing, "key_id", path) != unit.keyId)
                    throw BadField{path + ".key_id"};
                config.counsellingSealing_ = std::move(unit);
            } else if (kind == "options") {
                const auto& options = member(doc, "options", current);
                if (!options.is_object())
                    throw BadField{current + ".options"};
                for (const auto& [name, values] : options.items()) {
                    auto& list = config.options_[name];
                    if (!values.is_array())
                        throw BadField{current + ".options." + name};
                    for (const auto& value : values) {
                        if (!value.is_string())
                            throw BadField{current + ".options." + name};
                        list.push_back(value.get<std::string>());
                    }
                }
            } else {
                throw BadField{current + ".kind"};
            }
        }
        // Cross-references: a service's site exists, letters are unique per site.
        for (std::size_t i = 0; i < config.services_.size(); ++i) {
            const auto& service = config.services_[i];
            if (!config.site(service.site))
                throw BadField{"config:services.services[" + std::to_string(i) + "].site"};
            for (std::size_t j = 0; j < i; ++j) {
                if (config.services_[j].site == service.site && config.services_[j].letter == service.letter)
                    throw BadField{"config:services.services[" + std::to_string(i) + "].letter"};
            }
        }
    } catch (const BadField& bad) {
        return Error(VaultError::InvalidDocument, "config field " + bad.path);
    } catch (const nlohmann::json::exception&) {
        return Error(VaultError::InvalidDocument, "config document " + current);
    }
    return config;
}

const Site* Config::site(const std::string& id) const { return findById(sites_, id); }
const Service* Config::service(const std::string& id) const { return findById(services_, id); }
const Shelter* Config::shelter(const std::string& id) const { return findById(shelters_, id); }
const Provider* Config::provider(const std::string& id) const { return findById(providers_, id); }

const Language* Config::language(const std::string& code) const {
    for (const auto& language : languages_) {
        if (language.code == code)
            return &language;
    }
    return nullptr;
}

std::vector<const Service*> Config::servicesRunning(const std::string& siteId, year_month_day day) const {
    std::vector<const Service*> running;
    const auto* place = site(siteId);
    if (!place || contains(place->closedDates, day))
        return running;
    for (const auto& service : services_) {
        if (service.site == siteId && service.schedule.runsOn(day))
            running.push_back(&service);
    }
    return running;
}

std::vector<year_month_day> Config::nextDays(const Service& service, year_month_day from, unsigned count,
                                             unsigned horizonDays) const {
    std::vector<year_month_day> days;
    const auto* place = site(service.site);
    for (unsigned offset = 1; offset <= horizonDays && days.size() < count; ++offset) {
        const year_month_day day{sys_days(from) + std::chrono::days(offset)};
        if (service.schedule.runsOn(day) && !(place && contains(place->closedDates, day)))
            days.push_back(day);
    }
    return days;
}

const std::vector<std::string>& Config::options(const std::string& list) const {
    static const std::vector<std::string> none;
    const auto it = options_.find(list);
    return it == options_.end() ? none : it->second;
}

std::vector<std::string> Config::siteIds() const {
    std::vector<std::string> ids;
    for (const auto& site : sites_)
        ids.push_back(site.id);
    return ids;
}

std::vector<std::string> Config::languageCodes() const {
    std::vector<std::string> codes;
    for (const auto& language : languages_)
        codes.push_back(language.code);
    return codes;
}

std::vector<std::string> Config::serviceIds(const std::string& siteId) const {
    std::vector<std::string> ids;
    for (const auto& service : services_) {
        if (siteId.empty() || service.site == siteId)
            ids.push_back(service.id);
    }
    return ids;
}

std::vector<std::string> Config::providerIds() const {
    std::vector<std::string> ids;
    for (const auto& provider : providers_)
        ids.push_back(provider.id);
    return ids;
}

std::vector<std::string> Config::shelterIds() const {
    std::vector<std::string> ids;
    for (const auto& shelter : shelters_)
        ids.push_back(shelter.id);
    return ids;
}

std::optional<year_month_day> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    auto digits = [&](std::size_t at, std::size_t length, auto& out) {
        const auto [end, ec] = std::from_chars(text.data() + at, text.data() + at + length, out);
        return ec == std::errc() && end == text.data() + at + length;
    };
    if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d))
        return std::nullopt;
    const year_month_day day{year(y), month(m), std::chrono::day(d)};
    if (!day.ok())
        return std::nullopt;
    return day;
}

std::string formatIsoDate(year_month_day day) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return buffer;
}

}  // namespace intake
