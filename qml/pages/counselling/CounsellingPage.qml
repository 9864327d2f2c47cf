import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Intake

// Family-counselling self-registration on a shared device, step by step in
// plain language: language → how we reach you → the adults (or the time
// you will call) → priority questions → interpreter → preferred provider →
// single session → an open time → consent → a summary → send → the
// reference code, large. Then everything is cleared.
//
// Everything the applicant answers lives inside the item `flow` loads; a
// reset destroys it and creates a new one, so nothing of one applicant
// reaches the next, and Back only walks the current applicant's own steps.
// The data goes only through CounsellingController, which writes only the
// family-counselling vault (sealed).
Item {
    id: page
    objectName: "counsellingPage"

    property CounsellingController controller
    property Translator translator
    property SyncMonitor sync

    // For tests only: seconds without a touch before the "are you still
    // there?" warning, instead of controller.idleSeconds (0: the
    // controller's). The warning itself always gives at least 20 s.
    property int idleSecondsForTests: 0
    // The device clock's "now" when it is not the wall clock (tests run on
    // a fixed date); null: the wall clock. Only the days offered to
    // someone who will call us depend on it.
    property var clockNow: null

    // The step on screen: language, contact, adults, willCall, priority,
    // interpreter, provider, single, slot, consent, summary, reference.
    readonly property string step: flow.item ? flow.item.step : ""

    function startAgain() {
        flow.active = false
        flow.sourceComponent = formComponent
        if (translator)
            translator.language = "sv"
        flow.active = true
        guard.touched()
    }

    function activity() {
        guard.touched()
    }

    // After sending, only the reference code stays on screen: the form and
    // every field are destroyed here.
    function showReference(result) {
        flow.sourceComponent = referenceComponent
        flow.item.reference = result.reference
        flow.item.slotMissed = result.slotRequested === false
        guard.touched()
    }

    function problemText(problem, limit) {
        switch (problem) {
        case "required": return qsTr("Please fill this in.")
        case "too_long": return qsTr("This is too long. Use at most %1 letters.").arg(limit)
        case "too_short": return qsTr("This is too short.")
        case "invalid_text": return qsTr("Please check what you wrote.")
        case "invalid_phone": return qsTr("We cannot call this number. Write it like 070-123 45 67 or +46 70 123 45 67.")
        case "invalid_date":
        case "implausible_date": return qsTr("Please choose another time.")
        case "not_allowed": return qsTr("Please choose one of the options.")
        case "inconsistent": return qsTr("Please check this answer.")
        default: return qsTr("Please check this answer.")
        }
    }

    function errorText(code) {
        switch (code) {
        case "seal.no_key":
            return qsTr("This device is not ready to take applications. Please call family counselling instead.")
        case "vault.full":
        case "vault.io":
            return qsTr("Your application could not be saved. Please call family counselling instead.")
        default:
            return qsTr("Something went wrong. Please try again, or call family counselling.")
        }
    }

    // Qt's locale for a language code, for dates and times.
    function locale(code) {
        const names = {sv: "sv_SE", en: "en_GB", ar: "ar", fa: "fa_IR", prs: "fa_AF", uk: "uk_UA", so: "so_SO", ti: "ti_ER"}
        return Qt.locale(names[code] || "sv_SE")
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Loader {
        id: flow
        objectName: "applicationFlow"
        anchors.fill: parent
        sourceComponent: formComponent
    }

    // Every touch keeps the form alive; the PointHandler only watches.
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
                                                   : (page.controller ? page.controller.idleSeconds : 120)
        warningSeconds: page.controller ? page.controller.warningSeconds : 30
        active: page.step !== "" && page.step !== "language"
        onExpired: page.startAgain()
    }

    // A step: Back and "Start again" at the top, a heading and a plain
    // explanation, the content (scrolls when long), and Next at the bottom.
    component StepFrame: Item {
        id: frame
        property string title
        property string subtitle
        property bool showBack: true
        property bool showStartAgain: true
        property bool showNext: true
        property bool nextEnabled: true
        property string nextText: qsTr("Next")
        default property alias content: body.data
        signal backClicked()
        signal startAgainClicked()
        signal nextClicked()

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
                accessibleName: qsTr("Start again and clear everything")
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
            Heading {
                horizontalAlignment: Text.AlignLeft
                objectName: "stepTitle"
                width: parent.width
                text: frame.title
            }
            BodyText {
                horizontalAlignment: Text.AlignLeft
                width: parent.width
                visible: text.length > 0
                text: frame.subtitle
            }
        }

        Flickable {
            id: scroller
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: titles.bottom
            anchors.bottom: footer.visible ? footer.top : parent.bottom
            anchors.margins: Theme.margin
            clip: true
            contentWidth: width
            contentHeight: body.childrenRect.height
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            Item {
                id: body
                width: scroller.width
                height: childrenRect.height
            }
        }

        RowLayout {
            id: footer
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            visible: frame.showNext
            Item { Layout.fillWidth: true; implicitHeight: Theme.touchTarget }
            TouchButton {
                objectName: "nextButton"
                Layout.preferredWidth: Math.max(implicitWidth, Theme.mm * 70)
                large: true
                primary: true
                enabled: frame.nextEnabled
                text: frame.nextText
                onClicked: frame.nextClicked()
            }
        }
    }

    // A yes/no question: two large answers side by side.
    component YesNo: Column {
        id: question
        property string name          // objectName prefix: <name>_yes, <name>_no
        property alias text: label.text
        property int value: -1        // 1 yes, 0 no, -1 not answered
        property string yesText: qsTr("Yes")
        property string noText: qsTr("No")
        signal answered(int value)
        spacing: Theme.spacing

        BodyText {
            horizontalAlignment: Text.AlignLeft
            id: label
            width: parent.width
            font.pixelSize: Theme.largeFontSize
        }
        Row {
            anchors.left: parent.left  // the leading edge: mirrored in right-to-left languages
            spacing: Theme.spacing * 2
            ButtonGroup { id: answers }
            ChoiceButton {
                objectName: question.name + "_yes"
                width: Theme.mm * 60
                large: true
                text: question.yesText
                accessibleName: label.text + " " + question.yesText
                ButtonGroup.group: answers
                checked: question.value === 1
                onClicked: question.answered(1)
            }
            ChoiceButton {
                objectName: question.name + "_no"
                width: Theme.mm * 60
                large: true
                text: question.noText
                accessibleName: label.text + " " + question.noText
                ButtonGroup.group: answers
                checked: question.value === 0
                onClicked: question.answered(0)
            }
        }
    }

    // A field's error line, in the applicant's language.
    component ErrorLine: Text {
        horizontalAlignment: Text.AlignLeft
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: Theme.danger
        wrapMode: Text.Wrap
        visible: text.length > 0
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    // One applicant's form. Everything they answer lives here.
    Component {
        id: formComponent

        Item {
            id: form
            property string step: "language"
            property var history: []
            property string language: ""
            property string contact: ""           // phone | email | will_call
            property string firstName1: ""
            property string lastName1: ""
            property string phone1: ""
            property string email1: ""
            property bool secondAdult: false
            property string firstName2: ""
            property string lastName2: ""
            property string phone2: ""
            property string email2: ""
            property int callDay: -1              // index into callDays
            property int callTime: -1             // index into callTimes
            property int smallChildren: -1        // 1 yes, 0 no, -1 not answered
            property int acuteCrisis: -1
            property int interpreterNeeded: -1
            property string interpreterLanguage: ""
            property string provider: ""          // "" no preference
            property int singleSession: -1
            property string slotId: ""            // "" none of the times
            property bool consent: false
            property var findings: ({})           // field -> {problem, limit}
            property string failure: ""           // an error code not about a field

            readonly property var providers: page.controller && language.length > 0
                                             ? page.controller.providers(language) : []
            readonly property var openSlots: page.controller && language.length > 0
                                             ? page.controller.openSlots(language) : []
            // When someone who will call us may call: the next five working
            // days, at four times.
            readonly property var callDays: {
                const days = []
                const day = page.clockNow ? new Date(page.clockNow) : new Date()
                day.setHours(12, 0, 0, 0)
                while (days.length < 5) {
                    day.setDate(day.getDate() + 1)
                    if (day.getDay() !== 0 && day.getDay() !== 6)
                        days.push(new Date(day))
                }
                return days
            }
            readonly property var callTimes: ["09:00", "11:00", "13:00", "15:00"]

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
                go("contact")
            }

            function willCallAt() {
                if (contact !== "will_call" || callDay < 0 || callTime < 0)
                    return ""
                const at = new Date(callDays[callDay])
                const parts = callTimes[callTime].split(":")
                at.setHours(Number(parts[0]), Number(parts[1]), 0, 0)
                return at.toISOString().replace(/\.\d{3}Z$/, "Z")
            }
            function willCallText() {
                if (callDay < 0 || callTime < 0)
                    return ""
                return callDays[callDay].toLocaleDateString(page.locale(language), "dddd d MMMM")
                       + ", " + callTimes[callTime]
            }
            function slotText(slot) {
                const starts = new Date(slot.startsAt)
                const ends = new Date(slot.endsAt)
                const where = page.locale(language)
                return starts.toLocaleDateString(where, "dddd d MMMM") + ", "
                       + starts.toLocaleTimeString(where, "HH:mm") + "–" + ends.toLocaleTimeString(where, "HH:mm")
            }
            function slotKind(kind) {
                return kind === "single_session" ? qsTr("Single session") : qsTr("A time that has become free")
            }
            function chosenSlot() {
                for (const slot of openSlots) {
                    if (slot.id === slotId)
                        return slot
                }
                return null
            }
            function providerName(id) {
                for (const entry of providers) {
                    if (entry.id === id)
                        return entry.name
                }
                return id
            }
            function languageName(code) {
                const all = page.controller ? page.controller.languages : []
                for (const entry of all) {
                    if (entry.code === code)
                        return entry.nativeName
                }
                return code
            }
            function contactText() {
                switch (contact) {
                case "phone": return qsTr("Call me on my phone")
                case "email": return qsTr("Write to me by e-mail")
                case "will_call": return qsTr("I will call you myself")
                default: return ""
                }
            }

            // The form as CounsellingController reads it.
            function collect() {
                const adults = []
                if (contact !== "will_call") {
                    adults.push({name: firstName1, lastName: lastName1,
                                 phone: contact === "phone" ? phone1 : "",
                                 email: contact === "email" ? email1 : ""})
                    if (secondAdult) {
                        adults.push({name: firstName2, lastName: lastName2,
                                     phone: contact === "phone" ? phone2 : "",
                                     email: contact === "email" ? email2 : ""})
                    }
                }
                return {
                    adults: adults,
                    contact: contact,
                    willCallAt: willCallAt(),
                    smallChildren: smallChildren === 1,
                    acuteCrisis: acuteCrisis === 1,
                    language: language,
                    interpreterNeeded: interpreterNeeded === 1,
                    interpreterLanguage: interpreterNeeded === 1 ? interpreterLanguage : "",
                    provider: provider,
                    singleSession: singleSession === 1,
                    slotId: slotId,
                    consent: consent
                }
            }

            // Which step asks for a field the checks name.
            function stepOf(field) {
                if (field.startsWith("adults"))
                    return "adults"
                switch (field) {
                case "will_call_at": return "willCall"
                case "contact": return "contact"
                case "interpreter_language":
                case "interpreter_needed": return "interpreter"
                case "preferred_provider": return "provider"
                case "consent": return "consent"
                case "slot_id": return "slot"
                case "language": return "language"
                default: return "summary"
                }
            }
            function fieldError(field) {
                const finding = findings[field]
                return finding ? page.problemText(finding.problem, finding.limit) : ""
            }
            function stepErrors(name) {
                const texts = []
                for (const field in findings) {
                    if (stepOf(field) === name && !field.startsWith("adults"))
                        texts.push(fieldError(field))
                }
                return texts.join(" ")
            }
            function read(result) {
                const found = {}
                for (const entry of (result.fields || []))
                    found[entry.field] = {problem: entry.problem, limit: entry.limit || 0}
                return found
            }
            // Runs the checks and keeps the findings of the steps given
            // (all when none): true when those steps are fine.
            function checkSteps(names) {
                if (!page.controller)
                    return false
                const result = page.controller.check(collect())
                const found = result.ok ? {} : read(result)
                const kept = {}
                for (const field in found) {
                    if (!names || names.indexOf(stepOf(field)) >= 0)
                        kept[field] = found[field]
                }
                findings = kept
                return Object.keys(kept).length === 0
            }
            // Before the summary: everything must pass; otherwise back to
            // the first step with a problem, which shows it.
            function review() {
                if (checkSteps(null)) {
                    go("summary")
                    return
                }
                const order = ["language", "contact", "adults", "willCall", "interpreter", "provider", "slot", "consent"]
                for (const name of order) {
                    for (const field in findings) {
                        if (stepOf(field) === name) {
                            backTo(name)
                            return
                        }
                    }
                }
            }
            function send() {
                if (!page.controller || !consent)
                    return
                failure = ""
                const result = page.controller.submit(collect())
                if (result.ok) {
                    page.showReference(result)
                    return
                }
                findings = read(result)
                if (Object.keys(findings).length === 0)
                    failure = result.error || "unknown"
                else
                    review()
            }

            Loader {
                id: stepLoader
                anchors.fill: parent
                sourceComponent: {
                    switch (form.step) {
                    case "contact": return contactStep
                    case "adults": return adultsStep
                    case "willCall": return willCallStep
                    case "priority": return priorityStep
                    case "interpreter": return interpreterStep
                    case "provider": return providerStep
                    case "single": return singleStep
                    case "slot": return slotStep
                    case "consent": return consentStep
                    case "summary": return summaryStep
                    default: return languageStep
                    }
                }
            }

            Component {
                id: languageStep
                StepFrame {
                    objectName: "counsellingStep_language"
                    showBack: false
                    showStartAgain: false
                    showNext: false
                    title: qsTr("Family counselling: apply here")
                    subtitle: qsTr("Choose your language.")
                    LanguagePicker {
                        objectName: "languagePicker"
                        width: parent.width
                        languages: page.controller ? page.controller.languages : []
                        onChosen: code => form.chooseLanguage(code)
                    }
                }
            }

            Component {
                id: contactStep
                StepFrame {
                    objectName: "counsellingStep_contact"
                    title: qsTr("How can we reach you?")
                    subtitle: qsTr("We contact you to give you a time. You can also call us yourself.")
                    showNext: false
                    onBackClicked: form.back()
                    onStartAgainClicked: page.startAgain()

                    ButtonGroup { id: contactGroup }
                    Column {
                        anchors.left: parent.left
                        width: Math.min(parent.width, Theme.mm * 200)
                        spacing: Theme.spacing * 2
                        Repeater {
                            model: [
                                {value: "phone", text: qsTr("Call me on my phone")},
                                {value: "email", text: qsTr("Write to me by e-mail")},
                                {value: "will_call", text: qsTr("I will call you myself")}
                            ]
                            ChoiceButton {
                                required property var modelData
                                objectName: "contact_" + modelData.value
                                width: parent.width
                                large: true
                                text: modelData.text
                                ButtonGroup.group: contactGroup
                                checked: form.contact === modelData.value
                                onClicked: {
                                    form.contact = modelData.value
                                    form.go(modelData.value === "will_call" ? "willCall" : "adults")
                                }
                            }
                        }
                        ErrorLine {
                            width: parent.width
                            text: form.stepErrors("contact")
                        }
                    }
                }
            }

            Component {
                id: adultsStep
                StepFrame {
                    objectName: "counsellingStep_adults"
                    title: qsTr("Who is applying?")
                    subtitle: form.contact === "email"
                              ? qsTr("Write the first name and an e-mail address of one adult. You can add one more adult.")
                              : qsTr("Write the first name and a phone number of one adult. You can add one more adult.")
                    onBackClicked: form.back()
                    onStartAgainClicked: page.startAgain()
                    onNextClicked: if (form.checkSteps(["adults"])) form.go("priority")

                    // Two columns of fixed width (a Row mirrors in
                    // right-to-left languages).
                    Row {
                        id: adultColumns
                        width: parent.width
                        spacing: Theme.spacing * 4
                        readonly property real columnWidth: (width - spacing) / 2

                        Column {
                            width: adultColumns.columnWidth
                            spacing: Theme.spacing
                            BodyText {
                                horizontalAlignment: Text.AlignLeft
                                width: parent.width
                                font.bold: true
                                text: qsTr("Adult 1")
                            }
                            TouchField {
                                objectName: "firstName1Field"
                                width: parent.width
                                label: qsTr("First name")
                                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                                maximumLength: 60
                                error: form.fieldError("adults[0].first_name")
                                Component.onCompleted: text = form.firstName1
                                onTextChanged: { form.firstName1 = text; page.activity() }
                            }
                            TouchField {
                                objectName: "lastName1Field"
                                width: parent.width
                                label: qsTr("Last name (if you want)")
                                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                                maximumLength: 80
                                error: form.fieldError("adults[0].last_name")
                                Component.onCompleted: text = form.lastName1
                                onTextChanged: { form.lastName1 = text; page.activity() }
                            }
                            TouchField {
                                objectName: "phone1Field"
                                visible: form.contact === "phone"
                                width: parent.width
                                label: qsTr("Phone number")
                                placeholderText: "070-123 45 67"
                                inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                                maximumLength: 30
                                error: form.fieldError("adults[0].phone")
                                Component.onCompleted: text = form.phone1
                                onTextChanged: { form.phone1 = text; page.activity() }
                            }
                            TouchField {
                                objectName: "email1Field"
                                visible: form.contact === "email"
                                width: parent.width
                                label: qsTr("E-mail address")
                                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                                maximumLength: 254
                                error: form.fieldError("adults[0].email")
                                Component.onCompleted: text = form.email1
                                onTextChanged: { form.email1 = text; page.activity() }
                            }
                        }

                        Column {
                            width: adultColumns.columnWidth
                            spacing: Theme.spacing
                            ChoiceButton {
                                objectName: "secondAdultButton"
                                width: parent.width
                                text: qsTr("Add one more adult")
                                accessibleName: text
                                Accessible.role: Accessible.CheckBox
                                checked: form.secondAdult
                                onClicked: form.secondAdult = checked
                            }
                            Column {
                                width: parent.width
                                spacing: Theme.spacing
                                visible: form.secondAdult
                                BodyText {
                                    horizontalAlignment: Text.AlignLeft
                                    width: parent.width
                                    font.bold: true
                                    text: qsTr("Adult 2")
                                }
                                TouchField {
                                    objectName: "firstName2Field"
                                    width: parent.width
                                    label: qsTr("First name")
                                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                                    maximumLength: 60
                                    error: form.fieldError("adults[1].first_name")
                                    Component.onCompleted: text = form.firstName2
                                    onTextChanged: { form.firstName2 = text; page.activity() }
                                }
                                TouchField {
                                    objectName: "lastName2Field"
                                    width: parent.width
                                    label: qsTr("Last name (if you want)")
                                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                                    maximumLength: 80
                                    error: form.fieldError("adults[1].last_name")
                                    Component.onCompleted: text = form.lastName2
                                    onTextChanged: { form.lastName2 = text; page.activity() }
                                }
                                TouchField {
                                    objectName: "phone2Field"
                                    visible: form.contact === "phone"
                                    width: parent.width
                                    label: qsTr("Phone number (if you want)")
                                    inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                                    maximumLength: 30
                                    error: form.fieldError("adults[1].phone")
                                    Component.onCompleted: text = form.phone2
                                    onTextChanged: { form.phone2 = text; page.activity() }
                                }
                                TouchField {
                                    objectName: "email2Field"
                                    visible: form.contact === "email"
                                    width: parent.width
                                    label: qsTr("E-mail address (if you want)")
                                    inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                                    maximumLength: 254
                                    error: form.fieldError("adults[1].email")
                                    Component.onCompleted: text = form.email2
                                    onTextChanged: { form.email2 = text; page.activity() }
                                }
                            }
                            ErrorLine {
                                width: parent.width
                                text: form.fieldError("adults")
                            }
                        }
                    }
                }
            }

            Component {
                id: willCallStep
                StepFrame {
                    objectName: "counsellingStep_willCall"
                    title: qsTr("When will you call us?")
                    subtitle: qsTr("Choose a day and a time. You do not have to give your name.")
                    nextEnabled: form.callDay >= 0 && form.callTime >= 0
                    onBackClicked: form.back()
                    onStartAgainClicked: page.startAgain()
                    onNextClicked: if (form.checkSteps(["willCall"])) form.go("priority")

                    Column {
                        width: parent.width
                        spacing: Theme.spacing * 2
                        ButtonGroup { id: dayGroup }
                        ButtonGroup { id: timeGroup }
                        BodyText {
                            horizontalAlignment: Text.AlignLeft
                            width: parent.width
                            font.bold: true
                            text: qsTr("Day")
                        }
                        Flow {
                            width: parent.width
                            spacing: Theme.spacing
                            Repeater {
                                model: form.callDays
                                ChoiceButton {
                                    required property var modelData
                                    required property int index
                                    objectName: "callDay_" + index
                                    width: Math.max(implicitWidth, Theme.mm * 50)
                                    text: modelData.toLocaleDateString(page.locale(form.language), "dddd d MMMM")
                                    ButtonGroup.group: dayGroup
                                    checked: form.callDay === index
                                    onClicked: form.callDay = index
                                }
                            }
                        }
                        BodyText {
                            horizontalAlignment: Text.AlignLeft
                            width: parent.width
                            font.bold: true
                            text: qsTr("Time")
                        }
                        Flow {
                            width: parent.width
                            spacing: Theme.spacing
                            Repeater {
                                model: form.callTimes
                                ChoiceButton {
                                    required property var modelData
                                    required property int index
                                    objectName: "callTime_" + index
                                    width: Theme.mm * 40
                                    text: modelData
                                    accessibleName: qsTr("At %1").arg(modelData)
                                    ButtonGroup.group: timeGroup
                                    checked: form.callTime === index
                                    onClicked: form.callTime = index
                                }
                            }
                        }
                        ErrorLine {
                            width: parent.width
                            text: form.fieldError("will_call_at")
                        }
                    }
                }
            }

            Component {
                id: priorityStep
                StepFrame {
                    objectName: "counsellingStep_priority"
                    title: qsTr("Two questions")
                    subtitle: qsTr("Families with small children and people in an acute crisis get a time sooner.")
                    nextEnabled: form.smallChildren >= 0 && form.acuteCrisis >= 0
                    onBackClicked: form.back()
                    onStartAgainClicked: page.startAgain()
                    onNextClicked: form.go("interpreter")

                    Column {
                        width: parent.width
                        spacing: Theme.spacing * 3
                        YesNo {
                            name: "smallChildren"
                            width: parent.width
                            text: qsTr("Do small children live with you?")
                            value: form.smallChildren
                            onAnswered: answer => form.smallChildren = answer
                        }
                        YesNo {
                            name: "acuteCrisis"
                            width: parent.width
                            text: qsTr("Are you in an acute crisis right now?")
                            value: form.acuteCrisis
                            onAnswered: answer => form.acuteCrisis = answer
                        }
                    }
                }
            }

            Component {
                id: interpreterStep
                StepFrame {
                    objectName: "counsellingStep_interpreter"
                    title: qsTr("Do you need an interpreter?")
                    subtitle: qsTr("Family counselling talks with you in Swedish, or with an interpreter.")
                    nextEnabled: form.interpreterNeeded === 0
                                 || (form.interpreterNeeded === 1 && form.interpreterLanguage.length > 0)
                    onBackClicked: form.back()
                    onStartAgainClicked: page.startAgain()
                    onNextClicked: if (form.checkSteps(["interpreter"])) form.go("provider")

                    Column {
                        width: parent.width
                        spacing: Theme.spacing * 2
                        YesNo {
                            name: "interpreter"
                            width: parent.width
                            text: qsTr("An interpreter at the meetings")
                            yesText: qsTr("Yes, I need one")
                            noText: qsTr("No")
                            value: form.interpreterNeeded
                            onAnswered: answer => {
                                form.interpreterNeeded = answer
                                if (answer === 1 && form.interpreterLanguage.length === 0 && form.language !== "sv")
                                    form.interpreterLanguage = form.language
                            }
                        }
                        BodyText {
                            horizontalAlignment: Text.AlignLeft
                            width: parent.width
                            visible: form.interpreterNeeded === 1
                            text: qsTr("In which language?")
                        }
                        ButtonGroup { id: interpreterGroup }
                        GridLayout {
                            width: parent.width
                            visible: form.interpreterNeeded === 1
                            columns: 4
                            rowSpacing: Theme.spacing
                            columnSpacing: Theme.spacing
                            Repeater {
                                // Every language the city has interpreters for, not only the kiosk's eight.
                                model: page.controller ? page.controller.interpreterLanguages() : []
                                ChoiceButton {
                                    required property var modelData
                                    objectName: "interpreterLanguage_" + modelData.code
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    text: modelData.nativeName
                                    accessibleName: qsTr("Interpreter in %1").arg(modelData.nativeName)
                                    ButtonGroup.group: interpreterGroup
                                    checked: form.interpreterLanguage === modelData.code
                                    onClicked: form.interpreterLanguage = modelData.code
                                }
                            }
                        }
                        ErrorLine {
                            width: parent.width
                            text: form.stepErrors("interpreter")
                        }
                    }
                }
            }

            Component {
                id: providerStep
                StepFrame {
                    objectName: "counsellingStep_provider"
                    title: qsTr("Where would you like to go?")
                    subtitle: qsTr("The city's family counselling, or an organisation that works with the city.")
                    onBackClicked: form.back()
                    onStartAgainClicked: page.startAgain()
                    onNextClicked: form.go("single")

                    ButtonGroup { id: providerGroup }
                    Column {
                        anchors.left: parent.left
                        width: Math.min(parent.width, Theme.mm * 220)
                        spacing: Theme.spacing * 2
                        ChoiceButton {
                            objectName: "provider_none"
                            width: parent.width
                            text: qsTr("It does not matter")
                            ButtonGroup.group: providerGroup
                            checked: form.provider === ""
                            onClicked: form.provider = ""
                        }
                        Repeater {
                            model: form.providers
                            ChoiceButton {
                                required property var modelData
                                objectName: "provider_" + modelData.id
                                width: parent.width
                                text: modelData.external ? qsTr("%1 (an organisation)").arg(modelData.name) : modelData.name
                                ButtonGroup.group: providerGroup
                                checked: form.provider === modelData.id
                                onClicked: form.provider = modelData.id
                            }
                        }
                        ErrorLine {
                            width: parent.width
                            text: form.stepErrors("provider")
                        }
                    }
                }
            }

            Component {
                id: singleStep
                StepFrame {
                    objectName: "counsellingStep_single"
                    title: qsTr("One conversation soon?")
                    subtitle: qsTr("Everyone can get one single conversation within one or two weeks. After it, you can stay in the queue.")
                    nextEnabled: form.singleSession >= 0
                    onBackClicked: form.back()
                    onStartAgainClicked: page.startAgain()
                    onNextClicked: form.go("slot")

                    YesNo {
                        name: "singleSession"
                        width: parent.width
                        text: qsTr("Do you want a single conversation?")
                        value: form.singleSession
                        onAnswered: answer => form.singleSession = answer
                    }
                }
            }

            Component {
                id: slotStep
                StepFrame {
                    objectName: "counsellingStep_slot"
                    title: qsTr("Free times")
                    subtitle: form.openSlots.length > 0
                              ? qsTr("You can ask for one of these times now. We confirm it with you.")
                              : qsTr("There are no free times right now. We will contact you.")
                    onBackClicked: form.back()
                    onStartAgainClicked: page.startAgain()
                    onNextClicked: form.go("consent")

                    ButtonGroup { id: slotGroup }
                    Column {
                        anchors.left: parent.left
                        width: Math.min(parent.width, Theme.mm * 240)
                        spacing: Theme.spacing
                        ChoiceButton {
                            objectName: "slot_none"
                            width: parent.width
                            text: qsTr("None of these times")
                            ButtonGroup.group: slotGroup
                            checked: form.slotId === ""
                            onClicked: form.slotId = ""
                        }
                        Repeater {
                            model: form.openSlots
                            ChoiceButton {
                                required property var modelData
                                required property int index
                                id: slotButton
                                objectName: "slot_" + index
                                width: parent.width
                                readonly property string when: form.slotText(modelData)
                                readonly property string where: modelData.providerName + " · " + form.slotKind(modelData.kind)
                                text: when + " · " + where
                                accessibleName: qsTr("Ask for this time: %1").arg(text)
                                ButtonGroup.group: slotGroup
                                checked: form.slotId === modelData.id
                                onClicked: form.slotId = modelData.id
                                // The time on its own line, the place below:
                                // no mixing of scripts on one line.
                                contentItem: Column {
                                    spacing: Math.round(Theme.mm)
                                    Text {
                                        width: parent.width
                                        horizontalAlignment: Text.AlignLeft
                                        text: slotButton.when
                                        font.pixelSize: Theme.largeFontSize
                                        font.bold: true
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                        Accessible.ignored: true
                                    }
                                    Text {
                                        width: parent.width
                                        horizontalAlignment: Text.AlignLeft
                                        text: slotButton.where
                                        font.pixelSize: Theme.fontSize
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                        Accessible.ignored: true
                                    }
                                }
                            }
                        }
                        ErrorLine {
                            width: parent.width
                            text: form.stepErrors("slot")
                        }
                    }
                }
            }

            Component {
                id: consentStep
                StepFrame {
                    objectName: "counsellingStep_consent"
                    title: qsTr("Your consent")
                    subtitle: qsTr("We save your application so that family counselling can contact you. Only family counselling can read your names and how to reach you. We do not share them with other parts of social services.")
                    nextEnabled: form.consent
                    onBackClicked: form.back()
                    onStartAgainClicked: page.startAgain()
                    onNextClicked: form.review()

                    Column {
                        anchors.left: parent.left
                        width: Math.min(parent.width, Theme.mm * 200)
                        spacing: Theme.spacing * 2
                        ChoiceButton {
                            id: consentButton
                            objectName: "consentButton"
                            width: parent.width
                            large: true
                            text: qsTr("Yes, I agree")
                            accessibleName: qsTr("I agree that family counselling saves my application")
                            Accessible.role: Accessible.CheckBox
                            checked: form.consent
                            onClicked: form.consent = checked
                            contentItem: RowLayout {
                                spacing: Theme.spacing * 2
                                Rectangle {
                                    Layout.preferredWidth: Theme.mm * 10
                                    Layout.preferredHeight: Theme.mm * 10
                                    radius: Theme.mm
                                    color: consentButton.checked ? Theme.accent : Theme.background
                                    border.color: Theme.border
                                    border.width: 3
                                    Accessible.ignored: true
                                    Text {
                                        anchors.centerIn: parent
                                        visible: consentButton.checked
                                        text: "✓"
                                        color: Theme.accentText
                                        font.pixelSize: Theme.largeFontSize
                                        font.bold: true
                                        Accessible.ignored: true
                                    }
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: consentButton.text
                                    font: consentButton.font
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    Accessible.ignored: true
                                }
                            }
                        }
                        BodyText {
                            horizontalAlignment: Text.AlignLeft
                            width: parent.width
                            visible: !form.consent
                            color: Theme.mutedText
                            text: qsTr("Without your consent we cannot take the application. You can call family counselling instead.")
                        }
                        ErrorLine {
                            width: parent.width
                            text: form.stepErrors("consent")
                        }
                    }
                }
            }

            Component {
                id: summaryStep
                StepFrame {
                    id: summaryFrame
                    objectName: "counsellingStep_summary"
                    title: qsTr("Is this right?")
                    subtitle: qsTr("Check your answers. Go back to change something.")
                    nextText: qsTr("Send my application")
                    nextEnabled: form.consent
                    onBackClicked: form.back()
                    onStartAgainClicked: page.startAgain()
                    onNextClicked: form.send()

                    readonly property var rows: {
                        const list = []
                        const yesNo = value => value === 1 ? qsTr("Yes") : qsTr("No")
                        list.push([qsTr("How we reach you"), form.contactText()])
                        if (form.contact === "will_call") {
                            list.push([qsTr("You will call us"), form.willCallText()])
                        } else {
                            const adults = form.secondAdult ? 2 : 1
                            for (let i = 1; i <= adults; ++i) {
                                const first = i === 1 ? form.firstName1 : form.firstName2
                                const last = i === 1 ? form.lastName1 : form.lastName2
                                const reach = form.contact === "phone" ? (i === 1 ? form.phone1 : form.phone2)
                                                                       : (i === 1 ? form.email1 : form.email2)
                                list.push([qsTr("Adult %1").arg(i), [first, last].join(" ").trim()])
                                if (reach.trim().length > 0)
                                    list.push([form.contact === "phone" ? qsTr("Phone number") : qsTr("E-mail address"), reach.trim()])
                            }
                        }
                        list.push([qsTr("Small children at home"), yesNo(form.smallChildren)])
                        list.push([qsTr("Acute crisis"), yesNo(form.acuteCrisis)])
                        list.push([qsTr("Language"), form.languageName(form.language)])
                        list.push([qsTr("Interpreter"), form.interpreterNeeded === 1
                                   ? form.languageName(form.interpreterLanguage) : qsTr("No")])
                        list.push([qsTr("Where"), form.provider === "" ? qsTr("It does not matter")
                                                                       : form.providerName(form.provider)])
                        list.push([qsTr("Single conversation"), yesNo(form.singleSession)])
                        const slot = form.chosenSlot()
                        list.push([qsTr("Time you ask for"), slot ? form.slotText(slot) + " · " + slot.providerName
                                                                  : qsTr("No time chosen")])
                        list.push([qsTr("Consent"), form.consent ? qsTr("Yes, I agree") : qsTr("No")])
                        return list
                    }

                    Column {
                        width: parent.width
                        spacing: Theme.spacing
                        Repeater {
                            model: summaryFrame.rows
                            RowLayout {
                                required property var modelData
                                width: parent.width
                                spacing: Theme.spacing * 2
                                BodyText {
                                    horizontalAlignment: Text.AlignLeft
                                    Layout.preferredWidth: Theme.mm * 80
                                    font.bold: true
                                    text: modelData[0]
                                }
                                BodyText {
                                    horizontalAlignment: Text.AlignLeft
                                    Layout.fillWidth: true
                                    text: modelData[1]
                                }
                            }
                        }
                        ErrorLine {
                            objectName: "sendFailure"
                            width: parent.width
                            text: form.failure.length > 0 ? page.errorText(form.failure) : ""
                        }
                    }
                }
            }
        }
    }

    // After sending: the reference code, large, and nothing else of the
    // application. Done (or the IdleGuard) clears it.
    Component {
        id: referenceComponent

        Item {
            id: referenceScreen
            objectName: "counsellingStep_reference"
            readonly property string step: "reference"
            property string reference
            property bool slotMissed: false

            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.mm * 260)
                spacing: Theme.spacing * 2

                Heading {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Thank you! Your application has been sent.")
                }
                BodyText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.largeFontSize
                    text: qsTr("Your reference code:")
                }
                Text {
                    objectName: "referenceCode"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: referenceScreen.reference
                    font.pixelSize: Math.round(Theme.ticketFontSize * 0.6)
                    font.bold: true
                    font.letterSpacing: Theme.mm * 2
                    color: Theme.accent
                    // Codes are Latin letters and digits, read left to right.
                    LayoutMirroring.enabled: false
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Your reference code is %1").arg(referenceScreen.reference.split("").join(" "))
                }
                BodyText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.largeFontSize
                    font.bold: true
                    text: qsTr("Write this code down. Say it if you call us.")
                }
                BodyText {
                    objectName: "slotMissed"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: referenceScreen.slotMissed
                    text: qsTr("The time you chose was taken just now. We will contact you about another time.")
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
