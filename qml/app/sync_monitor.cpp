#include "sync_monitor.h"

#include "intake/sync/needs_attention.h"

#include <QMetaObject>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>

namespace intake::app {

// One vault ⇄ database pair on its own thread. Everything the GUI reads is
// copied under `mutex` and announced to the monitor by a queued call.
struct SyncMonitor::Link final : sync::SyncObserver {
    SyncMonitor* monitor = nullptr;
    SyncLink config;
    std::mutex mutex;
    sync::SyncStatus status;
    bool reachable = false;
    int attention = 0;
    std::uint64_t arrived = 0;  // revisions pulled + resolved, to tell when attention may have changed
    std::unique_ptr<sync::Replicator> replicator;  // set once, under mutex; freed after the thread ends
    std::jthread thread;

    void syncStatusChanged(const sync::SyncStatus& next) override {
        const std::uint64_t arrivedNow = next.pulled + next.resolved + next.setAside;
        bool recount = false;
        {
            std::lock_guard lock(mutex);
            status = next;
            if (next.lastSuccess)
                reachable = !next.error.has_value();
            if (next.error && next.error->mayBeTransient())
                reachable = false;
            recount = arrivedNow != arrived;
            arrived = arrivedNow;
        }
        if (recount)
            countAttention();
        announce(recount);
    }

    void countAttention() {
        if (!config.countsForAttention)
            return;
        auto items = sync::needsAttention(*config.vault);
        std::lock_guard lock(mutex);
        attention = items ? static_cast<int>(items->size()) : attention;
    }

    void announce(bool pulledSomething) {
        QMetaObject::invokeMethod(
            monitor,
            [monitor = monitor, pulledSomething] {
                monitor->update();
                if (pulledSomething)
                    emit monitor->pulled();
            },
            Qt::QueuedConnection);
    }

    void fail(Error error) {
        {
            std::lock_guard lock(mutex);
            status.state = sync::SyncStatus::State::Stopped;
            status.error = std::move(error);
            reachable = false;
        }
        announce(false);
    }
};

SyncMonitor::SyncMonitor(std::string centralUrl, sync::ClientOptions clientOptions, const Clock& clock, QObject* parent)
    : QObject(parent), centralUrl_(std::move(centralUrl)), clientOptions_(std::move(clientOptions)), clock_(clock) {
    while (!centralUrl_.empty() && centralUrl_.back() == '/')
        centralUrl_.pop_back();
}

SyncMonitor::~SyncMonitor() { stopAll(); }

void SyncMonitor::start(SyncLink config) {
    if (centralUrl_.empty() || !config.vault)
        return;
    auto link = std::make_unique<Link>();
    link->monitor = this;
    link->config = std::move(config);
    Link* raw = link.get();
    links_.push_back(std::move(link));
    raw->countAttention();
    raw->thread = std::jthread([raw, url = centralUrl_ + "/" + raw->config.database, clientOptions = clientOptions_,
                                &clock = clock_](std::stop_token stop) {
        auto endpoint = sync::RemoteEndpoint::parse(url);
        if (!endpoint)
            return raw->fail(endpoint.error());
        // A pushing device makes its database on first contact; pulling ones
        // wait for the central service to publish theirs. Retried while offline.
        sync::RetryPolicy retry = raw->config.options.retry;
        std::mt19937_64 random{std::random_device{}()};
        for (std::size_t attempt = 0; raw->config.options.push && !stop.stop_requested(); ++attempt) {
            auto client = sync::CouchClient::create(*endpoint, clientOptions);
            auto made = client ? client->ensureDatabase() : Result<void>(client.error());
            if (made)
                break;
            if (!made.error().mayBeTransient())
                return raw->fail(made.error());
            raw->fail(made.error());
            std::mutex wait;
            std::condition_variable_any wake;
            std::unique_lock lock(wait);
            wake.wait_for(lock, stop, retry.delay(attempt, random), [] { return false; });
        }
        auto replicator = sync::Replicator::create(*raw->config.vault, *endpoint, clientOptions, raw->config.options,
                                                   clock, raw);
        if (!replicator)
            return raw->fail(replicator.error());
        sync::Replicator* running = replicator->get();
        {
            std::lock_guard lock(raw->mutex);
            raw->replicator = std::move(*replicator);
        }
        auto ended = running->runContinuous(stop);
        if (!ended)
            raw->fail(ended.error());
    });
    update();
}

void SyncMonitor::stop(Vault* vault) {
    auto it = std::remove_if(links_.begin(), links_.end(), [vault](const auto& link) { return link->config.vault == vault; });
    for (auto i = it; i != links_.end(); ++i) {
        (*i)->thread.request_stop();
        if ((*i)->thread.joinable())
            (*i)->thread.join();
    }
    links_.erase(it, links_.end());
    update();
}

void SyncMonitor::stopAll() {
    for (auto& link : links_)
        link->thread.request_stop();
    for (auto& link : links_) {
        if (link->thread.joinable())
            link->thread.join();
    }
    links_.clear();
}

void SyncMonitor::notifyLocalChange() {
    for (auto& link : links_) {
        sync::Replicator* replicator = nullptr;
        {
            std::lock_guard lock(link->mutex);
            replicator = link->replicator.get();
        }
        // Outside the lock: the replicator may be telling this link its
        // status right now. Links (and their replicators) are only freed on
        // this thread, after their own thread has ended.
        if (replicator && link->config.options.push)
            replicator->notifyLocalChange();
    }
}

void SyncMonitor::update() {
    bool online = !links_.empty();
    bool syncing = false;
    int pending = 0;
    int attention = 0;
    QString error;
    std::optional<std::chrono::sys_time<std::chrono::milliseconds>> last;
    std::optional<std::chrono::seconds> offset;  // from the link that synced last
    for (const auto& link : links_) {
        std::lock_guard lock(link->mutex);
        const auto& status = link->status;
        online = online && link->reachable;
        syncing = syncing || status.state == sync::SyncStatus::State::Syncing;
        if (link->config.options.push)
            pending += static_cast<int>(std::max<std::int64_t>(0, status.pendingPush));
        attention += link->attention;
        if (status.error && error.isEmpty())
            error = QString::fromStdString(status.error->name());
        if (status.lastSuccess && (!last || *status.lastSuccess > *last)) {
            last = status.lastSuccess;
            offset = status.clockOffset;
        }
    }
    int offsetMinutes = 0;
    if (offset && std::chrono::abs(*offset) >= kClockTolerance)
        offsetMinutes = static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(*offset).count());
    const QDateTime lastSync = last ? QDateTime::fromMSecsSinceEpoch(last->time_since_epoch().count()) : QDateTime();
    if (online == online_ && syncing == syncing_ && pending == pending_ && attention == attention_ && error == error_ &&
        lastSync == lastSync_ && offsetMinutes == clockOffsetMinutes_)
        return;
    clockOffsetMinutes_ = offsetMinutes;
    online_ = online;
    syncing_ = syncing;
    pending_ = pending;
    attention_ = attention;
    error_ = error;
    lastSync_ = lastSync;
    emit statusChanged();
}

}  // namespace intake::app
