#pragma once

// Background sync of a device's vaults, and what every role's status bar
// shows: online or not, records waiting, the last sync, what needs
// attention. Each link (vault ⇄ database) runs Replicator::runContinuous on
// its own thread; status reaches the GUI thread by queued calls, so the UI
// never waits on the network.

#include "intake/core/clock.h"
#include "intake/core/vault.h"
#include "intake/sync/replicator.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <string>
#include <vector>

namespace intake::app {

struct SyncLink {
    Vault* vault = nullptr;
    std::string database;  // on the central server
    sync::ReplicationOptions options;
    bool countsForAttention = true;  // needsAttention() is read from this vault
};

class SyncMonitor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by main()")
    Q_PROPERTY(bool online READ online NOTIFY statusChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY statusChanged)
    Q_PROPERTY(int pending READ pending NOTIFY statusChanged)          // records waiting to be sent
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY statusChanged)  // invalid: never
    Q_PROPERTY(int attention READ attention NOTIFY statusChanged)      // needing a person
    Q_PROPERTY(QString error READ error NOTIFY statusChanged)          // error code, "" when none
    Q_PROPERTY(bool enabled READ enabled CONSTANT)                     // false: no central service set
    // The central service's clock minus this device's, in whole minutes (0:
    // unknown or close enough). Non-zero: records are stamped with a wrong time.
    Q_PROPERTY(int clockOffsetMinutes READ clockOffsetMinutes NOTIFY statusChanged)
public:
    // `centralUrl` without a database; empty disables sync (status says so).
    SyncMonitor(std::string centralUrl, sync::ClientOptions clientOptions, const Clock& clock,
                QObject* parent = nullptr);
    ~SyncMonitor() override;

    // Starts a link (creating the remote database first when the link pushes).
    void start(SyncLink link);
    // Stops and forgets the links of `vault` (before it is closed).
    void stop(Vault* vault);
    void stopAll();

    bool online() const { return online_; }
    bool syncing() const { return syncing_; }
    int pending() const { return pending_; }
    QDateTime lastSync() const { return lastSync_; }
    int attention() const { return attention_; }
    QString error() const { return error_; }
    bool enabled() const { return !centralUrl_.empty(); }
    int clockOffsetMinutes() const { return clockOffsetMinutes_; }
    // Offsets smaller than this are a device's ordinary drift, not shown.
    static constexpr std::chrono::minutes kClockTolerance{5};

public slots:
    // A record was saved: push soon.
    void notifyLocalChange();

signals:
    void statusChanged();
    // Documents came in from the central service (screens re-read).
    void pulled();

private:
    struct Link;
    void update();

    std::string centralUrl_;
    sync::ClientOptions clientOptions_;
    const Clock& clock_;
    std::vector<std::unique_ptr<Link>> links_;
    bool online_ = false;
    bool syncing_ = false;
    int pending_ = 0;
    QDateTime lastSync_;
    int attention_ = 0;
    QString error_;
    int clockOffsetMinutes_ = 0;
};

}  // namespace intake::app
