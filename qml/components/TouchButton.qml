import QtQuick
import QtQuick.Controls

// A button at least Theme.touchTarget in both directions, with an accessible
// name (its text unless given) and high-contrast colours.
Button {
    id: control
    property string accessibleName: text
    property bool primary: false
    property bool large: false

    Accessible.role: Accessible.Button
    Accessible.name: accessibleName
    Accessible.onPressAction: control.clicked()

    font.pixelSize: large ? Theme.largeFontSize : Theme.fontSize
    padding: Math.round(Theme.spacing)
    implicitHeight: Math.max(large ? Theme.largeTarget : Theme.touchTarget,
                             implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(large ? Theme.largeTarget : Theme.touchTarget,
                            implicitContentWidth + leftPadding + rightPadding)

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary ? Theme.accentText : (control.enabled ? Theme.text : Theme.mutedText)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.mm * 1.5
        color: control.primary ? (control.down ? Qt.darker(Theme.accent, 1.3) : Theme.accent)
                               : (control.down ? "#d0d8e4" : (control.checked ? "#cfe0f5" : Theme.surface))
        border.color: control.visualFocus ? Theme.accent : Theme.border
        border.width: control.visualFocus || control.checked ? 4 : 2
    }
}
