import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Intake

// Welcome House kiosk check-in: a newly arrived visitor, alone, in under a
// minute. Language → today's services (with pictures) → first visit? →
// first name (optional) → interpreter → the ticket, very large.
//
// Nothing of one visitor may reach the next: every answer lives inside the
// item `flow` loads, and resetting destroys that item and creates a new one
// (after Done, after the ticket has been shown ~20 s, after "Start again"
// and when the IdleGuard expires). No property of the page itself holds
// what a visitor typed or chose, and Back only walks the current visitor's
// own steps, so no way back leads to the previous visitor's data.
Item {
    id: page
    objectName: "kioskPage"

    property KioskController controller
    property Translator translator
    property SyncMonitor sync

    // For tests only: seconds without a touch before the "are you still
    // there?" warning, instead of controller.idleSeconds (0: the
    // controller's). The warning itself always gives at least 20 s.
    property int idleSecondsForTests: 0
    // How long the ticket stays on screen before the kiosk clears itself.
    property int ticketSeconds: 20

    // The step on screen: language, service, firstVisit, name, interpreter, ticket.
    readonly property string step: flow.item ? flow.item.step : ""

    // Clears everything: the visitor's items are destroyed, the screens
    // speak Swedish again and a new, empty visit starts at the language.
    function startAgain() {
        flow.active = false
        flow.sourceComponent = visitComponent
        if (translator)
            translator.language = "sv"
        flow.active = true
        guard.touched()
    }

    // Any touch or typing: the visitor is still here.
    function activity() {
        guard.touched()
    }

    // The ticket replaces the visit: the answers given are destroyed with it.
    function showTicket(result) {
        flow.sourceComponent = ticketComponent
        flow.item.ticket = result.ticket
        flow.item.ahead = result.ahead || 0
        flow.item.aboutMinutes = result.aboutMinutes || 0
        guard.touched()
    }

    // A finding as the visitor reads it, in their language.
    function problemText(problem, limit) {
        switch (problem) {
        case "required": return qsTr("Please fill this in.")
        case "too_long": return qsTr("This is too long. Use at most %1 letters.").arg(limit)
        case "too_short": return qsTr("This is too short.")
        case "invalid_text": return qsTr("Please use only letters, and spaces between names.")
        case "not_allowed": return qsTr("Please choose one of the options.")
        default: return qsTr("Please check this answer.")
        }
    }

    function errorText(code) {
        switch (code) {
        case "vault.full":
        case "vault.io":
            return qsTr("The kiosk could not save your visit. Please ask the staff at the desk.")
        default:
            return qsTr("Something went wrong. Please ask the staff at the desk.")
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Loader {
        id: flow
        objectName: "visitFlow"
        anchors.fill: parent
        sourceComponent: visitComponent
    }

    // Every touch anywhere on the page keeps the visit alive. A PointHandler
    // only watches (passive grab): the controls below still get the touch.
    Item {
        anchors.fill: parent
        z: 100
        PointHandler {
            onActiveChanged: if (active) page.activity()
        }
    }

    IdleGuard {
        id: guard
        objectName: "idleGuard"
        idleSeconds: page.idleSecondsForTests > 0 ? page.idleSecondsForTests
                                                   : (page.controller ? page.controller.idleSeconds : 60)
        warningSeconds: page.controller ? page.controller.warningSeconds : 30
        // Nobody is checking in while the language screen waits.
        active: page.step !== "" && page.step !== "language"
        onExpired: page.startAgain()
    }

    // A step of the visit: Back and "Start again" at the top (mirrored in
    // right-to-left languages), a heading, then the step's own content.
    component StepFrame: Item {
        id: frame
        property string title
        property string subtitle
        property bool showBack: true
        property bool showStartAgain: true
        default property alias content: body.data
        signal backClicked()
        signal startAgainClicked()

        RowLayout {
            id: nav
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
            spacing: Theme.spacing
            visible: frame.showBack || frame.showStartAgain

            TouchButton {
                objectName: "backButton"
                visible: frame.showBack
                text: (frame.LayoutMirroring.enabled ? "→  " : "←  ") + qsTr("Back")
                accessibleName: qsTr("Back")
                onClicked: frame.backClicked()
            }
            Item { Layout.fillWidth: true; implicitHeight: Theme.touchTarget }
            TouchButton {
                objectName: "startAgainButton"
                visible: frame.showStartAgain
                text: qsTr("Start again")
                onClicked: frame.startAgainClicked()
            }
        }

        Column {
            id: titles
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: nav.visible ? nav.bottom : parent.top
            anchors.margins: Theme.margin
            spacing: Theme.spacing
            // Explicitly leading: mirrored with the layout even while a
            // text is not translated yet.
            Heading {
                objectName: "stepTitle"
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: frame.title
            }
            BodyText {
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                visible: text.length > 0
                text: frame.subtitle
                font.pixelSize: Theme.largeFontSize
            }
        }

        Item {
            id: body
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: titles.bottom
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
        }
    }

    // One visitor's check-in. Everything they answer lives here and dies
    // with this item.
    Component {
        id: visitComponent

        Item {
            id: visit
            property string step: "language"
            property var history: []          // this visitor's steps, for Back
            property string language: ""
            property string service: ""
            property int firstVisit: -1       // 1 yes, 0 no, -1 not answered
            property bool firstVisitAsked: false
            property string firstName: ""
            property string interpreter: ""   // "" no interpreter
            property var findings: ({})       // field -> {problem, limit}
            property string failure: ""       // an error code that is not about a field
            readonly property var services: page.controller && language.length > 0
                                            ? page.controller.services(language) : []

            function go(next) {
                history = history.concat([step])
                step = next
                page.activity()
            }
            // Back to an earlier step of this visit (to show a problem
            // there), as if Back had been pressed until it: the way back
            // from it stays the way the visitor came.
            function backTo(earlier) {
                const at = history.lastIndexOf(earlier)
                if (at < 0) {
                    go(earlier)
                    return
                }
                history = history.slice(0, at)
                step = earlier
                page.activity()
            }
            function back() {
                if (history.length === 0)
                    return
                step = history[history.length - 1]
                history = history.slice(0, history.length - 1)
                page.activity()
            }
            function chooseLanguage(code) {
                language = code
                if (page.translator)
                    page.translator.language = code
                go("service")
            }
            function fieldError(field) {
                const finding = findings[field]
                return finding ? page.problemText(finding.problem, finding.limit) : ""
            }
            function checkIn() {
                if (!page.controller)
                    return
                findings = {}
                failure = ""
                const result = page.controller.checkIn(service, language, firstVisit, firstName.trim(), interpreter)
                if (result.ok) {
                    page.showTicket(result)
                    return
                }
                const found = {}
                for (const entry of (result.fields || []))
                    found[entry.field] = {problem: entry.problem, limit: entry.limit || 0}
                findings = found
                if (found.first_name)
                    backTo("name")
                else if (found.service)
                    backTo("service")
                else if (!found.interpreter_language)
                    failure = result.error || "unknown"
            }

            Loader {
                id: stepLoader
                anchors.fill: parent
                sourceComponent: {
                    switch (visit.step) {
                    case "service": return serviceStep
                    case "firstVisit": return firstVisitStep
                    case "name": return nameStep
                    case "interpreter": return interpreterStep
                    default: return languageStep
                    }
                }
            }

            Component {
                id: languageStep
                StepFrame {
                    objectName: "kioskStep_language"
                    showBack: false
                    showStartAgain: false
                    title: qsTr("Welcome! Choose your language")
                    subtitle: qsTr("Touch your language.")
                    LanguagePicker {
                        objectName: "languagePicker"
                        width: parent.width
                        languages: page.controller ? page.controller.languages : []
                        onChosen: code => visit.chooseLanguage(code)
                    }
                }
            }

            Component {
                id: serviceStep
                StepFrame {
                    objectName: "kioskStep_service"
                    title: qsTr("What do you need help with today?")
                    subtitle: visit.findings.service ? qsTr("That service is not open now. Please choose again.")
                                                     : qsTr("Touch a picture.")
                    onBackClicked: visit.back()
                    onStartAgainClicked: page.startAgain()

                    GridLayout {
                        width: parent.width
                        columns: visit.services.length > 4 ? 3 : 2
                        rowSpacing: Theme.spacing
                        columnSpacing: Theme.spacing
                        Repeater {
                            model: visit.services
                            TouchButton {
                                id: serviceButton
                                required property var modelData
                                objectName: "service_" + modelData.id
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                large: true
                                text: modelData.name
                                accessibleName: modelData.name
                                implicitHeight: Math.max(Theme.mm * 34, implicitContentHeight + topPadding + bottomPadding)
                                onClicked: {
                                    visit.service = modelData.id
                                    visit.findings = {}
                                    visit.go("firstVisit")
                                }
                                contentItem: RowLayout {
                                    spacing: Theme.spacing * 2
                                    Image {
                                        Layout.preferredWidth: Theme.mm * 26
                                        Layout.preferredHeight: Theme.mm * 26
                                        Layout.alignment: Qt.AlignVCenter
                                        source: "qrc:/qt/qml/Intake/images/services/" + serviceButton.modelData.picture + ".svg"
                                        sourceSize.width: width
                                        sourceSize.height: height
                                        fillMode: Image.PreserveAspectFit
                                        Accessible.ignored: true
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: serviceButton.text
                                        font: serviceButton.font
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                        verticalAlignment: Text.AlignVCenter
                                        Accessible.ignored: true
                                    }
                                }
                            }
                        }
                    }
                    BodyText {
                        objectName: "noServices"
                        width: parent.width
                        horizontalAlignment: Text.AlignLeft
                        visible: visit.services.length === 0
                        font.pixelSize: Theme.largeFontSize
                        text: qsTr("No service is open today. Please ask the staff at the desk.")
                    }
                }
            }

            Component {
                id: firstVisitStep
                StepFrame {
                    objectName: "kioskStep_firstVisit"
                    title: qsTr("Is this your first visit to Welcome House?")
                    onBackClicked: visit.back()
                    onStartAgainClicked: page.startAgain()

                    ButtonGroup { id: firstVisitGroup }
                    Column {
                        anchors.left: parent.left
                        width: Math.min(parent.width, Theme.mm * 200)
                        spacing: Theme.spacing * 2
                        Repeater {
                            model: [
                                {value: 1, name: "firstVisit_yes", text: qsTr("Yes, this is my first visit")},
                                {value: 0, name: "firstVisit_no", text: qsTr("No, I have been here before")},
                                {value: -1, name: "firstVisit_skip", text: qsTr("I don't want to answer")}
                            ]
                            ChoiceButton {
                                required property var modelData
                                objectName: modelData.name
                                width: parent.width
                                large: true
                                text: modelData.text
                                ButtonGroup.group: firstVisitGroup
                                checked: visit.firstVisitAsked && visit.firstVisit === modelData.value
                                onClicked: {
                                    visit.firstVisit = modelData.value
                                    visit.firstVisitAsked = true
                                    visit.go("name")
                                }
                            }
                        }
                    }
                }
            }

            Component {
                id: nameStep
                StepFrame {
                    objectName: "kioskStep_name"
                    title: qsTr("What is your first name?")
                    subtitle: qsTr("You do not have to write it. We call you by your number.")
                    onBackClicked: visit.back()
                    onStartAgainClicked: page.startAgain()

                    Column {
                        anchors.left: parent.left
                        width: Math.min(parent.width, Theme.mm * 200)
                        spacing: Theme.spacing * 2
                        TouchField {
                            id: nameField
                            objectName: "firstNameField"
                            width: parent.width
                            label: qsTr("First name (if you want)")
                            // Never learnt by the keyboard: the next visitor
                            // must not be offered this name.
                            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
                            maximumLength: 60
                            error: visit.fieldError("first_name")
                            Component.onCompleted: text = visit.firstName
                            onTextChanged: {
                                visit.firstName = text
                                page.activity()
                            }
                        }
                        RowLayout {
                            width: parent.width
                            spacing: Theme.spacing * 2
                            TouchButton {
                                objectName: "skipNameButton"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                large: true
                                text: qsTr("Skip")
                                accessibleName: qsTr("Skip the name")
                                onClicked: {
                                    visit.firstName = ""
                                    visit.go("interpreter")
                                }
                            }
                            TouchButton {
                                objectName: "nameNextButton"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                large: true
                                primary: true
                                text: qsTr("Next")
                                onClicked: visit.go("interpreter")
                            }
                        }
                    }
                }
            }

            Component {
                id: interpreterStep
                StepFrame {
                    objectName: "kioskStep_interpreter"
                    title: qsTr("Do you need an interpreter?")
                    subtitle: visit.fieldError("interpreter_language")
                    onBackClicked: visit.back()
                    onStartAgainClicked: page.startAgain()

                    ButtonGroup { id: interpreterGroup }
                    Column {
                        width: parent.width
                        spacing: Theme.spacing * 2
                        ChoiceButton {
                            objectName: "interpreter_none"
                            anchors.left: parent.left
                        width: Math.min(parent.width, Theme.mm * 200)
                            text: qsTr("No, I do not need an interpreter")
                            ButtonGroup.group: interpreterGroup
                            checked: visit.interpreter === ""
                            onClicked: visit.interpreter = ""
                        }
                        BodyText {
                            width: parent.width
                            horizontalAlignment: Text.AlignLeft
                            text: qsTr("Yes, an interpreter in:")
                        }
                        GridLayout {
                            width: parent.width
                            columns: 5
                            rowSpacing: Theme.spacing
                            columnSpacing: Theme.spacing
                            Repeater {
                                model: page.controller ? page.controller.interpreterLanguages() : []
                                ChoiceButton {
                                    required property var modelData
                                    objectName: "interpreter_" + modelData.code
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    Layout.preferredHeight: Math.max(Theme.touchTarget, Theme.mm * 15)
                                    text: modelData.nativeName
                                    accessibleName: qsTr("Interpreter in %1").arg(modelData.nativeName)
                                    ButtonGroup.group: interpreterGroup
                                    checked: visit.interpreter === modelData.code
                                    onClicked: visit.interpreter = modelData.code
                                }
                            }
                        }
                        BodyText {
                            objectName: "checkInFailure"
                            width: parent.width
                            horizontalAlignment: Text.AlignLeft
                            visible: visit.failure.length > 0
                            color: Theme.danger
                            font.bold: true
                            text: visit.failure.length > 0 ? page.errorText(visit.failure) : ""
                        }
                        TouchButton {
                            objectName: "getTicketButton"
                            anchors.left: parent.left
                        width: Math.min(parent.width, Theme.mm * 200)
                            large: true
                            primary: true
                            text: qsTr("Get my ticket")
                            onClicked: visit.checkIn()
                        }
                    }
                }
            }
        }
    }

    // The visitor's ticket: all they are shown after checking in. It clears
    // itself after `ticketSeconds`.
    Component {
        id: ticketComponent

        Item {
            id: ticketScreen
            objectName: "kioskStep_ticket"
            readonly property string step: "ticket"
            property string ticket
            property int ahead: 0
            property int aboutMinutes: 0

            Timer {
                running: true
                interval: page.ticketSeconds * 1000
                onTriggered: page.startAgain()
            }

            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.mm * 240)
                spacing: Theme.spacing * 2

                Heading {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Your number")
                }
                Text {
                    objectName: "ticketNumber"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: ticketScreen.ticket
                    font.pixelSize: Theme.ticketFontSize
                    font.bold: true
                    color: Theme.accent
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Your number is %1").arg(ticketScreen.ticket)
                }
                BodyText {
                    objectName: "ticketWait"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.largeFontSize
                    font.bold: true
                    text: ticketScreen.aboutMinutes > 0
                          ? qsTr("About %n minute(s)", "", ticketScreen.aboutMinutes)
                          : qsTr("You will be called soon")
                }
                BodyText {
                    objectName: "ticketAhead"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.largeFontSize
                    text: ticketScreen.ahead > 0
                          ? qsTr("%n person(s) before you", "", ticketScreen.ahead)
                          : qsTr("You are next")
                }
                BodyText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Please sit down. Your number will be shown on the screen when it is your turn.")
                }
                TouchButton {
                    objectName: "doneButton"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Theme.mm * 100
                    large: true
                    primary: true
                    text: qsTr("Done")
                    onClicked: page.startAgain()
                }
            }
        }
    }
}
