#include "intake/core/result.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <set>

using namespace intake;

TEST_CASE("errors carry a domain, a code, a stable name and a plain message", "[error]") {
    const Error wrongKey(VaultError::WrongKey, "sqlite said: file is not a database");
    CHECK(wrongKey.domain() == ErrorDomain::Vault);
    CHECK(wrongKey.is(VaultError::WrongKey));
    CHECK_FALSE(wrongKey.is(VaultError::Damaged));
    CHECK(wrongKey.name() == "vault.wrong_key");
    CHECK(wrongKey.message().find("key is wrong") != std::string::npos);
    CHECK(wrongKey.message().find("not a database") == std::string::npos);  // SQLite's text stays in detail
    CHECK_FALSE(wrongKey.mayBeTransient());

    CHECK(Error(VaultError::Full).mayBeTransient());
    CHECK(Error(VaultError::InUse).mayBeTransient());
    CHECK_FALSE(Error(VaultError::Damaged).mayBeTransient());
    CHECK(Error(ErrorDomain::Posix, ENOSPC).mayBeTransient());
    CHECK(Error(KeyStoreError::Unavailable).mayBeTransient());
    CHECK(Error(SyncError::InsecureUrl).name() == "sync.insecure_url");
    // Sync: being offline or a busy server is worth retrying; being refused is not.
    for (auto transient : {SyncError::Offline, SyncError::Timeout, SyncError::ServerBusy})
        CHECK(Error(transient).mayBeTransient());
    for (auto permanent : {SyncError::Unauthorized, SyncError::Forbidden, SyncError::BadResponse, SyncError::NotFound,
                           SyncError::Rejected, SyncError::TlsFailure, SyncError::InvalidUrl, SyncError::InsecureUrl})
        CHECK_FALSE(Error(permanent).mayBeTransient());
    std::set<std::string> syncNames;
    for (int code = 1; code <= 12; ++code) {
        const Error error(ErrorDomain::Sync, code);
        CHECK(syncNames.insert(error.name()).second);
        CHECK(error.name() != "sync.unknown");
        CHECK(error.message().back() == '.');
    }

    // Every vault code has its own name and a sentence.
    std::set<std::string> names;
    for (int code : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 21, 22, 23, 24, 25, 30}) {
        const Error error(ErrorDomain::Vault, code);
        CHECK(names.insert(error.name()).second);
        CHECK(error.message().back() == '.');
    }
}

TEST_CASE("Result holds a value or an error and INTAKE_TRY propagates", "[error]") {
    auto half = [](int x) -> Result<int> {
        if (x % 2)
            return Error(VaultError::InvalidDocument, "odd");
        return x / 2;
    };
    auto quarter = [&](int x) -> Result<int> {
        auto h = half(x);
        if (!h)
            return h.error();
        return half(*h);
    };
    auto check = [&](int x) -> Result<void> {
        INTAKE_TRY(quarter(x));
        return {};
    };
    CHECK(*quarter(8) == 2);
    CHECK(quarter(6).error().is(VaultError::InvalidDocument));
    CHECK(check(4).ok());
    CHECK_FALSE(check(5).ok());
}
