import QtQuick
import QtQuick.Controls

// One answer among several (checkable, exclusive when in a ButtonGroup),
// large, with its accessible name and checked state.
TouchButton {
    checkable: true
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: checked
}
