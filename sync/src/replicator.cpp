#include "intake/sync/replicator.h"

#include "intake/core/records.h"
#include "intake/core/validation.h"
#include "intake/sync/replication_store.h"
#include "random_id.h"

#include <openssl/evp.h>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <future>
#include <thread>

namespace intake::sync {

namespace {

using nlohmann::json;

constexpr std::size_t kCheckpointHistory = 50;

std::string sha256Hex(const std::string& text) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest.data(), &length, EVP_sha256(), nullptr);
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        hex += digits[digest[i] >> 4];
        hex += digits[digest[i] & 0xf];
    }
    return hex;
}

// Like CouchDB's replication id: the same vault, remote and direction always
// give the same checkpoint documents.
std::string replicationId(const std::string& identity, const std::string& databaseUrl, const char* direction) {
    return "intake-" + sha256Hex("intake-replication-v1\n" + identity + "\n" + databaseUrl + "\n" + direction);
}

std::string seqText(const json& seq) { return seq.is_string() ? seq.get<std::string>() : seq.dump(); }

// The checkpoint of one replication, kept on both sides. Each save adds an
// entry (session, seq) to a history; on load the newest entry found on both
// sides is where the replication resumes, so a crash between the two writes,
// or a side that lost its copy, only ever moves the start back, never past a
// batch the target has not got.
class Checkpoint {
public:
    Checkpoint(ReplicationStore& store, CouchClient& client, std::string id)
        : store_(store), client_(client), id_(std::move(id)), session_(randomHex(16)) {}

    Result<json> load() {
        auto local = store_.checkpoint(id_);
        if (!local)
            return local.error();
        auto remote = client_.getLocal(id_);
        if (!remote)
            return remote.error();
        history_ = json::array();
        remoteRev_.reset();
        if (*remote && (*remote)->contains("_rev") && (**remote)["_rev"].is_string())
            remoteRev_ = (**remote)["_rev"].get<std::string>();
        if (*local && (*local)->contains("history") && (**local)["history"].is_array())
            history_ = (**local)["history"];
        if (!*local || !*remote)
            return json(0);
        const auto remoteHistory = (*remote)->find("history");
        if (remoteHistory == (*remote)->end() || !remoteHistory->is_array())
            return json(0);
        for (const auto& entry : history_) {
            if (std::find(remoteHistory->begin(), remoteHistory->end(), entry) != remoteHistory->end() &&
                entry.contains("recorded_seq"))
                return entry["recorded_seq"];
        }
        return json(0);
    }

    Result<void> save(const json& seq) {
        history_.insert(history_.begin(), json{{"session_id", session_}, {"recorded_seq", seq}});
        if (history_.size() > kCheckpointHistory)
            history_.erase(history_.begin() + kCheckpointHistory, history_.end());
        json body{{"session_id", session_},
                  {"source_last_seq", seq},
                  {"history", history_},
                  {"replicator", "intake"},
                  {"version", 1}};
        const json local = body;
        if (remoteRev_)
            body["_rev"] = *remoteRev_;
        auto rev = client_.putLocal(id_, std::move(body));
        if (!rev)
            return rev.error();
        remoteRev_ = std::move(*rev);
        return store_.saveCheckpoint(id_, local);
    }

private:
    ReplicationStore& store_;
    CouchClient& client_;
    std::string id_;
    std::string session_;
    json history_ = json::array();
    std::optional<std::string> remoteRev_;  // spares a GET before each PUT
};

bool isStop(const Error& error) { return error.is(SyncError::Cancelled); }

}  // namespace

struct Replicator::Impl {
    Impl(Vault& v, ReplicationOptions o, const Clock& c, SyncObserver* obs, CouchClient push, CouchClient pull,
         CouchClient fetch)
        : store(v), options(o), clock(c), observer(obs), pushClient(std::move(push)), pullClient(std::move(pull)),
          fetchClient(std::move(fetch)), random(std::random_device{}()) {}

    ReplicationStore store;
    ReplicationOptions options;
    const Clock& clock;
    SyncObserver* observer;
    // One client (one kept-alive connection) per concurrent use: pushing,
    // pulling (checkpoints), and fetching the next page ahead of the pull.
    CouchClient pushClient;
    CouchClient pullClient;
    CouchClient fetchClient;
    std::string pushId;
    std::string pullId;
    std::string stateId;  // the local document that remembers the last success

    mutable std::mutex statusMutex;
    SyncStatus current;
    std::optional<std::chrono::sys_time<std::chrono::milliseconds>> persistedSuccess;
    std::mutex setAsideMutex;
    std::mutex wakeMutex;
    std::condition_variable_any wake;
    bool localChanged = false;
    std::mt19937_64 random;

    std::string now() const {
        return records::formatTimestamp(std::chrono::floor<std::chrono::seconds>(clock.now()));
    }

    template <typename Edit>
    void update(Edit&& change) {
        SyncStatus copy;
        {
            std::lock_guard lock(statusMutex);
            change(current);
            copy = current;
        }
        if (observer)
            observer->syncStatusChanged(copy);
    }

    void count(SyncReport& report, const SyncReport& delta) {
        report.pushed += delta.pushed;
        report.pulled += delta.pulled;
        report.purged += delta.purged;
        report.resolved += delta.resolved;
        report.setAside += delta.setAside;
        update([&](SyncStatus& s) {
            s.pushed += delta.pushed;
            s.pulled += delta.pulled;
            s.purged += delta.purged;
            s.resolved += delta.resolved;
            s.setAside += delta.setAside;
        });
    }

    Result<void> recordSetAside(const std::vector<SetAside>& refused, const std::vector<std::string>& accepted) {
        std::lock_guard lock(setAsideMutex);
        return store.updateSetAside(refused, accepted, now());
    }

    Result<void> refreshPending(std::int64_t pushedUpTo) {
        auto pending = store.changeCount(pushedUpTo);
        if (!pending)
            return pending.error();
        update([&](SyncStatus& s) { s.pendingPush = *pending; });
        return {};
    }

    // From this side's own checkpoint: no network, so the count is right
    // while offline too.
    void refreshPendingFromLocalCheckpoint() {
        if (auto since = store.checkpoint(pushId); since && *since) {
            const auto seq = (**since).value("source_last_seq", json(0));
            if (seq.is_number_integer())
                (void)refreshPending(seq.get<std::int64_t>());
        } else {
            (void)refreshPending(0);
        }
    }

    // --- push -------------------------------------------------------------

    Result<SyncReport> push() {
        SyncReport report;
        Checkpoint checkpoint(store, pushClient, pushId);
        auto loaded = checkpoint.load();
        if (!loaded)
            return loaded.error();
        std::int64_t since = loaded->is_number_integer() ? loaded->get<std::int64_t>() : 0;
        for (;;) {
            auto changes = store.changesSince(since, options.batchSize);
            if (!changes)
                return changes.error();
            if (changes->empty())
                break;
            auto batch = pushBatch(*changes);
            if (!batch)
                return batch.error();
            count(report, *batch);  // on the server now, whatever happens to the checkpoint
            since = changes->back().seq;
            INTAKE_TRY(checkpoint.save(json(since)));
            INTAKE_TRY(refreshPending(since));
            if (changes->size() < options.batchSize)
                break;
        }
        INTAKE_TRY(refreshPending(since));
        return report;
    }

    Result<SyncReport> pushBatch(const std::vector<intake::Change>& changes) {
        SyncReport delta;
        std::map<std::string, std::vector<std::string>> leaves;
        for (const auto& change : changes)
            leaves[change.id] = change.leafRevs;
        auto missing = pushClient.revsDiff(leaves);
        if (!missing)
            return missing.error();
        std::vector<json> docs;
        for (const auto& [id, revs] : *missing) {
            for (const auto& rev : revs) {
                auto doc = store.revisionForPush(id, rev);
                if (!doc) {
                    // Purged or replaced since the change was read: the
                    // next change of that document carries what is current.
                    if (doc.error().is(VaultError::DocumentNotFound))
                        continue;
                    return doc.error();
                }
                docs.push_back(std::move(*doc));
            }
        }
        std::vector<SetAside> refused;
        std::vector<std::string> accepted;
        if (!docs.empty()) {
            auto results = pushClient.bulkDocsNoNewEdits(docs);
            if (!results)
                return results.error();
            std::set<std::string> refusedIds;
            for (const auto& result : *results) {
                if (result.error) {
                    refused.push_back({result.id, result.rev, result.error->name()});
                    refusedIds.insert(result.id);
                }
            }
            for (const auto& doc : docs) {
                const auto id = doc["_id"].get<std::string>();
                if (!refusedIds.contains(id))
                    accepted.push_back(id);
            }
            delta.pushed = docs.size() - refused.size();
            delta.setAside = refused.size();
        }
        INTAKE_TRY(recordSetAside(refused, accepted));
        if (options.purgeAfterPush) {
            // Purge only what the remote confirms it holds, every leaf of it.
            auto stillMissing = pushClient.revsDiff(leaves);
            if (!stillMissing)
                return stillMissing.error();
            for (const auto& change : changes) {
                if (stillMissing->contains(change.id))
                    continue;
                auto purged = store.purgeIfSafe(change.id, change.seq);
                if (!purged)
                    return purged.error();
                delta.purged += *purged ? 1 : 0;
            }
        }
        return delta;
    }

    // --- pull -------------------------------------------------------------

    // One page of the remote's changes with the revisions this vault lacks.
    struct Fetched {
        ChangesPage page;
        std::vector<json> docs;
        std::map<std::string, std::set<std::string>> remoteLeaves;
        std::vector<std::string> ids;
    };

    Result<Fetched> fetch(const json& since, bool longpoll) {
        Fetched fetched;
        auto page = longpoll ? fetchClient.changesLongpoll(seqText(since), options.batchSize, options.longpollTimeout)
                             : fetchClient.changes(seqText(since), options.batchSize, true);
        if (!page)
            return page.error();
        fetched.page = std::move(*page);
        std::vector<std::pair<std::string, std::string>> wanted;
        for (auto& change : fetched.page.changes) {
            // A revision id that is not "<generation>-<hash>" is the server's fault: the page is
            // refused (the checkpoint stays) rather than the revision asked for, stored or set aside.
            for (const auto& rev : change.revs)
                if (!RevisionId::parse(rev))
                    return Error(SyncError::BadResponse, "_changes: row " + change.id + " lists a malformed revision");
            auto missing = store.missing(change.id, change.revs);
            if (!missing)
                return missing.error();
            // A first revision came with the change: it has no history to ask for.
            if (missing->size() == 1 && change.doc && (*missing)[0].starts_with("1-") &&
                change.doc->value("_rev", "") == (*missing)[0]) {
                fetched.docs.push_back(std::move(*change.doc));
                missing->clear();
            }
            for (auto& rev : *missing)
                wanted.emplace_back(change.id, std::move(rev));
            fetched.remoteLeaves[change.id].insert(change.revs.begin(), change.revs.end());
            fetched.ids.push_back(change.id);
        }
        if (!wanted.empty()) {
            auto docs = fetchClient.bulkGet(wanted);
            if (!docs)
                return docs.error();
            // Only what was asked may go in: a document under another id, or another revision
            // than the one asked, would put into the vault what the changes feed never listed
            // (and the checkpoint would then pass the revision that was asked for).
            const std::set<std::pair<std::string, std::string>> asked(wanted.begin(), wanted.end());
            for (const auto& doc : *docs) {
                const auto id = doc.find("_id");
                const auto rev = doc.find("_rev");
                if (id == doc.end() || rev == doc.end() || !id->is_string() || !rev->is_string() ||
                    !asked.contains({id->get<std::string>(), rev->get<std::string>()}))
                    return Error(SyncError::BadResponse, "_bulk_get: answered a revision that was not asked for");
            }
            std::move(docs->begin(), docs->end(), std::back_inserter(fetched.docs));
        }
        return fetched;
    }

    // The next page is fetched (on fetchClient) while this one is stored, so
    // the server's work and the vault's overlap. A revision fetched twice
    // because its document changed again in between is inserted once.
    Result<SyncReport> pull(std::stop_token stop = {}, bool continuous = false) {
        SyncReport report;
        Checkpoint checkpoint(store, pullClient, pullId);
        auto since = checkpoint.load();
        if (!since)
            return since.error();
        auto page = fetch(*since, false);
        for (;;) {
            if (stop.stop_requested())
                return Error(SyncError::Cancelled);
            if (!page)
                return page.error();
            const bool full = page->page.changes.size() >= options.batchSize;
            if (page->page.changes.empty()) {
                if (!continuous)
                    break;
                update([&](SyncStatus& s) {
                    stampSuccess(s);
                    s.error.reset();
                    s.retryIn.reset();
                });
                page = fetch(*since, true);
                continue;
            }
            std::future<Result<Fetched>> next;
            if (full)
                next = std::async(std::launch::async, [this, seq = page->page.lastSeq] { return fetch(seq, false); });
            auto batch = storeFetched(*page);
            if (!batch) {
                if (next.valid())
                    next.wait();
                return batch.error();
            }
            count(report, *batch);  // in the vault now, whatever happens to the checkpoint
            *since = page->page.lastSeq;
            auto saved = checkpoint.save(*since);
            if (!saved) {
                if (next.valid())
                    next.wait();
                return saved.error();
            }
            if (continuous)
                update([&](SyncStatus& s) { stampSuccess(s); });
            if (next.valid())
                page = next.get();
            else if (continuous)
                page = fetch(*since, true);
            else
                break;
        }
        return report;
    }

    Result<SyncReport> storeFetched(const Fetched& fetched) {
        SyncReport delta;
        if (!fetched.docs.empty()) {
            auto inserted = store.insertPulled(fetched.docs);
            if (!inserted)
                return inserted.error();
            delta.pulled = inserted->added;
            delta.setAside = inserted->refused.size();
            INTAKE_TRY(recordSetAside(inserted->refused, {}));
        }
        auto resolved = store.resolveConflicts(fetched.ids, fetched.remoteLeaves);
        if (!resolved)
            return resolved.error();
        delta.resolved = *resolved;
        if (*resolved > 0)
            wakePush();
        return delta;
    }

    // --- running ------------------------------------------------------------

    void setStopToken(const std::stop_token& token) {
        pushClient.setStopToken(token);
        pullClient.setStopToken(token);
        fetchClient.setStopToken(token);
    }

    void wakePush() {
        {
            std::lock_guard lock(wakeMutex);
            localChanged = true;
        }
        wake.notify_all();
    }

    // Sleeps until `delay` passes, a local change is announced (when
    // `onLocalChange`) or `stop` is requested.
    void sleep(std::stop_token stop, std::chrono::milliseconds delay, bool onLocalChange) {
        std::unique_lock lock(wakeMutex);
        wake.wait_for(lock, stop, delay, [&] { return onLocalChange && localChanged; });
        if (onLocalChange)
            localChanged = false;
    }

    void failed(const Error& error, std::optional<std::chrono::milliseconds> retryIn) {
        update([&](SyncStatus& s) {
            s.error = error;
            s.retryIn = retryIn;
            s.state = retryIn ? SyncStatus::State::WaitingToRetry : SyncStatus::State::Stopped;
        });
    }

    // "Last synced", and how far this device's clock is from the server's
    // (the freshest Date any client saw; latency is far below what matters).
    void stampSuccess(SyncStatus& s) const {
        const auto now = clock.now();
        s.lastSuccess = now;
        std::optional<std::chrono::sys_seconds> server;
        for (const CouchClient* client : {&pushClient, &pullClient, &fetchClient}) {
            const auto date = client->lastServerDate();
            if (date && (!server || *date > *server))
                server = date;
        }
        if (server)
            s.clockOffset = *server - std::chrono::floor<std::chrono::seconds>(now);
    }

    void succeeded() {
        update([&](SyncStatus& s) {
            s.error.reset();
            s.retryIn.reset();
            stampSuccess(s);
        });
        persistLastSuccess();
    }

    // "Last synced" outlives the process (`intake status` reads it). At most
    // once a minute: continuous sync succeeds every longpoll and must not
    // wear the flash. Losing it only makes "last synced" older.
    void persistLastSuccess() {
        std::chrono::sys_time<std::chrono::milliseconds> at;
        {
            std::lock_guard lock(statusMutex);
            if (!current.lastSuccess)
                return;
            at = *current.lastSuccess;
            if (persistedSuccess && std::chrono::abs(at - *persistedSuccess) < std::chrono::minutes(1))
                return;
            persistedSuccess = at;
        }
        (void)store.saveCheckpoint(
            stateId, json{{"last_success", records::formatTimestamp(std::chrono::floor<std::chrono::seconds>(at))}});
    }

    void loadLastSuccess() {
        auto saved = store.checkpoint(stateId);
        if (!saved || !*saved)
            return;
        const auto text = (**saved).value("last_success", json());
        if (!text.is_string())
            return;
        if (auto at = validation::parseDateTime(text.get<std::string>())) {
            std::lock_guard lock(statusMutex);
            current.lastSuccess = *at;
            persistedSuccess = *at;
        }
    }

    std::chrono::milliseconds backoff(std::size_t attempt) {
        std::lock_guard lock(statusMutex);  // the generator is shared by both loops
        return options.retry.delay(attempt, random);
    }

    Result<SyncReport> once() {
        SyncReport report;
        update([](SyncStatus& s) { s.state = SyncStatus::State::Syncing; });
        if (options.pull) {
            auto pulled = pull();
            if (!pulled)
                return pulled.error();
            report = *pulled;
        }
        if (options.push) {
            auto pushed = push();
            if (!pushed)
                return pushed.error();
            report.pushed += pushed->pushed;
            report.purged += pushed->purged;
            report.setAside += pushed->setAside;
        }
        succeeded();
        update([](SyncStatus& s) { s.state = SyncStatus::State::Idle; });
        return report;
    }

    // One direction, for ever: transient errors back off, a permanent one
    // stops both directions.
    Result<void> loop(std::stop_source& both, bool pushing) {
        const auto stop = both.get_token();
        std::size_t attempt = 0;
        while (!stop.stop_requested()) {
            auto pass = pushing ? push() : pull(stop, true);
            if (pass) {
                attempt = 0;
                succeeded();
                if (pushing)
                    sleep(stop, options.localPollInterval, true);
                continue;
            }
            if (stop.stop_requested() || isStop(pass.error()))
                break;
            if (!pass.error().mayBeTransient()) {
                failed(pass.error(), std::nullopt);
                both.request_stop();
                return pass.error();
            }
            const auto delay = backoff(attempt++);
            failed(pass.error(), delay);
            sleep(stop, delay, false);
        }
        return {};
    }
};

Replicator::Replicator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Replicator::~Replicator() = default;

Result<std::unique_ptr<Replicator>> Replicator::create(Vault& vault, const RemoteEndpoint& remote,
                                                       ClientOptions clientOptions, ReplicationOptions options,
                                                       const Clock& clock, SyncObserver* observer) {
    if (options.batchSize == 0)
        options.batchSize = 1;
    auto push = CouchClient::create(remote, clientOptions);
    if (!push)
        return push.error();
    auto pull = CouchClient::create(remote, clientOptions);
    if (!pull)
        return pull.error();
    auto fetch = CouchClient::create(remote, clientOptions);
    if (!fetch)
        return fetch.error();
    auto impl = std::make_unique<Impl>(vault, options, clock, observer, std::move(*push), std::move(*pull),
                                       std::move(*fetch));
    auto identity = impl->store.identity();
    if (!identity)
        return identity.error();
    impl->pushId = replicationId(*identity, remote.databaseUrl(), "push");
    impl->pullId = replicationId(*identity, remote.databaseUrl(), "pull");
    impl->stateId = replicationId(*identity, remote.databaseUrl(), "state");
    impl->refreshPendingFromLocalCheckpoint();
    impl->loadLastSuccess();
    return std::unique_ptr<Replicator>(new Replicator(std::move(impl)));
}

Result<SyncReport> Replicator::syncOnce() {
    auto report = impl_->once();
    if (!report)
        impl_->failed(report.error(), std::nullopt);
    return report;
}

Result<SyncReport> Replicator::pushOnce() {
    auto report = impl_->push();
    if (!report) {
        impl_->failed(report.error(), std::nullopt);
        return report.error();
    }
    impl_->succeeded();
    return report;
}

Result<SyncReport> Replicator::pullOnce() {
    auto report = impl_->pull();
    if (!report) {
        impl_->failed(report.error(), std::nullopt);
        return report.error();
    }
    impl_->succeeded();
    return report;
}

Result<SyncReport> Replicator::syncWithRetry(std::stop_token stop) {
    impl_->setStopToken(stop);
    for (std::size_t attempt = 0;; ++attempt) {
        auto report = impl_->once();
        if (report)
            return report;
        const bool last = attempt + 1 >= std::max<std::size_t>(impl_->options.retry.maxAttempts, 1);
        if (!report.error().mayBeTransient() || last || stop.stop_requested()) {
            impl_->failed(report.error(), std::nullopt);
            return report.error();
        }
        const auto delay = impl_->backoff(attempt);
        impl_->failed(report.error(), delay);
        impl_->sleep(stop, delay, false);
        if (stop.stop_requested())
            return Error(SyncError::Cancelled);
    }
}

Result<void> Replicator::runContinuous(std::stop_token stop) {
    std::stop_source both;
    std::stop_callback forward(stop, [&] { both.request_stop(); });
    impl_->setStopToken(both.get_token());
    impl_->update([](SyncStatus& s) { s.state = SyncStatus::State::Syncing; });
    Result<void> pulled;
    std::thread pulling;
    if (impl_->options.pull)
        pulling = std::thread([&] { pulled = impl_->loop(both, false); });
    Result<void> pushed;
    if (impl_->options.push)
        pushed = impl_->loop(both, true);
    else
        impl_->sleep(both.get_token(), std::chrono::hours(24 * 365), false);
    if (pulling.joinable())
        pulling.join();
    impl_->setStopToken({});
    if (!pushed)
        return pushed;
    if (!pulled)
        return pulled;
    impl_->update([](SyncStatus& s) { s.state = SyncStatus::State::Stopped; });
    return {};
}

void Replicator::notifyLocalChange() {
    if (impl_->options.push)
        impl_->refreshPendingFromLocalCheckpoint();
    impl_->wakePush();
}

SyncStatus Replicator::status() const {
    std::lock_guard lock(impl_->statusMutex);
    return impl_->current;
}

std::uint64_t Replicator::requestCount() const {
    return impl_->pushClient.requestCount() + impl_->pullClient.requestCount() + impl_->fetchClient.requestCount();
}

}  // namespace intake::sync
