import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Intake

// Welcome House statistics for a reporting year, December to November (as
// the city reports): visits and visitors per service and month as bars
// (plain Rectangles, no Qt Charts), the year's totals, and an export of the
// whole report as CSV and JSON. Aggregates only: nothing here names a person.
// Texts are aligned "left" explicitly: LayoutMirroring turns that into
// right in Arabic, Persian and Dari, also for words that stay in Latin script.
Item {
    id: stats
    objectName: "statisticsPage"

    property StatisticsController statistics
    property Translator translator
    // The folder "Export" writes to. By default the controller's own export
    // folder when it offers one (a StatisticsController.exportFolder
    // property, requested), else empty: then the page says that no folder
    // is set up. Whoever opens the page (or a test) may set it.
    property string exportFolder: statistics && typeof statistics.exportFolder === "string" ? statistics.exportFolder : ""
    // The reporting year shown: December year-1 .. November year.
    property int year: statistics ? statistics.currentYear : new Date().getFullYear()
    readonly property int currentYear: statistics ? statistics.currentYear : year
    property var report: ({})
    property string exportMessage: ""
    property bool exportFailed: false
    signal closeRequested()

    readonly property var services: report && report.ok ? report.services : []
    readonly property var months: report && report.ok ? report.months : []
    readonly property int maximum: report && report.ok ? Math.max(1, report.max) : 1
    readonly property color visitsColour: Theme.accent        // 11:1 on white
    readonly property color visitorsColour: "#b34700"          // 4.9:1 on white; always labelled too

    function reload() {
        if (!statistics || !visible)
            return
        report = statistics.monthly(year, translator ? translator.language : "sv")
    }

    // "2026-03" as the month's short name in the screen's language.
    function monthLabel(key) {
        const month = parseInt(key.substring(5, 7))
        const locale = Qt.locale(translator ? translator.language : "sv")
        return locale.standaloneMonthName(month - 1, Locale.ShortFormat)
    }
    function monthLongLabel(key) {
        const month = parseInt(key.substring(5, 7))
        const locale = Qt.locale(translator ? translator.language : "sv")
        return locale.standaloneMonthName(month - 1, Locale.LongFormat) + " " + key.substring(0, 4)
    }
    function fileName(path) {
        const parts = String(path).split(/[\\/]/)
        return parts[parts.length - 1]
    }

    function exportNow() {
        exportMessage = ""
        exportFailed = false
        if (!statistics)
            return
        if (exportFolder.length === 0) {
            exportFailed = true
            exportMessage = qsTr("No export folder is set up on this tablet. Ask IT for help.")
            return
        }
        const outcome = statistics.exportReport(year, exportFolder)
        if (outcome.ok) {
            exportMessage = qsTr("Saved %1 and %2 in %3.").arg(fileName(outcome.csv)).arg(fileName(outcome.json)).arg(exportFolder)
        } else {
            exportFailed = true
            exportMessage = outcome.error === "vault.not_found"
                    ? qsTr("The export folder %1 does not exist. Nothing was saved.").arg(exportFolder)
                    : qsTr("The export did not work (%1). Nothing was saved.").arg(outcome.error)
        }
    }

    onYearChanged: { exportMessage = ""; reload() }
    onVisibleChanged: reload()
    onStatisticsChanged: reload()
    Component.onCompleted: reload()
    Connections {
        target: stats.translator
        function onLanguageChanged() { stats.reload() }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "statisticsBack"
                text: qsTr("Back to the queues")
                onClicked: stats.closeRequested()
            }
            Heading {
                horizontalAlignment: Text.AlignLeft
                objectName: "statisticsTitle"
                Layout.fillWidth: true
                text: qsTr("Statistics December %1 – November %2").arg(stats.year - 1).arg(stats.year)
                font.pixelSize: Theme.largeFontSize
            }
            TouchButton {
                objectName: "statisticsPreviousYear"
                text: qsTr("Previous year")
                onClicked: stats.year -= 1
            }
            TouchButton {
                objectName: "statisticsNextYear"
                text: qsTr("Next year")
                enabled: stats.year < stats.currentYear
                onClicked: stats.year += 1
            }
            TouchButton {
                objectName: "statisticsExport"
                primary: true
                text: qsTr("Export")
                accessibleName: qsTr("Export the report as CSV and JSON")
                onClicked: stats.exportNow()
            }
        }

        Text {
            horizontalAlignment: Text.AlignLeft
            objectName: "exportResult"
            Layout.fillWidth: true
            visible: stats.exportMessage.length > 0
            text: stats.exportMessage
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: stats.exportFailed ? Theme.danger : Theme.ok
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        // Totals and the legend.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            Text {
                horizontalAlignment: Text.AlignLeft
                objectName: "statisticsTotals"
                Layout.fillWidth: true
                text: stats.report && stats.report.ok
                      ? qsTr("The whole year: %1 visits by %2 visitors.").arg(stats.report.totalVisits).arg(stats.report.totalVisitors)
                      : (stats.report && stats.report.error ? qsTr("The statistics could not be read (%1).").arg(stats.report.error) : "")
                font.pixelSize: Theme.fontSize
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Row {
                spacing: Theme.mm
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Dark blue bars: visits. Orange bars: visitors.")
                Rectangle { width: Theme.mm * 5; height: width; color: stats.visitsColour; anchors.verticalCenter: parent.verticalCenter }
                Text { text: qsTr("Visits"); font.pixelSize: Theme.fontSize; color: Theme.text }
                Item { width: Theme.spacing; height: 1 }
                Rectangle { width: Theme.mm * 5; height: width; color: stats.visitorsColour; anchors.verticalCenter: parent.verticalCenter }
                Text { text: qsTr("Visitors"); font.pixelSize: Theme.fontSize; color: Theme.text }
            }
        }

        Flickable {
            id: chartsFlick
            objectName: "statisticsCharts"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: chartsColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator { active: true }

            Column {
                id: chartsColumn
                width: chartsFlick.width
                spacing: Theme.spacing * 2

                Repeater {
                    model: stats.services
                    delegate: serviceChart
                }
            }
        }
    }

    // One service: its name and totals, then a pair of bars per month.
    Component {
        id: serviceChart
        Column {
            id: chart
            required property var modelData
            readonly property var service: modelData
            objectName: "chart_" + service.id
            width: chartsColumn.width
            spacing: Theme.mm
            readonly property real barAreaHeight: Theme.mm * 28

            Text {
                horizontalAlignment: Text.AlignLeft
                width: parent.width
                text: qsTr("%1: %2 visits, %3 visitors").arg(chart.service.name).arg(chart.service.totalVisits).arg(chart.service.totalVisitors)
                font.pixelSize: Theme.fontSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Rectangle {
                width: parent.width
                height: chart.barAreaHeight + monthRow.labelHeight + Theme.mm * 2
                color: Theme.surface
                radius: Theme.mm

                // The base line.
                Rectangle {
                    x: 0
                    width: parent.width
                    y: Theme.mm + chart.barAreaHeight
                    height: 2
                    color: Theme.border
                }
                Row {
                    id: monthRow
                    readonly property real labelHeight: Theme.fontSize * 1.4
                    x: 0
                    y: Theme.mm
                    width: parent.width
                    Repeater {
                        model: stats.months
                        Item {
                            id: month
                            required property string modelData
                            required property int index
                            readonly property int visits: chart.service.visits[index] || 0
                            readonly property int visitors: chart.service.visitors[index] || 0
                            width: monthRow.width / Math.max(1, stats.months.length)
                            height: chart.barAreaHeight + monthRow.labelHeight
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("%1: %2 visits, %3 visitors").arg(stats.monthLongLabel(modelData)).arg(visits).arg(visitors)

                            Row {
                                id: bars
                                anchors.horizontalCenter: parent.horizontalCenter
                                y: 0
                                height: chart.barAreaHeight
                                spacing: Math.max(1, Math.round(Theme.mm / 2))
                                readonly property real barWidth: Math.max(Theme.mm * 2, Math.min(Theme.mm * 8, (month.width - Theme.mm * 3) / 2))
                                Repeater {
                                    model: [
                                        { what: "visits", value: month.visits, colour: stats.visitsColour },
                                        { what: "visitors", value: month.visitors, colour: stats.visitorsColour }
                                    ]
                                    Item {
                                        required property var modelData
                                        width: bars.barWidth
                                        height: bars.height
                                        Rectangle {
                                            id: bar
                                            objectName: "bar_" + chart.service.id + "_" + month.modelData + "_" + parent.modelData.what
                                            readonly property int value: parent.modelData.value
                                            anchors.bottom: parent.bottom
                                            width: parent.width
                                            height: value > 0 ? Math.max(2, (parent.height - Theme.fontSize) * value / stats.maximum) : 0
                                            color: parent.modelData.colour
                                        }
                                        Text {
                                            horizontalAlignment: Text.AlignLeft
                                            visible: parent.modelData.value > 0 && month.width > Theme.mm * 12
                                            anchors.horizontalCenter: parent.horizontalCenter
                                            y: parent.height - bar.height - height
                                            text: parent.modelData.value
                                            font.pixelSize: Math.round(Theme.fontSize * 0.8)
                                            color: Theme.text
                                            Accessible.ignored: true
                                        }
                                    }
                                }
                            }
                            Text {
                                horizontalAlignment: Text.AlignLeft
                                anchors.horizontalCenter: parent.horizontalCenter
                                y: chart.barAreaHeight + Theme.mm
                                text: stats.monthLabel(month.modelData)
                                font.pixelSize: Theme.fontSize
                                color: Theme.text
                                Accessible.ignored: true
                            }
                        }
                    }
                }
            }
        }
    }

    Text {
        horizontalAlignment: Text.AlignLeft
        anchors.centerIn: parent
        visible: !!(stats.report && stats.report.ok) && stats.report.totalVisits === 0
        text: qsTr("No visits were recorded in this year.")
        font.pixelSize: Theme.fontSize
        color: Theme.mutedText
    }
}
