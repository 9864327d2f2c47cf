#pragma once

// The admin-PIN-guarded setup screen that enrols a device: site or team,
// role, central service and its credentials. The admin PIN ring
// (admin-keyring.json) guards a random key that proves the PIN; the
// credentials go to the key store and the rest to the profile file.

#include "intake/device/device_profile.h"

#include "intake/core/clock.h"
#include "intake/core/staff_pin.h"
#include "intake/platform/key_store.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <filesystem>
#include <optional>

namespace intake::app {

class SetupController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by main()")
    Q_PROPERTY(bool hasAdminPin READ hasAdminPin NOTIFY stateChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY stateChanged)
    Q_PROPERTY(QVariantMap profile READ profile NOTIFY stateChanged)  // the current one, no secrets
    Q_PROPERTY(QVariantList sites READ sites CONSTANT)                // [{id, name}]
    Q_PROPERTY(QVariantList teams READ teams CONSTANT)
public:
    SetupController(std::filesystem::path profilePath, std::filesystem::path adminRingPath,
                    platform::KeyStore& keys, const Clock& clock, QVariantList sites, QVariantList teams,
                    QObject* parent = nullptr);
    ~SetupController() override;

    bool hasAdminPin() const;
    bool unlocked() const { return unlocked_; }
    QVariantMap profile() const;
    QVariantList sites() const { return sites_; }
    QVariantList teams() const { return teams_; }

    // First start: choose the admin PIN. {ok} or {ok: false, error}.
    Q_INVOKABLE QVariantMap createAdminPin(const QString& pin);
    Q_INVOKABLE QVariantMap unlock(const QString& pin);
    Q_INVOKABLE void lock();
    // {role, deviceId, site, ticketSlot, team, staff, centralUrl, user, password}
    // Checks, stores the credentials in the key store, saves the profile and
    // emits enrolled(). {ok} or {ok: false, error, fields}.
    Q_INVOKABLE QVariantMap enrol(const QVariantMap& settings);

signals:
    void stateChanged();
    void enrolled();

private:
    std::filesystem::path profilePath_;
    std::filesystem::path adminRingPath_;
    platform::KeyStore& keys_;
    const Clock& clock_;
    QVariantList sites_;
    QVariantList teams_;
    bool unlocked_ = false;
};

}  // namespace intake::app
