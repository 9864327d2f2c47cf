// intake vault verify | rekey | purge-synced | wipe [--vault NAME ...]

#include "central_database.h"
#include "commands.h"

#include "intake/device/sync_plan.h"
#include "intake/device/vault_keys.h"
#include "intake/sync/remote_endpoint.h"

#include <algorithm>
#include <sstream>
#include <system_error>

namespace intake::cli {

namespace {

struct Target {
    std::string name;
    bool outreach = false;
};

// The vaults named on the command line (or all of the device's), checked
// against the role. Exit code 0 with the list, or the exit code of a refusal.
int chooseVaults(const VaultOptions& options, DeviceAccess& device, std::vector<Target>& targets) {
    auto& out = device.env().output;
    if (int refused = device.requireEnrolled(); refused != kExitOk)
        return refused;
    auto profile = device.profile();
    if (!profile)
        return out.fail(profile.error(), "reading the device profile");
    std::vector<Target> all;
    for (const auto& name : device::DeviceSession::vaultNames(profile->role))
        all.push_back({name, false});
    if (profile->role == device::Role::Outreach && device.hasOutreachRing())
        all.push_back({device::DeviceSession::kOutreachVault, true});
    if (options.names.empty()) {
        targets = all;
        return kExitOk;
    }
    for (const auto& name : options.names) {
        auto found = std::find_if(all.begin(), all.end(), [&](const Target& t) { return t.name == name; });
        if (found == all.end()) {
            std::string known;
            for (const auto& t : all)
                known += (known.empty() ? "" : ", ") + t.name;
            return out.failWith(kExitBadInput, "cli.unknown_vault",
                                "this " + std::string(device::roleName(profile->role)) + " device has no vault \"" +
                                    name + "\"; its vaults are " + known);
        }
        if (std::none_of(targets.begin(), targets.end(), [&](const Target& t) { return t.name == name; }))
            targets.push_back(*found);
    }
    return kExitOk;
}

std::filesystem::path vaultPath(DeviceAccess& device, const std::string& name) {
    return device.env().dataDir / (name + ".vault");
}

// Worst first: what the exit code of a command over several vaults is.
int worse(int a, int b) {
    if (a == kExitOk)
        return b;
    if (b == kExitOk)
        return a;
    return std::min(a, b) == kExitFailed ? kExitFailed : std::max(a, b);
}

}  // namespace

int runVaultVerify(const VaultOptions& options, DeviceAccess& device) {
    auto& env = device.env();
    auto& out = env.output;
    std::vector<Target> targets;
    if (int refused = chooseVaults(options, device, targets); refused != kExitOk)
        return refused;
    nlohmann::json list = nlohmann::json::array();
    std::ostringstream text;
    int code = kExitOk;
    for (const auto& target : targets) {
        nlohmann::json entry{{"name", target.name}};
        auto check = [&]() -> Result<std::int64_t> {
            std::error_code ec;
            if (!std::filesystem::exists(vaultPath(device, target.name), ec))
                return Error(VaultError::NotFound, target.name);
            Vault* vault = nullptr;
            std::unique_ptr<Vault> owned;
            if (target.outreach) {
                auto opened = device.outreachVault();
                if (!opened)
                    return opened.error();
                vault = *opened;
            } else {
                // Each vault on its own: one damaged vault must not hide the others.
                auto opened = device::openWithKeyStore(vaultPath(device, target.name), target.name, env.keys);
                if (!opened)
                    return opened.error();
                owned = std::move(*opened);
                vault = owned.get();
            }
            INTAKE_TRY(vault->verify());
            return vault->documentCount();
        };
        auto checked = check();
        if (checked) {
            entry["ok"] = true;
            entry["documents"] = *checked;
            text << "  " << target.name << ": ok, " << grouped(static_cast<std::uint64_t>(*checked)) << " documents\n";
        } else {
            entry["ok"] = false;
            entry["error"] = {{"code", checked.error().name()}, {"message", checked.error().message()}};
            text << "  " << target.name << ": FAILED: " << checked.error().message() << " (" << checked.error().name()
                 << ")\n";
            code = worse(code, exitCodeFor(checked.error()));
        }
        list.push_back(entry);
    }
    out.answer({{"vaults", list}, {"ok", code == kExitOk}},
               (code == kExitOk ? "All vaults are intact:\n" : "Some vaults failed the check:\n") + text.str());
    return code;
}

int runVaultRekey(const VaultOptions& options, DeviceAccess& device) {
    auto& env = device.env();
    auto& out = env.output;
    std::vector<Target> targets;
    if (int refused = chooseVaults(options, device, targets); refused != kExitOk)
        return refused;
    device.closeSession();
    nlohmann::json done = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& target : targets) {
        Progress progress(out, "rekey " + target.name);
        progress.update(0, 1);
        auto changed = target.outreach ? device.rekeyOutreachVault()
                                       : device::rekeyWithKeyStore(vaultPath(device, target.name), target.name, env.keys);
        progress.update(1, 1);
        progress.finish();
        if (!changed) {
            if (!done.empty())
                out.note("intake: these vaults have their new keys: " + done.dump());
            return out.fail(changed.error(), "changing the key of vault " + target.name);
        }
        done.push_back(target.name);
        text << "  " << target.name << ": new key\n";
    }
    out.answer({{"rekeyed", done}}, "Every vault has a new key; the old keys are gone:\n" + text.str());
    return kExitOk;
}

int runVaultPurgeSynced(const VaultOptions& options, DeviceAccess& device) {
    auto& env = device.env();
    auto& out = env.output;
    std::vector<Target> targets;
    if (int refused = chooseVaults(options, device, targets); refused != kExitOk)
        return refused;
    int refused = kExitOk;
    auto* session = device.sessionForCommand(refused);
    if (!session)
        return refused;
    const auto& profile = session->profile();
    auto client = device.clientForCommand(refused);
    if (!client)
        return refused;
    nlohmann::json list = nlohmann::json::array();
    std::ostringstream text;
    const auto links = device::syncPlan(*session);
    for (const auto& target : targets) {
        if (target.outreach)
            continue;  // shared both ways with the team: never purged
        auto link = std::find_if(links.begin(), links.end(), [&](const auto& l) { return l.vaultName == target.name; });
        if (link == links.end() || !link->options.purgeAfterPush) {
            if (!options.names.empty())
                return out.failWith(kExitBadInput, "cli.not_purgeable",
                                    "vault " + target.name +
                                        " keeps its records: only a kiosk's queue and a counselling inbox are "
                                        "purged once the central service holds them");
            continue;
        }
        if (profile.centralUrl.empty())
            return out.failWith(kExitBadInput, "cli.no_central",
                                "this device has no central service: nothing can be confirmed as held there");
        auto remote = sync::RemoteEndpoint::parse(profile.centralUrl + "/" + link->database);
        if (!remote)
            return out.fail(remote.error(), "reading the central URL");
        if (auto made = preparePushDatabase(*remote, *client); !made)
            return out.fail(made.error(), "preparing the central database " + link->database);
        // Only what the central service confirms holding now is dropped: a
        // push with purging, no pull.
        auto options_ = link->options;
        options_.pull = false;
        auto replicator = sync::Replicator::create(*link->vault, *remote, *client, options_, env.clock);
        if (!replicator)
            return out.fail(replicator.error(), "starting sync of vault " + target.name);
        auto report = (*replicator)->pushOnce();
        if (!report)
            return out.fail(report.error(), "confirming vault " + target.name + " with the central service");
        auto left = link->vault->documentCount();
        list.push_back({{"name", target.name},
                        {"pushed", report->pushed},
                        {"purged", report->purged},
                        {"documents_left", left ? *left : -1}});
        text << "  " << target.name << ": " << grouped(report->pushed) << " pushed, " << grouped(report->purged)
             << " purged, " << (left ? grouped(static_cast<std::uint64_t>(*left)) : std::string("?"))
             << " kept (records the device must keep until acknowledged, and what is newer)\n";
    }
    out.answer({{"vaults", list}}, list.empty() ? "No vault of this device is purged after sync.\n"
                                                : "Purged what the central service holds:\n" + text.str());
    return kExitOk;
}

int runVaultWipe(const VaultOptions& options, DeviceAccess& device) {
    auto& env = device.env();
    auto& out = env.output;
    std::vector<Target> targets;
    if (int refused = chooseVaults(options, device, targets); refused != kExitOk)
        return refused;
    if (!options.yes)
        return out.failWith(kExitBadInput, "cli.not_confirmed",
                            "wipe destroys the vaults and their keys, and cannot be undone; add --yes");
    // Records not yet on the central service would be lost for good; when
    // that cannot be told (a vault that does not open), nothing is wiped.
    if (!options.discardUnsynced) {
        auto cannotTell = [&](const Error& error, const std::string& what) {
            out.note("intake: cannot see what " + what +
                     " holds that the central service lacks; add --discard-unsynced to wipe it anyway");
            return out.fail(error, "checking for changes not yet synced");
        };
        auto session = device.session();
        if (!session)
            return cannotTell(session.error(), "this device");
        Vault* outreach = nullptr;
        if (std::any_of(targets.begin(), targets.end(), [](const Target& t) { return t.outreach; })) {
            auto opened = device.outreachVault();
            if (!opened)
                return cannotTell(opened.error(), "the outreach vault");
            outreach = *opened;
        }
        auto client = device.clientOptions();
        for (const auto& link : device::syncPlan(**session, outreach)) {
            if (!link.options.push ||
                std::none_of(targets.begin(), targets.end(), [&](const Target& t) { return t.name == link.vaultName; }))
                continue;
            // Since the last push checkpoint; without a central service or
            // its credentials, every change the vault ever recorded.
            auto state = device.localSyncState(link, client ? &*client : nullptr);
            if (!state)
                return cannotTell(state.error(), "vault " + link.vaultName);
            const auto waiting = state->waiting;
            if (waiting > 0)
                return out.failWith(kExitBadInput, "cli.unsynced_records",
                                    "vault " + link.vaultName + " has " + std::to_string(waiting) +
                                        " change(s) not yet on the central service; run intake sync first, or "
                                        "add --discard-unsynced to lose them",
                                    {{"vault", link.vaultName}, {"waiting_to_sync", waiting}});
        }
    }
    device.close();
    nlohmann::json wiped = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& target : targets) {
        const auto path = vaultPath(device, target.name);
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".keycheck"}) {
            std::filesystem::remove(path.string() + suffix, ec);
            if (ec)
                return out.failWith(kExitFailed, "cli.wipe_failed",
                                    "cannot remove " + path.string() + suffix + ": " + ec.message());
        }
        // Without its key the file's bytes, wherever flash left copies, are noise.
        if (target.outreach) {
            std::filesystem::remove(env.dataDir / device::DeviceSession::kOutreachKeyring, ec);
        } else {
            for (const auto& keyName : {target.name, device::pendingKeyName(target.name)}) {
                auto removed = env.keys.remove(keyName);
                if (!removed && !removed.error().is(KeyStoreError::KeyMissing)) {
                    if (removed.error().is(KeyStoreError::ReadOnly))
                        out.note("intake: the key store is read-only: remove the credential " + keyName +
                                 ".key from /etc/credstore.encrypted yourself");
                    else
                        return out.fail(removed.error(), "removing the key of vault " + target.name);
                }
            }
        }
        wiped.push_back(target.name);
        text << "  " << target.name << ": wiped\n";
    }
    out.answer({{"wiped", wiped}}, "Wiped:\n" + text.str());
    return kExitOk;
}

}  // namespace intake::cli
