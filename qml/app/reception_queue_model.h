#pragma once

// One service's queue today as reception sees it: the visitors called to a
// desk, then those waiting, in arrival order. By ticket, never by name: the
// model has no role that carries the visitor's first name.

#include "intake/core/welcome_queue.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace intake::app {

class ReceptionQueueModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by ReceptionController")
    Q_PROPERTY(QString service READ service CONSTANT)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countsChanged)
    Q_PROPERTY(int calledCount READ calledCount NOTIFY countsChanged)
    // Minutes the longest-waiting visitor has waited; 0 when nobody waits.
    Q_PROPERTY(int longestWaitMinutes READ longestWaitMinutes NOTIFY countsChanged)
public:
    enum Roles {
        VisitIdRole = Qt::UserRole + 1,
        TicketRole,
        StatusRole,          // "waiting" | "called"
        WaitedMinutesRole,   // since arrival
        LanguageRole,
        InterpreterRole,     // interpreter language code, "" when none
        FirstVisitRole,      // 1, 0 or -1 (not answered)
        ChannelRole,         // "kiosk" | "desk"
        DeskRole,
    };

    ReceptionQueueModel(WelcomeQueue& queue, const Clock& clock, QString service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString service() const { return service_; }
    int waitingCount() const;
    int calledCount() const;
    int longestWaitMinutes() const;

    // Reads the queue again; rows that stayed keep their place (the model
    // emits inserts/removes/changes, not a reset, so views keep scrolling).
    // False, with the error kept, when the vault could not be read.
    bool refresh();
    // One visit changed (or was deleted: nullopt): moves, inserts or removes
    // just its row. How reception follows the vault's change feed without
    // re-reading a queue of hundreds on every change.
    void apply(const std::string& id, const std::string& rev, const std::optional<records::Visit>& visit);
    // Minutes waited move with the clock: tells views when the minute changed.
    void updateWaits();

signals:
    void countsChanged();

private:
    struct Row {
        std::string id;
        std::string rev;
        records::Visit visit;
    };

    // Called first, then waiting; each in id (= arrival) order.
    static bool before(const Row& a, const Row& b);

    WelcomeQueue& queue_;
    const Clock& clock_;
    QString service_;
    std::vector<Row> rows_;
    std::int64_t shownMinute_ = 0;  // the clock's minute the waits were last shown for
};

}  // namespace intake::app
