#pragma once

// The kiosk screens' only way into the data: today's services, one check-in,
// and the visitor's own ticket. Wraps core's KioskCheckIn, which returns no
// record, id or list, so no screen can show one visitor's data to the next.

#include "intake/core/kiosk.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace intake::app {

class KioskController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the device session")
    // [{code, nativeName, rightToLeft}] in config order: the kiosk languages.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    // Seconds without a touch before the "are you still there?" warning, and
    // how long the warning gives (at least 20 s) before everything is cleared.
    Q_PROPERTY(int idleSeconds READ idleSeconds CONSTANT)
    Q_PROPERTY(int warningSeconds READ warningSeconds CONSTANT)
public:
    KioskController(KioskCheckIn& kiosk, const Config& config, QObject* parent = nullptr);

    QVariantList languages() const;
    int idleSeconds() const { return 60; }
    int warningSeconds() const { return 30; }

    // [{id, name (in `language`), letter, picture}] running today.
    Q_INVOKABLE QVariantList services(const QString& language) const;
    // Languages an interpreter can be asked for: [{code, nativeName}].
    Q_INVOKABLE QVariantList interpreterLanguages() const;
    // firstVisit: 1 yes, 0 no, -1 not answered. Returns {ok: true, ticket,
    // ahead, aboutMinutes} once the visit is durably saved, or {ok: false,
    // error: "<code>", fields: ["first_name", ...]}.
    Q_INVOKABLE QVariantMap checkIn(const QString& service, const QString& language, int firstVisit,
                                    const QString& firstName, const QString& interpreterLanguage);

signals:
    void checkedIn();  // a record was saved: sync may push

private:
    KioskCheckIn& kiosk_;
    const Config& config_;
};

}  // namespace intake::app
