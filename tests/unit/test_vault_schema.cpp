#include "sqlite_connection.h"
#include "temp_folder.h"
#include "vault_fixture.h"
#include "vault_schema.h"

#include <catch2/catch.hpp>

using namespace intake;
using intake::test::TempFolder;
using intake::test::VaultFixture;

TEST_CASE("migrations run forward, one version at a time", "[vault][schema]") {
    TempFolder folder;
    auto db = sqlite::Connection::open((folder / "plain.db").string(),
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    REQUIRE(db);
    const std::vector<schema::Migration> v1{{"one", {"CREATE TABLE t (a)"}}};
    const std::vector<schema::Migration> v3{
        {"one", {"CREATE TABLE t (a)"}},
        {"two", {"ALTER TABLE t ADD COLUMN b", "INSERT INTO t (a, b) VALUES (1, 2)"}},
        {"three", {"CREATE TABLE u (c)"}},
    };
    CHECK(*schema::migrate(**db, v1) == 1);
    CHECK(*(*db)->queryInteger("PRAGMA user_version") == 1);
    CHECK(*schema::migrate(**db, v3) == 3);
    CHECK(*(*db)->queryInteger("SELECT b FROM t") == 2);
    CHECK(*schema::migrate(**db, v3) == 3);  // nothing left to do
    CHECK(*(*db)->queryInteger("SELECT count(*) FROM t") == 1);

    SECTION("a failing migration leaves the previous version whole") {
        std::vector<schema::Migration> broken = v3;
        broken.push_back({"four", {"CREATE TABLE v (d)", "THIS IS NOT SQL"}});
        CHECK_FALSE(schema::migrate(**db, broken).ok());
        CHECK(*(*db)->queryInteger("PRAGMA user_version") == 3);
        CHECK(*(*db)->queryInteger("SELECT count(*) FROM sqlite_master WHERE name = 'v'") == 0);
    }
    SECTION("an older build refuses a newer schema and changes nothing") {
        auto result = schema::migrate(**db, v1);
        REQUIRE_FALSE(result);
        CHECK(result.error().is(VaultError::TooNew));
        CHECK(*(*db)->queryInteger("PRAGMA user_version") == 3);
    }
}

TEST_CASE("a vault from a newer version of Intake is refused, untouched", "[vault][schema]") {
    VaultFixture fixture;
    {
        auto vault = fixture.create();
        REQUIRE(vault->put({"a", {{"v", 1}}, "", false}));
    }
    {
        // Stamp a future version through SQLCipher directly.
        auto db = sqlite::Connection::open(fixture.path().string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db);
        std::string key = "x'" + fixture.key().hex() + "'";
        REQUIRE(sqlite3_key((*db)->handle(), key.data(), static_cast<int>(key.size())) == SQLITE_OK);
        REQUIRE((*db)->exec("PRAGMA cipher_page_size = 4096"));
        REQUIRE((*db)->exec("PRAGMA user_version = " + std::to_string(schema::currentVersion() + 1)));
    }
    auto opened = Vault::open(fixture.config());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().is(VaultError::TooNew));
    CHECK(opened.error().message().find("newer version") != std::string::npos);
}

TEST_CASE("a new vault is at the current schema version", "[vault][schema]") {
    VaultFixture fixture;
    { auto vault = fixture.create(); }
    auto db = sqlite::Connection::open(fixture.path().string(), SQLITE_OPEN_READWRITE);
    REQUIRE(db);
    std::string key = "x'" + fixture.key().hex() + "'";
    REQUIRE(sqlite3_key((*db)->handle(), key.data(), static_cast<int>(key.size())) == SQLITE_OK);
    REQUIRE((*db)->exec("PRAGMA cipher_page_size = 4096"));
    CHECK(*(*db)->queryInteger("PRAGMA user_version") == schema::currentVersion());
    CHECK(*(*db)->queryText("PRAGMA journal_mode") == "wal");
}
