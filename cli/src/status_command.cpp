// intake status [--unlock] [--check]: what IT staff ask first about a device.
// Offline: everything comes from the device itself (profile, vault files,
// the sync checkpoints kept in each vault).

#include "commands.h"
#include "time_text.h"

#include "intake/device/sync_plan.h"
#include "intake/sync/needs_attention.h"

#include <sstream>
#include <system_error>

namespace intake::cli {

namespace {

struct VaultStatus {
    std::string name;
    std::string database;
    std::uintmax_t bytes = 0;
    std::int64_t documents = 0;
    std::int64_t waiting = 0;  // local changes not yet on the central service
    std::optional<std::chrono::sys_time<std::chrono::milliseconds>> lastSync;
    std::vector<sync::AttentionItem> attention;
};

}  // namespace

int runStatus(const StatusOptions& options, DeviceAccess& device) {
    auto& env = device.env();
    auto& out = env.output;
    int refused = kExitOk;
    auto* session = device.sessionForCommand(refused);
    if (!session)
        return refused;
    auto& s = *session;
    const auto& profile = s.profile();

    Vault* outreach = nullptr;
    if (options.unlock && profile.role == device::Role::Outreach && !(outreach = device.outreachForCommand(refused)))
        return refused;
    auto client = device.clientForCommand(refused);
    if (!client)
        return refused;

    std::vector<VaultStatus> vaults;
    std::size_t attentionTotal = 0;
    for (const auto& link : device::syncPlan(s, outreach)) {
        VaultStatus v;
        v.name = link.vaultName;
        v.database = link.database;
        std::error_code ec;
        v.bytes = std::filesystem::file_size(link.vault->path(), ec);
        auto count = link.vault->documentCount();
        if (!count)
            return out.fail(count.error(), "reading vault " + v.name);
        v.documents = *count;
        auto state = device.localSyncState(link, &*client);
        if (!state)
            return out.fail(state.error(), "reading the sync state of vault " + v.name);
        v.waiting = state->waiting;
        v.lastSync = state->lastSync;
        if (link.countsForAttention) {
            auto items = sync::needsAttention(*link.vault);
            if (!items)
                return out.fail(items.error(), "reading what needs attention in vault " + v.name);
            v.attention = std::move(*items);
            attentionTotal += v.attention.size();
        }
        vaults.push_back(std::move(v));
    }

    nlohmann::json json{{"device_id", profile.deviceId},
                        {"role", device::roleName(profile.role)},
                        {"data", env.dataDir.string()},
                        {"central_url", profile.centralUrl},
                        {"credentials", !profile.credentials.empty()},
                        {"needs_attention", attentionTotal}};
    if (profile.role == device::Role::Kiosk || profile.role == device::Role::Reception)
        json["site"] = profile.site;
    if (profile.role == device::Role::Outreach) {
        json["team"] = profile.team;
        json["outreach_vault"] = outreach ? "open" : device.hasOutreachRing() ? "locked" : "not set up";
    }
    std::ostringstream text;
    text << "Device " << profile.deviceId << " (" << device::roleName(profile.role) << ")";
    if (json.contains("site"))
        text << ", site " << profile.site;
    if (json.contains("team"))
        text << ", team " << profile.team;
    text << "\n  central service: " << (profile.centralUrl.empty() ? "none (sync off)" : profile.centralUrl)
         << (profile.credentials.empty() ? "" : " (credentials in the key store)") << "\n";
    nlohmann::json list = nlohmann::json::array();
    for (const auto& v : vaults) {
        nlohmann::json items = nlohmann::json::array();
        for (const auto& item : v.attention)
            items.push_back({{"id", item.id}, {"type", item.type}, {"reason", item.reason}, {"detail", item.detail}});
        list.push_back({{"name", v.name},
                        {"database", v.database},
                        {"bytes", v.bytes},
                        {"documents", v.documents},
                        {"waiting_to_sync", v.waiting},
                        {"last_sync", v.lastSync ? nlohmann::json(formatUtc(*v.lastSync)) : nlohmann::json()},
                        {"needs_attention", items}});
        text << "  vault " << v.name << " <-> " << v.database << ": " << grouped(static_cast<std::uint64_t>(v.documents))
             << " documents, " << grouped(v.bytes) << " bytes, " << grouped(static_cast<std::uint64_t>(v.waiting))
             << " waiting to sync, last sync " << (v.lastSync ? describeAgo(*v.lastSync, env.clock.now()) : "never")
             << "\n";
        for (const auto& item : v.attention)
            text << "    needs attention: " << item.type << " " << item.id << " (" << item.reason << ")\n";
    }
    json["vaults"] = list;
    if (profile.role == device::Role::Outreach && !outreach)
        text << "  vault outreach: " << json["outreach_vault"].get<std::string>()
             << (device.hasOutreachRing() ? " (give the staff PIN with --unlock)" : "") << "\n";
    text << (attentionTotal == 0 ? "Nothing needs attention.\n"
                                 : std::to_string(attentionTotal) + " item(s) need attention.\n");
    out.answer(json, text.str());
    return options.check && attentionTotal > 0 ? kExitAttention : kExitOk;
}

}  // namespace intake::cli
