import QtQuick
import QtQuick.Controls

// Watches for inactivity on a shared screen. After `idleSeconds` without a
// touch it asks "are you still there?" and gives `warningSeconds` (at least
// 20) to continue; then it emits expired() and the page clears everything.
// Call touched() on any input (the page's TapHandler / key handler does).
Item {
    id: guard
    property int idleSeconds: 60
    property int warningSeconds: 30
    property bool active: true
    readonly property bool warning: countdown.running
    property int secondsLeft: warningSeconds
    signal expired()

    function touched() {
        countdown.stop()
        if (active)
            idle.restart()
    }

    onActiveChanged: active ? idle.restart() : (idle.stop(), countdown.stop())
    Component.onCompleted: if (active) idle.start()

    Timer {
        id: idle
        interval: guard.idleSeconds * 1000
        onTriggered: {
            guard.secondsLeft = Math.max(20, guard.warningSeconds)
            countdown.start()
        }
    }
    Timer {
        id: countdown
        interval: 1000
        repeat: true
        onTriggered: {
            guard.secondsLeft -= 1
            if (guard.secondsLeft <= 0) {
                stop()
                guard.expired()
            }
        }
    }

    // Made only while warning: nothing of it costs start-up time.
    Loader {
        active: guard.warning
        sourceComponent: Component {
            Popup {
                id: prompt
                objectName: "idlePrompt"
                parent: Overlay.overlay
                visible: true
                modal: true
                closePolicy: Popup.NoAutoClose
                anchors.centerIn: parent
                padding: Theme.margin
                width: parent ? Math.min(parent.width * 0.8, Theme.mm * 160) : Theme.mm * 120
                background: Rectangle { color: Theme.background; border.color: Theme.border; border.width: 3; radius: Theme.mm * 2 }
                contentItem: Column {
                    spacing: Theme.spacing * 2
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: stillThere.text
                    Heading {
                        id: stillThere
                        width: parent.width
                        text: qsTr("Are you still there?")
                    }
                    BodyText {
                        width: parent.width
                        text: qsTr("Everything you entered will be cleared in %n second(s).", "", guard.secondsLeft)
                    }
                    TouchButton {
                        objectName: "idleContinue"
                        width: parent.width
                        primary: true
                        large: true
                        text: qsTr("Continue")
                        onClicked: guard.touched()
                    }
                }
            }
        }
    }
}
