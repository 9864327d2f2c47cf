pragma Singleton
import QtQuick

// Sizes in millimetres of the real screen, and the high-contrast palette.
QtObject {
    // Pixels per millimetre of the primary screen (96 dpi when it says nothing).
    readonly property real mm: {
        const screens = Qt.application.screens
        const density = screens.length > 0 ? screens[0].pixelDensity : 0
        return density > 0 ? density : 96 / 25.4
    }
    // Touch targets: at least 10 mm; 12 mm leaves a margin for fingers.
    readonly property real touchTarget: Math.ceil(12 * mm)
    readonly property real largeTarget: Math.ceil(22 * mm)
    readonly property real spacing: Math.ceil(3 * mm)
    readonly property real margin: Math.ceil(5 * mm)

    readonly property int fontSize: Math.max(20, Math.round(5 * mm))
    readonly property int largeFontSize: Math.round(fontSize * 1.5)
    readonly property int headingFontSize: Math.round(fontSize * 1.9)
    readonly property int ticketFontSize: Math.round(fontSize * 8)

    // Contrast of text on background is above 7:1 (WCAG AAA) for every pair.
    readonly property color background: "#ffffff"
    readonly property color text: "#101010"
    readonly property color mutedText: "#3a3a3a"
    readonly property color accent: "#003b7a"         // Gothenburg blue; white text on it: 11:1
    readonly property color accentText: "#ffffff"
    readonly property color surface: "#eef2f7"
    readonly property color border: "#1f1f1f"
    readonly property color warning: "#7a2e00"
    readonly property color warningSurface: "#fff1e0"
    readonly property color ok: "#0b5d1e"
    readonly property color danger: "#8a0010"
}
