#include "intake/device/enrolment.h"

#include "intake/device/device_session.h"

#include <nlohmann/json.hpp>

#include <system_error>

namespace intake::device {

Result<EnrolmentProfile> parseEnrolmentProfile(const nlohmann::json& json) {
    if (!json.is_object())
        return Error(VaultError::InvalidDocument, "profile");
    // Secrets are given on standard input and go to the key store; one in
    // the file would stay on disk wherever the file was copied.
    for (const char* secret : {"password", "credentials"}) {
        if (json.contains(secret))
            return Error(VaultError::InvalidDocument, secret);
    }
    auto saved = json;
    EnrolmentProfile enrolment;
    if (saved.contains("user")) {
        if (!saved["user"].is_string())
            return Error(VaultError::InvalidDocument, "user");
        enrolment.user = saved["user"].get<std::string>();
        saved.erase("user");
    }
    auto profile = DeviceProfile::fromJson(saved);
    if (!profile)
        return profile.error();
    enrolment.profile = std::move(*profile);
    return enrolment;
}

Result<Enrolled> enrol(DeviceProfile profile, const std::optional<sync::Credentials>& credentials,
                       platform::KeyStore& keys, const std::filesystem::path& dataDir, bool replace) {
    profile.credentials = credentials ? kCredentialsName : "";
    INTAKE_TRY(profile.check());
    const auto profilePath = dataDir / kProfileFile;
    std::error_code ec;
    if (!replace && std::filesystem::exists(profilePath, ec))
        return Error(VaultError::Conflict, "device profile");
    std::filesystem::create_directories(dataDir, ec);
    if (ec)
        return Error(ErrorDomain::Posix, ec.value(), "data folder");

    Enrolled enrolled;
    if (credentials) {
        INTAKE_TRY(sync::storeCredentials(keys, kCredentialsName, *credentials));
        enrolled.credentialsStored = true;
    } else {
        // A profile replaced by one without a user leaves no password behind.
        auto removed = keys.removeSecret(kCredentialsName);
        if (!removed && !removed.error().is(KeyStoreError::KeyMissing) && !removed.error().is(KeyStoreError::ReadOnly))
            return removed.error();
    }
    for (const auto& name : DeviceSession::vaultNames(profile.role)) {
        // A vault already on disk keeps its key: a new one would lock it out.
        if (std::filesystem::exists(dataDir / (name + ".vault"), ec))
            continue;
        auto existing = keys.load(name);
        if (existing)
            continue;
        if (!existing.error().is(KeyStoreError::KeyMissing))
            return existing.error();
        auto made = platform::loadOrCreate(keys, name);
        if (!made)
            return made.error();
        enrolled.keysMade.push_back(name);
    }
    INTAKE_TRY(profile.save(profilePath));
    return enrolled;
}

}  // namespace intake::device
