import QtQuick
import QtQuick.Controls

// A text field with a visible label above it (also its accessible name),
// and an error line below when `error` is set. A plain Column inside an
// Item: its height follows the wrapped label, so fields never overlap.
Item {
    id: field
    property alias text: input.text
    property alias label: caption.text
    property alias placeholderText: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias echoMode: input.echoMode
    property alias maximumLength: input.maximumLength
    property alias input: input
    property string error: ""
    implicitWidth: Theme.mm * 100
    implicitHeight: column.implicitHeight

    Column {
        id: column
        width: parent.width
        spacing: Math.round(Theme.mm)

        Text {
            id: caption
            width: parent.width
            font.pixelSize: Theme.fontSize
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft  // explicit, so that right-to-left layouts mirror it
        }
        TextField {
            id: input
            objectName: field.objectName.length > 0 ? field.objectName + "Input" : ""
            width: parent.width
            height: Theme.touchTarget
            font.pixelSize: Theme.fontSize
            color: Theme.text
            Accessible.role: Accessible.EditableText
            Accessible.name: caption.text
            Accessible.description: field.error
            // Qt then blanks the field's texts towards assistive technology.
            Accessible.passwordEdit: input.echoMode !== TextInput.Normal
            background: Rectangle {
                color: Theme.background
                border.color: field.error.length > 0 ? Theme.danger : (input.activeFocus ? Theme.accent : Theme.border)
                border.width: input.activeFocus || field.error.length > 0 ? 4 : 2
                radius: Theme.mm
            }
        }
        Text {
            width: parent.width
            visible: field.error.length > 0
            text: field.error
            font.pixelSize: Theme.fontSize
            color: Theme.danger
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
    }
}
