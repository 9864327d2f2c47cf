// Qt Quick Test runner for the screens: offscreen, with the app's QML module
// linked in, a TestDevice (real vaults) and the UiInspector.

#include "test_device.h"
#include "ui_inspector.h"

#include <QLocale>
#include <QQmlEngine>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(IntakePlugin)

namespace {

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() {
        // Pinned, so that dates, numbers and plural forms don't depend on the machine.
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
        qputenv("TZ", "Europe/Stockholm");
    }
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        qmlRegisterType<intake::testing::TestDevice>("Intake.Testing", 1, 0, "TestDevice");
        qmlRegisterSingletonType<intake::testing::UiInspector>(
            "Intake.Testing", 1, 0, "UiInspector",
            [](QQmlEngine*, QJSEngine*) -> QObject* { return new intake::testing::UiInspector; });
    }
};

}  // namespace

QUICK_TEST_MAIN_WITH_SETUP(intake_qml, Setup)

#include "qml_test_main.moc"
