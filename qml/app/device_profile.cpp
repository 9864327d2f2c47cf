#include "device_profile.h"

#include "intake/core/durable_file.h"
#include "intake/platform/key_store.h"
#include "intake/sync/remote_endpoint.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace intake::app {

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

std::string DeviceProfile::queueDatabase() const { return "queue-" + site; }
std::string DeviceProfile::configDatabase() const { return "config"; }
std::string DeviceProfile::slotDatabase() const { return "counselling-slots"; }
std::string DeviceProfile::counsellingInbox() const { return "counselling-inbox-" + deviceId; }
std::string DeviceProfile::outreachDatabase() const { return "outreach-" + team; }

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
    return {};
}

Result<DeviceProfile> DeviceProfile::load(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in)
        return Error(VaultError::NotFound, "device profile");
    std::stringstream text;
    text << in.rdbuf();
    const auto json = nlohmann::json::parse(text.str(), nullptr, false);
    if (!json.is_object())
        return invalid("profile");
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
        if (!json["ticket_slot"].is_number_unsigned())
            return invalid("ticket_slot");
        profile.ticketSlot = json["ticket_slot"].get<unsigned>();
    }
    INTAKE_TRY(profile.check());
    return profile;
}

Result<void> DeviceProfile::save(const std::filesystem::path& path) const {
    INTAKE_TRY(check());
    const nlohmann::json json = {{"role", roleName(role)}, {"device_id", deviceId}, {"site", site},
                                 {"ticket_slot", ticketSlot}, {"team", team}, {"staff", staff},
                                 {"central_url", centralUrl}, {"credentials", credentials}};
    return replaceFileDurably(path, json.dump(2) + "\n");
}

}  // namespace intake::app
