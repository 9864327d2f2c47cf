#pragma once

#include "temp_folder.h"

#include "intake/core/vault.h"

#include <catch2/catch.hpp>

namespace intake::test {

// A vault in a fresh temporary folder with a random key.
class VaultFixture {
public:
    VaultFixture() : key_(*VaultKey::random()) {}

    VaultConfig config() const { return VaultConfig{path(), key_, std::nullopt}; }
    std::filesystem::path path() const { return folder_ / "test.vault"; }
    const VaultKey& key() const { return key_; }
    const TempFolder& folder() const { return folder_; }

    std::unique_ptr<Vault> create() const { return unwrap(Vault::create(config())); }
    std::unique_ptr<Vault> open() const { return unwrap(Vault::open(config())); }

private:
    static std::unique_ptr<Vault> unwrap(Result<std::unique_ptr<Vault>> vault) {
        if (!vault)
            FAIL("vault: " << vault.error().name() << " " << vault.error().detail());
        return std::move(*vault);
    }

    TempFolder folder_;
    VaultKey key_;
};

}  // namespace intake::test
