// intake: the command-line tool for the city's IT staff and unit heads.
// The composition root: parses the command line (CLI11), makes the key
// store, the clock and the output, and runs one subcommand. See
// `intake --help` and docs/cli.md.

#include "src/commands.h"
#include "src/ownership.h"

#include "intake/platform/development_key_file_store.h"
#include "intake/platform/platform_key_store.h"
#include "intake/platform/system_clock.h"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <stop_token>
#include <thread>
#include <unistd.h>

namespace {

using namespace intake;
using namespace intake::cli;

// SIGINT / SIGTERM end `intake sync --continuous` cleanly (checkpoints are
// written after each batch, so even a kill loses nothing). A watcher thread
// turns the signal into a stop request; the handler itself only writes a byte.
int stopPipe[2] = {-1, -1};

extern "C" void onStopSignal(int) {
    const char byte = 1;
    [[maybe_unused]] auto written = ::write(stopPipe[1], &byte, 1);
}

std::filesystem::path defaultDataDir() {
    if (const char* dir = std::getenv("INTAKE_DATA_DIR"); dir && *dir)
        return dir;
    return "/var/lib/intake";
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"intake: enrol and look after Intake kiosks and tablets, and export the yearly statistics.\n"
                 "Exit codes: 0 done, 1 failed, 2 bad command line, 3 bad input (nothing written),\n"
                 "4 not ready (not enrolled, key or PIN), 5 central service unreachable, 6 refused by it,\n"
                 "7 needs attention (status --check)."};
    app.require_subcommand(1);
    std::string dataDir = defaultDataDir().string();
    std::string developmentKeys;
    bool json = false;
    app.add_option("--data", dataDir, "The device's data folder (default $INTAKE_DATA_DIR or /var/lib/intake)");
    app.add_option("--development-keys", developmentKeys,
                   "Keep keys in plain files in DIR (development and tests only; warns)");
    app.add_flag("--json", json, "Answer with one JSON document on standard output");

    EnrolOptions enrol;
    auto* enrolCommand = app.add_subcommand("enrol", "Set up this device from an enrolment profile");
    enrolCommand->add_option("--profile", enrol.profileFile, "Enrolment profile (JSON: role, device_id, site, ...)")
        ->required();
    enrolCommand->add_flag("--password-stdin", enrol.passwordStdin,
                           "Read the central service password from standard input");
    enrolCommand->add_flag("--replace", enrol.replace, "Replace this device's existing profile");

    StatusOptions status;
    auto* statusCommand = app.add_subcommand("status", "Vaults, records waiting, last sync, what needs attention");
    statusCommand->add_flag("--unlock", status.unlock, "Read the staff PIN and include the outreach vault");
    statusCommand->add_flag("--check", status.check, "Exit 7 when something needs a person");

    SyncOptions sync;
    auto* syncCommand = app.add_subcommand("sync", "Sync this device's vaults with the central service");
    bool once = false;
    auto* onceFlag = syncCommand->add_flag("--once", once, "One pass with retries, then stop (the default)");
    auto* continuousFlag = syncCommand->add_flag("--continuous", sync.continuous,
                                                 "Keep syncing until stopped (Ctrl-C, SIGTERM)");
    onceFlag->excludes(continuousFlag);
    syncCommand->add_option("--for", sync.forSeconds, "With --continuous: stop after SECONDS")
        ->check(CLI::PositiveNumber)
        ->needs(continuousFlag);
    syncCommand->add_option("--attempts", sync.attempts, "With --once: tries per vault when offline (default 5)")
        ->check(CLI::Range(1u, 100u))
        ->excludes(continuousFlag);

    AddOptions add;
    auto* addCommand = app.add_subcommand("add", "Validate and write records; prints each id once it is on disk");
    addCommand->add_option("type", add.type,
                           "Record type: visit, application, booking_request, contact, bed_night, referral, "
                           "concern_report")
        ->required();
    auto* addJson = addCommand->add_option("--json", add.json, "One record as JSON");
    auto* addFile = addCommand->add_option("--file", add.file, "Records as JSON lines (- for standard input)");
    addJson->excludes(addFile);
    addCommand->add_option("--actor", add.actor, "Who entered them, for the audit trail");

    ExportStatsOptions exportStats;
    auto* exportCommand = app.add_subcommand("export", "Export the statistics the city reports");
    exportCommand->require_subcommand(1);
    auto* statsCommand = exportCommand->add_subcommand("stats", "Yearly statistics (docs/reporting.md)");
    auto* fromOption = statsCommand->add_option("--from", exportStats.from, "First day, YYYY-MM-DD");
    auto* toOption = statsCommand->add_option("--to", exportStats.to, "Last day, YYYY-MM-DD");
    auto* yearOption = statsCommand->add_option("--year", exportStats.year, "A whole year (with --year-dec-nov: "
                                                                             "1 Dec of the year before to 30 Nov)")
                           ->check(CLI::Range(2000, 2200));
    fromOption->needs(toOption);
    toOption->needs(fromOption);
    yearOption->excludes(fromOption)->excludes(toOption);
    statsCommand->add_flag("--year-dec-nov", exportStats.decemberToNovember,
                           "The year runs December to November")
        ->needs(yearOption);
    statsCommand->add_option("--format", exportStats.format, "csv (default), json or svg")
        ->check(CLI::IsMember({"csv", "json", "svg"}));
    statsCommand->add_option("--output", exportStats.output, "Write to FILE (default: standard output)");
    statsCommand->add_option("--input", exportStats.inputs,
                             "Documents as JSON lines (e.g. a central database's dump) instead of this device");
    statsCommand->add_option("--config", exportStats.configFile, "Config documents as JSON lines");

    VaultOptions vaultOptions;
    auto* vaultCommand = app.add_subcommand("vault", "Look after this device's encrypted vaults");
    vaultCommand->require_subcommand(1);
    auto addVaultOptions = [&](CLI::App* command) {
        command->add_option("--vault", vaultOptions.names, "Only this vault (repeatable; default: all)");
    };
    auto* verifyCommand = vaultCommand->add_subcommand("verify", "Check each vault's integrity and key");
    auto* rekeyCommand = vaultCommand->add_subcommand("rekey", "Give each vault a new random key");
    auto* purgeCommand = vaultCommand->add_subcommand(
        "purge-synced", "Drop local copies the central service holds (kiosks and counselling inboxes)");
    auto* wipeCommand = vaultCommand->add_subcommand("wipe", "Destroy vaults and their keys (cannot be undone)");
    for (auto* command : {verifyCommand, rekeyCommand, purgeCommand, wipeCommand})
        addVaultOptions(command);
    wipeCommand->add_flag("--yes", vaultOptions.yes, "Confirm the wipe");
    wipeCommand->add_flag("--discard-unsynced", vaultOptions.discardUnsynced,
                          "Wipe even changes the central service does not have yet (they are lost)");

    OpenSealedOptions openSealed;
    auto* openSealedCommand = app.add_subcommand(
        "open-sealed", "Central side: open sealed family-counselling applications (JSON lines in and out)");
    openSealedCommand->add_option("-k,--key", openSealed.keyFile, "The unit's private key (PEM)")->required();
    openSealedCommand->add_option("-f,--file,--input", openSealed.input, "Documents as JSON lines (default: -)");
    openSealedCommand->add_option("--output", openSealed.output, "Write to FILE (default: standard output)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? kExitOk : kExitUsage;
    }

    Output output(json, std::cout, std::cerr, ::isatty(STDERR_FILENO) == 1);
    platform::SystemClock clock;
    std::unique_ptr<platform::KeyStore> keys;
    if (!developmentKeys.empty()) {
        keys = std::make_unique<platform::DevelopmentKeyFileStore>(developmentKeys, std::cerr);
    } else {
        platform::KeyStoreSettings settings;
        // Tests and staging machines keep their encrypted credentials elsewhere.
        if (const char* credstore = std::getenv("INTAKE_CREDSTORE_DIR"); credstore && *credstore)
            settings.encryptedCredentialsDirectory = credstore;
        keys = platform::makePlatformKeyStore(settings);
    }
    Environment env{dataDir, *keys, clock, output, std::cin, ::isatty(STDIN_FILENO) == 1};

    if (openSealedCommand->parsed())
        return runOpenSealed(openSealed, env);

    DeviceAccess device(env);
    const int code = [&] {
        if (enrolCommand->parsed())
            return runEnrol(enrol, device);
        if (statusCommand->parsed())
            return runStatus(status, device);
        if (syncCommand->parsed()) {
            std::stop_source stop;
            if (::pipe(stopPipe) != 0)
                return output.failWith(kExitFailed, "cli.pipe", "cannot set up signal handling");
            std::jthread watcher([&stop](std::stop_token done) {
                char byte = 0;
                while (!done.stop_requested()) {
                    if (::read(stopPipe[0], &byte, 1) == 1) {
                        if (byte == 1)
                            stop.request_stop();
                        return;
                    }
                }
            });
            std::signal(SIGINT, onStopSignal);
            std::signal(SIGTERM, onStopSignal);
            const int synced = runSync(sync, device, stop.get_token());
            const char quit = 0;
            [[maybe_unused]] auto written = ::write(stopPipe[1], &quit, 1);
            return synced;
        }
        if (addCommand->parsed())
            return runAdd(add, device);
        if (statsCommand->parsed())
            return runExportStats(exportStats, device);
        if (verifyCommand->parsed())
            return runVaultVerify(vaultOptions, device);
        if (rekeyCommand->parsed())
            return runVaultRekey(vaultOptions, device);
        if (purgeCommand->parsed())
            return runVaultPurgeSynced(vaultOptions, device);
        if (wipeCommand->parsed())
            return runVaultWipe(vaultOptions, device);
        return static_cast<int>(kExitUsage);
    }();
    device.close();
    giveToFolderOwner(env.dataDir);
    return code;
}
