// Test fixture: a real CouchDB-compatible sync peer (pouchdb-server 4.2.0, pinned in
// tests/package.json) running as a child process on a free loopback port.
//
// Requires `npm ci --ignore-scripts` to have been run in the tests directory (the one given by
// the INTAKE_TESTS_SOURCE_DIR compile definition) and `node` on PATH (or INTAKE_NODE set to a
// node executable).
//
// Process hygiene: the server runs in its own process group; stop()/the destructor send SIGTERM
// to the group, wait a bounded time, then SIGKILL the group and reap it. The child also gets
// PR_SET_PDEATHSIG(SIGKILL), so it dies with the test process even if that process crashes or
// is killed (note: the signal is tied to the *thread* that started the peer; start peers from a
// thread that outlives them, e.g. the test's own thread).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>

namespace intake::test {

struct PouchPeerOptions {
    // true: --in-memory (nothing survives stop()/restart()).
    // false: LevelDB files under dataDir (or a private temporary directory when dataDir is
    // unset), so documents survive restart().
    bool inMemory = true;
    // On-disk mode only: where the database files live. It is created by the server if needed
    // and never deleted by PouchPeer, so a later PouchPeer can be started on the same directory.
    std::optional<std::filesystem::path> dataDir;
    // How long to wait for `GET /` to answer 200 with JSON (carrying this peer's uuid).
    std::chrono::milliseconds startTimeout{std::chrono::seconds(30)};
    // How long to wait after SIGTERM before SIGKILLing the process group.
    std::chrono::milliseconds stopTimeout{std::chrono::seconds(5)};

    // Shorthands (designated initializers that omit fields trip -Wmissing-field-initializers).
    static PouchPeerOptions memory() { return {}; }
    static PouchPeerOptions onDisk(std::optional<std::filesystem::path> dir = std::nullopt) {
        PouchPeerOptions o;
        o.inMemory = false;
        o.dataDir = std::move(dir);
        return o;
    }
};

class PouchPeer {
public:
    using Options = PouchPeerOptions;

    // Starts the server and waits until it answers. Throws std::runtime_error (with the
    // reason and the tail of the server's stderr) if it cannot be started.
    explicit PouchPeer(Options options = {});
    ~PouchPeer();

    PouchPeer(const PouchPeer&) = delete;
    PouchPeer& operator=(const PouchPeer&) = delete;
    PouchPeer(PouchPeer&&) = delete;
    PouchPeer& operator=(PouchPeer&&) = delete;

    // e.g. "http://127.0.0.1:40123" (no trailing slash).
    std::string url() const;
    int port() const;
    bool inMemory() const;
    // Directory given to --dir (the on-disk database location in on-disk mode).
    const std::filesystem::path& dataDir() const;
    // Pid (= process group id) of the running server, or -1 when stopped.
    pid_t pid() const;
    bool running() const;
    // The server's uuid (as reported by GET /): random per PouchPeer, kept across restart().
    const std::string& serverUuid() const;

    // SIGTERM the process group, wait up to stopTimeout, then SIGKILL it; always reaps.
    // Idempotent; never throws.
    void stop() noexcept;
    // stop(), then start again on the same port and data directory. Throws like the
    // constructor if the server does not come back.
    void restart();

    // PUT <url>/<name> (name is percent-encoded); returns the database URL.
    // Throws std::runtime_error unless the server answers 201/202.
    std::string createDatabase(std::string name);

    // Last lines of the server's stderr for the current/last run (for diagnostics).
    std::string stderrTail(std::size_t maxLines = 30) const;

private:
    void start(bool mayChangePort);
    void spawnChild();
    void killAndReap() noexcept;

    Options options_;
    std::filesystem::path testsDir_;
    std::filesystem::path nodeExe_;
    std::filesystem::path serverScript_;
    std::filesystem::path runDir_;  // private temp dir: cwd, config.json, log.txt, stderr.log
    std::filesystem::path dataDir_;
    std::string uuid_;
    int port_ = 0;
    pid_t pid_ = -1;
};

}  // namespace intake::test
