#pragma once

// A real device for QML tests: real SQLCipher vaults in a temporary folder,
// keys in a MemoryKeyStore, a clock the test sets, and the same controllers
// main() makes. Tests assert on what is in the vaults, not only on screens.
//
//   TestDevice { id: device; role: "kiosk" }   // opens on completion
//   createTemporaryObject(kioskPage, testCase, {controller: device.kiosk, translator: translator})
//   compare(device.count("welcome-house", "visit"), 1)

#include "app/counselling_controller.h"
#include "intake/device/device_session.h"
#include "app/kiosk_controller.h"
#include "app/outreach_controller.h"
#include "app/reception_controller.h"
#include "app/setup_controller.h"
#include "app/statistics_controller.h"
#include "app/sync_monitor.h"

#include "intake/core/clock.h"
#include "intake/platform/memory_key_store.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

namespace intake::testing {

class TestDevice : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(QString role READ role WRITE setRole)
    // Local time "YYYY-MM-DDTHH:MM" in Europe/Stockholm (UTC+1 in winter);
    // default 2026-11-23T10:00, a Monday.
    Q_PROPERTY(QString now READ now WRITE setNow)
    Q_PROPERTY(QObject* kiosk READ kiosk CONSTANT)
    Q_PROPERTY(QObject* reception READ reception CONSTANT)
    Q_PROPERTY(QObject* statistics READ statistics CONSTANT)
    Q_PROPERTY(QObject* counselling READ counselling CONSTANT)
    Q_PROPERTY(QObject* outreach READ outreach CONSTANT)
    Q_PROPERTY(QObject* sync READ sync CONSTANT)
    Q_PROPERTY(QObject* setup READ setup CONSTANT)  // every role: the admin-PIN setup screen
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    // Where screenshots go: <build>/tests/qml/screenshots.
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
public:
    explicit TestDevice(QObject* parent = nullptr);
    ~TestDevice() override;

    void classBegin() override {}
    void componentComplete() override;

    QString role() const { return role_; }
    void setRole(const QString& role) { role_ = role; }
    QString now() const;
    void setNow(const QString& localTime);
    QObject* kiosk() const { return kiosk_.get(); }
    QObject* reception() const { return reception_.get(); }
    QObject* statistics() const { return statistics_.get(); }
    QObject* counselling() const { return counselling_.get(); }
    QObject* outreach() const { return outreach_.get(); }
    QObject* sync() const { return sync_.get(); }
    QObject* setup() const { return setup_.get(); }
    QString dataDir() const;
    QString screenshotDir() const;

    // Vault names as on disk: "config", "welcome-house", "family-counselling",
    // "counselling-slots", "outreach" (the last only while unlocked).
    Q_INVOKABLE QStringList vaultNames() const;
    // Live documents of `type` ("" for all) in a vault: [{_id, _rev, ...body}].
    Q_INVOKABLE QVariantList records(const QString& vault, const QString& type) const;
    Q_INVOKABLE int count(const QString& vault, const QString& type) const;
    // Every file under the device's data folder, as text with NULs dropped
    // (a leak check: does any hold `needle` in clear?).
    Q_INVOKABLE bool anyFileContains(const QString& needle) const;
    // Moves the clock by `seconds`.
    Q_INVOKABLE void advance(int seconds);

    // Fixtures. Visits checked in earlier today at the kiosk channel, one
    // per minute, over the services running today (round robin) unless
    // `service` is given. Returns the tickets in arrival order.
    Q_INVOKABLE QStringList seedVisits(int count, const QString& service = {});
    // Open counselling slots from tomorrow on, two per day.
    Q_INVOKABLE int seedSlots(int count);
    // Visits over the last twelve months for the statistics page.
    Q_INVOKABLE int seedYear(int visitsPerMonth);

private:
    QString role_ = QStringLiteral("kiosk");
    QTemporaryDir folder_;
    ManualClock clock_;
    platform::MemoryKeyStore keys_;
    std::unique_ptr<device::DeviceSession> session_;
    std::unique_ptr<WelcomeQueue> queue_;
    std::unique_ptr<KioskCheckIn> kioskCheckIn_;
    std::unique_ptr<FamilyCounselling> familyCounselling_;
    std::unique_ptr<app::KioskController> kiosk_;
    std::unique_ptr<app::ReceptionController> reception_;
    std::unique_ptr<app::StatisticsController> statistics_;
    std::unique_ptr<app::CounsellingController> counselling_;
    std::unique_ptr<app::OutreachController> outreach_;
    std::unique_ptr<app::SyncMonitor> sync_;
    std::unique_ptr<app::SetupController> setup_;
};

}  // namespace intake::testing
