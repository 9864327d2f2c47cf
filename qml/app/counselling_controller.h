#pragma once

// Family-counselling self-registration: the form's choices, the open slots,
// and sending (application, then the slot request). Uses the counselling
// vault only (FamilyCounselling); what identifies the applicants is sealed
// before it is written and can't be read back here. After sending, the
// screen shows the reference code and clears everything.

#include "intake/core/counselling.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace intake::app {

class CounsellingController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the device session")
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)   // [{code, nativeName, rightToLeft}]
    Q_PROPERTY(int idleSeconds READ idleSeconds CONSTANT)
    Q_PROPERTY(int warningSeconds READ warningSeconds CONSTANT)
public:
    CounsellingController(FamilyCounselling& counselling, const Config& config, QObject* parent = nullptr);

    QVariantList languages() const;
    int idleSeconds() const { return 120; }
    int warningSeconds() const { return 30; }

    // Languages an interpreter can be asked for: [{code, nativeName, rightToLeft}].
    Q_INVOKABLE QVariantList interpreterLanguages() const;
    // [{id, name (in `language`), external}]
    Q_INVOKABLE QVariantList providers(const QString& language) const;
    // Open slots, soonest first: [{id, provider, providerName, kind, startsAt (ISO), endsAt}].
    Q_INVOKABLE QVariantList openSlots(const QString& language) const;
    // Checks the form without writing: {ok} or {ok: false, fields: [{field, problem}]}.
    Q_INVOKABLE QVariantMap check(const QVariantMap& form) const;
    // Sends the form: the application (sealed), then a request for
    // form.slotId when given. {ok, reference} or {ok: false, error, fields}.
    // Form keys: adults [{name, phone, email}], contact (phone|email|will_call),
    // willCallAt, smallChildren, acuteCrisis, language, interpreterNeeded,
    // interpreterLanguage, provider, singleSession, slotId, consent.
    Q_INVOKABLE QVariantMap submit(const QVariantMap& form);

signals:
    void submitted();  // records were saved: sync may push

private:
    FamilyCounselling& counselling_;
    const Config& config_;
};

}  // namespace intake::app
