#include "scoped_environment.h"
#include "intake/platform/development_key_file_store.h"
#include "intake/platform/memory_key_store.h"
#include "intake/platform/systemd_credential_store.h"
#include "intake/sync/credentials.h"
#include "temp_folder.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>
#include <cstdlib>
#include <new>
#include <optional>
#include <string>

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

using intake::test::ScopedEnvironment;

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

TEST_CASE("vault keys wipe their bytes when destroyed, copies too", "[keys][wipe]") {
    auto original = VaultKey::random();
    REQUIRE(original);
    const auto bytes = original->bytes();
    REQUIRE(std::any_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b != 0; }));

    // A copy in storage we can look at after its destructor ran.
    alignas(VaultKey) unsigned char storage[sizeof(VaultKey)];
    auto* copy = new (storage) VaultKey(*original);
    CHECK(*copy == *original);
    const auto* raw = reinterpret_cast<const unsigned char*>(copy->bytes().data());
    const std::size_t offset = static_cast<std::size_t>(raw - storage);
    REQUIRE(offset + VaultKey::kSize <= sizeof(storage));
    CHECK(std::equal(bytes.begin(), bytes.end(), storage + offset));
    copy->~VaultKey();
    CHECK(std::all_of(storage + offset, storage + offset + VaultKey::kSize, [](unsigned char b) { return b == 0; }));

    // Assigned-to and moved-from keys hold only their own bytes and are wiped too.
    auto other = VaultKey::random();
    REQUIRE(other);
    auto* assigned = new (storage) VaultKey(*other);
    *assigned = *original;
    CHECK(*assigned == *original);
    VaultKey moved(std::move(*assigned));
    CHECK(moved == *original);
    assigned->~VaultKey();
    CHECK(std::all_of(storage + offset, storage + offset + VaultKey::kSize, [](unsigned char b) { return b == 0; }));
}

namespace {

// Writes a credential file as systemd would (0400 unless told otherwise).
void writeCredential(const std::filesystem::path& file, const std::string& content, mode_t mode = 0400) {
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out << content;
        REQUIRE(out.good());
    }
    REQUIRE(::chmod(file.c_str(), mode) == 0);
}

// Checks that an error says nothing of a key, in either case of hex.
void checkNoKeyIn(const Error& error, const std::string& hex) {
    std::string upper = hex;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    for (const auto& text : {error.detail(), error.message(), error.name()}) {
        CHECK(text.find(hex) == std::string::npos);
        CHECK(text.find(upper) == std::string::npos);
        CHECK(text.find(hex.substr(0, 16)) == std::string::npos);
    }
}

}  // namespace

TEST_CASE("the systemd credential store reads keys and secrets from the credentials folder", "[keys][systemd]") {
    test::TempFolder folder;
    const auto credentials = folder / "credentials";
    std::filesystem::create_directory(credentials);
    auto queue = VaultKey::random();
    auto outreach = VaultKey::random();
    auto upper = VaultKey::random();
    REQUIRE(queue);
    REQUIRE(outreach);
    REQUIRE(upper);
    std::string upperHex = upper->hex();
    std::transform(upperHex.begin(), upperHex.end(), upperHex.begin(), [](unsigned char c) { return std::toupper(c); });
    writeCredential(credentials / "queue.key", queue->hex());                   // no newline
    writeCredential(credentials / "outreach-team-1.key", outreach->hex() + "\n");  // `openssl rand -hex 32`
    writeCredential(credentials / "upper.key", upperHex + "\r\n", 0440);           // 0440: granted through an ACL
    writeCredential(credentials / "central.secret", kAwkwardSecret);
    writeCredential(credentials / "empty.secret", "");
    writeCredential(credentials / "queue.secret", "the queue's secret");

    SystemdCredentialStore store(credentials);
    CHECK(store.directory() == credentials);
    CHECK(SystemdCredentialStore::keyCredentialName("queue") == "queue.key");
    CHECK(SystemdCredentialStore::secretCredentialName("queue") == "queue.secret");

    auto loaded = store.load("queue");
    REQUIRE(loaded);
    CHECK(*loaded == *queue);
    loaded = store.load("outreach-team-1");
    REQUIRE(loaded);
    CHECK(*loaded == *outreach);
    CHECK_FALSE(*loaded == *queue);
    loaded = store.load("upper");
    REQUIRE(loaded);
    CHECK(*loaded == *upper);
    // A provisioned key is found, not replaced.
    auto existing = loadOrCreate(store, "queue");
    REQUIRE(existing);
    CHECK(*existing == *queue);

    auto secret = store.loadSecret("central");
    REQUIRE(secret);
    CHECK(*secret == kAwkwardSecret);  // byte for byte: newlines, NUL and all
    CHECK(secret->size() == kAwkwardSecret.size());
    secret = store.loadSecret("empty");
    REQUIRE(secret);
    CHECK(secret->empty());
    // Keys and secrets are separate: the same name, two credentials.
    secret = store.loadSecret("queue");
    REQUIRE(secret);
    CHECK(*secret == "the queue's secret");
    CHECK(store.loadSecret("outreach-team-1").error().is(KeyStoreError::KeyMissing));
    CHECK(store.load("central").error().is(KeyStoreError::KeyMissing));
}

TEST_CASE("the systemd credential store refuses malformed, missing and exposed credentials", "[keys][systemd]") {
    test::TempFolder folder;
    const auto credentials = folder / "credentials";
    std::filesystem::create_directory(credentials);
    auto key = VaultKey::random();
    REQUIRE(key);
    const std::string hex = key->hex();
    SystemdCredentialStore store(credentials);

    SECTION("malformed keys") {
        const std::pair<const char*, std::string> cases[] = {
            {"63 digits", hex.substr(1)},
            {"65 digits", hex + "0"},
            {"a stray character", hex.substr(0, 63) + "g"},
            {"two newlines", hex + "\n\n"},
            {"leading space", " " + hex},
            {"trailing space", hex + " "},
            {"raw bytes", std::string(reinterpret_cast<const char*>(key->bytes().data()), VaultKey::kSize)},
            {"empty", ""},
        };
        for (const auto& [why, content] : cases) {
            CAPTURE(why);
            writeCredential(credentials / "queue.key", content, 0600);
            auto loaded = store.load("queue");
            REQUIRE_FALSE(loaded);
            CHECK(loaded.error().is(KeyStoreError::KeyMalformed));
            CHECK(loaded.error().name() == "keystore.key_malformed");
            CHECK(loaded.error().detail().find("queue.key") != std::string::npos);  // names the credential
            checkNoKeyIn(loaded.error(), hex);
        }
    }

    SECTION("missing credentials, folder or environment") {
        auto missing = store.load("queue");
        REQUIRE_FALSE(missing);
        CHECK(missing.error().is(KeyStoreError::KeyMissing));
        CHECK(missing.error().detail().find("queue.key") != std::string::npos);
        CHECK(store.loadSecret("central").error().is(KeyStoreError::KeyMissing));
        CHECK(store.loadSecret("central").error().detail().find("central.secret") != std::string::npos);

        SystemdCredentialStore none{std::filesystem::path()};
        missing = none.load("queue");
        REQUIRE_FALSE(missing);
        CHECK(missing.error().is(KeyStoreError::KeyMissing));
        CHECK(missing.error().detail().find("CREDENTIALS_DIRECTORY") != std::string::npos);
        CHECK(missing.error().detail().find("queue.key") != std::string::npos);
        CHECK(none.loadSecret("central").error().is(KeyStoreError::KeyMissing));

        SystemdCredentialStore gone(folder / "no-such-folder");
        CHECK(gone.load("queue").error().is(KeyStoreError::KeyMissing));
        CHECK(gone.loadSecret("central").error().is(KeyStoreError::KeyMissing));

        // Names are file names: nothing outside the folder is read.
        writeCredential(folder / "outside.key", hex);
        writeCredential(folder / "outside.secret", "outside");
        CHECK(store.load("../outside").error().is(KeyStoreError::KeyMissing));
        CHECK(store.loadSecret("../outside").error().is(KeyStoreError::KeyMissing));
        CHECK(store.load("").error().is(KeyStoreError::KeyMissing));
    }

    SECTION("something other than a file, or too large") {
        std::filesystem::create_directory(credentials / "queue.key");
        CHECK(store.load("queue").error().is(KeyStoreError::KeyMalformed));
        writeCredential(credentials / "huge.secret", std::string(1024 * 1024 + 1, 'x'));
        CHECK(store.loadSecret("huge").error().is(KeyStoreError::KeyMalformed));
        writeCredential(credentials / "large.secret", std::string(1024 * 1024, 'x'));
        REQUIRE(store.loadSecret("large"));
        CHECK(store.loadSecret("large")->size() == 1024 * 1024);
    }

    SECTION("credentials others may read or change are refused") {
        for (const mode_t mode : {0404, 0444, 0644, 0604, 0420, 0401, 0402}) {
            CAPTURE(mode);
            writeCredential(credentials / "queue.key", hex + "\n", mode);
            writeCredential(credentials / "central.secret", "secret-" + hex, mode);
            auto loaded = store.load("queue");
            REQUIRE_FALSE(loaded);
            CHECK(loaded.error().is(KeyStoreError::KeyExposed));
            CHECK(loaded.error().name() == "keystore.key_exposed");
            CHECK(loaded.error().detail().find("queue.key") != std::string::npos);
            CHECK_FALSE(loaded.error().mayBeTransient());
            checkNoKeyIn(loaded.error(), hex);
            auto secret = store.loadSecret("central");
            REQUIRE_FALSE(secret);
            CHECK(secret.error().is(KeyStoreError::KeyExposed));
            checkNoKeyIn(secret.error(), hex);
        }
        for (const mode_t mode : {0400, 0440, 0600}) {  // owner only, or group read (an ACL)
            CAPTURE(mode);
            writeCredential(credentials / "queue.key", hex + "\n", mode);
            REQUIRE(store.load("queue"));
            CHECK(*store.load("queue") == *key);
        }
    }
}

TEST_CASE("the systemd credential store is read-only", "[keys][systemd]") {
    test::TempFolder folder;
    auto key = VaultKey::random();
    REQUIRE(key);
    writeCredential(folder / "queue.key", key->hex() + "\n");
    writeCredential(folder / "central.secret", "{}");
    SystemdCredentialStore store(folder.path());

    auto other = VaultKey::random();
    REQUIRE(other);
    const Result<void> refused[] = {
        store.store("queue", *other), store.remove("queue"),     store.storeSecret("central", "x"),
        store.removeSecret("central"), store.store("new", *other), store.storeSecret("new", "x"),
    };
    for (const auto& result : refused) {
        REQUIRE_FALSE(result);
        CHECK(result.error().is(KeyStoreError::ReadOnly));
        CHECK(result.error().name() == "keystore.read_only");
        CHECK(result.error().message().find("system administrator") != std::string::npos);
        CHECK(result.error().detail().find("systemd-creds encrypt") != std::string::npos);
        CHECK_FALSE(result.error().mayBeTransient());
        checkNoKeyIn(result.error(), other->hex());
        checkNoKeyIn(result.error(), key->hex());
    }
    // Nothing was changed or added.
    CHECK(fileContent(folder / "queue.key") == key->hex() + "\n");
    CHECK(fileContent(folder / "central.secret") == "{}");
    CHECK_FALSE(std::filesystem::exists(folder / "new.key"));
    CHECK_FALSE(std::filesystem::exists(folder / "new.secret"));
    CHECK(*store.load("queue") == *key);

    // A device without its key cannot make one up.
    auto created = loadOrCreate(store, "outreach");
    REQUIRE_FALSE(created);
    CHECK(created.error().is(KeyStoreError::ReadOnly));
    CHECK_FALSE(std::filesystem::exists(folder / "outreach.key"));
}

TEST_CASE("the systemd credential store finds $CREDENTIALS_DIRECTORY", "[keys][systemd]") {
    test::TempFolder folder;
    auto key = VaultKey::random();
    REQUIRE(key);
    writeCredential(folder / "queue.key", key->hex());
    {
        ScopedEnvironment environment("CREDENTIALS_DIRECTORY", folder.path().c_str());
        auto store = SystemdCredentialStore::fromEnvironment();
        CHECK(store.directory() == folder.path());
        REQUIRE(store.load("queue"));
        CHECK(*store.load("queue") == *key);
    }
    for (const char* unset : {static_cast<const char*>(nullptr), ""}) {
        ScopedEnvironment environment("CREDENTIALS_DIRECTORY", unset);
        auto store = SystemdCredentialStore::fromEnvironment();
        CHECK(store.directory().empty());
        auto missing = store.load("queue");
        REQUIRE_FALSE(missing);
        CHECK(missing.error().is(KeyStoreError::KeyMissing));
        CHECK(missing.error().detail().find("CREDENTIALS_DIRECTORY") != std::string::npos);
    }
}
