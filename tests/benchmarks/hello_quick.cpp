// The baseline of intake-bench-app's cold start: the smallest Qt Quick
// window (a rectangle and a line of text), started the same way as
// intake-app, printing when its first frame is shown.

#include <QDateTime>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <string>

#include <iostream>

// With --controls: the same window made of Qt Quick Controls and Layouts (a
// second reference, to tell what loading those modules costs).
int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    const bool controls = argc > 1 && std::string(argv[1]) == "--controls";
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.loadData(controls ? R"(
        import QtQuick
        import QtQuick.Controls
        import QtQuick.Layouts
        ApplicationWindow {
            width: 1280; height: 800; visible: true
            ColumnLayout { anchors.centerIn: parent
                Label { text: "Hello"; font.pixelSize: 40 }
                Button { text: "Hello" } }
        })"
                             : R"(
        import QtQuick
        Window {
            width: 1280; height: 800; visible: true
            Rectangle { anchors.fill: parent; color: "white"
                Text { anchors.centerIn: parent; text: "Hello"; font.pixelSize: 40 } }
        })");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
        std::cout << "first_frame_epoch_ms=" << QDateTime::currentMSecsSinceEpoch() << std::endl;
        QCoreApplication::exit(0);
    }, Qt::SingleShotConnection);
    return app.exec();
}
