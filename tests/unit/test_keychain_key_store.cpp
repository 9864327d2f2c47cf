// KeychainKeyStore against a real Secret Service: gnome-keyring-daemon on a
// private D-Bus session bus, with its login keyring in a temporary folder.
#include "intake/platform/keychain_key_store.h"
#include "intake/sync/credentials.h"
#include "temp_folder.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

using namespace intake;
using namespace intake::platform;

namespace {

std::string fileContent(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A D-Bus session bus (dbus-run-session) with gnome-keyring-daemon's Secret
// Service on it, its login keyring created and unlocked with a password fed
// on stdin. One per test process, started on first use, and never stopped
// by the test: the shared GDBus connection libsecret uses ends the process
// (SIGTERM) when its bus goes away. The session ends with the process
// instead: its last command reads our end of a pipe, which the kernel closes
// when this process exits, however it exits. Its folder (keyring files) is
// removed at exit.
class SecretServiceSession {
public:
    static SecretServiceSession& instance() {
        static SecretServiceSession* const session = new SecretServiceSession();  // see above: never destroyed
        return *session;
    }

    const std::filesystem::path& keyrings() const { return keyrings_; }

    // Runs dbus-send on the session and returns what it printed.
    std::string dbusSend(const std::string& arguments, const std::string& destination = "org.freedesktop.secrets") const {
        const std::string command = "dbus-send --session --print-reply --dest=" + destination + " " + arguments;
        std::string output;
        FILE* pipe = ::popen(command.c_str(), "r");
        REQUIRE(pipe != nullptr);
        std::array<char, 4096> buffer{};
        std::size_t n = 0;
        while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
            output.append(buffer.data(), n);
        CHECK(::pclose(pipe) == 0);
        return output;
    }

    // The process id of gnome-keyring-daemon, as the bus knows it.
    pid_t secretServicePid() const {
        const auto reply = dbusSend("/org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID "
                                    "string:org.freedesktop.secrets",
                                    "org.freedesktop.DBus");
        const auto at = reply.find("uint32 ");
        REQUIRE(at != std::string::npos);
        return static_cast<pid_t>(std::stol(reply.substr(at + 7)));
    }

    // The Secret Service items filed under this service and entry name.
    std::string searchItems(const std::string& entry) const {
        return dbusSend("/org/freedesktop/secrets org.freedesktop.Secret.Service.SearchItems "
                        "dict:string:string:user," + entry + ",server,se.goteborg.intake");
    }

private:
    SecretServiceSession() {
        const auto root = folder_.path();
        static std::filesystem::path removeAtExit;
        removeAtExit = root;
        std::atexit([] {
            std::error_code ignored;
            std::filesystem::remove_all(removeAtExit, ignored);
        });
        for (const char* sub : {"home", "data", "config", "cache", "runtime"})
            std::filesystem::create_directories(root / sub);
        ::chmod((root / "runtime").c_str(), 0700);
        keyrings_ = root / "data" / "keyrings";

        std::vector<std::string> environment;
        for (char** entry = environ; *entry; ++entry) {
            const std::string variable = *entry;
            const auto name = variable.substr(0, variable.find('='));
            // Start from a clean slate: no desktop, no other bus, no other keyring.
            if (name == "DBUS_SESSION_BUS_ADDRESS" || name == "HOME" || name.starts_with("XDG_") ||
                name.starts_with("GNOME_KEYRING") || name == "DESKTOP_SESSION" || name.starts_with("KDE_"))
                continue;
            environment.push_back(variable);
        }
        environment.push_back("HOME=" + (root / "home").string());
        environment.push_back("XDG_DATA_HOME=" + (root / "data").string());
        environment.push_back("XDG_CONFIG_HOME=" + (root / "config").string());
        environment.push_back("XDG_CACHE_HOME=" + (root / "cache").string());
        environment.push_back("XDG_RUNTIME_DIR=" + (root / "runtime").string());

        // gnome-keyring-daemon daemonizes once it is set up; the Secret
        // Service name appears on the bus a moment later.
        const std::string script =
            "printf %s \"$1\" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1\n"
            "i=0\n"
            "until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \\\n"
            "    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do\n"
            "  i=$((i + 1)); [ \"$i\" -lt 300 ] || exit 1; sleep 0.1\n"
            "done\n"
            "echo \"ready $DBUS_SESSION_BUS_ADDRESS\"\n"
            "exec cat >/dev/null\n";
        const std::vector<std::string> arguments = {
            "dbus-run-session", "--", "sh", "-c", script, "sh", "intake-test-keyring-password"};

        int input[2];
        int output[2];
        REQUIRE(::pipe2(input, O_CLOEXEC) == 0);
        REQUIRE(::pipe2(output, O_CLOEXEC) == 0);
        const auto log = (root / "session.log").string();
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);
        std::vector<char*> argv;
        for (const auto& argument : arguments)
            argv.push_back(const_cast<char*>(argument.c_str()));
        argv.push_back(nullptr);
        std::vector<char*> envp;
        for (const auto& variable : environment)
            envp.push_back(const_cast<char*>(variable.c_str()));
        envp.push_back(nullptr);
        pid_t pid = -1;
        const int spawned = ::posix_spawnp(&pid, "dbus-run-session", &actions, &attributes, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        ::close(input[0]);
        ::close(output[1]);
        if (spawned != 0)
            FAIL("cannot run dbus-run-session (Debian: dbus, gnome-keyring; tools/setup.sh installs them)");
        keepAlive_ = input[1];  // never closed by us

        // Wait (up to 60 s) for "ready <bus address>".
        std::string line;
        char c = 0;
        for (;;) {
            pollfd wait{output[0], POLLIN, 0};
            const int ready = ::poll(&wait, 1, 60'000);
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready <= 0 || ::read(output[0], &c, 1) != 1 || c == '\n')
                break;
            line += c;
        }
        ::close(output[0]);
        if (!line.starts_with("ready unix:")) {
            ::kill(-pid, SIGKILL);
            FAIL("the Secret Service did not start (got '" << line << "'); its log:\n" << fileContent(log));
        }
        // This process talks to that bus from now on; and libsecret, not KWallet.
        ::setenv("DBUS_SESSION_BUS_ADDRESS", line.substr(6).c_str(), 1);
        for (const char* variable :
             {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"})
            ::unsetenv(variable);
    }

    test::TempFolder folder_;
    std::filesystem::path keyrings_;
    int keepAlive_ = -1;
};

std::string base64(const std::string& bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string rawBytes(const VaultKey& key) {
    return {reinterpret_cast<const char*>(key.bytes().data()), VaultKey::kSize};
}

// The Secret Service reply to SearchItems: two arrays of object paths, the
// unlocked items first.
bool hasItem(const std::string& reply) {
    return reply.find("object path \"/org/freedesktop/secrets/collection/login/") != std::string::npos;
}

// Bytes a text-mode or line-based reader would mangle.
const std::string kAwkwardSecret = std::string("line one\nline two\r\n") + std::string(1, '\0') + "\xff end\n\n";

}  // namespace

TEST_CASE("the keychain store keeps vault keys in the Secret Service", "[keychain]") {
    auto& session = SecretServiceSession::instance();
    KeychainKeyStore store;
    CHECK(KeychainKeyStore::keyEntry("queue") == "vault-key/queue");
    CHECK(KeychainKeyStore::secretEntry("queue") == "secret/queue");

    auto missing = store.load("queue");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().is(KeyStoreError::KeyMissing));
    CHECK(missing.error().detail().find("vault-key/queue") != std::string::npos);
    CHECK(store.remove("queue").error().is(KeyStoreError::KeyMissing));
    CHECK_FALSE(hasItem(session.searchItems("vault-key/queue")));

    const auto keyringBefore = fileContent(session.keyrings() / "login.keyring");
    auto created = loadOrCreate(store, "queue");
    REQUIRE(created);
    auto loaded = store.load("queue");
    REQUIRE(loaded);
    CHECK(*loaded == *created);
    // Really in the Secret Service's login collection, not in a fallback file.
    CHECK(hasItem(session.searchItems("vault-key/queue")));
    // Another store (a restart) finds it.
    {
        KeychainKeyStore again;
        auto reloaded = again.load("queue");
        REQUIRE(reloaded);
        CHECK(*reloaded == *created);
        CHECK(*loadOrCreate(again, "queue") == *created);
    }
    // Written to the keyring on disk, encrypted: neither the key nor its hex or base64 are there.
    const auto keyring = fileContent(session.keyrings() / "login.keyring");
    CHECK(keyring != keyringBefore);
    const std::string hex = created->hex();
    CHECK(keyring.find(hex) == std::string::npos);
    CHECK(keyring.find(base64(rawBytes(*created))) == std::string::npos);
    CHECK(keyring.find(rawBytes(*created)) == std::string::npos);
    for (const auto& file : std::filesystem::recursive_directory_iterator(session.keyrings()))
        CHECK(fileContent(file.path()).find(base64(rawBytes(*created))) == std::string::npos);

    // Replacing a key, keys apart from each other.
    auto second = VaultKey::random();
    REQUIRE(second);
    REQUIRE(store.store("queue", *second));
    REQUIRE(store.load("queue"));
    CHECK(*store.load("queue") == *second);
    auto other = loadOrCreate(store, "outreach-team-1");
    REQUIRE(other);
    CHECK_FALSE(*other == *second);
    CHECK(*store.load("queue") == *second);

    REQUIRE(store.remove("queue"));
    missing = store.load("queue");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().is(KeyStoreError::KeyMissing));
    CHECK(missing.error().detail().find(hex) == std::string::npos);
    CHECK(missing.error().detail().find(second->hex()) == std::string::npos);
    CHECK_FALSE(hasItem(session.searchItems("vault-key/queue")));
    CHECK(store.remove("queue").error().is(KeyStoreError::KeyMissing));
    CHECK(*store.load("outreach-team-1") == *other);  // only that one went
    REQUIRE(store.remove("outreach-team-1"));
}

TEST_CASE("the keychain store keeps secrets in the Secret Service", "[keychain][secrets]") {
    auto& session = SecretServiceSession::instance();
    KeychainKeyStore store;
    CHECK(store.loadSecret("central").error().is(KeyStoreError::KeyMissing));
    CHECK(store.removeSecret("central").error().is(KeyStoreError::KeyMissing));

    REQUIRE(store.storeSecret("central", kAwkwardSecret));
    auto loaded = store.loadSecret("central");
    REQUIRE(loaded);
    CHECK(*loaded == kAwkwardSecret);  // byte for byte: newlines, NUL and all
    CHECK(loaded->size() == kAwkwardSecret.size());
    CHECK(hasItem(session.searchItems("secret/central")));
    CHECK(fileContent(session.keyrings() / "login.keyring").find("line two") == std::string::npos);

    REQUIRE(store.storeSecret("central", "second"));  // replaces
    CHECK(*store.loadSecret("central") == "second");
    REQUIRE(store.storeSecret("empty", ""));
    REQUIRE(store.loadSecret("empty"));
    CHECK(store.loadSecret("empty")->empty());

    // A key and a secret of the same name do not see each other.
    CHECK(store.load("central").error().is(KeyStoreError::KeyMissing));
    auto key = loadOrCreate(store, "central");
    REQUIRE(key);
    CHECK(*store.loadSecret("central") == "second");
    REQUIRE(store.remove("central"));
    CHECK(*store.loadSecret("central") == "second");

    // Sync credentials, as the replicator reads them.
    const sync::Credentials credentials{sync::Credentials::Scheme::Session, "outreach-2", "pa\"ss:w\u00f6rd"};
    REQUIRE(sync::storeCredentials(store, "central", credentials));
    auto read = sync::loadCredentials(store, "central");
    REQUIRE(read);
    CHECK(*read == credentials);

    REQUIRE(store.removeSecret("central"));
    CHECK(store.loadSecret("central").error().is(KeyStoreError::KeyMissing));
    CHECK_FALSE(hasItem(session.searchItems("secret/central")));
    CHECK(store.removeSecret("central").error().is(KeyStoreError::KeyMissing));
    REQUIRE(store.removeSecret("empty"));
}

TEST_CASE("a keychain that does not answer in time is unavailable, and the store recovers", "[keychain]") {
    auto& session = SecretServiceSession::instance();
    KeychainKeyStore patient;
    REQUIRE(patient.storeSecret("slow", "value"));

    // The Secret Service stops answering (SIGSTOP) until the guard resumes it.
    const pid_t daemon = session.secretServicePid();
    REQUIRE(daemon > 1);
    REQUIRE(::kill(daemon, SIGSTOP) == 0);
    struct Resume {
        pid_t pid;
        ~Resume() { ::kill(pid, SIGCONT); }
    } resume{daemon};

    KeychainOptions options;
    options.timeout = std::chrono::milliseconds(300);
    KeychainKeyStore hasty(options);
    const auto start = std::chrono::steady_clock::now();
    auto late = hasty.loadSecret("slow");
    const auto waited = std::chrono::steady_clock::now() - start;
    REQUIRE_FALSE(late);
    CHECK(late.error().is(KeyStoreError::Unavailable));
    CHECK(late.error().mayBeTransient());
    CHECK(late.error().detail().find("no answer") != std::string::npos);
    CHECK(late.error().detail().find("value") == std::string::npos);
    CHECK(waited >= std::chrono::milliseconds(300));
    CHECK(waited < std::chrono::seconds(10));

    // Answering again: the abandoned job finishes in the background, later calls work.
    REQUIRE(::kill(daemon, SIGCONT) == 0);
    auto loaded = patient.loadSecret("slow");
    REQUIRE(loaded);
    CHECK(*loaded == "value");
    REQUIRE(patient.removeSecret("slow"));
}

TEST_CASE("the keychain store refuses names that are not key names", "[keychain]") {
    // Checked before the keychain is asked: no Secret Service needed.
    KeychainKeyStore store;
    auto key = VaultKey::random();
    REQUIRE(key);
    for (const std::string& name : std::vector<std::string>{"", "../queue", "a/b", ".hidden", std::string(65, 'a')}) {
        CAPTURE(name);
        CHECK(store.load(name).error().is(KeyStoreError::KeyMissing));
        CHECK(store.remove(name).error().is(KeyStoreError::KeyMissing));
        CHECK(store.store(name, *key).error().is(KeyStoreError::Unavailable));
        CHECK(store.loadSecret(name).error().is(KeyStoreError::KeyMissing));
        CHECK(store.storeSecret(name, "x").error().is(KeyStoreError::Unavailable));
        CHECK(store.removeSecret(name).error().is(KeyStoreError::KeyMissing));
    }
}


// Locking a collection cannot be undone here (unlocking needs a prompt), so
// this runs in a child process of this test program, with its own session.
TEST_CASE("locked keyring, in a child process", "[.locked-child]") {
    auto& session = SecretServiceSession::instance();
    KeychainKeyStore store;
    auto key = loadOrCreate(store, "queue");
    REQUIRE(key);
    REQUIRE(store.storeSecret("central", "value"));
    session.dbusSend("/org/freedesktop/secrets org.freedesktop.Secret.Service.Lock "
                     "array:objpath:/org/freedesktop/secrets/collection/login");
    REQUIRE(session.dbusSend("/org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get "
                             "string:org.freedesktop.Secret.Collection string:Locked")
                .find("boolean true") != std::string::npos);

    // There, but locked: unavailable (try again), never "missing" (enrol again).
    auto loaded = store.load("queue");
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().is(KeyStoreError::Unavailable));
    CHECK(loaded.error().mayBeTransient());
    CHECK(loaded.error().detail().find("locked") != std::string::npos);
    CHECK(loaded.error().detail().find(key->hex()) == std::string::npos);
    CHECK(store.loadSecret("central").error().is(KeyStoreError::Unavailable));
    CHECK(store.remove("queue").error().is(KeyStoreError::Unavailable));
    CHECK(store.removeSecret("central").error().is(KeyStoreError::Unavailable));
    // No new key is made over the locked one, nothing can be written.
    auto created = loadOrCreate(store, "queue");
    REQUIRE_FALSE(created);
    CHECK(created.error().is(KeyStoreError::Unavailable));
    CHECK(store.store("other", *key).error().is(KeyStoreError::Unavailable));
    CHECK(store.storeSecret("other", "x").error().is(KeyStoreError::Unavailable));
    // A name never stored is still missing.
    CHECK(store.load("never-stored").error().is(KeyStoreError::KeyMissing));
    // The items are intact.
    CHECK(hasItem(session.searchItems("vault-key/queue")));
    CHECK(hasItem(session.searchItems("secret/central")));
}

TEST_CASE("a locked keyring is unavailable, never missing", "[keychain]") {
    const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
    REQUIRE(self.find('\'') == std::string::npos);
    const std::string command = "'" + self + "' '[.locked-child]' 2>&1";
    std::string output;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    INFO(output);
    CHECK(status == 0);
    CHECK(output.find("All tests passed") != std::string::npos);
    CHECK(output.find("1 test case") != std::string::npos);  // the child really ran it
}
