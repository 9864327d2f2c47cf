// The encrypted credstore that `intake enrol` and `intake vault rekey` write
// on a kiosk (SystemdCredentialStore with an EncryptedCredstore), through the
// real systemd-creds with the host key. Where systemd-creds cannot encrypt
// (not root, no systemd), the round trips are skipped with a WARN and the
// tests check what needs no host key: errors, fault handling, the factory.

#include "scoped_environment.h"
#include "intake/platform/key_store.h"
#include "intake/platform/platform_key_store.h"
#include "intake/platform/systemd_credential_store.h"
#include "temp_folder.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

using namespace intake;
using namespace intake::platform;
namespace fs = std::filesystem;

using intake::test::ScopedEnvironment;

namespace {

const fs::path kSystemdCreds = "/usr/bin/systemd-creds";

std::string fileContent(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const fs::path& file, const std::string& content, mode_t mode) {
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out << content;
        REQUIRE(out.good());
    }
    REQUIRE(::chmod(file.c_str(), mode) == 0);
}

mode_t modeOf(const fs::path& file) {
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// A shell command's exit status and standard output (test side only: this is
// how an administrator would look at the files, independent of the store).
struct Shell {
    int status = -1;
    std::string output;
};
Shell shell(const std::string& command) {
    Shell result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

// What systemd itself would hand the service: the plaintext of an encrypted
// credential, decrypted by systemd-creds (not by the store under test).
std::string decryptAsSystemd(const fs::path& file, const std::string& credential) {
    auto run = shell(kSystemdCreds.string() + " decrypt --name=" + quoted(credential) + " " + quoted(file.string()) +
                     " - 2>/dev/null");
    REQUIRE(run.status == 0);
    return run.output;
}

// Whether systemd-creds can encrypt and decrypt with the host key here. It
// needs root (the host key /var/lib/systemd/credential.secret is root's, and
// is made on first use).
std::optional<std::string> whyNoSystemdCreds() {
    if (!fs::exists(kSystemdCreds))
        return kSystemdCreds.string() + " is not installed (Debian: systemd)";
    if (::geteuid() != 0)
        return "the tests do not run as root, and the host key is root's";
    test::TempFolder folder;
    const auto file = folder / "probe";
    auto encrypt = shell("printf probe | " + kSystemdCreds.string() + " encrypt --with-key=host --name=probe - " +
                         quoted(file.string()) + " 2>&1");
    if (encrypt.status != 0)
        return "systemd-creds encrypt --with-key=host failed: " + encrypt.output;
    auto decrypt = shell(kSystemdCreds.string() + " decrypt --name=probe " + quoted(file.string()) + " - 2>&1");
    if (decrypt.status != 0 || decrypt.output.find("probe") == std::string::npos)
        return "systemd-creds decrypt failed: " + decrypt.output;
    return std::nullopt;
}

const std::optional<std::string>& systemdCredsMissing() {
    static const auto why = whyNoSystemdCreds();
    if (why)
        WARN("systemd-creds cannot encrypt with the host key here, so the encrypted round trips are NOT "
             "tested, only errors and faults: "
             << *why);
    return why;
}

EncryptedCredstore credstoreIn(const fs::path& folder, fs::path program = kSystemdCreds) {
    EncryptedCredstore options;
    options.directory = folder;
    options.program = std::move(program);
    options.withKey = "host";
    options.timeoutMs = 20000;
    return options;
}

// Files other than the credentials themselves: temporary files left behind.
std::vector<std::string> filesIn(const fs::path& folder) {
    std::vector<std::string> names;
    if (fs::exists(folder))
        for (const auto& entry : fs::directory_iterator(folder))
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

void checkNoKeyIn(const Error& error, const std::string& hex) {
    std::string upper = hex;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    for (const auto& text : {error.detail(), error.message(), error.name()}) {
        CHECK(text.find(hex.substr(0, 16)) == std::string::npos);
        CHECK(text.find(upper.substr(0, 16)) == std::string::npos);
    }
}

// A stand-in for systemd-creds, for faults only: a shell script.
fs::path fakeTool(const test::TempFolder& folder, const std::string& name, const std::string& body) {
    const auto path = folder / name;
    writeFile(path, "#!/bin/sh\n" + body + "\n", 0755);
    return path;
}

}  // namespace

TEST_CASE("enrolment's keys and secrets are written encrypted, bound to their names, and read back",
          "[credstore][systemd]") {
    if (systemdCredsMissing()) {
        // What can be checked without a host key: the store says it cannot
        // encrypt, naming the credential, and leaves nothing behind.
        test::TempFolder folder;
        SystemdCredentialStore store(credstoreIn(folder / "credstore.encrypted"));
        auto key = VaultKey::random();
        REQUIRE(key);
        auto stored = store.store("welcome-house", *key);
        REQUIRE_FALSE(stored);
        CHECK(stored.error().detail().find("welcome-house.key") != std::string::npos);
        checkNoKeyIn(stored.error(), key->hex());
        CHECK(filesIn(folder / "credstore.encrypted").empty());
        return;
    }
    test::TempFolder folder;
    const auto credstore = folder / "credstore.encrypted";
    SystemdCredentialStore store(credstoreIn(credstore));
    REQUIRE(store.credstore());
    CHECK(store.directory().empty());

    auto key = VaultKey::random();
    REQUIRE(key);
    REQUIRE(store.store("welcome-house", *key));
    // The folder is made as systemd wants /etc/credstore.encrypted: root's alone.
    CHECK(modeOf(credstore) == 0700);
    const auto file = credstore / "welcome-house.key";
    REQUIRE(fs::is_regular_file(file));
    CHECK(modeOf(file) == 0600);
    const auto ciphertext = fileContent(file);
    std::string upper = key->hex();
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    CHECK(ciphertext.find(key->hex().substr(0, 16)) == std::string::npos);
    CHECK(ciphertext.find(upper.substr(0, 16)) == std::string::npos);
    const auto raw = key->bytes();
    CHECK(std::search(ciphertext.begin(), ciphertext.end(), raw.begin(), raw.begin() + 8) == ciphertext.end());
    // systemd reads it as the service's credential: 64 hex digits.
    CHECK(decryptAsSystemd(file, "welcome-house.key") == key->hex());
    auto loaded = store.load("welcome-house");
    REQUIRE(loaded);
    CHECK(*loaded == *key);

    // A secret, byte for byte (NUL, newline, non-ASCII).
    const std::string secret = std::string("{\"scheme\":\"session\",\"user\":\"device-wh-kiosk-1\",\"password\":\"p\xc3\xa5") +
                               std::string(1, '\0') + "\n\"}";
    REQUIRE(store.storeSecret("central-credentials", secret));
    CHECK(modeOf(credstore / "central-credentials.secret") == 0600);
    CHECK(decryptAsSystemd(credstore / "central-credentials.secret", "central-credentials.secret") == secret);
    auto loadedSecret = store.loadSecret("central-credentials");
    REQUIRE(loadedSecret);
    CHECK(*loadedSecret == secret);

    // A rekey replaces the key; nothing temporary is left beside it.
    auto rekeyed = VaultKey::random();
    REQUIRE(rekeyed);
    REQUIRE(store.store("welcome-house", *rekeyed));
    CHECK(*store.load("welcome-house") == *rekeyed);
    CHECK(decryptAsSystemd(file, "welcome-house.key") == rekeyed->hex());
    CHECK(filesIn(credstore) == std::vector<std::string>{"central-credentials.secret", "welcome-house.key"});

    // The name is part of the ciphertext: a key copied under another
    // credential's name is refused, naming the credential.
    fs::copy_file(file, credstore / "config.key");
    auto swapped = store.load("config");
    REQUIRE_FALSE(swapped);
    CHECK(swapped.error().is(KeyStoreError::KeyMalformed));
    CHECK(swapped.error().detail().find("config.key") != std::string::npos);
    checkNoKeyIn(swapped.error(), rekeyed->hex());
    fs::remove(credstore / "config.key");

    // A damaged file is refused too.
    std::string damaged = fileContent(file);
    damaged[damaged.size() / 2] = damaged[damaged.size() / 2] == 'A' ? 'B' : 'A';
    writeFile(credstore / "counselling-slots.key", damaged, 0600);
    auto broken = store.load("counselling-slots");
    REQUIRE_FALSE(broken);
    CHECK(broken.error().detail().find("counselling-slots.key") != std::string::npos);
    fs::remove(credstore / "counselling-slots.key");

    // A first start makes and keeps a key (enrol uses loadOrCreate).
    auto created = loadOrCreate(store, "config");
    REQUIRE(created);
    CHECK(*store.load("config") == *created);
    CHECK(decryptAsSystemd(credstore / "config.key", "config.key") == created->hex());

    // remove() deletes the credential; then it is missing.
    REQUIRE(store.remove("welcome-house"));
    CHECK_FALSE(fs::exists(file));
    auto gone = store.load("welcome-house");
    REQUIRE_FALSE(gone);
    CHECK(gone.error().is(KeyStoreError::KeyMissing));
    CHECK(store.remove("welcome-house").error().is(KeyStoreError::KeyMissing));
    REQUIRE(store.removeSecret("central-credentials"));
    CHECK(store.loadSecret("central-credentials").error().is(KeyStoreError::KeyMissing));
}

TEST_CASE("the service reads what enrolment wrote, under the names the unit loads", "[credstore][systemd]") {
    if (systemdCredsMissing()) {
        // The names the unit's LoadCredentialEncrypted= lines use.
        CHECK(SystemdCredentialStore::keyCredentialName("welcome-house") == "welcome-house.key");
        CHECK(SystemdCredentialStore::secretCredentialName("central-credentials") == "central-credentials.secret");
        return;
    }
    test::TempFolder folder;
    const auto credstore = folder / "credstore.encrypted";
    SystemdCredentialStore enrol(credstoreIn(credstore));
    auto key = VaultKey::random();
    REQUIRE(key);
    REQUIRE(enrol.store("config", *key));
    REQUIRE(enrol.storeSecret("central-credentials", "{\"scheme\":\"session\",\"user\":\"u\",\"password\":\"p\"}"));

    // What LoadCredentialEncrypted=config.key does at service start: decrypt
    // /etc/credstore.encrypted/config.key into $CREDENTIALS_DIRECTORY, 0400.
    const auto credentials = folder / "credentials";
    fs::create_directory(credentials);
    for (const char* name : {"config.key", "central-credentials.secret"}) {
        writeFile(credentials / name, decryptAsSystemd(credstore / name, name), 0400);
    }
    ScopedEnvironment environment("CREDENTIALS_DIRECTORY", credentials.c_str());
    auto service = SystemdCredentialStore::fromEnvironment(credstoreIn(credstore));
    CHECK(service.directory() == credentials);
    CHECK_FALSE(service.credstore());
    REQUIRE(service.load("config"));
    CHECK(*service.load("config") == *key);
    REQUIRE(service.loadSecret("central-credentials"));
    // In the service nothing is written.
    CHECK(service.store("config", *key).error().is(KeyStoreError::ReadOnly));
}

TEST_CASE("key bytes never reach systemd-creds' command line", "[credstore][systemd]") {
    test::TempFolder folder;
    const auto log = folder / "argv.log";
    // Records its arguments, then runs the real tool (or fails where it can't).
    const std::string then = systemdCredsMissing() ? "exit 1" : "exec " + kSystemdCreds.string() + " \"$@\"";
    const auto spy = fakeTool(folder, "spy", "printf '%s\\n' \"$@\" >> " + quoted(log.string()) + "\n" + then);
    SystemdCredentialStore store(credstoreIn(folder / "credstore.encrypted", spy));
    auto key = VaultKey::random();
    REQUIRE(key);
    const std::string password = "correct-horse-battery-staple-1234";
    auto stored = store.store("welcome-house", *key);
    auto storedSecret = store.storeSecret("central-credentials", "{\"password\":\"" + password + "\"}");
    CHECK(bool(stored) == !systemdCredsMissing());
    CHECK(bool(storedSecret) == !systemdCredsMissing());
    if (stored)
        CHECK(*store.load("welcome-house") == *key);

    const auto arguments = fileContent(log);
    CHECK(arguments.find("encrypt") != std::string::npos);
    CHECK(arguments.find("--name=welcome-house.key") != std::string::npos);
    CHECK(arguments.find("--name=central-credentials.secret") != std::string::npos);
    std::string upper = key->hex();
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    CHECK(arguments.find(key->hex().substr(0, 16)) == std::string::npos);
    CHECK(arguments.find(upper.substr(0, 16)) == std::string::npos);
    CHECK(arguments.find(password) == std::string::npos);
}

TEST_CASE("a failing systemd-creds leaves the old credential and says which one failed", "[credstore][systemd]") {
    test::TempFolder folder;
    const auto credstore = folder / "credstore.encrypted";
    fs::create_directory(credstore);
    const std::string old = "an old credential, not touched\n";
    writeFile(credstore / "welcome-house.key", old, 0600);
    auto key = VaultKey::random();
    REQUIRE(key);

    struct Fault {
        const char* what;
        std::string script;
        const char* expected;  // in the error's detail
    };
    const Fault faults[] = {
        {"exits with an error", "echo 'Failed to encrypt: no host key' >&2; exit 1", "no host key"},
        // Writes something that does not decrypt: the check before the rename catches it.
        {"writes what does not decrypt",
         "if [ \"$1\" = encrypt ]; then cat >/dev/null; echo not-a-credential; else echo 'bad' >&2; exit 1; fi",
         "does not decrypt to what was stored"},
        // Decrypts to other bytes than were stored.
        {"decrypts to something else", "cat >/dev/null; echo 0000", "does not decrypt to what was stored"},
        {"hangs", "exec sleep 30", "did not finish in time"},
        {"is killed", "kill -9 $$", "failed"},
    };
    for (const auto& fault : faults) {
        INFO("systemd-creds " << fault.what);
        auto options = credstoreIn(credstore, fakeTool(folder, "fake", fault.script));
        options.timeoutMs = 1000;
        SystemdCredentialStore store(options);
        const auto start = std::chrono::steady_clock::now();
        auto stored = store.store("welcome-house", *key);
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
        REQUIRE_FALSE(stored);
        CHECK(stored.error().is(KeyStoreError::Unavailable));
        CHECK(stored.error().detail().find("welcome-house.key") != std::string::npos);
        CHECK(stored.error().detail().find(fault.expected) != std::string::npos);
        checkNoKeyIn(stored.error(), key->hex());
        CHECK(fileContent(credstore / "welcome-house.key") == old);
        CHECK(filesIn(credstore) == std::vector<std::string>{"welcome-house.key"});
    }

    // A tool that exits without reading a large secret: an error, not a
    // SIGPIPE that would end the process.
    {
        SystemdCredentialStore store(credstoreIn(credstore, fakeTool(folder, "early", "exit 3")));
        auto stored = store.storeSecret("central-credentials", std::string(512 * 1024, 'x'));
        REQUIRE_FALSE(stored);
        CHECK(stored.error().detail().find("central-credentials.secret") != std::string::npos);
        CHECK(stored.error().detail().find("status 3") != std::string::npos);
    }
    // No such program.
    {
        SystemdCredentialStore store(credstoreIn(credstore, folder / "no-such-systemd-creds"));
        auto stored = store.store("welcome-house", *key);
        REQUIRE_FALSE(stored);
        CHECK(stored.error().is(KeyStoreError::Unavailable));
        CHECK(stored.error().detail().find("cannot be run") != std::string::npos);
        auto loaded = store.load("welcome-house");
        REQUIRE_FALSE(loaded);
        CHECK(loaded.error().is(KeyStoreError::Unavailable));
        CHECK(loaded.error().detail().find("welcome-house.key") != std::string::npos);
    }
    CHECK(fileContent(credstore / "welcome-house.key") == old);
}

TEST_CASE("loading from the credstore refuses missing, exposed and unreadable credentials", "[credstore][systemd]") {
    test::TempFolder folder;
    const auto credstore = folder / "credstore.encrypted";
    {
        SystemdCredentialStore store(credstoreIn(credstore));
        auto missing = store.load("welcome-house");
        REQUIRE_FALSE(missing);
        CHECK(missing.error().is(KeyStoreError::KeyMissing));
        CHECK(missing.error().detail().find("welcome-house.key") != std::string::npos);
        CHECK(missing.error().detail().find(credstore.string()) != std::string::npos);
        CHECK(store.loadSecret("central-credentials").error().is(KeyStoreError::KeyMissing));
        CHECK(store.remove("welcome-house").error().is(KeyStoreError::KeyMissing));
        CHECK(store.load("../etc/passwd").error().is(KeyStoreError::KeyMissing));
        auto key = VaultKey::random();
        REQUIRE(key);
        CHECK_FALSE(store.store("../escape", *key));
        CHECK_FALSE(fs::exists(folder / "escape.key"));
    }
    fs::create_directory(credstore);
    // Whoever may write an encrypted credential may swap it: refused before
    // systemd-creds runs (the tool here would fail the test if it ran).
    const auto tripwire = fakeTool(folder, "tripwire", "echo ran >> " + quoted((folder / "ran").string()) + "; exit 1");
    SystemdCredentialStore store(credstoreIn(credstore, tripwire));
    for (mode_t mode : {0666, 0620, 0602}) {
        INFO("mode " << mode);
        writeFile(credstore / "config.key", "ciphertext", mode);
        auto exposed = store.load("config");
        REQUIRE_FALSE(exposed);
        CHECK(exposed.error().is(KeyStoreError::KeyExposed));
        CHECK(exposed.error().detail().find("config.key") != std::string::npos);
    }
    CHECK_FALSE(fs::exists(folder / "ran"));
    fs::create_directory(credstore / "slots.key");
    CHECK(store.load("slots").error().is(KeyStoreError::KeyMalformed));

    // A file systemd-creds refuses: as root that means this machine cannot
    // open it (enrol again); otherwise it may be only the missing root.
    writeFile(credstore / "config.key", "ciphertext", 0600);
    auto refused = store.load("config");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().is(::geteuid() == 0 ? KeyStoreError::KeyMalformed : KeyStoreError::Unavailable));
    CHECK(refused.error().detail().find("config.key") != std::string::npos);
    CHECK(fs::exists(folder / "ran"));

    // Output that is not a key.
    SystemdCredentialStore notHex(credstoreIn(credstore, fakeTool(folder, "nothex", "echo 'not 64 hex digits'")));
    auto malformed = notHex.load("config");
    REQUIRE_FALSE(malformed);
    CHECK(malformed.error().is(KeyStoreError::KeyMalformed));
    CHECK(malformed.error().detail().find("config.key") != std::string::npos);
}

TEST_CASE("the systemd platform store writes the credstore outside the service and only reads inside it",
          "[credstore][systemd][factory]") {
    const std::string kind = INTAKE_EXPECTED_KEY_STORE;
    REQUIRE(std::string(platformKeyStoreKind()) == kind);
    if (kind != "systemd") {
        WARN("this build's key store is '" << kind << "', not systemd: the factory's systemd choice is not tested");
        return;
    }
    test::TempFolder folder;
    KeyStoreSettings settings;
    settings.encryptedCredentialsDirectory = folder / "credstore.encrypted";

    {
        // The CLI from a root shell: no $CREDENTIALS_DIRECTORY.
        ScopedEnvironment environment("CREDENTIALS_DIRECTORY", nullptr);
        auto store = makePlatformKeyStore(settings);
        auto* systemd = dynamic_cast<SystemdCredentialStore*>(store.get());
        REQUIRE(systemd);
        REQUIRE(systemd->credstore());
        CHECK(systemd->credstore()->directory == settings.encryptedCredentialsDirectory);
        CHECK(systemd->credstore()->program == "/usr/bin/systemd-creds");
        CHECK(store->load("config").error().is(KeyStoreError::KeyMissing));
        if (!systemdCredsMissing()) {
            auto key = VaultKey::random();
            REQUIRE(key);
            REQUIRE(store->store("config", *key));  // systemd-creds' own choice of key (host, TPM2 if any)
            CHECK(*store->load("config") == *key);
            CHECK(decryptAsSystemd(folder / "credstore.encrypted/config.key", "config.key") == key->hex());
        }
    }
    {
        // Inside the service: read-only, from $CREDENTIALS_DIRECTORY.
        fs::create_directory(folder / "credentials");
        ScopedEnvironment environment("CREDENTIALS_DIRECTORY", (folder / "credentials").c_str());
        auto store = makePlatformKeyStore(settings);
        auto* systemd = dynamic_cast<SystemdCredentialStore*>(store.get());
        REQUIRE(systemd);
        CHECK_FALSE(systemd->credstore());
        CHECK(systemd->directory() == folder / "credentials");
        auto key = VaultKey::random();
        REQUIRE(key);
        CHECK(store->store("config", *key).error().is(KeyStoreError::ReadOnly));
    }
}
