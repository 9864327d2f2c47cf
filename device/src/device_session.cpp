#include "intake/device/device_session.h"

#include "intake/device/vault_keys.h"

#include <system_error>

namespace intake::device {

Result<std::unique_ptr<Vault>> openOrCreateVault(const std::filesystem::path& path, const VaultKey& key) {
    const VaultConfig config{path, key, std::nullopt};
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return Vault::open(config);
    return Vault::create(config);
}

Config loadConfig(Vault& configVault) {
    auto documents = configVault.query({.type = "config"});
    if (documents && !documents->empty()) {
        std::vector<nlohmann::json> bodies;
        bodies.reserve(documents->size());
        for (auto& document : *documents)
            bodies.push_back(std::move(document.body));
        if (auto config = Config::fromDocuments(bodies))
            return std::move(*config);
    }
    auto seed = Config::fromDocuments(Config::gothenburgSeed());
    return std::move(*seed);  // the shipped seed parses (tested in core)
}

DeviceSession::DeviceSession(DeviceProfile profile, std::filesystem::path dataDir, platform::KeyStore& keys)
    : profile_(std::move(profile)), dataDir_(std::move(dataDir)), keys_(keys) {}

std::filesystem::path DeviceSession::vaultPath(const std::string& name) const {
    return dataDir_ / (name + ".vault");
}

std::vector<std::string> DeviceSession::vaultNames(Role role) {
    switch (role) {
    case Role::Kiosk:
    case Role::Reception:
        return {kConfigVault, kQueueVault};
    case Role::Counselling:
        return {kConfigVault, kCounsellingVault, kSlotVault};
    case Role::Outreach:
        break;
    }
    return {kConfigVault};
}

Result<std::unique_ptr<DeviceSession>> DeviceSession::open(DeviceProfile profile, std::filesystem::path dataDir,
                                                           platform::KeyStore& keys) {
    INTAKE_TRY(profile.check());
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    if (ec)
        return Error(ErrorDomain::Posix, ec.value(), "data folder");
    std::unique_ptr<DeviceSession> session(new DeviceSession(std::move(profile), std::move(dataDir), keys));

    // A key is made only for a vault that does not exist yet (see
    // openWithKeyStore): the right one may come back from a backup.
    auto openNamed = [&](const char* name) { return openWithKeyStore(session->vaultPath(name), name, keys); };

    auto configVault = openNamed(kConfigVault);
    if (!configVault)
        return configVault.error();
    session->configVault_ = std::move(*configVault);

    switch (session->profile_.role) {
    case Role::Kiosk:
    case Role::Reception: {
        auto queue = openNamed(kQueueVault);
        if (!queue)
            return queue.error();
        session->queueVault_ = std::move(*queue);
        break;
    }
    case Role::Counselling: {
        auto counselling = openNamed(kCounsellingVault);
        if (!counselling)
            return counselling.error();
        session->counsellingVault_ = std::move(*counselling);
        auto slots = openNamed(kSlotVault);
        if (!slots)
            return slots.error();
        session->slotVault_ = std::move(*slots);
        break;
    }
    case Role::Outreach:
        break;  // the team vault opens after the staff PIN (OutreachController)
    }
    session->config_ = loadConfig(*session->configVault_);
    return session;
}

}  // namespace intake::device
