// intake-smoke: proves the vault store end to end on this machine. It creates
// (or reopens) an encrypted vault, writes a made-up visit, reads it back,
// updates it, and prints what it did: ids, revisions and counts, never the
// record's contents.

#include "intake/core/vault.h"
#include "intake/platform/development_key_file_store.h"

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

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Create or open an encrypted Intake vault, write a record, read it back."};
    std::string dataDir = "intake-data";
    app.add_option("-d,--data-dir", dataDir, "Folder for the vault and the development key file")->capture_default_str();
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
    return 0;
}
