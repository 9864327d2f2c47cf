// A child process for the leak scan: one working day on one device, in the
// data folder given, with the PII strings the test then searches for.
//   scripted_day DATA_DIR CENTRAL_DB_URL [hang]
// With "hang" it stops after the outreach records, vaults open, prints
// "hanging" and waits to be killed (the crash half of the leak scan).
// Check-ins at the kiosk, a family-counselling application, outreach
// contacts, a bed, a referral and a report of concern; then a sync of the
// queue and outreach vaults. Prints what a real program would print (counts,
// ids) on stdout and stderr.

#include "intake/core/counselling.h"
#include "intake/core/kiosk.h"
#include "intake/core/outreach.h"
#include "intake/platform/development_key_file_store.h"
#include "intake/sync/replicator.h"

#include <unistd.h>

#include <iostream>

using namespace intake;
using namespace std::chrono;

namespace {

std::unique_ptr<Vault> openOrCreate(platform::KeyStore& keys, const std::filesystem::path& folder,
                                    const std::string& name) {
    auto key = platform::loadOrCreate(keys, name);
    if (!key)
        throw std::runtime_error("key " + name + ": " + key.error().name());
    const VaultConfig config{folder / (name + ".vault"), *key, std::nullopt};
    auto vault = std::filesystem::exists(config.path) ? Vault::open(config) : Vault::create(config);
    if (!vault)
        throw std::runtime_error("vault " + name + ": " + vault.error().name());
    return std::move(*vault);
}

template <typename T>
void must(const Checked<T>& outcome, const char* what) {
    if (!outcome.ok()) {
        std::cerr << what << ": refused (" << outcome.findings.size() << " findings"
                  << (outcome.error ? ", " + outcome.error->name() : std::string()) << ")\n";
        std::exit(3);
    }
    std::cout << what << ": saved\n";
}

void syncWith(Vault& vault, const std::string& url, const Clock& clock) {
    auto endpoint = sync::RemoteEndpoint::parse(url);
    if (!endpoint)
        std::exit(4);
    sync::ReplicationOptions options;
    options.retry.maxAttempts = 3;
    auto replicator = sync::Replicator::create(vault, *endpoint, {}, options, clock);
    if (!replicator)
        std::exit(4);
    auto report = (*replicator)->syncWithRetry();
    if (!report) {
        std::cerr << "sync failed: " << report.error().name() << " " << report.error().message() << "\n";
        std::exit(5);
    }
    std::cout << "synced: " << report->pushed << " sent, " << report->pulled << " received\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4)
        return 64;
    const bool hang = argc == 4 && std::string(argv[3]) == "hang";
    const std::filesystem::path folder = argv[1];
    const std::string central = argv[2];
    try {
        std::filesystem::create_directories(folder);
        platform::DevelopmentKeyFileStore keys(folder / "keys", std::cerr);
        const auto config = *Config::fromDocuments(Config::gothenburgSeed());
        // Wednesday 25 November 2026, 10:00 in Gothenburg.
        ManualClock clock(sys_days(2026y / November / 25) + 9h, minutes(60));

        auto queue = openOrCreate(keys, folder, "welcome-house");
        KioskCheckIn kiosk(*queue, config, clock, TicketIssuer{"welcome-house", 1, 2}, "kiosk-1");
        must(kiosk.checkIn({"community_guide", "ar", true, std::string("Leakamina"), std::string("ar"),
                            std::string("LEAKCODE77")}),
             "check-in");
        clock.advance(minutes(3));
        must(kiosk.checkIn({"housing", "uk", false, std::string("Leakolena"), std::nullopt, std::nullopt}), "check-in");
        must(kiosk.requestBooking("housing", 2026y / December / 2, "ti", std::string("+46701112299"), true),
             "booking request");

        auto counsellingVault = openOrCreate(keys, folder, "counselling");
        FamilyCounselling counselling(*counsellingVault, config, clock, "kiosk-fr-1");
        ApplicationForm form;
        form.adults = {{"Leaksara", std::string("Leakahmadi"), std::string("070-111 22 33"),
                        std::string("leak.sara@example.org")},
                       {"Leakdawit", std::nullopt, std::nullopt, std::nullopt}};
        form.contact = "phone";
        form.smallChildren = true;
        form.language = "fa";
        form.interpreterNeeded = true;
        form.interpreterLanguage = "prs";
        form.consent = true;
        must(counselling.submit(form), "application");

        clock.set(sys_days(2026y / November / 25) + 21h);  // the night shift
        auto teamVault = openOrCreate(keys, folder, "outreach");
        OutreachLog log(*teamVault, config, clock, "tablet-7", "night-team-centrum");
        records::Contact person;
        person.anonymous = false;
        person.area = "hisingen";
        person.alias = "Leakkalle";
        person.name = "Leakkarl Leaksson";
        person.consent = true;
        person.person_code = "LEAKPC42";
        person.gender = "man";
        person.age_band = "36-50";
        person.needs = {"overnight_place", "food"};
        person.actions = {"conversation", "bed_given"};
        must(log.logContact(person, "worker-1"), "contact");
        must(log.giveBed("overnight-centrum", "2026-11-25", 10, "field", "LEAKPC42", std::string("Leakkalle"),
                         "worker-1", "man"),
             "bed");
        records::Referral referral;
        referral.person_code = "LEAKPC42";
        referral.unit = "addiction_services";
        referral.reason = "Leakreason wants treatment";
        referral.consent = true;
        must(log.refer(referral, "worker-1"), "referral");
        records::ConcernReport report;
        report.child_name = "Leakchild";
        report.child_age = 9;
        report.concern = "Leakconcern alone at night";
        report.area = "nordost";
        must(log.draftConcern(report, "worker-1"), "report of concern");
        if (hang) {
            std::cout << "hanging" << std::endl;
            for (;;)
                pause();
        }

        syncWith(*queue, central + "-queue", clock);
        syncWith(*teamVault, central + "-outreach", clock);
        std::cout << "day done\n";
    } catch (const std::exception& failure) {
        std::cerr << "scripted day: " << failure.what() << "\n";
        return 2;
    }
    return 0;
}
