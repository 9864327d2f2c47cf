#pragma once

// The reception tablet: one queue per service, the staff actions on it, a
// walk-in at the desk and today's counts. Every action is audited in core
// (WelcomeQueue) under the staff member and desk of this tablet.

#include "reception_queue_model.h"

#include "intake/core/welcome_queue.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <optional>
#include <memory>

namespace intake::app {

class ReceptionController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the device session")
    // [{id, name, letter}] running today, in config order.
    Q_PROPERTY(QVariantList services READ services CONSTANT)
    // Every config language, for walk-ins: [{code, nativeName, rightToLeft}].
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    // {waiting, called, served, left, noShow, transferred, visits}
    Q_PROPERTY(QVariantMap todayCounts READ todayCounts NOTIFY queuesChanged)
    Q_PROPERTY(QString staff READ staff WRITE setStaff NOTIFY staffChanged)
    Q_PROPERTY(QString desk READ desk WRITE setDesk NOTIFY deskChanged)
    // The last action's error code ("" when it went well), for the screen.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
public:
    ReceptionController(WelcomeQueue& queue, Vault& queueVault, const Config& config, const Clock& clock,
                        std::string site, QString staff, QObject* parent = nullptr);
    ~ReceptionController() override;

    QVariantList services() const;
    QVariantList languages() const;
    // The services running today with their names in `language`.
    Q_INVOKABLE QVariantList servicesIn(const QString& language) const;
    QVariantMap todayCounts() const;
    QString staff() const { return staff_; }
    void setStaff(const QString& staff);
    QString desk() const { return desk_; }
    void setDesk(const QString& desk);
    QString lastError() const { return lastError_; }

    // The queue of one service (owned by this controller).
    Q_INVOKABLE intake::app::ReceptionQueueModel* queue(const QString& service);
    // Each returns {ok, ticket, visitId} or {ok: false, error}.
    Q_INVOKABLE QVariantMap callNext(const QString& service);
    Q_INVOKABLE QVariantMap recall(const QString& visitId);
    Q_INVOKABLE QVariantMap markServed(const QString& visitId);
    Q_INVOKABLE QVariantMap markLeft(const QString& visitId);
    Q_INVOKABLE QVariantMap markNoShow(const QString& visitId);
    Q_INVOKABLE QVariantMap transfer(const QString& visitId, const QString& toService);
    // A walk-in at the desk: {ok, ticket} or {ok: false, error, fields}.
    Q_INVOKABLE QVariantMap registerWalkIn(const QString& service, const QString& language,
                                           const QString& interpreterLanguage);
    // Reads every queue again (after a sync brought changes, or a minute passed).
    Q_INVOKABLE void refresh();

signals:
    void queuesChanged();
    void staffChanged();
    void deskChanged();
    void lastErrorChanged();
    void changed();  // a record was saved: sync may push

private:
    QVariantMap finish(const Result<QueuedVisit>& outcome);
    // Reads today's queues in full (first time, a new day, or after an error).
    void reload();
    // Applies what changed in the vault since the last read (the change feed).
    bool follow();

    WelcomeQueue& queue_;
    Vault& vault_;
    const Config& config_;
    const Clock& clock_;
    std::string site_;
    QString staff_;
    QString desk_ = QStringLiteral("1");
    QString lastError_;
    std::map<QString, std::unique_ptr<ReceptionQueueModel>> queues_;
    std::optional<std::int64_t> seenUpTo_;         // the vault sequence already shown
    std::string day_;                              // the day the queues are of
    std::map<std::string, std::string> statuses_;  // today's visits: id -> status
};

}  // namespace intake::app
