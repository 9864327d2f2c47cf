#pragma once

// The subcommands of `intake`, each in its own file: options in, an exit
// code out (output.h), everything printed through the Output.

#include "device_access.h"

#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace intake::cli {

// intake enrol --profile FILE [--password-stdin] [--replace]
struct EnrolOptions {
    std::string profileFile;
    bool passwordStdin = false;
    bool replace = false;
};
int runEnrol(const EnrolOptions& options, DeviceAccess& device);

// intake status [--unlock] [--check]
struct StatusOptions {
    bool unlock = false;  // read the staff PIN and include the outreach vault
    bool check = false;   // exit 7 when something needs a person
};
int runStatus(const StatusOptions& options, DeviceAccess& device);

// intake sync [--once | --continuous [--for SECONDS]] [--attempts N]
struct SyncOptions {
    bool continuous = false;
    std::optional<double> forSeconds;  // continuous: stop after this long
    unsigned attempts = 5;             // --once: tries per vault for transient failures
};
int runSync(const SyncOptions& options, DeviceAccess& device, std::stop_token stop);

// intake add TYPE (--json DOC | --file DOCS.jsonl|-) [--actor NAME]
struct AddOptions {
    std::string type;
    std::optional<std::string> json;
    std::optional<std::string> file;
    std::string actor;  // who entered them (audited); default: the profile's staff or device
};
int runAdd(const AddOptions& options, DeviceAccess& device);

// intake export stats (--from DATE --to DATE | --year N [--year-dec-nov])
//                     [--format csv|json|svg] [--output FILE] [--input DOCS.jsonl ...] [--config CONFIG.jsonl]
struct ExportStatsOptions {
    std::optional<std::string> from;
    std::optional<std::string> to;
    std::optional<int> year;
    bool decemberToNovember = false;
    std::string format = "csv";
    std::string output;               // empty or "-": standard output
    std::vector<std::string> inputs;  // documents as JSON lines instead of this device's vaults
    std::string configFile;           // config documents as JSON lines (default: the device's, else the seed)
};
int runExportStats(const ExportStatsOptions& options, DeviceAccess& device);

// intake vault verify|rekey|purge-synced|wipe [--vault NAME ...] [--yes]
struct VaultOptions {
    std::vector<std::string> names;  // empty: every vault of the device
    bool yes = false;                // wipe: confirmed on the command line
    bool discardUnsynced = false;    // wipe even records not yet on the central service
};
int runVaultVerify(const VaultOptions& options, DeviceAccess& device);
int runVaultRekey(const VaultOptions& options, DeviceAccess& device);
int runVaultPurgeSynced(const VaultOptions& options, DeviceAccess& device);
int runVaultWipe(const VaultOptions& options, DeviceAccess& device);

// intake open-sealed --key PRIVATE.pem [--input FILE] [--output FILE]
struct OpenSealedOptions {
    std::string keyFile;
    std::string input = "-";
    std::string output = "-";
};
int runOpenSealed(const OpenSealedOptions& options, Environment& env);

}  // namespace intake::cli
