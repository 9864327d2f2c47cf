#pragma once

// The outreach tablet. Its team vault's key is only in the staff PIN ring
// (keyring.json, scrypt-wrapped): the vault opens after the PIN, and is
// closed again by lock() or after inactivity. While locked nothing of the
// team's data is reachable from QML.

#include "intake/core/clock.h"
#include "intake/core/config.h"
#include "intake/core/outreach.h"
#include "intake/core/staff_pin.h"
#include "intake/core/vault.h"

#include "outcome.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

namespace intake::app {

class OutreachController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the device session")
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY lockChanged)   // a staff PIN is set
    Q_PROPERTY(bool locked READ locked NOTIFY lockChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY lockChanged)
    Q_PROPERTY(int idleSeconds READ idleSeconds CONSTANT)
    Q_PROPERTY(QString staff READ staff CONSTANT)
    Q_PROPERTY(QString night READ night NOTIFY lockChanged)         // tonight, ISO date
    Q_PROPERTY(QVariantList areas READ areas CONSTANT)              // option list "area"
    Q_PROPERTY(QVariantList shelters READ shelters CONSTANT)        // [{id, name}]
    Q_PROPERTY(QVariantList referralUnits READ referralUnits CONSTANT)
    Q_PROPERTY(QVariantList needs READ needs CONSTANT)
    Q_PROPERTY(QVariantList ageBands READ ageBands CONSTANT)
    Q_PROPERTY(QVariantList genders READ genders CONSTANT)
    Q_PROPERTY(int contactsToday READ contactsToday NOTIFY dataChanged)
public:
    // `onVaultOpened` is told of the team vault after each unlock and of
    // nullptr before it closes (sync starts and stops with it).
    OutreachController(std::filesystem::path ringPath, std::filesystem::path vaultPath, const Config& config,
                       const Clock& clock, QString device, QString team, QString staff,
                       std::function<void(Vault*)> onVaultOpened = {}, PinRingOptions ringOptions = {},
                       QObject* parent = nullptr);
    ~OutreachController() override;

    // The team vault while unlocked, else null (C++ only: tests, sync).
    Vault* vault() const { return vault_.get(); }

    bool enrolled() const;
    bool locked() const { return !log_; }
    int attemptsLeft() const;
    int idleSeconds() const { return 300; }
    QString staff() const { return staff_; }
    QString night() const;
    QVariantList areas() const;
    QVariantList shelters() const;
    QVariantList referralUnits() const;
    QVariantList needs() const;
    QVariantList ageBands() const;
    QVariantList genders() const;
    int contactsToday() const;

    // First start: the staff PIN for this tablet (6+ digits). Makes the team
    // vault key, wraps it, and opens the vault. {ok} or {ok: false, error}.
    Q_INVOKABLE QVariantMap enrol(const QString& pin);
    // {ok} or {ok: false, error: "pin.wrong"|"pin.locked_out"|"pin.erased"|..., attemptsLeft, retryAfterSeconds}
    Q_INVOKABLE QVariantMap unlock(const QString& pin);
    Q_INVOKABLE void lock();

    // The three-tap contact: area and how many people. {ok, id} or {ok: false, error, fields}.
    Q_INVOKABLE QVariantMap logAnonymous(const QString& area, int count);
    // A contact with a person: {area, alias, name, personCode, gender, ageBand,
    // needs: [...], consent, place}.
    Q_INVOKABLE QVariantMap logPerson(const QVariantMap& contact);
    // Tonight's beds of a shelter: [{bed, filledBy, kind, taken, conflict, displaced}].
    Q_INVOKABLE QVariantList beds(const QString& shelter) const;
    Q_INVOKABLE QVariantMap giveBed(const QString& shelter, int bed, const QString& filledBy,
                                    const QString& personCode, const QString& alias,
                                    const QString& gender = QStringLiteral("not_stated"));
    // {personCode, alias, unit, caseworker, reason, consent}
    Q_INVOKABLE QVariantMap refer(const QVariantMap& referral);
    // {childAge, concern, area}: drafted and submitted at once.
    Q_INVOKABLE QVariantMap reportConcern(const QVariantMap& report);
    // Frees a place given by mistake tonight (audited); it can be given again.
    Q_INVOKABLE QVariantMap cancelBed(const QString& shelter, int bed);
    // What sync could not settle: [{id, type, reason}] (ids and codes only).
    Q_INVOKABLE QVariantList attention() const;
    // A person settles one item of attention(): a displaced allocation is
    // marked handled (the displaced person was helped), a conflict keeps the
    // version the tablet shows (the winner). A document the server refused
    // is for IT: {ok: false, error: "sync.rejected"}.
    Q_INVOKABLE QVariantMap settle(const QString& id);

signals:
    void lockChanged();
    void dataChanged();
    void changed();  // a record was saved: sync may push

private:
    QVariantMap opened(Result<KeysByName> keys);
    // A write's answer: its findings or error, or {ok, id} and the signals.
    template <typename Record>
    QVariantMap saved(const Checked<Stored<Record>>& outcome) {
        if (!outcome.ok())
            return failed(outcome);
        emit changed();
        emit dataChanged();
        return succeeded({{QStringLiteral("id"), QString::fromStdString(outcome.value->id)}});
    }
    QVariantList optionList(const char* name) const;

    std::filesystem::path ringPath_;
    std::filesystem::path vaultPath_;
    const Config& config_;
    const Clock& clock_;
    QString device_;
    QString team_;
    QString staff_;
    std::function<void(Vault*)> onVaultOpened_;
    PinRingOptions ringOptions_;
    std::optional<StaffPinRing> ring_;
    std::unique_ptr<Vault> vault_;
    std::unique_ptr<OutreachLog> log_;
};

}  // namespace intake::app
