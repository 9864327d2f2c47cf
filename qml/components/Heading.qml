import QtQuick

Text {
    font.pixelSize: Theme.headingFontSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft  // explicit, so that right-to-left layouts mirror it
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
