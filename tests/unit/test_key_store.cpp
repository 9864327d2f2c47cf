#include "intake/platform/development_key_file_store.h"
#include "intake/platform/memory_key_store.h"
#include "intake/sync/credentials.h"
#include "temp_folder.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

using namespace intake;
using namespace intake::platform;
using intake::sync::Credentials;
using intake::sync::loadCredentials;
using intake::sync::storeCredentials;

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

namespace {

// Bytes a text-mode or line-based reader would mangle.
const std::string kAwkwardSecret = std::string("line one\nline two\r\n") + std::string(1, '\0') + "\xff end\n\n";

std::string fileContent(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("the in-memory key store keeps secrets apart from keys", "[keys][secrets]") {
    MemoryKeyStore store;
    CHECK(store.loadSecret("sync").error().is(KeyStoreError::KeyMissing));
    CHECK(store.removeSecret("sync").error().is(KeyStoreError::KeyMissing));

    REQUIRE(store.storeSecret("sync", kAwkwardSecret));
    auto loaded = store.loadSecret("sync");
    REQUIRE(loaded);
    CHECK(*loaded == kAwkwardSecret);
    CHECK(loaded->size() == kAwkwardSecret.size());

    REQUIRE(store.storeSecret("sync", "second"));  // replaces
    CHECK(*store.loadSecret("sync") == "second");

    // A key and a secret of the same name do not see each other.
    CHECK(store.load("sync").error().is(KeyStoreError::KeyMissing));
    REQUIRE(loadOrCreate(store, "sync"));
    CHECK(*store.loadSecret("sync") == "second");
    REQUIRE(store.remove("sync"));
    CHECK(*store.loadSecret("sync") == "second");

    REQUIRE(store.removeSecret("sync"));
    CHECK(store.loadSecret("sync").error().is(KeyStoreError::KeyMissing));
    CHECK(store.removeSecret("sync").error().is(KeyStoreError::KeyMissing));

    REQUIRE(store.storeSecret("sync", "third"));
    store.setAvailable(false);
    CHECK(store.loadSecret("sync").error().is(KeyStoreError::Unavailable));
    CHECK(store.storeSecret("sync", "x").error().is(KeyStoreError::Unavailable));
    CHECK(store.removeSecret("sync").error().is(KeyStoreError::Unavailable));
    store.setAvailable(true);
    CHECK(*store.loadSecret("sync") == "third");
}

TEST_CASE("the development key file store keeps secrets in private files", "[keys][secrets]") {
    test::TempFolder folder;
    std::ostringstream warnings;
    DevelopmentKeyFileStore store(folder / "keys", warnings);
    CHECK(store.loadSecret("sync-central").error().is(KeyStoreError::KeyMissing));
    CHECK(store.removeSecret("sync-central").error().is(KeyStoreError::KeyMissing));

    REQUIRE(store.storeSecret("sync-central", kAwkwardSecret));
    const auto file = folder / "keys/sync-central.secret";
    struct stat info {};
    REQUIRE(stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    REQUIRE(stat((folder / "keys").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    CHECK(fileContent(file) == kAwkwardSecret);  // byte for byte, nothing added
    CHECK_FALSE(std::filesystem::exists(folder / "keys/sync-central.secret.tmp"));

    std::ostringstream again;
    DevelopmentKeyFileStore reopened(folder / "keys", again);
    auto loaded = reopened.loadSecret("sync-central");
    REQUIRE(loaded);
    CHECK(*loaded == kAwkwardSecret);

    // Replacing keeps the file private, an empty secret is a secret.
    REQUIRE(reopened.storeSecret("sync-central", ""));
    REQUIRE(reopened.loadSecret("sync-central"));
    CHECK(reopened.loadSecret("sync-central")->empty());
    REQUIRE(stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    // A key of the same name is another file.
    auto key = loadOrCreate(reopened, "sync-central");
    REQUIRE(key);
    CHECK(reopened.loadSecret("sync-central")->empty());
    CHECK(*reopened.load("sync-central") == *key);

    REQUIRE(reopened.removeSecret("sync-central"));
    CHECK_FALSE(std::filesystem::exists(file));
    CHECK(reopened.loadSecret("sync-central").error().is(KeyStoreError::KeyMissing));
    CHECK(reopened.removeSecret("sync-central").error().is(KeyStoreError::KeyMissing));
    CHECK(*reopened.load("sync-central") == *key);

    // Names are file names: nothing outside the folder.
    CHECK(reopened.loadSecret("../keys/x").error().is(KeyStoreError::KeyMissing));
    CHECK_FALSE(reopened.storeSecret("../escape", "x"));
    CHECK_FALSE(std::filesystem::exists(folder / "escape.secret"));
}

TEST_CASE("sync credentials round-trip through the key store as JSON", "[keys][credentials]") {
    MemoryKeyStore store;
    CHECK(loadCredentials(store, "central").error().is(KeyStoreError::KeyMissing));

    const Credentials basic{Credentials::Scheme::Basic, "kiosk-7", "pa\"ss:w\u00f6rd"};
    REQUIRE(storeCredentials(store, "central", basic));
    auto loaded = loadCredentials(store, "central");
    REQUIRE(loaded);
    CHECK(*loaded == basic);
    CHECK(loaded->scheme == Credentials::Scheme::Basic);

    const Credentials session{Credentials::Scheme::Session, "outreach-2", "hunter2"};
    REQUIRE(storeCredentials(store, "central", session));
    auto raw = store.loadSecret("central");
    REQUIRE(raw);
    const auto json = nlohmann::json::parse(*raw);
    CHECK(json == nlohmann::json{{"scheme", "session"}, {"user", "outreach-2"}, {"password", "hunter2"}});
    loaded = loadCredentials(store, "central");
    REQUIRE(loaded);
    CHECK(loaded->scheme == Credentials::Scheme::Session);
    CHECK(loaded->user == "outreach-2");
    CHECK(loaded->password == "hunter2");

    // Written by hand (enrolment tooling): the same format is read.
    REQUIRE(store.storeSecret("hand", R"({"password":"p","user":"u","scheme":"basic","extra":1})"));
    loaded = loadCredentials(store, "hand");
    REQUIRE(loaded);
    CHECK(*loaded == Credentials{Credentials::Scheme::Basic, "u", "p"});

    // An empty user, or one with ':' (HTTP Basic cannot carry it), is refused.
    CHECK(storeCredentials(store, "bad", Credentials{Credentials::Scheme::Basic, "", "p"})
              .error()
              .is(KeyStoreError::KeyMalformed));
    CHECK(storeCredentials(store, "bad", Credentials{Credentials::Scheme::Basic, "a:b", "p"})
              .error()
              .is(KeyStoreError::KeyMalformed));
    CHECK(store.loadSecret("bad").error().is(KeyStoreError::KeyMissing));

    store.setAvailable(false);
    CHECK(loadCredentials(store, "central").error().is(KeyStoreError::Unavailable));
    CHECK(storeCredentials(store, "central", basic).error().is(KeyStoreError::Unavailable));
}

TEST_CASE("malformed credentials are KeyMalformed and never echo the secret", "[keys][credentials]") {
    MemoryKeyStore store;
    const std::string password = "TopSecret-123";
    struct Case {
        const char* why;
        std::string text;
    };
    const Case cases[] = {
        {"not JSON", "scheme=basic user=u password=" + password},
        {"truncated JSON", R"({"scheme":"basic","user":"u","password":")" + password},
        {"not an object", R"(["basic","u",")" + password + R"("])"},
        {"no scheme", R"({"user":"u","password":")" + password + R"("})"},
        {"unknown scheme", R"({"scheme":"digest","user":"u","password":")" + password + R"("})"},
        {"scheme of the wrong type", R"({"scheme":1,"user":"u","password":")" + password + R"("})"},
        {"no user", R"({"scheme":"basic","password":")" + password + R"("})"},
        {"empty user", R"({"scheme":"basic","user":"","password":")" + password + R"("})"},
        {"user with a colon", R"({"scheme":"session","user":"a:b","password":")" + password + R"("})"},
        {"no password", R"({"scheme":"basic","user":"u"})"},
        {"password of the wrong type", R"({"scheme":"basic","user":"u","password":12345})"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.why);
        REQUIRE(store.storeSecret("central", c.text));
        auto loaded = loadCredentials(store, "central");
        REQUIRE_FALSE(loaded);
        CHECK(loaded.error().is(KeyStoreError::KeyMalformed));
        CHECK(loaded.error().detail().find("central") != std::string::npos);  // names the secret
        CHECK(loaded.error().detail().find(password) == std::string::npos);
        CHECK(loaded.error().detail().find("12345") == std::string::npos);
        CHECK(loaded.error().message().find(password) == std::string::npos);
    }
}
