#pragma once

// The city's configuration as devices receive it: `config` documents written
// centrally (read-only on devices) describing sites, services and the days
// they run, languages, shelters and their beds, counselling providers and the
// option lists forms offer.

#include "intake/core/result.h"
#include "intake/core/validation.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace intake {

// On which days a service runs. A day runs if it matches `weekdays` or the
// monthly rule or is listed in `extraDates`, and is not in `closedDates`.
struct Schedule {
    std::vector<unsigned> weekdays;  // ISO: 1 = Monday ... 7 = Sunday
    // "The Public Employment Service, once a month": the nth given weekday
    // of each month (nth 1..4, or -1 for the last one).
    struct Monthly {
        int nth = 1;
        unsigned weekday = 1;
    };
    std::optional<Monthly> monthly;
    std::vector<std::chrono::year_month_day> extraDates;
    std::vector<std::chrono::year_month_day> closedDates;

    bool runsOn(std::chrono::year_month_day day) const;
};

struct LocalisedName {
    std::map<std::string, std::string> byLanguage;  // language code -> name
    // The name in `language`, else Swedish, else English, else any.
    const std::string& in(const std::string& language) const;
};

struct Site {
    std::string id;
    LocalisedName name;
    std::string district;   // stadsområde: Centrum, Hisingen, Nordost, Sydväst
    unsigned ticketIssuers = 1;  // kiosks and desks that hand out tickets (see tickets.h)
    std::vector<std::chrono::year_month_day> closedDates;
};

struct Service {
    std::string id;
    std::string site;
    LocalisedName name;
    char letter = 'A';            // ticket prefix, unique per site
    std::string picture;          // picture support (bildstöd) asset name
    Schedule schedule;
    unsigned minutesPerVisit = 15;  // default for wait estimates before today has data
    unsigned desks = 1;             // staff serving in parallel
    bool bookable = true;           // visitors may ask for a time on another day
};

struct Language {
    std::string code;          // BCP 47: sv, en, ar, fa, prs, uk, so, ti, ...
    std::string nativeName;    // the language's name in its own script
    bool rightToLeft = false;
    bool kiosk = false;        // offered as a kiosk / self-registration language
};

struct Bed {
    unsigned number = 0;
    std::string filledBy;   // "duty" (out-of-hours duty team) or "field" (field workers)
    std::string kind;       // "assessed" (with an assistance decision) or "unassessed"
};

struct Shelter {
    std::string id;
    LocalisedName name;
    std::string district;
    std::vector<Bed> beds;
    const Bed* bed(unsigned number) const;
};

struct Provider {
    std::string id;
    LocalisedName name;
    bool external = false;  // a non-profit provider rather than the city
};

// The family-counselling unit's public key: devices seal the sensitive part
// of each application to it before it touches the disk (counselling.h,
// sealed_envelope.h). Only the unit's central service holds the private key.
struct CounsellingSealing {
    std::string publicKeyPem;  // X25519, SubjectPublicKeyInfo PEM
    std::string keyId;         // sealed::keyId(publicKeyPem), checked against config's "key_id" when given
    bool demo = false;         // a demo/test key whose private half is public: never in production
};

// Everything a device validates against. Built from the `config` documents.
class Config {
public:
    // Parses config documents (bodies with "type": "config" and a "kind").
    // Malformed documents give VaultError::InvalidDocument with the field.
    static Result<Config> fromDocuments(const std::vector<nlohmann::json>& documents);
    // The seed configuration for Gothenburg shipped with Intake (core/seed/gothenburg-config.json).
    static const std::vector<nlohmann::json>& gothenburgSeed();

    const std::vector<Site>& sites() const { return sites_; }
    const std::vector<Service>& services() const { return services_; }
    const std::vector<Language>& languages() const { return languages_; }
    const std::vector<Shelter>& shelters() const { return shelters_; }
    const std::vector<Provider>& providers() const { return providers_; }
    // From the config document of kind "counselling"; absent when none is
    // configured, and then FamilyCounselling::submit refuses (seal.no_key).
    const std::optional<CounsellingSealing>& counsellingSealing() const { return counsellingSealing_; }

    const Site* site(const std::string& id) const;
    const Service* service(const std::string& id) const;
    const Language* language(const std::string& code) const;
    const Shelter* shelter(const std::string& id) const;
    const Provider* provider(const std::string& id) const;

    // Services of a site that run on `day` (the site being open), in config order.
    std::vector<const Service*> servicesRunning(const std::string& site, std::chrono::year_month_day day) const;
    // The next days (after `from`, at most `horizonDays` ahead) a service runs.
    std::vector<std::chrono::year_month_day> nextDays(const Service& service, std::chrono::year_month_day from,
                                                      unsigned count, unsigned horizonDays = 120) const;

    // Option lists by name: "gender", "age_band", "need", "action", "area",
    // "referral_unit", "duty_event". Empty if unknown.
    const std::vector<std::string>& options(const std::string& list) const;
    std::vector<std::string> siteIds() const;
    std::vector<std::string> languageCodes() const;
    std::vector<std::string> serviceIds(const std::string& site) const;
    std::vector<std::string> providerIds() const;
    std::vector<std::string> shelterIds() const;

private:
    std::vector<Site> sites_;
    std::vector<Service> services_;
    std::vector<Language> languages_;
    std::vector<Shelter> shelters_;
    std::vector<Provider> providers_;
    std::map<std::string, std::vector<std::string>> options_;
    std::optional<CounsellingSealing> counsellingSealing_;
};

// Dates as config and records write them.
std::optional<std::chrono::year_month_day> parseIsoDate(std::string_view text);
std::string formatIsoDate(std::chrono::year_month_day day);

}  // namespace intake
