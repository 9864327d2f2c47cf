import QtQuick

Text {
    font.pixelSize: Theme.fontSize
    color: Theme.text
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft  // explicit, so that right-to-left layouts mirror it
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
