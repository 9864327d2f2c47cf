// intake sync [--once | --continuous [--for SECONDS]] [--attempts N]
// The same vault-to-database links as the app (device/sync_plan.h); --once
// retries transient failures with backoff, --continuous runs every link
// until SIGINT/SIGTERM (or --for), each on its own thread like the app.

#include "central_database.h"
#include "commands.h"
#include "time_text.h"

#include "intake/device/sync_plan.h"
#include "intake/sync/remote_endpoint.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <sstream>
#include <thread>

namespace intake::cli {

namespace {

// Draws one link's progress: pushed against what was waiting, pulled as a count.
class SyncProgress final : public sync::SyncObserver {
public:
    SyncProgress(Output& output, const std::string& name, std::int64_t waiting)
        : progress_(output, "sync " + name), waiting_(static_cast<std::uint64_t>(std::max<std::int64_t>(waiting, 0))) {}
    void syncStatusChanged(const sync::SyncStatus& status) override {
        std::lock_guard lock(mutex_);
        progress_.update(status.pushed + status.pulled, std::max(waiting_, status.pushed) + status.pulled);
    }
    void finish() {
        std::lock_guard lock(mutex_);
        progress_.finish();
    }

private:
    std::mutex mutex_;
    Progress progress_;
    std::uint64_t waiting_;
};

struct LinkOutcome {
    std::string name;
    std::string database;
    sync::SyncReport report;
    sync::SyncStatus status;
    std::optional<Error> error;
};

nlohmann::json toJson(const LinkOutcome& o) {
    nlohmann::json json{{"vault", o.name},
                        {"database", o.database},
                        {"pushed", o.report.pushed},
                        {"pulled", o.report.pulled},
                        {"purged", o.report.purged},
                        {"resolved", o.report.resolved},
                        {"set_aside", o.report.setAside},
                        {"waiting_to_sync", o.status.pendingPush}};
    if (o.error)
        json["error"] = {{"code", o.error->name()}, {"message", o.error->message()}};
    return json;
}

}  // namespace

int runSync(const SyncOptions& options, DeviceAccess& device, std::stop_token stop) {
    auto& env = device.env();
    auto& out = env.output;
    int refused = kExitOk;
    auto* session = device.sessionForCommand(refused);
    if (!session)
        return refused;
    auto& s = *session;
    const auto& profile = s.profile();
    if (profile.centralUrl.empty())
        return out.failWith(kExitBadInput, "cli.no_central", "this device has no central service in its profile");
    Vault* outreach = nullptr;
    if (profile.role == device::Role::Outreach && !(outreach = device.outreachForCommand(refused)))
        return refused;
    auto client = device.clientForCommand(refused);
    if (!client)
        return refused;

    struct Running {
        device::VaultLink link;
        std::unique_ptr<SyncProgress> progress;
        std::unique_ptr<sync::Replicator> replicator;
        LinkOutcome outcome;           // --continuous: written by its thread, read after the join
        std::atomic<bool> ended{false};  // --continuous: its thread has returned
    };
    std::vector<std::unique_ptr<Running>> links;
    for (auto& link : device::syncPlan(s, outreach)) {
        auto remote = sync::RemoteEndpoint::parse(profile.centralUrl + "/" + link.database);
        if (!remote)
            return out.fail(remote.error(), "reading the central URL");
        auto running = std::make_unique<Running>();
        running->link = link;
        running->link.options.retry.maxAttempts = options.attempts;
        running->outcome.name = link.vaultName;
        running->outcome.database = link.database;
        auto pending = link.vault->changeCount(0);
        running->progress = std::make_unique<SyncProgress>(out, link.vaultName, pending ? *pending : 0);
        if (link.options.push) {
            if (auto made = preparePushDatabase(*remote, *client); !made)
                return out.fail(made.error(), "preparing the central database " + link.database);
        }
        auto replicator = sync::Replicator::create(*link.vault, *remote, *client, running->link.options, env.clock,
                                                   running->progress.get());
        if (!replicator)
            return out.fail(replicator.error(), "starting sync of vault " + link.vaultName);
        running->replicator = std::move(*replicator);
        links.push_back(std::move(running));
    }

    if (options.continuous) {
        std::stop_source inner;
        std::stop_callback forward(stop, [&] { inner.request_stop(); });
        std::vector<std::jthread> threads;
        for (auto& running : links) {
            threads.emplace_back([&running, token = inner.get_token()] {
                auto finished = running->replicator->runContinuous(token);
                if (!finished)
                    running->outcome.error = finished.error();
                running->ended = true;
            });
        }
        out.note("Syncing continuously; Ctrl-C stops.");
        const auto until = options.forSeconds
                               ? std::chrono::steady_clock::now() +
                                     std::chrono::milliseconds(static_cast<std::int64_t>(*options.forSeconds * 1000))
                               : std::chrono::steady_clock::time_point::max();
        while (!inner.get_token().stop_requested() && std::chrono::steady_clock::now() < until) {
            // Every link stopped by a permanent error (401, 403, TLS): nothing left to run.
            if (std::all_of(links.begin(), links.end(), [](const auto& running) { return running->ended.load(); }))
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        inner.request_stop();
        threads.clear();
        for (auto& running : links) {
            const auto status = running->replicator->status();
            running->outcome.report = {status.pushed, status.pulled, status.purged, status.resolved, status.setAside};
        }
    } else {
        for (auto& running : links) {
            auto report = running->replicator->syncWithRetry(stop);
            if (report)
                running->outcome.report = *report;
            else
                running->outcome.error = report.error();
        }
    }

    nlohmann::json list = nlohmann::json::array();
    std::ostringstream text;
    std::optional<Error> firstError;
    for (auto& running : links) {
        running->progress->finish();
        running->outcome.status = running->replicator->status();
        const auto& o = running->outcome;
        list.push_back(toJson(o));
        text << "  " << o.name << " <-> " << o.database << ": ";
        if (o.error && !o.error->is(SyncError::Cancelled)) {
            text << "FAILED: " << o.error->message() << " (" << o.error->name() << ")";
            if (!firstError)
                firstError = o.error;
        } else {
            text << grouped(o.report.pushed) << " pushed, " << grouped(o.report.pulled) << " pulled";
            if (o.report.purged)
                text << ", " << grouped(o.report.purged) << " purged";
            if (o.report.resolved)
                text << ", " << grouped(o.report.resolved) << " conflicts resolved";
            if (o.report.setAside)
                text << ", " << grouped(o.report.setAside) << " set aside (see intake status)";
            text << "; " << grouped(static_cast<std::uint64_t>(o.status.pendingPush)) << " waiting";
        }
        text << "\n";
    }
    nlohmann::json json{{"device_id", profile.deviceId}, {"links", list}, {"ok", !firstError.has_value()}};
    if (firstError && !out.json())
        out.err() << "intake: sync did not finish:\n" << text.str();
    else
        out.answer(json, (firstError ? "Sync did not finish:\n" : "Synced:\n") + text.str());
    return firstError ? exitCodeFor(*firstError) : kExitOk;
}

}  // namespace intake::cli
