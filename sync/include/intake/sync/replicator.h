#pragma once

#include "intake/core/clock.h"
#include "intake/core/result.h"
#include "intake/core/vault.h"
#include "intake/sync/couch_client.h"
#include "intake/sync/remote_endpoint.h"
#include "intake/sync/retry.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <stop_token>

namespace intake::sync {

// What the UI and the CLI show about one vault's sync.
struct SyncStatus {
    enum class State { Idle, Syncing, WaitingToRetry, Stopped };
    State state = State::Idle;
    std::int64_t pendingPush = 0;   // local documents changed since the last push checkpoint
    std::uint64_t pushed = 0;       // revisions written to the remote by this replicator
    std::uint64_t pulled = 0;       // revisions brought into the vault
    std::uint64_t purged = 0;       // local copies dropped once the remote held them (kiosks)
    std::uint64_t resolved = 0;     // conflicts settled by a written rule
    std::uint64_t setAside = 0;     // revisions refused by the other side, kept for a person
    // The last pass that finished without error; kept in the vault (written
    // at most once a minute), so it is known again after a restart.
    std::optional<std::chrono::sys_time<std::chrono::milliseconds>> lastSuccess;
    // The central service's clock minus this device's, at the last success
    // (from the server's Date header; whole seconds). Minutes or more: the
    // device clock is wrong, and the records it stamps are too.
    std::optional<std::chrono::seconds> clockOffset;
    std::optional<Error> error;     // the current error; transient ones are being retried
    std::optional<std::chrono::milliseconds> retryIn;
};

// Told of every change of status, on the replicator's thread(s). Must not
// call back into the replicator.
class SyncObserver {
public:
    virtual ~SyncObserver() = default;
    virtual void syncStatusChanged(const SyncStatus& status) = 0;
};

struct ReplicationOptions {
    bool push = true;
    bool pull = true;  // false for push-only inboxes (family counselling, kiosks)
    // Documents per _changes page, _revs_diff, _bulk_get and _bulk_docs
    // request (tuned by intake-bench-sync; see docs/benchmarks.md).
    std::size_t batchSize = 500;
    // Kiosk vaults: drop the local copy of a document once the remote holds
    // it (local purge only; mustKeep records stay).
    bool purgeAfterPush = false;
    // Continuous mode: how long one longpoll _changes waits on the server,
    // and how often the push side looks for local changes when nobody calls
    // notifyLocalChange().
    std::chrono::milliseconds longpollTimeout{std::chrono::seconds(25)};
    std::chrono::milliseconds localPollInterval{std::chrono::seconds(2)};
    RetryPolicy retry;
};

struct SyncReport {
    std::uint64_t pushed = 0;
    std::uint64_t pulled = 0;
    std::uint64_t purged = 0;
    std::uint64_t resolved = 0;
    std::uint64_t setAside = 0;
};

// Replicates one vault with one remote database by the CouchDB replication
// protocol: push (local changes since the checkpoint → _revs_diff →
// _bulk_docs new_edits=false) and pull (_changes style=all_docs → local diff
// → _bulk_get → insert with history → conflict policies). Checkpoints live in
// _local/ documents on both sides and are written after each batch, so a
// sync killed at any moment resumes where it stood; a batch redone after a
// crash only repeats idempotent writes. Reaches the vault only through
// ReplicationStore.
class Replicator {
public:
    static Result<std::unique_ptr<Replicator>> create(Vault& vault, const RemoteEndpoint& remote,
                                                      ClientOptions clientOptions, ReplicationOptions options,
                                                      const Clock& clock, SyncObserver* observer = nullptr);
    ~Replicator();
    Replicator(const Replicator&) = delete;
    Replicator& operator=(const Replicator&) = delete;

    // One pass without retry: pull (if enabled), then push (if enabled).
    Result<SyncReport> syncOnce();
    Result<SyncReport> pushOnce();
    Result<SyncReport> pullOnce();
    // syncOnce, retrying transient failures with backoff up to
    // options.retry.maxAttempts. Stops early, with SyncError::Cancelled, when
    // `stop` is requested.
    Result<SyncReport> syncWithRetry(std::stop_token stop = {});
    // Until `stop` is requested: pushes local changes as they come and pulls
    // with longpoll _changes, retrying transient failures for ever. Returns
    // success when stopped, or the permanent error (401, 403, TLS, ...) that
    // ended it.
    Result<void> runContinuous(std::stop_token stop);
    // A record was saved: push soon (continuous mode). Recounts pendingPush
    // from the local checkpoint at once (a vault read), so "waiting" is
    // right while offline.
    void notifyLocalChange();

    SyncStatus status() const;
    // HTTP requests sent so far (both directions).
    std::uint64_t requestCount() const;

private:
    struct Impl;
    explicit Replicator(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace intake::sync
