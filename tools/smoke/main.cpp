// intake-smoke: proves the vault store and sync end to end on this machine.
// It creates (or reopens) an encrypted vault, writes a made-up visit, reads
// it back, updates it, then (with --central) replicates the vault with the
// central database, and prints what it did: ids, revisions and counts, never
// the record's contents.

#include "intake/core/vault.h"
#include "intake/platform/development_key_file_store.h"
#include "intake/platform/system_clock.h"
#include "intake/sync/needs_attention.h"
#include "intake/sync/replicator.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <ctime>
#include <iostream>

namespace {

std::string today() {
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

int fail(const char* step, const intake::Error& error) {
    std::cerr << "intake-smoke: " << step << " failed: " << error.message() << " [" << error.name() << "]\n";
    return 1;
}

// Prints the replicator's progress as it goes (counts only).
class ProgressPrinter final : public intake::sync::SyncObserver {
public:
    void syncStatusChanged(const intake::sync::SyncStatus& status) override {
        if (status.error && status.retryIn) {
            std::cout << "  sync: " << status.error->message() << " Retrying in " << status.retryIn->count()
                      << " ms.\n";
        }
    }
};

int syncWithCentral(intake::Vault& vault, const std::string& url) {
    auto endpoint = intake::sync::RemoteEndpoint::parse(url);
    if (!endpoint)
        return fail("checking the central URL", endpoint.error());
    // The embedded central service starts empty: make the database there.
    auto client = intake::sync::CouchClient::create(*endpoint);
    if (!client)
        return fail("connecting to the central service", client.error());
    if (auto made = client->ensureDatabase(); !made)
        return fail("preparing the central database", made.error());

    intake::platform::SystemClock clock;
    ProgressPrinter printer;
    intake::sync::ReplicationOptions options;
    options.retry.maxAttempts = 4;
    auto replicator = intake::sync::Replicator::create(vault, *endpoint, {}, options, clock, &printer);
    if (!replicator)
        return fail("setting up sync", replicator.error());
    auto report = (*replicator)->syncWithRetry();
    if (!report)
        return fail("syncing with the central service", report.error());
    const auto status = (*replicator)->status();
    std::cout << "Synced with " << endpoint->databaseUrl() << ": " << report->pushed << " revisions sent, "
              << report->pulled << " received, " << report->resolved << " conflicts settled, "
              << status.pendingPush << " waiting\n";
    auto attention = intake::sync::needsAttention(vault);
    if (!attention)
        return fail("listing what needs attention", attention.error());
    std::cout << attention->size() << " records need attention\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Create or open an encrypted Intake vault, write a record, read it back."};
    std::string dataDir = "intake-data";
    std::string central;
    app.add_option("-d,--data-dir", dataDir, "Folder for the vault and the development key file")->capture_default_str();
    app.add_option("--central", central, "Database URL of the central service to sync with (https, or http on loopback)");
    CLI11_PARSE(app, argc, argv);

    const std::filesystem::path folder(dataDir);
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        std::cerr << "intake-smoke: cannot create " << folder << ": " << ec.message() << "\n";
        return 1;
    }

    intake::platform::DevelopmentKeyFileStore keys(folder / "keys", std::cerr);
    auto key = intake::platform::loadOrCreate(keys, "welcome-house");
    if (!key)
        return fail("loading the vault key", key.error());

    const auto path = folder / "welcome-house.vault";
    const bool existed = std::filesystem::exists(path);
    intake::VaultConfig config{path, *key, std::nullopt};
    auto vault = existed ? intake::Vault::open(config) : intake::Vault::create(config);
    if (!vault)
        return fail(existed ? "opening the vault" : "creating the vault", vault.error());
    std::cout << (existed ? "Opened" : "Created") << " encrypted vault " << path.string() << "\n";

    auto seq = (*vault)->lastSequence();
    if (!seq)
        return fail("reading the change sequence", seq.error());
    const std::string id = "visit:smoke-" + std::to_string(*seq + 1);
    nlohmann::json body = {{"type", "visit"}, {"site", "welcome-house-centrum"}, {"day", today()},
                           {"service", "community_guide"}, {"language", "ar"}, {"status", "waiting"}};
    auto created = (*vault)->put({id, body, "", false});
    if (!created)
        return fail("writing a visit", created.error());
    std::cout << "Wrote " << created->id << " at revision " << created->rev << " (committed durably)\n";

    auto read = (*vault)->get(id);
    if (!read)
        return fail("reading the visit back", read.error());
    if (read->body != body) {
        std::cerr << "intake-smoke: the visit read back differs from the one written\n";
        return 1;
    }
    std::cout << "Read it back: " << read->body.size() << " fields, identical\n";

    body["status"] = "served";
    auto updated = (*vault)->put({id, body, created->rev, false});
    if (!updated)
        return fail("updating the visit", updated.error());
    std::cout << "Updated it to revision " << updated->rev << "\n";

    auto waiting = (*vault)->query({.type = "visit", .site = std::nullopt, .day = today(), .status = "served", .limit = 0});
    auto total = (*vault)->documentCount();
    auto check = (*vault)->verify();
    if (!waiting || !total || !check)
        return fail("checking the vault", !waiting ? waiting.error() : !total ? total.error() : check.error());
    std::cout << "Vault holds " << *total << " records; " << waiting->size()
              << " served visits today; integrity check passed\n";
    if (!central.empty())
        return syncWithCentral(**vault, central);
    return 0;
}
