// intake-seed-central: fills a central CouchDB server (in the demo, the
// pouchdb-server that README command (1) starts) with what devices pull:
// Gothenburg's config (sites, services, languages, shelters and their beds,
// providers, the counselling unit's DEMO public key, option lists) in
// "config", and open family-counselling slots for the next two weeks in
// "counselling-slots". It writes them into local vaults and pushes them with
// the replicator, so running it again changes nothing.

#include "intake/core/config.h"
#include "intake/core/records.h"
#include "intake/core/vault.h"
#include "intake/platform/development_key_file_store.h"
#include "intake/platform/system_clock.h"
#include "intake/sync/replicator.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace {

using namespace intake;
using namespace std::chrono;

int fail(const char* step, const Error& error) {
    std::cerr << "intake-seed-central: " << step << " failed: " << error.message() << " [" << error.name() << "]\n";
    return 1;
}

// Writes `documents` (id, body) that the vault does not hold yet.
Result<int> putMissing(Vault& vault, const std::vector<std::pair<std::string, nlohmann::json>>& documents) {
    int written = 0;
    for (const auto& [id, body] : documents) {
        if (vault.get(id))
            continue;
        INTAKE_TRY(vault.put({id, body, "", false}));
        ++written;
    }
    return written;
}

Result<std::unique_ptr<Vault>> openVault(platform::KeyStore& keys, const std::filesystem::path& folder, const char* name) {
    auto key = platform::loadOrCreate(keys, name);
    if (!key)
        return key.error();
    const VaultConfig config{folder / (std::string(name) + ".vault"), *key, std::nullopt};
    return std::filesystem::exists(config.path) ? Vault::open(config) : Vault::create(config);
}

Result<sync::SyncReport> push(Vault& vault, const std::string& url, const Clock& clock) {
    auto endpoint = sync::RemoteEndpoint::parse(url);
    if (!endpoint)
        return endpoint.error();
    auto client = sync::CouchClient::create(*endpoint);
    if (!client)
        return client.error();
    INTAKE_TRY(client->ensureDatabase());
    sync::ReplicationOptions options;
    options.pull = false;
    auto replicator = sync::Replicator::create(vault, *endpoint, {}, options, clock);
    if (!replicator)
        return replicator.error();
    return (*replicator)->syncWithRetry();
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Seed a central CouchDB server with Gothenburg's config and open counselling slots."};
    std::string central = "http://127.0.0.1:5985";
    std::string dataDir = "intake-data/central-seed";
    int days = 14;
    app.add_option("--central", central, "Central server URL, without a database")->capture_default_str();
    app.add_option("--data", dataDir, "Folder for the seed's own vaults")->capture_default_str();
    app.add_option("--days", days, "Days of slots from tomorrow")->capture_default_str()->check(CLI::Range(1, 90));
    CLI11_PARSE(app, argc, argv);
    while (!central.empty() && central.back() == '/')
        central.pop_back();

    const std::filesystem::path folder(dataDir);
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    platform::DevelopmentKeyFileStore keys(folder / "keys", std::cerr);
    platform::SystemClock clock;

    auto configVault = openVault(keys, folder, "config");
    if (!configVault)
        return fail("opening the config vault", configVault.error());
    std::vector<std::pair<std::string, nlohmann::json>> configDocuments;
    for (auto body : Config::gothenburgSeed()) {
        const std::string id = body.value("_id", "config:" + body.value("kind", std::string("unknown")));
        body.erase("_id");
        body.erase("_rev");
        configDocuments.emplace_back(id, std::move(body));
    }
    auto wroteConfig = putMissing(**configVault, configDocuments);
    if (!wroteConfig)
        return fail("writing the config", wroteConfig.error());

    auto config = Config::fromDocuments(Config::gothenburgSeed());
    auto slotVault = openVault(keys, folder, "counselling-slots");
    if (!slotVault)
        return fail("opening the slot vault", slotVault.error());
    std::vector<std::pair<std::string, nlohmann::json>> slotDocuments;
    const auto today = floor<std::chrono::days>(clock.now());
    for (int d = 1; d <= days; ++d) {
        const auto day = today + std::chrono::days{d};
        const unsigned weekday = year_month_weekday{day}.weekday().iso_encoding();
        if (weekday > 5)
            continue;  // the units do not counsel at weekends
        for (const auto& provider : config->providers()) {
            for (int hour : {8, 12}) {  // 09:00 and 13:00 in Stockholm (UTC+1 in winter)
                records::Slot slot;
                slot.provider = provider.id;
                slot.kind = hour == 8 ? "single_session" : "cancellation";
                slot.starts_at = records::formatTimestamp(day + hours(hour));
                slot.ends_at = records::formatTimestamp(day + hours(hour + 1));
                const std::string id = "slot:" + provider.id + "-" + slot.starts_at.substr(0, 13);
                slotDocuments.emplace_back(id, records::toJson(slot));
            }
        }
    }
    auto wroteSlots = putMissing(**slotVault, slotDocuments);
    if (!wroteSlots)
        return fail("writing the slots", wroteSlots.error());

    auto configPushed = push(**configVault, central + "/config", clock);
    if (!configPushed)
        return fail("sending the config", configPushed.error());
    auto slotsPushed = push(**slotVault, central + "/counselling-slots", clock);
    if (!slotsPushed)
        return fail("sending the slots", slotsPushed.error());
    std::cout << "Seeded " << central << ": " << configDocuments.size() << " config documents, "
              << slotDocuments.size() << " open slots (" << configPushed->pushed + slotsPushed->pushed
              << " revisions sent)\n";
    return 0;
}
