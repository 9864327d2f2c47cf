// A child process for the sync crash tests: one push or pull of a vault with
// a remote database, killed by the parent at random moments.
//   sync_runner PATH KEYHEX DATABASE_URL push|pull BATCH
// Prints "progress" at every status change (so the parent can kill it in the
// middle of a pass), "done <revisions moved>" and exits 0 when the pass
// completes; exit 2 with the error's name on stderr if it fails.

#include "intake/core/clock.h"
#include "intake/core/vault.h"
#include "intake/sync/replicator.h"

#include <unistd.h>

#include <cstring>
#include <iostream>
#include <string>

namespace {

class WallClock final : public intake::Clock {
public:
    std::chrono::sys_time<std::chrono::milliseconds> now() const override {
        return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
    }
    std::chrono::year_month_day today() const override {
        return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(now())};
    }
};

void say(const std::string& line) {
    // write(2), not a buffered stream: the parent acts on each line at once.
    (void)!::write(STDOUT_FILENO, line.data(), line.size());
}

class ProgressLines final : public intake::sync::SyncObserver {
public:
    void syncStatusChanged(const intake::sync::SyncStatus&) override { say("progress\n"); }
};

int fail(const intake::Error& error) {
    std::cerr << error.name() << "\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 6)
        return 64;
    auto key = intake::VaultKey::fromHex(argv[2]);
    auto remote = intake::sync::RemoteEndpoint::parse(argv[3]);
    if (!key || !remote)
        return 64;
    const bool push = std::strcmp(argv[4], "push") == 0;
    auto vault = intake::Vault::open({argv[1], *key, std::nullopt});
    if (!vault)
        return fail(vault.error());
    WallClock clock;
    intake::sync::ReplicationOptions options;
    options.batchSize = static_cast<std::size_t>(std::stoul(argv[5]));
    options.push = push;
    options.pull = !push;
    ProgressLines progress;
    auto replicator = intake::sync::Replicator::create(**vault, *remote, {}, options, clock, &progress);
    if (!replicator)
        return fail(replicator.error());
    auto report = push ? (*replicator)->pushOnce() : (*replicator)->pullOnce();
    if (!report)
        return fail(report.error());
    say("done " + std::to_string(push ? report->pushed : report->pulled) + "\n");
    return 0;
}
