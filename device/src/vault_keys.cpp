#include "intake/device/vault_keys.h"

#include <system_error>

namespace intake::device {

std::string pendingKeyName(const std::string& name) { return name + ".next"; }

namespace {

struct SettledVault {
    std::unique_ptr<Vault> vault;
    // Set when the vault opened with the pending key: the rekey had
    // committed, and this key is to be stored as the vault's key (then the
    // pending one dropped). Unset: the current key opened it, and the
    // pending key (if any) is to be dropped.
    std::optional<VaultKey> adoptedKey;
};

// Opens an existing vault with `key`, or, when a rekey was interrupted,
// with whichever of `key` and `pending` the vault now has.
Result<SettledVault> openSettlingRekey(const std::filesystem::path& path, const VaultKey& key,
                                       const std::optional<VaultKey>& pending) {
    if (!pending) {
        auto vault = Vault::open({path, key, std::nullopt});
        if (!vault)
            return vault.error();
        return SettledVault{std::move(*vault), std::nullopt};
    }
    auto reopened = Vault::openAfterRekey({path, *pending, std::nullopt}, key);
    if (!reopened)
        return reopened.error();
    SettledVault settled{std::move(reopened->vault), std::nullopt};
    if (!reopened->withPreviousKey)
        settled.adoptedKey = *pending;
    return settled;
}

Result<std::optional<VaultKey>> loadPending(platform::KeyStore& keys, const std::string& name) {
    auto pending = keys.load(pendingKeyName(name));
    if (pending)
        return std::optional<VaultKey>(std::move(*pending));
    if (pending.error().is(KeyStoreError::KeyMissing))
        return std::optional<VaultKey>();
    return pending.error();
}

// After a settled open: the key store ends with exactly the vault's key.
Result<void> finishSettling(platform::KeyStore& keys, const std::string& name, const SettledVault& settled,
                            bool hadPending) {
    if (settled.adoptedKey)
        INTAKE_TRY(keys.store(name, *settled.adoptedKey));
    if (hadPending) {
        auto removed = keys.remove(pendingKeyName(name));
        if (!removed && !removed.error().is(KeyStoreError::KeyMissing))
            return removed.error();
    }
    return {};
}

}  // namespace

Result<VaultKey> PinRingKeys::load(const std::string& name) {
    const auto found = keys_.find(name);
    if (found == keys_.end())
        return Error(KeyStoreError::KeyMissing, name);
    return found->second;
}

Result<void> PinRingKeys::store(const std::string& name, const VaultKey& key) {
    INTAKE_TRY(ring_.addKey(name, key));
    keys_.insert_or_assign(name, key);
    return {};
}

Result<void> PinRingKeys::remove(const std::string& name) {
    INTAKE_TRY(ring_.removeKey(name));
    keys_.erase(name);
    return {};
}

Result<std::string> PinRingKeys::loadSecret(const std::string& name) { return Error(KeyStoreError::KeyMissing, name); }

Result<void> PinRingKeys::storeSecret(const std::string& name, const std::string&) {
    return Error(KeyStoreError::ReadOnly, name);
}

Result<void> PinRingKeys::removeSecret(const std::string& name) { return Error(KeyStoreError::KeyMissing, name); }

Result<std::unique_ptr<Vault>> openWithKeyStore(const std::filesystem::path& path, const std::string& name,
                                                platform::KeyStore& keys) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        auto key = platform::loadOrCreate(keys, name);
        if (!key)
            return key.error();
        return Vault::create({path, *key, std::nullopt});
    }
    auto key = keys.load(name);
    if (!key)
        return key.error();
    auto pending = loadPending(keys, name);
    if (!pending)
        return pending.error();
    auto settled = openSettlingRekey(path, *key, *pending);
    if (!settled)
        return settled.error();
    if (pending->has_value()) {
        // A read-only store (systemd credentials) cannot settle; the vault
        // still opened with the right key.
        auto finished = finishSettling(keys, name, *settled, true);
        if (!finished && !finished.error().is(KeyStoreError::ReadOnly))
            return finished.error();
    }
    return std::move(settled->vault);
}

Result<void> rekeyWithKeyStore(const std::filesystem::path& path, const std::string& name, platform::KeyStore& keys) {
    auto vault = openWithKeyStore(path, name, keys);
    if (!vault)
        return vault.error();
    auto next = VaultKey::random();
    if (!next)
        return next.error();
    INTAKE_TRY(keys.store(pendingKeyName(name), *next));
    auto changed = (*vault)->rekey(*next);
    vault->reset();
    if (!changed) {
        // Whatever happened, one of the two keys opens it now: settle.
        auto current = keys.load(name);
        if (!current)
            return current.error();
        auto settled = openSettlingRekey(path, *current, *next);
        if (!settled)
            return settled.error();
        INTAKE_TRY(finishSettling(keys, name, *settled, true));
        return changed.error();
    }
    INTAKE_TRY(keys.store(name, *next));
    auto removed = keys.remove(pendingKeyName(name));
    if (!removed && !removed.error().is(KeyStoreError::KeyMissing))
        return removed.error();
    return {};
}

}  // namespace intake::device
