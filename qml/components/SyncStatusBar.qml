import QtQuick
import QtQuick.Layouts
import Intake

// Every role's sync state: online or not, records waiting, the last sync
// and what needs a person. Reads SyncMonitor; never waits on the network.
Rectangle {
    id: bar
    property SyncMonitor monitor
    // Kiosks show a quiet version: no counts a visitor could read anything into.
    property bool compact: false

    implicitHeight: Theme.touchTarget
    color: !monitor || !monitor.enabled ? Theme.surface
           : monitor.online ? Theme.surface : Theme.warningSurface

    readonly property string stateText: {
        if (!monitor || !monitor.enabled)
            return qsTr("Sync is not set up")
        if (monitor.syncing)
            return qsTr("Syncing…")
        return monitor.online ? qsTr("Online") : qsTr("Offline: everything is saved on this device")
    }
    // The central service's clock says this device's is wrong: its records
    // get the wrong time and day (a kiosk's visitors would miss the day's queue).
    property int clockOffsetMinutes: monitor ? monitor.clockOffsetMinutes : 0
    readonly property string clockText: {
        const off = Math.abs(clockOffsetMinutes)
        if (off === 0)
            return ""
        if (off < 120)
            return qsTr("The device clock is wrong by %n minute(s). Ask IT to set it.", "", off)
        if (off < 48 * 60)
            return qsTr("The device clock is wrong by %n hour(s). Ask IT to set it.", "", Math.round(off / 60))
        return qsTr("The device clock is wrong by %n day(s). Ask IT to set it.", "", Math.round(off / 1440))
    }
    readonly property string lastText: {
        if (!monitor || !monitor.lastSync || isNaN(monitor.lastSync.getTime()))
            return qsTr("Never synced")
        return qsTr("Last sync %1").arg(Qt.formatTime(monitor.lastSync, "HH:mm"))
    }

    Accessible.role: Accessible.StatusBar
    Accessible.name: (compact ? [stateText]
                              : [stateText, qsTr("%n record(s) waiting", "", monitor ? monitor.pending : 0),
                                 lastText, qsTr("%n need(s) attention", "", monitor ? monitor.attention : 0)])
                     .concat(clockText === "" ? [] : [clockText]).join(". ")

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing * 2

        Rectangle {
            width: Theme.mm * 4; height: width; radius: width / 2
            color: monitor && monitor.enabled && monitor.online ? Theme.ok : Theme.warning
            Accessible.ignored: true
        }
        Text {
            objectName: "syncState"
            text: bar.stateText
            font.pixelSize: Theme.fontSize
            color: Theme.text
            Layout.fillWidth: bar.compact
            elide: Text.ElideRight
        }
        Text {
            objectName: "syncPending"
            visible: !bar.compact
            text: qsTr("%n record(s) waiting", "", monitor ? monitor.pending : 0)
            font.pixelSize: Theme.fontSize
            color: Theme.text
        }
        Text {
            objectName: "syncLast"
            visible: !bar.compact
            text: bar.lastText
            font.pixelSize: Theme.fontSize
            color: Theme.text
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Text {
            // Shown on kiosks too: staff walking past can have it fixed.
            objectName: "syncClock"
            visible: bar.clockText !== ""
            text: bar.clockText
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: Theme.danger
            Layout.fillWidth: bar.compact
            elide: Text.ElideRight
        }
        Text {
            objectName: "syncAttention"
            visible: !bar.compact && monitor !== null && monitor.attention > 0
            text: qsTr("%n need(s) attention", "", monitor ? monitor.attention : 0)
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: Theme.danger
        }
    }
}
