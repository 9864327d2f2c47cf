import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Intake

// The Welcome House reception tablet (staff). One column per service running
// today with its queue: the visitors called to a desk first, then those
// waiting, in arrival order. Visitors are shown and called by TICKET only:
// the queue model has no role that carries a name, and nothing here asks
// for one. Every action goes through ReceptionController (audited in core).
// Texts are aligned "left" explicitly: LayoutMirroring turns that into
// right in Arabic, Persian and Dari, also for words that stay in Latin script.
Item {
    id: page
    objectName: "receptionPage"

    property ReceptionController controller
    property StatisticsController statistics
    property Translator translator
    property SyncMonitor sync
    // Where "Export" on the statistics page writes its files (see
    // StatisticsPage.exportFolder). Empty: not set up, and the statistics
    // page says so instead of writing anywhere.
    property alias exportFolder: statisticsPage.exportFolder

    // The services running today, [{id, name, letter}]. Names in the screen's
    // language once the controller offers servicesIn(language) (requested);
    // until then controller.services, whose names are Swedish.
    readonly property var services: {
        if (!controller)
            return []
        const language = translator ? translator.language : "sv"
        return typeof controller.servicesIn === "function" ? controller.servicesIn(language) : controller.services
    }

    // What the last action did, for the banner: an error code from the
    // controller, or a confirmation with the ticket it concerned.
    property string errorCode: ""
    property string errorContext: ""   // "callNext" | "visit" | "walkIn"
    property var errorFields: []
    property string notice: ""
    property string noticeTicket: ""
    property bool showingStatistics: false

    // The visit whose actions are open (a row's "Actions"), or null.
    property var selectedVisit: null
    property bool walkInOpen: false
    readonly property bool panelOpen: selectedVisit !== null || walkInOpen

    // Languages a walk-in may speak, and interpreters for them. The
    // reception controller does not (yet) expose config's language list, so
    // this is Gothenburg's seed list: the eight kiosk languages first, then
    // the other civic-orientation languages. Names in their own script.
    readonly property var languages: [
        { code: "sv", nativeName: "Svenska" },
        { code: "en", nativeName: "English" },
        { code: "ar", nativeName: "العربية" },
        { code: "fa", nativeName: "فارسی" },
        { code: "prs", nativeName: "دری" },
        { code: "uk", nativeName: "Українська" },
        { code: "so", nativeName: "Soomaali" },
        { code: "ti", nativeName: "ትግርኛ" },
        { code: "ru", nativeName: "Русский" },
        { code: "tr", nativeName: "Türkçe" },
        { code: "rn", nativeName: "Ikirundi" },
        { code: "ku", nativeName: "Kurdî" },
        { code: "th", nativeName: "ไทย" },
        { code: "sw", nativeName: "Kiswahili" },
        { code: "fr", nativeName: "Français" },
        { code: "ur", nativeName: "اردو" }
    ]

    function languageName(code) {
        for (let i = 0; i < languages.length; ++i) {
            if (languages[i].code === code)
                return languages[i].nativeName
        }
        return code
    }

    function serviceName(id) {
        const list = services
        for (let i = 0; i < list.length; ++i) {
            if (list[i].id === id)
                return list[i].name
        }
        return id
    }

    // The banner's text for an error code (codes are stable; see outcome.h).
    function errorText(code, context) {
        switch (code) {
        case "":
            return ""
        case "vault.document_not_found":
            return context === "callNext" ? qsTr("Nobody is waiting for this service right now.")
                                          : qsTr("This visit is no longer in the queue. The list has been updated.")
        case "vault.invalid_document":
            return qsTr("That cannot be done with this visit now. Another desk may already have marked it. The list has been updated.")
        case "vault.conflict":
            return qsTr("Another desk changed this visit at the same moment. The list has been updated: please try again.")
        case "vault.full":
            return qsTr("The tablet's storage is full. Nothing was lost. Ask IT for help.")
        case "invalid_input":
            return qsTr("Something is missing: choose a service and a language.")
        default:
            return qsTr("That did not work (%1). Try again; if it keeps happening, ask IT for help.").arg(code)
        }
    }

    // Runs one controller action and turns its answer into the banner.
    function act(context, outcome, okText) {
        if (outcome && outcome.ok) {
            errorCode = ""
            errorFields = []
            notice = okText
            noticeTicket = outcome.ticket || ""
            return true
        }
        notice = ""
        noticeTicket = ""
        errorContext = context
        errorFields = outcome && outcome.fields ? outcome.fields : []
        errorCode = outcome && outcome.error ? outcome.error : (controller ? controller.lastError : "unknown")
        if (controller)
            controller.refresh()
        return false
    }

    function callNext(service) {
        if (!controller)
            return
        const outcome = controller.callNext(service)
        act("callNext", outcome, outcome.ok ? qsTr("Call ticket %1 to desk %2").arg(outcome.ticket).arg(controller.desk) : "")
    }
    function recall(visit) {
        const outcome = controller.recall(visit.visitId)
        act("visit", outcome, outcome.ok ? qsTr("Ticket %1 called again to desk %2").arg(outcome.ticket).arg(controller.desk) : "")
        selectedVisit = null
    }
    function markServed(visit) {
        const outcome = controller.markServed(visit.visitId)
        act("visit", outcome, outcome.ok ? qsTr("Ticket %1 has been served").arg(outcome.ticket) : "")
        selectedVisit = null
    }
    function markLeft(visit) {
        const outcome = controller.markLeft(visit.visitId)
        act("visit", outcome, outcome.ok ? qsTr("Ticket %1 left without service").arg(outcome.ticket) : "")
        selectedVisit = null
    }
    function markNoShow(visit) {
        const outcome = controller.markNoShow(visit.visitId)
        act("visit", outcome, outcome.ok ? qsTr("Ticket %1 did not come when called").arg(outcome.ticket) : "")
        selectedVisit = null
    }
    function transfer(visit, toService) {
        const outcome = controller.transfer(visit.visitId, toService)
        act("visit", outcome, outcome.ok ? qsTr("Ticket %1 moved to %2").arg(outcome.ticket).arg(serviceName(toService)) : "")
        selectedVisit = null
    }
    function registerWalkIn(service, language, interpreter) {
        const outcome = controller.registerWalkIn(service, language, interpreter)
        if (act("walkIn", outcome, outcome.ok ? qsTr("New ticket %1 for %2").arg(outcome.ticket).arg(serviceName(service)) : ""))
            walkInOpen = false
    }

    // Queues are read again when sync brought changes, and every 30 s (so
    // waiting times and other desks' calls show without a touch).
    Connections {
        target: page.sync
        ignoreUnknownSignals: true
        function onPulled() {
            if (page.controller)
                page.controller.refresh()
        }
    }
    Connections {
        target: page.controller
        function onLastErrorChanged() {
            if (page.controller.lastError.length > 0 && page.errorCode.length === 0)
                page.errorCode = page.controller.lastError
        }
    }
    Timer {
        objectName: "refreshTimer"
        interval: 30000
        repeat: true
        running: page.controller !== null && page.visible
        onTriggered: page.controller.refresh()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }
    FontMetrics { id: nameMetrics; font.pixelSize: Theme.largeFontSize; font.bold: true }
    FontMetrics { id: countMetrics; font.pixelSize: Theme.fontSize }

    // --- The queues ----------------------------------------------------------
    ColumnLayout {
        id: queuesScreen
        objectName: "queuesScreen"
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        visible: !page.showingStatistics
        enabled: !page.panelOpen

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            Heading {
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Reception")
                Layout.fillWidth: true
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
            }
            TouchButton {
                objectName: "openWalkIn"
                text: qsTr("Register walk-in")
                onClicked: {
                    page.errorCode = ""
                    page.notice = ""
                    page.walkInOpen = true
                }
            }
            TouchButton {
                objectName: "openStatistics"
                text: qsTr("Statistics")
                enabled: page.statistics !== null
                onClicked: page.showingStatistics = true
            }
        }

        // Today's counts.
        Text {
            horizontalAlignment: Text.AlignLeft
            id: todayLine
            objectName: "todayCounts"
            Layout.fillWidth: true
            readonly property var counts: page.controller ? page.controller.todayCounts : ({})
            text: qsTr("Today: %1 visits · %2 waiting · %3 at a desk · %4 served · %5 left · %6 did not come")
                  .arg(counts.visits || 0).arg(counts.waiting || 0).arg(counts.called || 0)
                  .arg(counts.served || 0).arg(counts.left || 0).arg(counts.noShow || 0)
            font.pixelSize: Theme.fontSize
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        // What the last action did: an error in red, or the ticket just called.
        Rectangle {
            id: banner
            objectName: page.errorCode.length > 0 ? "errorBanner" : "noticeBanner"
            Layout.fillWidth: true
            visible: page.errorCode.length > 0 || page.notice.length > 0
            readonly property bool isError: page.errorCode.length > 0
            implicitHeight: bannerRow.implicitHeight + Theme.spacing * 2
            color: isError ? Theme.warningSurface : Theme.surface
            border.color: isError ? Theme.danger : Theme.ok
            border.width: 3
            radius: Theme.mm * 1.5
            Accessible.role: Accessible.AlertMessage
            Accessible.name: bannerText.text

            RowLayout {
                id: bannerRow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing * 2
                Text {
                    horizontalAlignment: Text.AlignLeft
                    objectName: "lastTicket"
                    visible: !banner.isError && page.noticeTicket.length > 0
                    text: page.noticeTicket
                    font.pixelSize: Theme.headingFontSize
                    font.bold: true
                    color: Theme.accent
                    Accessible.ignored: true
                }
                Text {
                    horizontalAlignment: Text.AlignLeft
                    id: bannerText
                    objectName: banner.isError ? "errorText" : "noticeText"
                    Layout.fillWidth: true
                    text: banner.isError ? page.errorText(page.errorCode, page.errorContext) : page.notice
                    font.pixelSize: Theme.fontSize
                    font.bold: banner.isError
                    color: banner.isError ? Theme.danger : Theme.text
                    wrapMode: Text.Wrap
                }
                TouchButton {
                    objectName: "bannerDismiss"
                    text: qsTr("OK")
                    accessibleName: qsTr("Hide this message")
                    onClicked: {
                        page.errorCode = ""
                        page.notice = ""
                        page.noticeTicket = ""
                    }
                }
            }
        }

        Text {
            horizontalAlignment: Text.AlignLeft
            visible: queueColumns.count === 0
            Layout.fillWidth: true
            text: qsTr("No service runs today.")
            font.pixelSize: Theme.fontSize
            color: Theme.text
            wrapMode: Text.Wrap
        }

        ListView {
            id: queueColumns
            objectName: "queueColumns"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Horizontal
            spacing: Theme.spacing
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: page.services
            delegate: queueColumn
        }
    }

    // One service's column: its counts, "Call next" and the visitors.
    Component {
        id: queueColumn
        Rectangle {
            id: column
            required property var modelData
            required property int index
            readonly property string serviceId: modelData.id
            readonly property ReceptionQueueModel queue: page.controller ? page.controller.queue(serviceId) : null
            objectName: "queue_" + serviceId
            width: {
                const view = ListView.view
                const n = Math.max(1, view.count)
                return Math.max(Theme.mm * 95, (view.width - view.spacing * (n - 1)) / n)
            }
            height: ListView.view.height
            color: Theme.background
            border.color: Theme.border
            border.width: 2
            radius: Theme.mm * 2
            Accessible.role: Accessible.Grouping
            Accessible.name: modelData.name

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                // Two lines for the name and two for the counts in every
                // column, so that the "Call next" buttons line up.
                Text {
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.ceil(nameMetrics.lineSpacing * 2) + 2
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignTop
                    text: column.modelData.name + " (" + column.modelData.letter + ")"
                    font.pixelSize: Theme.largeFontSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    horizontalAlignment: Text.AlignLeft
                    objectName: "queueCounts_" + column.serviceId
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.ceil(countMetrics.lineSpacing * 2) + 2
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    readonly property int waiting: column.queue ? column.queue.waitingCount : 0
                    readonly property int called: column.queue ? column.queue.calledCount : 0
                    readonly property int longest: column.queue ? column.queue.longestWaitMinutes : 0
                    text: qsTr("%n waiting", "", waiting)
                          + (called > 0 ? " · " + qsTr("%n at a desk", "", called) : "")
                          + (waiting > 0 ? " · " + qsTr("longest wait %n min", "", longest) : "")
                    font.pixelSize: Theme.fontSize
                    font.bold: longest >= 30
                    color: longest >= 30 ? Theme.warning : Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                TouchButton {
                    objectName: "callNext_" + column.serviceId
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Call next")
                    accessibleName: qsTr("Call next for %1").arg(column.modelData.name)
                    onClicked: page.callNext(column.serviceId)
                }

                ListView {
                    id: rows
                    objectName: "rows_" + column.serviceId
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Math.round(Theme.spacing / 2)
                    boundsBehavior: Flickable.StopAtBounds
                    model: column.queue
                    delegate: visitRow
                    // Not a control (nothing to grab): a sign that there is more.
                    ScrollIndicator.vertical: ScrollIndicator { active: true }

                    Text {
                        anchors.centerIn: parent
                        width: parent.width
                        visible: rows.count === 0
                        text: qsTr("Nobody is waiting.")
                        horizontalAlignment: Text.AlignHCenter
                        font.pixelSize: Theme.fontSize
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    // One visitor in a queue, by ticket. Called visitors get their most
    // frequent actions right on the row; everything else is behind "Actions".
    Component {
        id: visitRow
        Rectangle {
            id: row
            required property var model
            required property int index
            readonly property string ticket: model.ticket
            readonly property string visitId: model.visitId
            readonly property string status: model.status
            readonly property string service: ListView.view ? ListView.view.model.service : ""
            readonly property bool called: status === "called"
            objectName: "visitRow_" + ticket
            width: ListView.view ? ListView.view.width - Theme.spacing : 0
            implicitHeight: rowColumn.implicitHeight + Theme.spacing * 2
            height: implicitHeight
            color: called ? "#dcebdc" : Theme.surface
            border.color: called ? Theme.ok : Theme.border
            border.width: called ? 4 : 1
            radius: Theme.mm

            function visitData() {
                return { visitId: row.visitId, ticket: row.ticket, status: row.status, service: row.service }
            }

            readonly property string details: {
                const parts = []
                if (called)
                    parts.push(model.desk.length > 0 ? qsTr("At desk %1").arg(model.desk) : qsTr("Called"))
                else
                    parts.push(qsTr("Waited %n min", "", model.waitedMinutes))
                if (model.interpreter.length === 0)
                    parts.push(page.languageName(model.language))
                else if (model.interpreter === model.language)
                    parts.push(qsTr("%1 with interpreter").arg(page.languageName(model.language)))
                else
                    parts.push(page.languageName(model.language) + " · "
                               + qsTr("interpreter: %1").arg(page.languageName(model.interpreter)))
                if (model.firstVisit === 1)
                    parts.push(qsTr("First visit"))
                if (model.channel === "desk")
                    parts.push(qsTr("Registered at the desk"))
                return parts.join(" · ")
            }

            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("Ticket %1").arg(ticket) + ". " + details

            Component {
                id: actionsButton
                TouchButton {
                    objectName: "actions_" + row.ticket
                    text: qsTr("Actions")
                    accessibleName: qsTr("Actions for ticket %1").arg(row.ticket)
                    onClicked: {
                        page.errorCode = ""
                        page.selectedVisit = row.visitData()
                    }
                }
            }

            ColumnLayout {
                id: rowColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        horizontalAlignment: Text.AlignLeft
                        objectName: "ticket_" + row.ticket
                        text: row.ticket
                        font.pixelSize: Theme.largeFontSize
                        font.bold: true
                        color: row.called ? Theme.ok : Theme.text
                        Layout.minimumWidth: Theme.mm * 16
                        Accessible.ignored: true
                    }
                    Text {
                        horizontalAlignment: Text.AlignLeft
                        objectName: "details_" + row.ticket
                        Layout.fillWidth: true
                        text: row.details
                        font.pixelSize: Theme.fontSize
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.ignored: true
                    }
                    Loader {
                        // Waiting: "Actions" at the end of the line.
                        active: !row.called
                        visible: active
                        sourceComponent: actionsButton
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    visible: row.called
                    spacing: Theme.spacing
                    TouchButton {
                        objectName: "served_" + row.ticket
                        primary: true
                        text: qsTr("Served")
                        accessibleName: qsTr("Ticket %1 was served").arg(row.ticket)
                        onClicked: page.markServed(row.visitData())
                    }
                    TouchButton {
                        objectName: "recall_" + row.ticket
                        text: qsTr("Call again")
                        accessibleName: qsTr("Call ticket %1 again").arg(row.ticket)
                        onClicked: page.recall(row.visitData())
                    }
                    // Called: "Did not come" and the rest are behind "Actions".
                    Loader {
                        active: row.called
                        sourceComponent: actionsButton
                    }
                }
            }
        }
    }

    // --- Panels over the queues ----------------------------------------------
    // Dims the queues while a panel is open; the queues are disabled then, so
    // nothing under it reacts.
    Rectangle {
        anchors.fill: parent
        visible: page.panelOpen && !page.showingStatistics
        color: "#99000000"
    }

    // A visitor's actions: served / call again / did not come (when called),
    // left, and moving the visitor to another service's queue.
    Rectangle {
        id: visitPanel
        objectName: "visitPanel"
        visible: page.selectedVisit !== null && !page.showingStatistics
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, Theme.mm * 190)
        height: Math.min(parent.height - Theme.margin * 2, visitPanelColumn.implicitHeight + Theme.margin * 2)
        color: Theme.background
        border.color: Theme.border
        border.width: 3
        radius: Theme.mm * 2
        Accessible.role: Accessible.Dialog
        Accessible.name: visitPanelTitle.text

        readonly property var visit: page.selectedVisit || ({})
        readonly property bool called: visit.status === "called"

        Flickable {
            anchors.fill: parent
            anchors.margins: Theme.margin
            contentHeight: visitPanelColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: visitPanelColumn
                width: parent.width
                spacing: Theme.spacing

                Heading {
                    horizontalAlignment: Text.AlignLeft
                    id: visitPanelTitle
                    Layout.fillWidth: true
                    text: qsTr("Ticket %1").arg(visitPanel.visit.ticket || "")
                }
                BodyText {
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    text: visitPanel.called ? qsTr("Called to a desk, in %1.").arg(page.serviceName(visitPanel.visit.service))
                                            : qsTr("Waiting for %1.").arg(page.serviceName(visitPanel.visit.service))
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TouchButton {
                        objectName: "visitServed"
                        visible: visitPanel.called
                        primary: true
                        text: qsTr("Served")
                        onClicked: page.markServed(visitPanel.visit)
                    }
                    TouchButton {
                        objectName: "visitRecall"
                        visible: visitPanel.called
                        text: qsTr("Call again")
                        onClicked: page.recall(visitPanel.visit)
                    }
                    TouchButton {
                        objectName: "visitNoShow"
                        visible: visitPanel.called
                        text: qsTr("Did not come")
                        onClicked: page.markNoShow(visitPanel.visit)
                    }
                    TouchButton {
                        objectName: "visitLeft"
                        text: qsTr("Left without service")
                        onClicked: page.markLeft(visitPanel.visit)
                    }
                }
                BodyText {
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    text: qsTr("Move to another service (keeps the ticket and the place in the queue):")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: page.services
                        TouchButton {
                            required property var modelData
                            objectName: "transferTo_" + modelData.id
                            visible: modelData.id !== visitPanel.visit.service
                            text: modelData.name
                            accessibleName: qsTr("Move ticket %1 to %2").arg(visitPanel.visit.ticket || "").arg(modelData.name)
                            onClicked: page.transfer(visitPanel.visit, modelData.id)
                        }
                    }
                }
                TouchButton {
                    objectName: "visitPanelClose"
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("Close")
                    onClicked: page.selectedVisit = null
                }
            }
        }
    }

    // A walk-in registered at the desk: service, language, interpreter.
    Rectangle {
        id: walkInPanel
        objectName: "walkInPanel"
        visible: page.walkInOpen && !page.showingStatistics
        anchors.fill: parent
        anchors.margins: Theme.margin
        color: Theme.background
        border.color: Theme.border
        border.width: 3
        radius: Theme.mm * 2
        Accessible.role: Accessible.Dialog
        Accessible.name: walkInTitle.text

        property string service: ""
        property string language: ""
        property string interpreter: ""
        // One height for every choice, whatever the script's line height.
        readonly property real choiceHeight: Math.max(Theme.touchTarget, Math.ceil(Theme.fontSize * 1.4) + 2 * Math.round(Theme.spacing))
        onVisibleChanged: {
            // Every walk-in starts blank.
            service = ""
            language = ""
            interpreter = ""
        }

        Flickable {
            id: walkInFlick
            anchors.fill: parent
            anchors.margins: Theme.margin
            contentHeight: walkInColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: walkInColumn
                width: walkInFlick.width
                spacing: Theme.spacing

                Heading {
                    horizontalAlignment: Text.AlignLeft
                    id: walkInTitle
                    Layout.fillWidth: true
                    text: qsTr("Register a walk-in")
                }
                BodyText {
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    font.bold: true
                    text: qsTr("Service")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    // Exclusive: tapping the chosen one again keeps it chosen.
                    ButtonGroup { id: walkInServiceGroup }
                    Repeater {
                        model: page.services
                        ChoiceButton {
                            required property var modelData
                            ButtonGroup.group: walkInServiceGroup
                            objectName: "walkInService_" + modelData.id
                            height: walkInPanel.choiceHeight
                            text: modelData.name
                            checked: walkInPanel.service === modelData.id
                            onClicked: walkInPanel.service = modelData.id
                        }
                    }
                }
                BodyText {
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    font.bold: true
                    text: qsTr("Language the visitor speaks")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Math.round(Theme.spacing / 2)
                    ButtonGroup { id: walkInLanguageGroup }
                    Repeater {
                        model: page.languages
                        ChoiceButton {
                            required property var modelData
                            ButtonGroup.group: walkInLanguageGroup
                            objectName: "walkInLanguage_" + modelData.code
                            height: walkInPanel.choiceHeight
                            text: modelData.nativeName
                            accessibleName: modelData.nativeName + " (" + modelData.code + ")"
                            checked: walkInPanel.language === modelData.code
                            onClicked: walkInPanel.language = modelData.code
                        }
                    }
                }
                BodyText {
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    font.bold: true
                    text: qsTr("Interpreter")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Math.round(Theme.spacing / 2)
                    ButtonGroup { id: walkInInterpreterGroup }
                    ChoiceButton {
                        objectName: "walkInInterpreter_none"
                        height: walkInPanel.choiceHeight
                        ButtonGroup.group: walkInInterpreterGroup
                        text: qsTr("No interpreter")
                        checked: walkInPanel.interpreter === ""
                        onClicked: walkInPanel.interpreter = ""
                    }
                    Repeater {
                        model: page.languages
                        ChoiceButton {
                            required property var modelData
                            ButtonGroup.group: walkInInterpreterGroup
                            objectName: "walkInInterpreter_" + modelData.code
                            height: walkInPanel.choiceHeight
                            visible: modelData.code !== "sv"
                            text: modelData.nativeName
                            accessibleName: qsTr("Interpreter: %1").arg(modelData.nativeName + " (" + modelData.code + ")")
                            checked: walkInPanel.interpreter === modelData.code
                            onClicked: walkInPanel.interpreter = modelData.code
                        }
                    }
                }
                Text {
                    horizontalAlignment: Text.AlignLeft
                    objectName: "walkInError"
                    Layout.fillWidth: true
                    visible: page.errorCode.length > 0 && page.errorContext === "walkIn"
                    text: page.errorText(page.errorCode, "walkIn")
                    font.pixelSize: Theme.fontSize
                    font.bold: true
                    color: Theme.danger
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Item { Layout.fillWidth: true }
                    TouchButton {
                        objectName: "walkInCancel"
                        text: qsTr("Cancel")
                        onClicked: {
                            page.walkInOpen = false
                            page.errorCode = ""
                        }
                    }
                    TouchButton {
                        objectName: "walkInRegister"
                        primary: true
                        text: qsTr("Give a ticket")
                        onClicked: {
                            if (walkInPanel.service === "" || walkInPanel.language === "") {
                                page.errorContext = "walkIn"
                                page.errorCode = "invalid_input"
                                return
                            }
                            page.registerWalkIn(walkInPanel.service, walkInPanel.language, walkInPanel.interpreter)
                        }
                    }
                }
            }
        }
    }

    // --- Statistics -----------------------------------------------------------
    StatisticsPage {
        id: statisticsPage
        anchors.fill: parent
        visible: page.showingStatistics
        statistics: page.statistics
        translator: page.translator
        onCloseRequested: page.showingStatistics = false
    }
}
