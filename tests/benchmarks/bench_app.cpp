// intake-bench-app: how fast the Qt Quick app starts and how fast reception
// redraws a queue change, in the JSON-lines format of every benchmark.
//
//  cold_start_ms: from spawning `intake-app --role kiosk` (an enrolled
//    device: one warm-up run creates its vaults) to its first frame,
//    offscreen, median of --runs; cold_start_ratio_vs_hello against the
//    smallest Qt Quick window (intake-bench-hello-quick) spawned the same way,
//    alternating with it in the same run; and against that window built from
//    Qt Quick Controls (--controls), to show what those modules cost.
//  reception_update_ms: with 1,000 visitors today, a queue change written
//    by another desk, then timed: reception reads the change feed, updates
//    its queue models and the next frame is drawn; median and p90 of 40.
//    reception_call_next_write_ms: the durable write itself, for reference.

#include "intake/device/device_session.h"
#include "app/reception_controller.h"
#include "app/statistics_controller.h"
#include "app/sync_monitor.h"

#include "intake/platform/memory_key_store.h"

#include "child_process.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#undef emit  // Qt's keyword macro; bench_support.h has a function of that name

#include "bench_support.h"

#include <CLI/CLI.hpp>

#include <cstdlib>

Q_IMPORT_QML_PLUGIN(IntakePlugin)

using namespace intake;
using namespace intake::bench;

namespace {

// Milliseconds from spawning `argv` to the first frame it reports.
double firstFrameMs(const std::vector<std::string>& argv) {
    const qint64 spawned = QDateTime::currentMSecsSinceEpoch();
    test::ChildProcess child(argv);
    std::string line;
    while (child.waitForLine(line, 30000)) {
        constexpr std::string_view prefix = "first_frame_epoch_ms=";
        if (line.rfind(prefix, 0) == 0) {
            const double at = std::stod(line.substr(prefix.size()));
            check(child.wait() == 0, "the program ended cleanly");
            return at - static_cast<double>(spawned);
        }
    }
    throw BenchFailure("no first frame from " + argv.front());
}

void coldStart(const std::string& app, const std::string& hello, int runs, const std::filesystem::path& scratch) {
    const auto data = (scratch / "device").string();
    const std::vector<std::string> appArgs = {app, "--data", data, "--role", "kiosk", "--central", "",
                                              "--development-keys", (scratch / "keys").string(), "--report-first-frame"};
    const std::vector<std::string> helloArgs = {hello};
    const std::vector<std::string> controlsArgs = {hello, "--controls"};
    (void)firstFrameMs(appArgs);  // first start: enrols the demo device and creates its vaults
    (void)firstFrameMs(helloArgs);
    (void)firstFrameMs(controlsArgs);
    std::vector<double> appMs;
    std::vector<double> helloMs;
    std::vector<double> controlsMs;
    for (int i = 0; i < runs; ++i) {
        appMs.push_back(firstFrameMs(appArgs));
        helloMs.push_back(firstFrameMs(helloArgs));
        controlsMs.push_back(firstFrameMs(controlsArgs));
    }
    const double appMedian = median(appMs);
    const double helloMedian = median(helloMs);
    const double controlsMedian = median(controlsMs);
    emitMs("cold_start_ms", appMedian);
    emitMs("cold_start_hello_ms", helloMedian);
    emit("cold_start_ratio_vs_hello", rounded(appMedian / helloMedian, 3), "ratio");
    // A second reference: the same minimal window built from Qt Quick Controls and Layouts.
    emitMs("cold_start_hello_controls_ms", controlsMedian);
    emit("cold_start_ratio_vs_hello_controls", rounded(appMedian / controlsMedian, 3), "ratio");
}

void receptionUpdate(const std::filesystem::path& scratch) {
    platform::MemoryKeyStore keys;
    device::DeviceProfile profile;
    profile.role = device::Role::Reception;
    profile.deviceId = "reception-bench";
    profile.centralUrl.clear();
    auto session = must(device::DeviceSession::open(profile, scratch / "reception", keys), "open the reception device");
    // Monday 23 November 2026, 15:00 in Stockholm: both Monday services run.
    ManualClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 23} + std::chrono::hours(14),
                      std::chrono::minutes(60));
    const TicketIssuer desk{"welcome-house", 4, 4};
    WelcomeQueue queue(*session->queueVault(), session->config(), clock, desk, "reception-bench");
    const auto running = queue.servicesToday();
    check(!running.empty(), "services run on the benchmark's day");
    for (int i = 0; i < 1000; ++i) {
        CheckIn request;
        request.service = running[static_cast<std::size_t>(i) % running.size()]->id;
        request.language = "ar";
        check(queue.registerWalkIn(request, "staff-bench").ok(), "seed a visitor");
    }
    app::ReceptionController reception(queue, *session->queueVault(), session->config(), clock, "welcome-house",
                                       QStringLiteral("staff-bench"));
    app::StatisticsController statistics(*session->queueVault(), session->config(), clock,
                                         QString::fromStdString((scratch / "exports").string()));
    app::SyncMonitor sync({}, {}, clock);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("role"), QStringLiteral("reception")},
                                 {QStringLiteral("reception"), QVariant::fromValue(&reception)},
                                 {QStringLiteral("statistics"), QVariant::fromValue(&statistics)},
                                 {QStringLiteral("sync"), QVariant::fromValue(&sync)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Intake/Main.qml")));
    check(!engine.rootObjects().isEmpty(), "Main.qml loads");
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    check(window != nullptr, "the root is a window");

    bool framed = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, [&] { framed = true; });
    auto waitForFrame = [&] {
        QElapsedTimer limit;
        limit.start();
        while (!framed && limit.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        check(framed, "a frame follows the change");
        framed = false;
    };
    waitForFrame();  // the first frame
    for (int i = 0; i < 5; ++i) {  // settle: images, fonts, delegates
        window->update();
        waitForFrame();
    }
    // A queue change made elsewhere (another desk, or sync bringing one in):
    // the write is not timed; what is timed is reception following the
    // vault's change feed, updating its models and drawing the next frame.
    WelcomeQueue otherDesk(*session->queueVault(), session->config(), clock, TicketIssuer{"welcome-house", 3, 4},
                           "reception-other");
    std::vector<double> samples;
    std::vector<double> writes;
    const std::string service = running.front()->id;
    for (int i = 0; i < 40; ++i) {
        QElapsedTimer write;
        write.start();
        check(otherDesk.callNext(service, "staff-other", "2").ok(), "call next at the other desk");
        writes.push_back(static_cast<double>(write.nsecsElapsed()) / 1e6);
        framed = false;
        QElapsedTimer timer;
        timer.start();
        reception.refresh();
        waitForFrame();
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        clock.advance(std::chrono::seconds(30));
    }
    emitMs("reception_update_ms", median(samples));
    emitMs("reception_update_p90_ms", percentile(samples, 0.9));
    emitMs("reception_call_next_write_ms", median(writes));
    emitWhole("reception_visitors_today", 1000, "visitors");
}

}  // namespace

int main(int argc, char** argv) {
    // Offscreen and software-rendered, for the app and the baseline alike.
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    setenv("QT_QUICK_BACKEND", "software", 1);
    setenv("TZ", "Europe/Stockholm", 1);
    CLI::App cli{"intake-bench-app: cold start and reception frame time"};
    std::string app = INTAKE_APP_PATH;
    std::string hello = INTAKE_HELLO_PATH;
    int runs = 7;
    cli.add_option("--app", app, "intake-app to start")->capture_default_str();
    cli.add_option("--hello", hello, "the baseline window")->capture_default_str();
    cli.add_option("--runs", runs, "cold starts of each, alternating")->capture_default_str();
    CLI11_PARSE(cli, argc, argv);

    int qtArgc = 1;
    QGuiApplication application(qtArgc, argv);
    try {
        ScratchFolder scratch(std::filesystem::temp_directory_path(), "intake-bench-app");
        coldStart(app, hello, runs, scratch.path());
        receptionUpdate(scratch.path());
    } catch (const std::exception& failure) {
        std::cerr << "intake-bench-app: " << failure.what() << "\n";
        return 1;
    }
    return 0;
}
