#pragma once

// Enrolling a device: the profile goes to the data folder, the central
// service's credentials to the key store, and every vault the role opens
// without a PIN gets its key (made now, so a kiosk started by systemd finds
// them). Shared by the setup screen and `intake enrol`.

#include "intake/device/device_profile.h"

#include "intake/core/result.h"
#include "intake/platform/key_store.h"
#include "intake/sync/credentials.h"

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace intake::device {

// The key store secret that holds the central service's credentials.
inline constexpr const char* kCredentialsName = "central-credentials";
// The device profile's file in the data folder.
inline constexpr const char* kProfileFile = "profile.json";

// An enrolment profile as IT writes it: the saved profile's keys, but "user"
// (the device's user on the central service) instead of "credentials". A
// "password" (or "credentials") key is refused: secrets never sit in a file.
struct EnrolmentProfile {
    DeviceProfile profile;
    std::string user;  // empty: no credentials (loopback demo)
};
Result<EnrolmentProfile> parseEnrolmentProfile(const nlohmann::json& json);

struct Enrolled {
    std::vector<std::string> keysMade;  // vault keys created now
    bool credentialsStored = false;
};

// Stores the credentials (when `credentials` is set; profile.credentials is
// then set to kCredentialsName), creates the keys of the role's vaults that
// have none, and saves the profile durably, in that order: a profile on disk
// always has its secrets. An existing profile is replaced only with
// `replace` (else VaultError::Conflict "device profile").
Result<Enrolled> enrol(DeviceProfile profile, const std::optional<sync::Credentials>& credentials,
                       platform::KeyStore& keys, const std::filesystem::path& dataDir, bool replace);

}  // namespace intake::device
