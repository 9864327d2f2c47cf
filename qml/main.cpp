// intake-app: the composition root. Reads the device profile, opens the
// role's vaults with keys from the platform key store, makes the core
// objects and the controllers for that role, starts background sync, and
// hands the controllers to Main.qml as initial properties.
//
//   intake-app [--data DIR] [--role kiosk|reception|counselling|outreach]
//              [--central URL] [--development-keys DIR] [--language CODE] [--fullscreen]

#include "app/counselling_controller.h"
#include "intake/device/device_session.h"
#include "intake/device/enrolment.h"
#include "intake/device/sync_plan.h"
#include "app/kiosk_controller.h"
#include "app/outreach_controller.h"
#include "app/reception_controller.h"
#include "app/setup_controller.h"
#include "app/statistics_controller.h"
#include "app/sync_monitor.h"

#include "intake/platform/development_key_file_store.h"
#include "intake/platform/platform_key_store.h"
#include "intake/platform/system_clock.h"
#include "intake/sync/credentials.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

#include <iostream>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(IntakePlugin)

namespace {

using namespace intake;
using namespace intake::app;
using namespace intake::device;

constexpr int kRestart = 75;  // the setup screen enrolled the device: compose again

struct Options {
    std::filesystem::path dataDir;
    std::optional<Role> role;
    QString central;
    bool centralSet = false;
    QString developmentKeys;
    QString language = QStringLiteral("sv");
    bool reportFirstFrame = false;  // benchmarks: print when the first frame is shown, then quit
    bool fullScreen = false;        // kiosks: no window frame, nothing else on the screen
};

// The role's objects, alive while the window is.
struct Composition {
    std::unique_ptr<DeviceSession> session;
    std::unique_ptr<WelcomeQueue> queue;
    std::unique_ptr<KioskCheckIn> kioskCheckIn;
    std::unique_ptr<FamilyCounselling> counselling;
    std::unique_ptr<SyncMonitor> sync;
    std::unique_ptr<KioskController> kioskController;
    std::unique_ptr<ReceptionController> receptionController;
    std::unique_ptr<StatisticsController> statisticsController;
    std::unique_ptr<CounsellingController> counsellingController;
    std::unique_ptr<OutreachController> outreachController;
    std::unique_ptr<SetupController> setupController;
    QVariantMap properties;

    ~Composition() {
        if (sync)
            sync->stopAll();  // threads end before the vaults they use close
    }
};

// Builds the role's objects. An error leaves `properties` with role "error"
// and the error's code, which the window shows in the user's language.
void compose(Composition& c, const DeviceProfile& profile, const std::filesystem::path& dataDir,
             platform::KeyStore& keys, const Clock& clock) {
    auto fail = [&](const Error& error) {
        std::cerr << "intake-app: " << error.name() << "\n";  // a code, never contents
        c.properties.insert(QStringLiteral("role"), QStringLiteral("error"));
        c.properties.insert(QStringLiteral("errorCode"), QString::fromStdString(error.name()));
        c.properties.insert(QStringLiteral("errorTransient"), error.mayBeTransient());
    };
    auto session = DeviceSession::open(profile, dataDir, keys);
    if (!session)
        return fail(session.error());
    c.session = std::move(*session);
    auto& s = *c.session;

    sync::ClientOptions client;
    if (!profile.credentials.empty()) {
        auto credentials = sync::loadCredentials(keys, profile.credentials);
        if (!credentials)
            return fail(credentials.error());
        client.credentials = std::move(*credentials);
    }
    c.sync = std::make_unique<SyncMonitor>(profile.centralUrl, client, clock);
    for (const auto& link : syncPlan(s))
        c.sync->start({link.vault, link.database, link.options, link.countsForAttention});

    const auto device = QString::fromStdString(profile.deviceId);
    const auto staff = QString::fromStdString(profile.staff.empty() ? profile.deviceId : profile.staff);
    const Site* site = s.config().site(profile.site);
    const TicketIssuer issuer{profile.site, profile.ticketSlot, site ? site->ticketIssuers : 1};
    QString role = QString::fromLatin1(roleName(profile.role));

    switch (profile.role) {
    case Role::Kiosk:
        c.kioskCheckIn = std::make_unique<KioskCheckIn>(*s.queueVault(), s.config(), clock, issuer, profile.deviceId);
        c.kioskController = std::make_unique<KioskController>(*c.kioskCheckIn, s.config());
        QObject::connect(c.kioskController.get(), &KioskController::checkedIn, c.sync.get(), &SyncMonitor::notifyLocalChange);
        c.properties.insert(QStringLiteral("kiosk"), QVariant::fromValue(c.kioskController.get()));
        break;
    case Role::Reception:
        c.queue = std::make_unique<WelcomeQueue>(*s.queueVault(), s.config(), clock, issuer, profile.deviceId);
        c.receptionController = std::make_unique<ReceptionController>(*c.queue, *s.queueVault(), s.config(), clock,
                                                                      profile.site, staff);
        c.statisticsController = std::make_unique<StatisticsController>(
            *s.queueVault(), s.config(), clock, QString::fromStdString((dataDir / "exports").string()));
        QObject::connect(c.receptionController.get(), &ReceptionController::changed, c.sync.get(), &SyncMonitor::notifyLocalChange);
        QObject::connect(c.sync.get(), &SyncMonitor::pulled, c.receptionController.get(), &ReceptionController::refresh);
        c.properties.insert(QStringLiteral("reception"), QVariant::fromValue(c.receptionController.get()));
        c.properties.insert(QStringLiteral("statistics"), QVariant::fromValue(c.statisticsController.get()));
        break;
    case Role::Counselling:
        c.counselling = std::make_unique<FamilyCounselling>(*s.counsellingVault(), *s.slotVault(), s.config(), clock,
                                                            profile.deviceId);
        c.counsellingController = std::make_unique<CounsellingController>(*c.counselling, s.config());
        QObject::connect(c.counsellingController.get(), &CounsellingController::submitted, c.sync.get(), &SyncMonitor::notifyLocalChange);
        c.properties.insert(QStringLiteral("counselling"), QVariant::fromValue(c.counsellingController.get()));
        break;
    case Role::Outreach: {
        SyncMonitor* monitor = c.sync.get();
        auto onVault = [monitor, profile, last = static_cast<Vault*>(nullptr)](Vault* vault) mutable {
            if (vault) {
                const auto link = outreachLink(profile, *vault);
                monitor->start({link.vault, link.database, link.options, link.countsForAttention});
            } else if (last) {
                monitor->stop(last);
            }
            last = vault;
        };
        c.outreachController = std::make_unique<OutreachController>(
            dataDir / DeviceSession::kOutreachKeyring, s.vaultPath(DeviceSession::kOutreachVault), s.config(), clock, device,
            QString::fromStdString(profile.team), staff, onVault);
        QObject::connect(c.outreachController.get(), &OutreachController::changed, monitor, &SyncMonitor::notifyLocalChange);
        c.properties.insert(QStringLiteral("outreach"), QVariant::fromValue(c.outreachController.get()));
        break;
    }
    }
    c.properties.insert(QStringLiteral("role"), role);
    c.properties.insert(QStringLiteral("sync"), QVariant::fromValue(c.sync.get()));
}

QVariantList sitesOf(const Config& config) {
    QVariantList list;
    for (const auto& site : config.sites())
        list.append(QVariantMap{{QStringLiteral("id"), QString::fromStdString(site.id)},
                                {QStringLiteral("name"), QString::fromStdString(site.name.in("sv"))}});
    return list;
}

int run(QGuiApplication& app, const Options& options, platform::KeyStore& keys, const Clock& clock) {
    std::error_code made;
    std::filesystem::create_directories(options.dataDir, made);
    if (made) {
        std::cerr << "intake-app: cannot create the data folder: " << made.message() << "\n";
        return 1;
    }
    const auto profilePath = options.dataDir / kProfileFile;
    auto profile = DeviceProfile::load(profilePath);
    if (!profile && options.role) {
        // A demo device (README command 1): enrolled from the command line.
        DeviceProfile demo;
        demo.role = *options.role;
        demo.deviceId = std::string(roleName(demo.role)) + "-1";
        demo.staff = demo.role == Role::Outreach ? "outreach-worker-1" : "reception-1";
        if (options.centralSet)
            demo.centralUrl = options.central.toStdString();  // "" : no sync
        if (auto saved = demo.save(profilePath); !saved) {
            std::cerr << "intake-app: " << saved.error().name() << "\n";
            return 1;
        }
        profile = std::move(demo);
    }

    Composition c;
    if (profile) {
        compose(c, *profile, options.dataDir, keys, clock);
    } else {
        c.properties.insert(QStringLiteral("role"), QStringLiteral("setup"));
    }
    // The setup screen's choices come from the device's config; the seed is
    // parsed only when there is no session (first start, or it failed).
    std::optional<Config> seed;
    if (!c.session)
        seed = *Config::fromDocuments(Config::gothenburgSeed());
    const Config& config = c.session ? c.session->config() : *seed;
    QVariantList teams;
    for (const auto& area : config.options("area"))
        teams.append(QVariantMap{{QStringLiteral("id"), QString::fromStdString("night-team-" + area)},
                                 {QStringLiteral("name"), QString::fromStdString(area)}});
    c.setupController = std::make_unique<SetupController>(profilePath, options.dataDir / "admin-keyring.json", keys,
                                                          clock, sitesOf(config), teams);
    c.properties.insert(QStringLiteral("setup"), QVariant::fromValue(c.setupController.get()));
    c.properties.insert(QStringLiteral("startLanguage"), options.language);
    c.properties.insert(QStringLiteral("restartCode"), kRestart);
    c.properties.insert(QStringLiteral("fullScreen"), options.fullScreen);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties(c.properties);
    QObject::connect(c.setupController.get(), &SetupController::enrolled, &app, [] { QCoreApplication::exit(kRestart); });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Intake/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (options.reportFirstFrame) {
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
            std::cout << "first_frame_epoch_ms=" << QDateTime::currentMSecsSinceEpoch() << std::endl;
            QCoreApplication::exit(0);
        }, Qt::SingleShotConnection);
    }
    return app.exec();
}

}  // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    // Every control is drawn by our own components; Basic is the light style
    // meant for that (the platform's default, Fusion, costs start-up time).
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QGuiApplication::setApplicationName(QStringLiteral("intake"));
    QGuiApplication::setOrganizationName(QStringLiteral("Göteborgs Stad"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Intake: Welcome House, family counselling and outreach."));
    parser.addHelpOption();
    QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Folder for the vaults and the device profile."),
                                  QStringLiteral("DIR"));
    QCommandLineOption roleOption(QStringLiteral("role"),
                                  QStringLiteral("Enrol a demo device in this role when none is: kiosk, reception, counselling, outreach."),
                                  QStringLiteral("ROLE"));
    QCommandLineOption centralOption(QStringLiteral("central"), QStringLiteral("Central CouchDB server URL for a demo device."),
                                     QStringLiteral("URL"));
    QCommandLineOption keysOption(QStringLiteral("development-keys"),
                                  QStringLiteral("Keep keys in plain files in DIR (development only; warns)."),
                                  QStringLiteral("DIR"));
    QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("Language at start (default sv)."),
                                      QStringLiteral("CODE"), QStringLiteral("sv"));
    QCommandLineOption firstFrameOption(QStringLiteral("report-first-frame"),
                                        QStringLiteral("Print the time of the first frame and quit (intake-bench-app)."));
    QCommandLineOption fullScreenOption(QStringLiteral("fullscreen"),
                                        QStringLiteral("Fill the screen (kiosks; the systemd unit passes it)."));
    parser.addOptions({dataOption, roleOption, centralOption, keysOption, languageOption, firstFrameOption,
                       fullScreenOption});
    parser.process(app);

    Options options;
    options.dataDir = parser.isSet(dataOption)
                          ? std::filesystem::path(parser.value(dataOption).toStdString())
                          : std::filesystem::path(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toStdString());
    if (parser.isSet(roleOption)) {
        options.role = roleFromName(parser.value(roleOption).toStdString());
        if (!options.role) {
            std::cerr << "intake-app: unknown role; use kiosk, reception, counselling or outreach\n";
            return 2;
        }
    }
    options.central = parser.value(centralOption);
    options.centralSet = parser.isSet(centralOption);
    options.reportFirstFrame = parser.isSet(firstFrameOption);
    options.fullScreen = parser.isSet(fullScreenOption);
    options.language = parser.value(languageOption);

    std::unique_ptr<platform::KeyStore> keys;
    if (parser.isSet(keysOption)) {
        keys = std::make_unique<platform::DevelopmentKeyFileStore>(parser.value(keysOption).toStdString(), std::cerr);
    } else {
        keys = platform::makePlatformKeyStore();
    }
    platform::SystemClock clock;
    int code = 0;
    do {
        code = run(app, options, *keys, clock);
    } while (code == kRestart);
    return code;
}
