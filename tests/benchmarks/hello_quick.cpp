// The baseline of intake-bench-app's cold start: the smallest Qt Quick
// window (a rectangle and a line of text), started the same way as
// intake-app, printing when its first frame is shown.

#include <QDateTime>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <iostream>

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(R"(
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
