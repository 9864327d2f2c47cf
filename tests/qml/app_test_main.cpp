// Catch2 with a Qt application object: the app layer needs an event loop
// (queued sync reports) and the translations compiled into intake_ui.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QLocale>

#include <cstdlib>

int main(int argc, char** argv) {
    setenv("TZ", "Europe/Stockholm", 1);
    setenv("QT_QPA_PLATFORM", "offscreen", 0);  // no display needed, also when CTest lists the tests
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
