#pragma once

// What a device is, written at enrolment (setup screen or `intake enrol`):
// its role, site or team, its ticket slot and where the central service is.
// Never a secret: credentials and keys live in the platform key store under
// the names this profile gives.

#include "intake/core/result.h"

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace intake::device {

enum class Role { Kiosk, Reception, Counselling, Outreach };

const char* roleName(Role role);  // "kiosk", ...
std::optional<Role> roleFromName(const std::string& name);

struct DeviceProfile {
    Role role = Role::Kiosk;
    std::string deviceId = "kiosk-1";
    std::string site = "welcome-house";       // Welcome House roles
    unsigned ticketSlot = 1;                  // see core/tickets.h
    std::string team = "night-team-centrum";  // outreach
    std::string staff;                        // outreach / reception: who uses this tablet
    // The central CouchDB server (https, or http on loopback), without a
    // database: the role's databases are named by databaseFor().
    std::string centralUrl = "http://127.0.0.1:5985";
    // Key store secret with the sync credentials; empty: none (loopback demo).
    std::string credentials;
    // Central database names that differ from the defaults below, by scope:
    // "queue", "config", "slots", "counselling_inbox", "outreach".
    std::map<std::string, std::string> databases;

    // Database names on the central service for this device.
    std::string queueDatabase() const;        // "queue-<site>"
    std::string configDatabase() const;       // "config"
    std::string slotDatabase() const;         // "counselling-slots"
    std::string counsellingInbox() const;     // "counselling-inbox-<device>"
    std::string outreachDatabase() const;     // "outreach-<team>"

    // The profile as saved ({"role", "device_id", ...}); fromJson refuses
    // unknown keys and wrong types with VaultError::InvalidDocument naming
    // the key, and then check()s.
    static Result<DeviceProfile> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    static Result<DeviceProfile> load(const std::filesystem::path& path);
    // Written durably (temporary file, fsync, rename).
    Result<void> save(const std::filesystem::path& path) const;
    // VaultError::InvalidDocument with the field when something is off.
    Result<void> check() const;
};

}  // namespace intake::device
