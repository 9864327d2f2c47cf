#include "intake/device/device_profile.h"

#include "intake/core/durable_file.h"
#include "intake/core/json_limits.h"
#include "intake/platform/key_store.h"
#include "intake/sync/remote_endpoint.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <system_error>
#include <cstdint>
#include <fstream>
#include <sstream>

namespace intake::device {

namespace {

constexpr std::pair<Role, const char*> kRoles[] = {
    {Role::Kiosk, "kiosk"}, {Role::Reception, "reception"}, {Role::Counselling, "counselling"}, {Role::Outreach, "outreach"}};

Error invalid(const char* field) { return Error(VaultError::InvalidDocument, field); }

// Database names: CouchDB allows [a-z][a-z0-9_$()+/-]*; ids here are lower
// case with dashes already, anything else is refused by check().
bool isDatabaseSafe(const std::string& text) {
    if (text.empty() || text.size() > 100 || !(text[0] >= 'a' && text[0] <= 'z'))
        return false;
    for (char c : text) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    }
    return true;
}

}  // namespace

const char* roleName(Role role) {
    for (const auto& [value, name] : kRoles) {
        if (value == role)
            return name;
    }
    return "kiosk";
}

std::optional<Role> roleFromName(const std::string& name) {
    for (const auto& [value, text] : kRoles) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

namespace {

constexpr const char* kDatabaseScopes[] = {"queue", "config", "slots", "counselling_inbox", "outreach"};

std::string databaseOr(const std::map<std::string, std::string>& overrides, const char* scope, std::string fallback) {
    const auto found = overrides.find(scope);
    return found == overrides.end() ? fallback : found->second;
}

}  // namespace

std::string DeviceProfile::queueDatabase() const { return databaseOr(databases, "queue", "queue-" + site); }
std::string DeviceProfile::configDatabase() const { return databaseOr(databases, "config", "config"); }
std::string DeviceProfile::slotDatabase() const { return databaseOr(databases, "slots", "counselling-slots"); }
std::string DeviceProfile::counsellingInbox() const {
    return databaseOr(databases, "counselling_inbox", "counselling-inbox-" + deviceId);
}
std::string DeviceProfile::outreachDatabase() const { return databaseOr(databases, "outreach", "outreach-" + team); }

Result<void> DeviceProfile::check() const {
    if (!isDatabaseSafe(deviceId))
        return invalid("device_id");
    if ((role == Role::Kiosk || role == Role::Reception) && !isDatabaseSafe(site))
        return invalid("site");
    if (role == Role::Outreach && !isDatabaseSafe(team))
        return invalid("team");
    if (ticketSlot < 1 || ticketSlot > 99)
        return invalid("ticket_slot");
    if (!centralUrl.empty()) {
        // The server must be one the sync accepts (https, or http on loopback).
        auto endpoint = sync::RemoteEndpoint::parse(centralUrl + "/config");
        if (!endpoint)
            return invalid("central_url");
    }
    if (!credentials.empty() && !platform::isValidKeyName(credentials))
        return invalid("credentials");
    for (const auto& entry : databases) {
        const auto& scope = entry.first;
        const bool known = std::any_of(std::begin(kDatabaseScopes), std::end(kDatabaseScopes),
                                       [&](const char* s) { return scope == s; });
        if (!known || !isDatabaseSafe(entry.second))
            return invalid("databases");
    }
    return {};
}

Result<DeviceProfile> DeviceProfile::fromJson(const nlohmann::json& json) {
    if (!json.is_object())
        return invalid("profile");
    static constexpr const char* kKeys[] = {"role", "device_id", "site", "ticket_slot", "team",
                                            "staff", "central_url", "credentials", "databases"};
    for (const auto& item : json.items()) {
        const auto& key = item.key();
        if (std::none_of(std::begin(kKeys), std::end(kKeys), [&](const char* k) { return key == k; }))
            return Error(VaultError::InvalidDocument, key.size() <= 64 ? key : key.substr(0, 64));
    }
    DeviceProfile profile;
    auto text_of = [&](const char* key, std::string& into) -> bool {
        if (!json.contains(key))
            return true;
        if (!json[key].is_string())
            return false;
        into = json[key].get<std::string>();
        return true;
    };
    std::string role = roleName(profile.role);
    if (!text_of("role", role) || !roleFromName(role))
        return invalid("role");
    profile.role = *roleFromName(role);
    if (!text_of("device_id", profile.deviceId))
        return invalid("device_id");
    if (!text_of("site", profile.site))
        return invalid("site");
    if (!text_of("team", profile.team))
        return invalid("team");
    if (!text_of("staff", profile.staff))
        return invalid("staff");
    if (!text_of("central_url", profile.centralUrl))
        return invalid("central_url");
    if (!text_of("credentials", profile.credentials))
        return invalid("credentials");
    if (json.contains("ticket_slot")) {
        // Range-checked before narrowing: 2^32 + 1 must not become slot 1.
        if (!json["ticket_slot"].is_number_unsigned() || json["ticket_slot"].get<std::uint64_t>() > 99)
            return invalid("ticket_slot");
        profile.ticketSlot = static_cast<unsigned>(json["ticket_slot"].get<std::uint64_t>());
    }
    if (json.contains("databases")) {
        if (!json["databases"].is_object())
            return invalid("databases");
        for (const auto& [scope, name] : json["databases"].items()) {
            if (!name.is_string())
                return invalid("databases");
            profile.databases[scope] = name.get<std::string>();
        }
    }
    INTAKE_TRY(profile.check());
    return profile;
}

nlohmann::json DeviceProfile::toJson() const {
    nlohmann::json json = {{"role", roleName(role)}, {"device_id", deviceId}, {"site", site},
                           {"ticket_slot", ticketSlot}, {"team", team}, {"staff", staff},
                           {"central_url", centralUrl}, {"credentials", credentials}};
    if (!databases.empty())
        json["databases"] = databases;
    return json;
}

Result<DeviceProfile> DeviceProfile::load(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return Error(VaultError::NotFound, "device profile");
    std::ifstream in(path);
    if (!in)  // there, but not for this user (e.g. made by root for the service's user)
        return Error(ErrorDomain::Posix, errno ? errno : EACCES, "device profile");
    std::stringstream text;
    text << in.rdbuf();
    if (jsonTextNestedDeeperThan(text.str()))
        return invalid("profile");
    return fromJson(nlohmann::json::parse(text.str(), nullptr, false));
}

Result<void> DeviceProfile::save(const std::filesystem::path& path) const {
    INTAKE_TRY(check());
    return replaceFileDurably(path, toJson().dump(2) + "\n");
}

}  // namespace intake::device
