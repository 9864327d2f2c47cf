#include "intake/platform/development_key_file_store.h"
#include "intake/platform/memory_key_store.h"
#include "temp_folder.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace intake;
using namespace intake::platform;

TEST_CASE("vault keys are random, 256 bits, and round-trip through hex", "[keys]") {
    auto a = VaultKey::random();
    auto b = VaultKey::random();
    REQUIRE(a);
    REQUIRE(b);
    CHECK_FALSE(*a == *b);
    const auto hex = a->hex();
    CHECK(hex.size() == 64);
    CHECK(*VaultKey::fromHex(hex) == *a);
    CHECK_FALSE(VaultKey::fromHex(hex.substr(1)));
    CHECK_FALSE(VaultKey::fromHex(std::string(63, 'a') + "g"));
    const std::vector<std::uint8_t> short_(31, 1);
    CHECK_FALSE(VaultKey::fromBytes(short_));
}

TEST_CASE("the in-memory key store stores, loads, removes and can be unavailable", "[keys]") {
    MemoryKeyStore store;
    CHECK(store.load("queue").error().is(KeyStoreError::KeyMissing));
    auto created = loadOrCreate(store, "queue");
    REQUIRE(created);
    CHECK(*loadOrCreate(store, "queue") == *created);  // the second start finds it
    REQUIRE(store.remove("queue"));
    CHECK(store.remove("queue").error().is(KeyStoreError::KeyMissing));

    store.setAvailable(false);
    auto failed = loadOrCreate(store, "queue");
    REQUIRE_FALSE(failed);
    CHECK(failed.error().is(KeyStoreError::Unavailable));
    CHECK(failed.error().mayBeTransient());
}

TEST_CASE("the development key file store warns and keeps files private", "[keys]") {
    test::TempFolder folder;
    std::ostringstream warnings;
    DevelopmentKeyFileStore store(folder / "keys", warnings);
    CHECK(warnings.str().find("WARNING") != std::string::npos);
    CHECK(warnings.str().find("development mode") != std::string::npos);

    auto key = loadOrCreate(store, "outreach-team-1");
    REQUIRE(key);
    struct stat info {};
    REQUIRE(stat((folder / "keys/outreach-team-1.key").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    REQUIRE(stat((folder / "keys").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);

    std::ostringstream again;
    DevelopmentKeyFileStore reopened(folder / "keys", again);
    CHECK(*reopened.load("outreach-team-1") == *key);
    CHECK(reopened.load("../etc/passwd").error().is(KeyStoreError::KeyMissing));
    CHECK_FALSE(isValidKeyName(".hidden"));
    CHECK_FALSE(isValidKeyName("a/b"));

    {
        std::ofstream corrupt(folder / "keys/broken.key");
        corrupt << "not a key\n";
    }
    CHECK(reopened.load("broken").error().is(KeyStoreError::KeyMalformed));
}
