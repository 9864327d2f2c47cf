import QtQuick
import QtQuick.Controls
import Intake

// What a device shows when it cannot start (main() composed no role): the
// reason in the user's language and, when the cause may pass (a locked key
// store, the vault held by another program), a way to try again.
Item {
    id: page
    property string errorCode: ""
    property bool canRetry: false
    signal retryRequested()

    Column {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2
        Heading { width: parent.width; text: qsTr("This device cannot start") }
        BodyText { objectName: "errorMessage"; width: parent.width; text: Messages.forError(page.errorCode) }
        TouchButton {
            objectName: "retryStart"
            visible: page.canRetry
            primary: true
            large: true
            text: qsTr("Try again")
            onClicked: page.retryRequested()
        }
    }
}
