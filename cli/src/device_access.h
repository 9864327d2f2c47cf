#pragma once

// What every command of `intake` reaches the device through: the data
// folder, its profile, the role's vaults (opened on first use), the outreach
// vault behind the staff PIN, and the central service's client options.

#include "output.h"

#include "intake/core/clock.h"
#include "intake/core/result.h"
#include "intake/core/vault.h"
#include "intake/device/device_session.h"
#include "intake/device/sync_plan.h"
#include "intake/platform/key_store.h"
#include "intake/sync/couch_client.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace intake::cli {

struct Environment {
    std::filesystem::path dataDir;
    platform::KeyStore& keys;
    const Clock& clock;
    Output& output;
    std::istream& input;      // standard input: a password or PIN, or records (--file -)
    bool inputIsTerminal;     // ask for secrets with a prompt and without echo
};

// Reads one line from standard input for a secret. On a terminal it asks
// with `prompt` on standard error and turns echo off. The caller wipes it.
std::optional<std::string> readSecretLine(Environment& env, const std::string& prompt);

class DeviceAccess {
public:
    explicit DeviceAccess(Environment& env);
    ~DeviceAccess();

    Environment& env() { return env_; }
    std::filesystem::path profilePath() const;
    bool enrolled() const;

    // VaultError::NotFound "device profile" when not enrolled.
    Result<device::DeviceProfile> profile();
    Result<device::DeviceSession*> session();
    // The outreach team vault: the staff PIN is read from standard input
    // (a prompt on a terminal). PinError::RingMissing when this is not an
    // outreach tablet or the PIN was never set in the app.
    Result<Vault*> outreachVault();
    bool hasOutreachRing() const;
    // Gives the outreach vault a new key, kept in the PIN ring (the same
    // protocol as device/vault_keys.h, with the ring as the key store).
    // Closes the vault; it reopens on the next outreachVault().
    Result<void> rekeyOutreachVault();
    std::filesystem::path outreachVaultPath() const;

    // The vaults of this device by name (config first; the outreach vault
    // only when `withOutreach`, which asks for the PIN).
    struct NamedVault {
        std::string name;
        Vault* vault;
    };
    Result<std::vector<NamedVault>> vaults(bool withOutreach);
    // One vault by name; the outreach one asks for the PIN.
    Result<Vault*> vault(const std::string& name);

    // Client options for the central service (credentials from the key store).
    Result<sync::ClientOptions> clientOptions();

    // For a command: the session, the unlocked outreach vault, the central
    // service's client options, or nullopt/nullptr after reporting why not
    // (not enrolled is exit 4) with the exit code in `exitCode`.
    device::DeviceSession* sessionForCommand(int& exitCode);
    Vault* outreachForCommand(int& exitCode);
    std::optional<sync::ClientOptions> clientForCommand(int& exitCode);
    // Reports "not enrolled" (exit 4) unless the device is; kExitOk if it is.
    int requireEnrolled();

    // What a vault itself knows of its sync, without the network (no request
    // is sent): the local changes not yet pushed, and the last success. With
    // no central service, or `client` null (no credentials), every change
    // the vault ever recorded is waiting and no sync is known.
    struct LocalSyncState {
        std::int64_t waiting = 0;  // 0 for a pull-only link
        std::optional<std::chrono::sys_time<std::chrono::milliseconds>> lastSync;
    };
    Result<LocalSyncState> localSyncState(const device::VaultLink& link, const sync::ClientOptions* client);

    // Closes everything (before a vault file is replaced or wiped).
    void close();
    // Closes the role's vaults but keeps an unlocked outreach vault open.
    void closeSession();

private:
    Environment& env_;
    std::unique_ptr<device::DeviceSession> session_;
    struct OutreachState;
    std::unique_ptr<OutreachState> outreach_;
};

}  // namespace intake::cli
