import QtQuick
import QtQuick.Controls
import Intake

// The window of every role. main() sets the role and the controllers that
// role has (the others stay null); nothing reaches QML any other way.
ApplicationWindow {
    id: window
    property string role: "kiosk"          // kiosk | reception | counselling | outreach | setup
    property KioskController kiosk: null
    property ReceptionController reception: null
    property StatisticsController statistics: null
    property CounsellingController counselling: null
    property OutreachController outreach: null
    property SyncMonitor sync: null
    property SetupController setup: null
    property string startLanguage: "sv"
    property string errorCode: ""        // role "error": why the device could not start
    property bool errorTransient: false  // ... and whether trying again may help
    property int restartCode: 0          // the exit code that makes main() compose again
    property bool fullScreen: false      // kiosks (intake-app --fullscreen, the systemd unit)

    width: 1280
    height: 800
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.AutomaticVisibility
    title: qsTr("Intake")
    color: Theme.background

    // Arabic, Persian and Dari mirror the whole layout.
    LayoutMirroring.enabled: appTranslator.rightToLeft
    LayoutMirroring.childrenInherit: true

    Translator {
        id: appTranslator
        language: window.startLanguage
    }

    header: SyncStatusBar {
        monitor: window.sync
        compact: window.role === "kiosk" || window.role === "counselling"
        // IT staff open the setup screen with a five-second press here.
        TapHandler {
            onLongPressed: if (window.setup) setupDrawerLoader.active = true
            longPressThreshold: 5
        }
    }

    Loader {
        id: page
        anchors.fill: parent
        sourceComponent: {
            switch (window.role) {
            case "kiosk": return kioskPage
            case "reception": return receptionPage
            case "counselling": return counsellingPage
            case "outreach": return outreachPage
            case "error": return errorPage
            default: return setupPage
            }
        }
    }

    Component { id: kioskPage; KioskPage { controller: window.kiosk; translator: appTranslator; sync: window.sync } }
    Component {
        id: receptionPage
        ReceptionPage { controller: window.reception; statistics: window.statistics; translator: appTranslator; sync: window.sync }
    }
    Component { id: counsellingPage; CounsellingPage { controller: window.counselling; translator: appTranslator; sync: window.sync } }
    Component { id: outreachPage; OutreachPage { controller: window.outreach; translator: appTranslator; sync: window.sync } }
    Component {
        id: errorPage
        // Qt.exit ends the event loop with restartCode: main() composes again.
        StartErrorPage { errorCode: window.errorCode; canRetry: window.errorTransient; onRetryRequested: Qt.exit(window.restartCode) }
    }
    Component { id: setupPage; SetupPage { controller: window.setup; translator: appTranslator } }

    // Made only when IT opens it: a kiosk starts without it.
    Loader {
        id: setupDrawerLoader
        active: false
        sourceComponent: Drawer {
            id: setupDrawer
            width: window.width
            height: window.height
            edge: Qt.TopEdge
            interactive: false
            Component.onCompleted: open()
            onClosed: {
                if (window.setup)
                    window.setup.lock()
                setupDrawerLoader.active = false
            }
            SetupPage {
                anchors.fill: parent
                controller: window.setup
                translator: appTranslator
                onCloseRequested: setupDrawer.close()
            }
        }
    }
}
