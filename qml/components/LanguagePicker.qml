import QtQuick
import QtQuick.Layouts

// The first screen a visitor sees: each language's name in its own script
// (no flags), large. `languages` is [{code, nativeName, rightToLeft}].
GridLayout {
    id: picker
    property var languages: []
    signal chosen(string code)
    columns: width > Theme.mm * 200 ? 2 : 1
    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing

    Repeater {
        model: picker.languages
        TouchButton {
            objectName: "language_" + modelData.code
            required property var modelData
            Layout.fillWidth: true
            large: true
            text: modelData.nativeName
            // The name in its own script; the language code tells a screen
            // reader which voice to use.
            accessibleName: modelData.nativeName + " (" + modelData.code + ")"
            LayoutMirroring.enabled: modelData.rightToLeft
            onClicked: picker.chosen(modelData.code)
        }
    }
}
