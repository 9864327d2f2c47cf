import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Intake

// The outreach tablet, used at night and offline for hours. Nothing of the
// team's data is reachable while it is locked: first the staff PIN (or, on
// a new tablet, choosing one), then the home screen. The quick anonymous
// contact takes three taps from home: "Quick contact", the area, the number
// of people (which saves at once). Also: a contact with a person, tonight's
// overnight places, a referral (with consent), a report of concern about a
// child, and what sync could not settle. The tablet locks itself after
// inactivity, and by the Lock button; locking throws away every open form.
// Texts are aligned "left" explicitly: LayoutMirroring turns that into
// right in Arabic, Persian and Dari, also for words that stay in Latin script.
Item {
    id: page
    objectName: "outreachPage"

    property OutreachController controller
    property Translator translator
    property SyncMonitor sync

    // TEST ONLY: seconds without a touch before the "are you still there?"
    // warning that leads to the lock, instead of controller.idleSeconds.
    // 0 (the default, and what the app uses) means controller.idleSeconds.
    property int idleSecondsOverride: 0
    // Which overnight places this tablet gives: field workers ("field") give
    // the places without an assistance decision, the out-of-hours duty team
    // ("duty") its own. Core refuses the other kind anyway.
    property string filledBy: "field"

    readonly property bool locked: !controller || controller.locked
    // home | area | count | person | beds | referral | concern | attention
    property string screen: "home"
    property string quickArea: ""
    // The confirmation on the home screen after something was saved.
    property string savedText: ""
    // Bumped when data changed (a save here, or a sync that brought records):
    // what is read from the controller (beds, attention) is read again.
    property int revision: 0

    function go(next) {
        touch()
        screen = next
    }
    function goHome(saved) {
        savedText = saved || ""
        screen = "home"
        quickArea = ""
    }
    function touch() {
        guard.touched()
    }

    // Option codes from config, as words. Unknown codes (config may grow)
    // are shown as they are.
    function areaName(code) {
        switch (code) {
        case "centrum": return qsTr("Centrum")
        case "hisingen": return qsTr("Hisingen")
        case "nordost": return qsTr("Nordost")
        case "sydvast": return qsTr("Sydväst")
        default: return code
        }
    }
    function genderName(code) {
        switch (code) {
        case "woman": return qsTr("Woman")
        case "man": return qsTr("Man")
        case "non_binary": return qsTr("Non-binary")
        case "not_stated": return qsTr("Not stated")
        default: return code
        }
    }
    function ageBandName(code) {
        switch (code) {
        case "0-17": return qsTr("Under 18")
        case "66+": return qsTr("66 or older")
        case "unknown": return qsTr("Age unknown")
        default: return qsTr("%1 years").arg(code.replace("-", "–"))
        }
    }
    function needName(code) {
        switch (code) {
        case "overnight_place": return qsTr("A place to sleep")
        case "food": return qsTr("Food")
        case "health_care": return qsTr("Health care")
        case "substance_use": return qsTr("Alcohol or drugs")
        case "mental_health": return qsTr("Mental health")
        case "money": return qsTr("Money")
        case "documents": return qsTr("Documents, ID")
        case "contact_with_authorities": return qsTr("Contact with authorities")
        case "safety": return qsTr("Safety")
        case "other": return qsTr("Something else")
        default: return code
        }
    }
    function unitName(code) {
        switch (code) {
        case "social_services_intake": return qsTr("Social services intake")
        case "addiction_services": return qsTr("Addiction services")
        case "housing_unit": return qsTr("Housing unit")
        case "health_care": return qsTr("Health care")
        case "child_and_youth": return qsTr("Children and young people")
        case "employment_service": return qsTr("Public Employment Service")
        case "migration_agency": return qsTr("Migration Agency")
        case "other": return qsTr("Another unit")
        default: return code
        }
    }
    function recordTypeName(type) {
        switch (type) {
        case "bed_night": return qsTr("Overnight place")
        case "contact": return qsTr("Contact")
        case "referral": return qsTr("Referral")
        case "concern_report": return qsTr("Report of concern")
        default: return type
        }
    }
    function attentionReason(reason) {
        switch (reason) {
        case "unresolved_conflict": return qsTr("Changed on two tablets at the same time. Someone must decide which is right.")
        case "displaced_allocation": return qsTr("The place was given twice. The first one was kept: the other person needs another place.")
        case "rejected_by_server": return qsTr("The central service did not accept it. Ask IT for help.")
        default: return reason
        }
    }
    // A field's problem from the controller's answer ({field, problem, limit}).
    function problemText(problem, limit) {
        switch (problem) {
        case "required": return qsTr("This is needed.")
        case "too_long": return qsTr("At most %n character(s).", "", limit)
        case "too_short": return qsTr("At least %n character(s).", "", limit)
        case "invalid_text": return qsTr("Some characters cannot be used here.")
        case "not_allowed": return qsTr("Not one of the choices.")
        case "out_of_range": return qsTr("Outside the allowed range.")
        case "inconsistent": return qsTr("Does not fit with another answer.")
        default: return problem
        }
    }
    function fieldError(outcome, field) {
        if (!outcome || !outcome.fields)
            return ""
        for (let i = 0; i < outcome.fields.length; ++i) {
            if (outcome.fields[i].field === field)
                return problemText(outcome.fields[i].problem, outcome.fields[i].limit)
        }
        return ""
    }
    function errorText(code) {
        switch (code) {
        case "": return ""
        case "invalid_input": return qsTr("Some answers are missing or not valid: see the red text.")
        case "pin.not_unlocked": return qsTr("The tablet is locked. Unlock it and try again.")
        case "vault.full": return qsTr("The tablet's storage is full. Nothing was lost. Ask IT for help.")
        default: return qsTr("That could not be saved (%1). Try again; if it keeps happening, ask IT for help.").arg(code)
        }
    }
    // The night that started this evening, as "Monday 23 November".
    function nightName() {
        const iso = controller ? controller.night : ""
        if (iso.length !== 10)
            return iso
        const day = new Date(parseInt(iso.substring(0, 4)), parseInt(iso.substring(5, 7)) - 1, parseInt(iso.substring(8, 10)), 12)
        return day.toLocaleDateString(Qt.locale(translator ? translator.language : "sv"), "dddd d MMMM")
    }
    // When a record was saved, from its id ("<type>:" + a ULID whose first
    // ten characters are the milliseconds, by the device's clock); the
    // tablet's wall clock when the id is not one.
    function clockTime(id) {
        const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
        const ulid = String(id || "").split(":").pop()
        let ms = 0
        for (let i = 0; i < 10 && ulid.length >= 10; ++i) {
            const digit = alphabet.indexOf(ulid.charAt(i))
            if (digit < 0) {
                ms = 0
                break
            }
            ms = ms * 32 + digit
        }
        return Qt.formatTime(ms > 0 ? new Date(ms) : new Date(), "HH:mm")
    }
    // Person codes are capital letters and digits.
    function personCode(text) {
        return text.trim().toUpperCase()
    }

    onLockedChanged: {
        // Whatever was open is gone with the lock; the next person starts at home.
        screen = "home"
        quickArea = ""
        savedText = ""
    }

    Connections {
        target: page.controller
        function onDataChanged() { page.revision += 1 }
    }
    Connections {
        target: page.sync
        ignoreUnknownSignals: true
        function onPulled() { page.revision += 1 }
    }

    // Any touch anywhere counts as activity (handlers see presses that the
    // buttons under them take, without taking them).
    TapHandler {
        gesturePolicy: TapHandler.DragThreshold
        onPressedChanged: if (pressed) page.touch()
    }

    IdleGuard {
        id: guard
        objectName: "idleGuard"
        active: !page.locked
        idleSeconds: page.idleSecondsOverride > 0 ? page.idleSecondsOverride
                                                  : (page.controller ? page.controller.idleSeconds : 300)
        warningSeconds: 20
        onExpired: if (page.controller) page.controller.lock()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // --- Locked: choose a PIN, or the PIN pad --------------------------------
    Loader {
        id: lockedLoader
        objectName: "lockedLoader"
        anchors.fill: parent
        active: page.locked && page.controller !== null
        visible: active
        sourceComponent: page.controller && page.controller.enrolled ? pinScreen : enrolScreen
    }

    // --- Unlocked -------------------------------------------------------------
    ColumnLayout {
        id: unlockedView
        objectName: "unlockedView"
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        visible: !page.locked

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "homeButton"
                visible: page.screen !== "home"
                text: qsTr("Home")
                accessibleName: qsTr("Back to the home screen")
                onClicked: page.goHome("")
            }
            Heading {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: qsTr("Outreach")
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
            }
            Text {
                horizontalAlignment: Text.AlignLeft
                objectName: "contactsToday"
                text: page.controller && !page.locked
                      ? qsTr("%n contact(s) today", "", page.controller.contactsToday) : ""
                font.pixelSize: Theme.fontSize
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            TouchButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                accessibleName: qsTr("Lock the tablet")
                onClicked: page.controller.lock()
            }
        }

        Loader {
            id: screenLoader
            objectName: "screenLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: !page.locked
            sourceComponent: {
                switch (page.screen) {
                case "area": return areaScreen
                case "count": return countScreen
                case "person": return personScreen
                case "beds": return bedsScreen
                case "referral": return referralScreen
                case "concern": return concernScreen
                case "attention": return attentionScreen
                default: return homeScreen
                }
            }
        }
    }

    // --- Building blocks -------------------------------------------------------

    // One of several answers that can all be on (needs).
    // A box at the start of the button shows on or off (not only the colour).
    component ToggleButton: TouchButton {
        id: toggle
        checkable: true
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        Accessible.checked: checked
        readonly property real box: Math.round(Theme.mm * 5)
        leftPadding: Math.round(Theme.spacing) + (mirrored ? 0 : box + Math.round(Theme.spacing))
        rightPadding: Math.round(Theme.spacing) + (mirrored ? box + Math.round(Theme.spacing) : 0)
        Rectangle {
            x: toggle.mirrored ? toggle.width - width - Math.round(Theme.spacing) : Math.round(Theme.spacing)
            anchors.verticalCenter: parent.verticalCenter
            width: toggle.box
            height: toggle.box
            radius: Math.round(Theme.mm / 2)
            color: Theme.background
            border.color: Theme.border
            border.width: 3
            Rectangle {
                anchors.fill: parent
                anchors.margins: 6
                radius: 2
                visible: toggle.checked
                color: Theme.accent
            }
        }
    }

    // A multi-line text with a visible label (its accessible name) and an error line.
    component TextBlock: Column {
        id: block
        property alias text: area.text
        property alias label: caption.text
        property alias area: area
        property string error: ""
        property real areaHeight: Theme.touchTarget * 2
        spacing: Math.round(Theme.mm)

        Text {
            horizontalAlignment: Text.AlignLeft
            id: caption
            width: parent.width
            font.pixelSize: Theme.fontSize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        TextArea {
            id: area
            width: parent.width
            implicitHeight: Math.max(block.areaHeight, contentHeight + topPadding + bottomPadding)
            font.pixelSize: Theme.fontSize
            color: Theme.text
            wrapMode: TextArea.Wrap
            Accessible.role: Accessible.EditableText
            Accessible.name: caption.text
            Accessible.description: block.error
            background: Rectangle {
                color: Theme.background
                border.color: block.error.length > 0 ? Theme.danger : (area.activeFocus ? Theme.accent : Theme.border)
                border.width: area.activeFocus || block.error.length > 0 ? 4 : 2
                radius: Theme.mm
            }
            onTextChanged: page.touch()
        }
        Text {
            horizontalAlignment: Text.AlignLeft
            visible: block.error.length > 0
            text: block.error
            width: parent.width
            font.pixelSize: Theme.fontSize
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }

    // A section title inside a form.
    component FormLabel: Text {
        horizontalAlignment: Text.AlignLeft
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // A message after an action: red when it failed, green when it worked.
    component Message: Rectangle {
        id: message
        property string text: ""
        property bool failed: true
        visible: text.length > 0
        implicitHeight: visible ? messageText.implicitHeight + Theme.spacing * 2 : 0
        color: failed ? Theme.warningSurface : Theme.surface
        border.color: failed ? Theme.danger : Theme.ok
        border.width: 3
        radius: Theme.mm * 1.5
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
        Text {
            horizontalAlignment: Text.AlignLeft
            id: messageText
            objectName: message.objectName + "Text"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            verticalAlignment: Text.AlignVCenter
            text: message.text
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: message.failed ? Theme.danger : Theme.ok
            wrapMode: Text.Wrap
        }
    }

    // --- Locked screens -------------------------------------------------------

    // The keypad of both locked screens: digits 0-9, erase, and one action
    // (`actionName` is its objectName). Digits stay left to right in every
    // language, like a phone's keypad. The PIN never is in a text field.
    component PinKeys: GridLayout {
        id: keypad
        property string actionText: ""
        property string actionAccessibleName: actionText
        property string actionName: "pinUnlock"
        property bool actionEnabled: true
        property real availableHeight: Theme.largeTarget * 4
        signal digit(string value)
        signal erase()
        signal action()

        columns: 3
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing
        LayoutMirroring.enabled: false
        LayoutMirroring.childrenInherit: true
        readonly property real key: Math.max(Theme.touchTarget, Math.min(Theme.largeTarget, (availableHeight - rowSpacing * 3) / 4))

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
            TouchButton {
                required property string modelData
                objectName: "pinDigit_" + modelData
                Layout.preferredWidth: keypad.key * 1.4
                Layout.preferredHeight: keypad.key
                large: true
                text: modelData
                onClicked: keypad.digit(modelData)
            }
        }
        TouchButton {
            objectName: "pinErase"
            Layout.preferredWidth: keypad.key * 1.4
            Layout.preferredHeight: keypad.key
            text: qsTr("Erase")
            accessibleName: qsTr("Erase the last digit")
            onClicked: keypad.erase()
        }
        TouchButton {
            objectName: "pinDigit_0"
            Layout.preferredWidth: keypad.key * 1.4
            Layout.preferredHeight: keypad.key
            large: true
            text: "0"
            onClicked: keypad.digit("0")
        }
        TouchButton {
            objectName: keypad.actionName
            Layout.preferredWidth: keypad.key * 1.4
            Layout.preferredHeight: keypad.key
            primary: true
            enabled: keypad.actionEnabled
            text: keypad.actionText
            accessibleName: keypad.actionAccessibleName
            onClicked: keypad.action()
        }
    }

    // The dots of the digits typed so far (how many, never which).
    component PinDots: Text {
        property int digits: 0
        text: digits > 0 ? "●".repeat(digits) : " "
        font.pixelSize: Theme.headingFontSize
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%n digit(s) entered", "", digits)
    }

    // A new tablet: the staff member chooses the PIN (6+ digits), twice.
    Component {
        id: enrolScreen
        Item {
            id: enrol
            objectName: "enrolScreen"
            property string first: ""       // the PIN typed the first time
            property string pin: ""         // what is being typed now
            readonly property bool repeating: first.length > 0
            property string message: ""

            function next() {
                if (!repeating) {
                    if (!/^[0-9]{6,64}$/.test(pin)) {
                        message = qsTr("The PIN must have at least 6 digits.")
                        pin = ""
                        return
                    }
                    first = pin
                    pin = ""
                    message = ""
                    return
                }
                if (pin !== first) {
                    message = qsTr("The two PINs were not the same. Choose the PIN again.")
                    first = ""
                    pin = ""
                    return
                }
                const outcome = page.controller.enrol(pin)
                first = ""
                pin = ""
                if (!outcome.ok) {
                    message = outcome.error === "pin.too_short" || outcome.error === "pin.not_digits"
                            ? qsTr("The PIN must have at least 6 digits.")
                            : qsTr("The PIN could not be set (%1). Ask IT for help.").arg(outcome.error)
                }
            }

            Keys.onPressed: (event) => {
                if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
                    if (enrol.pin.length < 64)
                        enrol.pin += event.text
                    event.accepted = true
                } else if (event.key === Qt.Key_Backspace) {
                    enrol.pin = enrol.pin.slice(0, -1)
                    event.accepted = true
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    enrol.next()
                    event.accepted = true
                }
            }
            Component.onCompleted: forceActiveFocus()

            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.margin * 2

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    spacing: Theme.spacing * 2
                    Heading {
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        text: qsTr("Choose a staff PIN for this tablet")
                    }
                    BodyText {
                        objectName: "enrolStep"
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        font.bold: true
                        text: enrol.repeating ? qsTr("Type the same PIN again.")
                                              : qsTr("Type a new PIN of at least 6 digits.")
                    }
                    BodyText {
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        text: qsTr("You need it every time the tablet has locked itself. Do not use a PIN that is easy to guess, such as 123456 or a birthday.")
                    }
                    PinDots {
                        objectName: "enrolDots"
                        Layout.fillWidth: true
                        digits: enrol.pin.length
                    }
                    Message {
                        objectName: "enrolMessage"
                        Layout.fillWidth: true
                        text: enrol.message
                    }
                }
                PinKeys {
                    objectName: "enrolKeys"
                    Layout.alignment: Qt.AlignVCenter
                    availableHeight: enrol.height - Theme.margin * 2
                    actionName: "enrolNext"
                    actionText: enrol.repeating ? qsTr("Save") : qsTr("Next")
                    actionAccessibleName: enrol.repeating ? qsTr("Save the PIN and open the tablet")
                                                          : qsTr("Next: type the PIN again")
                    actionEnabled: enrol.pin.length > 0
                    onDigit: (value) => { if (enrol.pin.length < 64) enrol.pin += value }
                    onErase: enrol.pin = enrol.pin.slice(0, -1)
                    onAction: enrol.next()
                }
            }
        }
    }

    // The PIN pad. Wrong PINs are counted in the ring file: a few are free,
    // then each costs a growing wait, and at the limit the keys are erased.
    Component {
        id: pinScreen
        Item {
            id: pinPad
            objectName: "pinScreen"
            property string pin: ""
            property string message: ""
            property int waitSeconds: 0
            property bool erased: false

            function press(digit) {
                if (pin.length < 64)
                    pin += digit
            }
            function unlock() {
                if (pin.length === 0 || waitSeconds > 0 || erased)
                    return
                const outcome = page.controller.unlock(pin)
                pin = ""
                if (outcome.ok)
                    return
                waitSeconds = outcome.retryAfterSeconds || 0
                switch (outcome.error) {
                case "pin.wrong":
                    message = qsTr("Wrong PIN. %n more wrong PIN(s) and the tablet erases its keys.", "", outcome.attemptsLeft)
                    break
                case "pin.locked_out":
                    message = qsTr("Too many wrong PINs.")
                    break
                case "pin.erased":
                    erased = true
                    message = qsTr("Too many wrong PINs: this tablet's keys have been erased. Nothing can be opened on it any more. Ask IT to set it up again.")
                    break
                case "pin.too_short":
                case "pin.not_digits":
                    message = qsTr("The PIN has at least 6 digits.")
                    break
                default:
                    message = qsTr("The tablet could not be opened (%1). Ask IT for help.").arg(outcome.error)
                }
            }

            Timer {
                interval: 1000
                repeat: true
                running: pinPad.waitSeconds > 0
                onTriggered: pinPad.waitSeconds -= 1
            }

            Keys.onPressed: (event) => {
                if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
                    pinPad.press(event.text)
                    event.accepted = true
                } else if (event.key === Qt.Key_Backspace) {
                    pinPad.pin = pinPad.pin.slice(0, -1)
                    event.accepted = true
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    pinPad.unlock()
                    event.accepted = true
                }
            }
            Component.onCompleted: forceActiveFocus()

            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.margin * 2

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    spacing: Theme.spacing * 2
                    Heading {
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        text: qsTr("The tablet is locked")
                    }
                    BodyText {
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        text: qsTr("Enter your staff PIN.")
                    }
                    PinDots {
                        objectName: "pinDots"
                        Layout.fillWidth: true
                        digits: pinPad.pin.length
                    }
                    Message {
                        objectName: "pinMessage"
                        Layout.fillWidth: true
                        text: pinPad.message
                    }
                    Text {
                        objectName: "pinWait"
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        visible: pinPad.waitSeconds > 0
                        text: qsTr("You can try again in %n second(s).", "", pinPad.waitSeconds)
                        font.pixelSize: Theme.fontSize
                        font.bold: true
                        color: Theme.warning
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
                PinKeys {
                    objectName: "pinKeys"
                    Layout.alignment: Qt.AlignVCenter
                    enabled: !pinPad.erased
                    availableHeight: pinPad.height - Theme.margin * 2
                    actionName: "pinUnlock"
                    actionText: qsTr("Open")
                    actionAccessibleName: qsTr("Unlock with this PIN")
                    actionEnabled: pinPad.pin.length > 0 && pinPad.waitSeconds === 0
                    onDigit: (value) => pinPad.press(value)
                    onErase: pinPad.pin = pinPad.pin.slice(0, -1)
                    onAction: pinPad.unlock()
                }
            }
        }
    }

    // --- Unlocked screens -----------------------------------------------------

    Component {
        id: homeScreen
        ColumnLayout {
            objectName: "homeScreen"
            spacing: Theme.spacing

            Message {
                objectName: "savedBanner"
                Layout.fillWidth: true
                failed: false
                text: page.savedText
            }

            GridLayout {
                id: tiles
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: 3
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                // Equal tiles, whatever their texts.
                readonly property real tileWidth: (width - columnSpacing * 2) / 3
                readonly property real tileHeight: (height - rowSpacing) / 2
                readonly property int attentionCount: {
                    page.revision
                    return page.controller && !page.locked ? page.controller.attention().length : 0
                }

                TouchButton {
                    objectName: "quickContact"
                    Layout.preferredWidth: tiles.tileWidth
                    Layout.preferredHeight: tiles.tileHeight
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    large: true
                    primary: true
                    text: qsTr("Quick contact\n(no names)")
                    accessibleName: qsTr("Quick contact without names: choose the area, then how many people")
                    onClicked: page.go("area")
                }
                TouchButton {
                    objectName: "personContact"
                    Layout.preferredWidth: tiles.tileWidth
                    Layout.preferredHeight: tiles.tileHeight
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    large: true
                    text: qsTr("Contact with a person")
                    onClicked: page.go("person")
                }
                TouchButton {
                    objectName: "bedsButton"
                    Layout.preferredWidth: tiles.tileWidth
                    Layout.preferredHeight: tiles.tileHeight
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    large: true
                    text: qsTr("Tonight's places")
                    accessibleName: qsTr("Tonight's overnight places")
                    onClicked: page.go("beds")
                }
                TouchButton {
                    objectName: "referralButton"
                    Layout.preferredWidth: tiles.tileWidth
                    Layout.preferredHeight: tiles.tileHeight
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    large: true
                    text: qsTr("Referral")
                    accessibleName: qsTr("Referral to another unit")
                    onClicked: page.go("referral")
                }
                TouchButton {
                    objectName: "concernButton"
                    Layout.preferredWidth: tiles.tileWidth
                    Layout.preferredHeight: tiles.tileHeight
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    large: true
                    text: qsTr("Concern about a child")
                    accessibleName: qsTr("Report of concern about a child")
                    onClicked: page.go("concern")
                }
                TouchButton {
                    objectName: "attentionButton"
                    Layout.preferredWidth: tiles.tileWidth
                    Layout.preferredHeight: tiles.tileHeight
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    large: true
                    text: tiles.attentionCount > 0 ? qsTr("Needs attention (%1)").arg(tiles.attentionCount)
                                                   : qsTr("Needs attention")
                    onClicked: page.go("attention")
                }
            }
        }
    }

    // Tap 2 of the quick contact: where.
    Component {
        id: areaScreen
        ColumnLayout {
            objectName: "areaScreen"
            spacing: Theme.spacing * 2
            Heading {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: qsTr("Where did you meet them?")
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: 2
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                Repeater {
                    model: page.controller ? page.controller.areas : []
                    TouchButton {
                        required property string modelData
                        objectName: "area_" + modelData
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        large: true
                        text: page.areaName(modelData)
                        onClicked: {
                            page.quickArea = modelData
                            page.go("count")
                        }
                    }
                }
            }
        }
    }

    // Tap 3 of the quick contact: how many people. Saves at once.
    Component {
        id: countScreen
        ColumnLayout {
            id: counts
            objectName: "countScreen"
            spacing: Theme.spacing * 2
            property var outcome: null

            function save(count) {
                outcome = page.controller.logAnonymous(page.quickArea, count)
                if (outcome.ok) {
                    page.goHome(qsTr("Saved at %1: %n person(s) met in %2.", "", count)
                                .arg(page.clockTime(outcome.id)).arg(page.areaName(page.quickArea)))
                }
            }

            Heading {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: qsTr("How many people? (%1)").arg(page.areaName(page.quickArea))
            }
            Message {
                objectName: "countMessage"
                Layout.fillWidth: true
                text: counts.outcome && !counts.outcome.ok ? page.errorText(counts.outcome.error) : ""
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing
                Repeater {
                    model: [1, 2, 3, 4, 5]
                    TouchButton {
                        required property int modelData
                        objectName: "count_" + modelData
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        large: true
                        font.pixelSize: Theme.headingFontSize
                        text: modelData === 5 ? qsTr("5+") : String(modelData)
                        accessibleName: modelData === 5 ? qsTr("5 or more people") : qsTr("%n person(s)", "", modelData)
                        onClicked: counts.save(modelData)
                    }
                }
            }
            BodyText {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: qsTr("Saved at once, with no names. \"5+\" is saved as 5.")
                color: Theme.mutedText
            }
        }
    }

    // A contact with one person, by alias or name (a name needs consent).
    Component {
        id: personScreen
        ColumnLayout {
            id: person
            objectName: "personScreen"
            spacing: Theme.spacing
            property string area: ""
            property string gender: "not_stated"
            property string ageBand: "unknown"
            property var needs: []
            property bool consent: false
            property var outcome: null

            function toggleNeed(code, on) {
                const list = needs.filter(n => n !== code)
                if (on)
                    list.push(code)
                needs = list
            }
            function save() {
                outcome = null
                if (area === "") {
                    outcome = { ok: false, error: "invalid_input", fields: [{ field: "area", problem: "required" }] }
                    return
                }
                outcome = page.controller.logPerson({
                    area: area, alias: aliasField.text, name: nameField.text, personCode: page.personCode(codeField.text),
                    gender: gender, ageBand: ageBand, needs: needs, consent: consent, place: placeField.text
                })
                if (outcome.ok)
                    page.goHome(qsTr("Saved at %1: a contact with a person in %2.").arg(page.clockTime(outcome.id)).arg(page.areaName(area)))
            }

            Heading {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: qsTr("Contact with a person")
            }
            Flickable {
                id: personFlick
                objectName: "personForm"
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: personForm.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator { active: true }

                ColumnLayout {
                    id: personForm
                    width: personFlick.width - Theme.spacing
                    spacing: Theme.spacing

                    FormLabel { Layout.fillWidth: true; text: qsTr("Area") }
                    Text {
                        horizontalAlignment: Text.AlignLeft
                        visible: text.length > 0
                        text: page.fieldError(person.outcome, "area")
                        color: Theme.danger
                        font.pixelSize: Theme.fontSize
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ButtonGroup { id: personAreaGroup }
                        Repeater {
                            model: page.controller ? page.controller.areas : []
                            ChoiceButton {
                                required property string modelData
                                objectName: "personArea_" + modelData
                                ButtonGroup.group: personAreaGroup
                                text: page.areaName(modelData)
                                onClicked: person.area = modelData
                            }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        TouchField {
                            id: aliasField
                            objectName: "personAlias"
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Alias (what they call themselves)")
                            maximumLength: 40
                            error: page.fieldError(person.outcome, "alias")
                            onTextChanged: page.touch()
                        }
                        TouchField {
                            id: nameField
                            objectName: "personName"
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Name (only with consent)")
                            maximumLength: 80
                            error: page.fieldError(person.outcome, "name")
                            onTextChanged: page.touch()
                        }
                        TouchField {
                            id: codeField
                            objectName: "personCode"
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Person code (if known)")
                            maximumLength: 16
                            inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                            error: page.fieldError(person.outcome, "person_code")
                                   ? qsTr("4 to 16 capital letters or digits.") : ""
                            onTextChanged: page.touch()
                        }
                    }
                    FormLabel { Layout.fillWidth: true; text: qsTr("Gender") }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ButtonGroup { id: genderGroup }
                        Repeater {
                            model: page.controller ? page.controller.genders : []
                            ChoiceButton {
                                required property string modelData
                                objectName: "personGender_" + modelData
                                ButtonGroup.group: genderGroup
                                checked: modelData === "not_stated"
                                text: page.genderName(modelData)
                                onClicked: person.gender = modelData
                            }
                        }
                    }
                    FormLabel { Layout.fillWidth: true; text: qsTr("Age") }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ButtonGroup { id: ageGroup }
                        Repeater {
                            model: page.controller ? page.controller.ageBands : []
                            ChoiceButton {
                                required property string modelData
                                objectName: "personAge_" + modelData
                                ButtonGroup.group: ageGroup
                                checked: modelData === "unknown"
                                text: page.ageBandName(modelData)
                                onClicked: person.ageBand = modelData
                            }
                        }
                    }
                    FormLabel { Layout.fillWidth: true; text: qsTr("Needs (all that apply)") }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Repeater {
                            model: page.controller ? page.controller.needs : []
                            ToggleButton {
                                required property string modelData
                                objectName: "personNeed_" + modelData
                                text: page.needName(modelData)
                                onToggled: person.toggleNeed(modelData, checked)
                            }
                        }
                    }
                    TouchField {
                        id: placeField
                        objectName: "personPlace"
                        Layout.fillWidth: true
                        label: qsTr("Place (optional, e.g. \"Nils Ericson terminal\")")
                        maximumLength: 120
                        error: page.fieldError(person.outcome, "place")
                        onTextChanged: page.touch()
                    }
                    ToggleButton {
                        objectName: "personConsent"
                        Layout.fillWidth: true
                        text: qsTr("The person agrees that these details are saved")
                        checked: person.consent
                        onToggled: person.consent = checked
                    }
                    Text {
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: page.fieldError(person.outcome, "consent")
                              ? qsTr("A name can only be saved with the person's consent.") : ""
                        color: Theme.danger
                        font.pixelSize: Theme.fontSize
                        wrapMode: Text.Wrap
                    }
                }
            }
            Message {
                objectName: "personMessage"
                Layout.fillWidth: true
                text: person.outcome && !person.outcome.ok
                      ? (person.outcome.error === "invalid_input" && page.fieldError(person.outcome, "alias")
                         ? qsTr("Give an alias or a name.") : page.errorText(person.outcome.error))
                      : ""
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Item { Layout.fillWidth: true }
                TouchButton {
                    objectName: "personCancel"
                    text: qsTr("Cancel")
                    onClicked: page.goHome("")
                }
                TouchButton {
                    objectName: "personSave"
                    primary: true
                    text: qsTr("Save the contact")
                    onClicked: person.save()
                }
            }
        }
    }

    // Tonight's overnight places of a shelter, and giving one.
    Component {
        id: bedsScreen
        ColumnLayout {
            id: beds
            objectName: "bedsScreen"
            spacing: Theme.spacing
            property string shelter: {
                const list = page.controller ? page.controller.shelters : []
                return list.length > 0 ? list[0].id : ""
            }
            property var list: {
                page.revision
                return page.controller && !page.locked && shelter !== "" ? page.controller.beds(shelter) : []
            }
            property int selected: 0
            readonly property var selectedBed: {
                for (let i = 0; i < list.length; ++i) {
                    if (list[i].bed === selected)
                        return list[i]
                }
                return null
            }
            property var outcome: null
            property string notice: ""

            function count(filledBy, free) {
                return list.filter(b => b.filledBy === filledBy && (!free || !b.taken)).length
            }
            readonly property var conflicts: list.filter(b => b.conflict).map(b => b.bed)
            readonly property var displaced: list.filter(b => b.displaced > 0).map(b => b.bed)

            function give() {
                notice = ""
                outcome = page.controller.giveBed(shelter, selected, page.filledBy,
                                                  page.personCode(bedCode.text), bedAlias.text)
                if (outcome.ok) {
                    notice = qsTr("Place %1 is given for tonight.").arg(selected)
                    bedCode.text = ""
                    bedAlias.text = ""
                    selected = 0
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Heading {
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    text: qsTr("Tonight's places (the night of %1)").arg(page.nightName())
                    font.pixelSize: Theme.largeFontSize
                }
                Repeater {
                    model: page.controller && page.controller.shelters.length > 1 ? page.controller.shelters : []
                    ChoiceButton {
                        required property var modelData
                        objectName: "shelter_" + modelData.id
                        text: modelData.name
                        checked: beds.shelter === modelData.id
                        onClicked: {
                            beds.shelter = modelData.id
                            beds.selected = 0
                        }
                    }
                }
            }
            Text {
                horizontalAlignment: Text.AlignLeft
                objectName: "bedsSummary"
                Layout.fillWidth: true
                text: qsTr("%1 places: %2 of %3 field places free, %4 of %5 duty-team places free.")
                      .arg(beds.list.length)
                      .arg(beds.count("field", true)).arg(beds.count("field", false))
                      .arg(beds.count("duty", true)).arg(beds.count("duty", false))
                font.pixelSize: Theme.fontSize
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Message {
                objectName: "bedConflictAlert"
                Layout.fillWidth: true
                text: beds.conflicts.length > 0
                      ? qsTr("Warning: place %1 was given to two people on different tablets. Call the duty team and decide who gets it.").arg(beds.conflicts.join(", "))
                      : ""
            }
            Message {
                objectName: "bedDisplacedAlert"
                Layout.fillWidth: true
                text: beds.displaced.length > 0
                      ? qsTr("Warning: place %1 had been given twice; the first one was kept. The other person needs another place tonight.").arg(beds.displaced.join(", "))
                      : ""
            }
            Message {
                objectName: "bedNotice"
                Layout.fillWidth: true
                failed: false
                text: beds.notice
            }

            GridLayout {
                id: bedGrid
                Layout.fillWidth: true
                columns: 8
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                Repeater {
                    model: beds.list
                    TouchButton {
                        id: tile
                        required property var modelData
                        readonly property bool taken: modelData.taken
                        readonly property bool mine: modelData.filledBy === page.filledBy
                        readonly property string status: {
                            const state = modelData.conflict || modelData.displaced > 0 ? qsTr("Check!")
                                          : taken ? qsTr("Taken") : qsTr("Free")
                            return modelData.filledBy === "duty" ? qsTr("%1 · duty").arg(state) : state
                        }
                        objectName: "bed_" + modelData.bed
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.largeTarget
                        checkable: false
                        checked: beds.selected === modelData.bed
                        text: modelData.bed + "\n" + status
                        accessibleName: qsTr("Place %1, %2, %3").arg(modelData.bed)
                                        .arg(modelData.filledBy === "duty" ? qsTr("duty team") : qsTr("field workers"))
                                        .arg(status)
                        onClicked: {
                            beds.outcome = null
                            beds.notice = ""
                            beds.selected = modelData.bed
                        }
                        // Free / taken / needs checking, in colour as well as in words.
                        Rectangle {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.bottom: parent.bottom
                            anchors.margins: 3
                            height: Theme.mm * 1.5
                            radius: height / 2
                            color: tile.modelData.conflict || tile.modelData.displaced > 0 ? Theme.danger
                                   : tile.taken ? Theme.warning : tile.mine ? Theme.ok : Theme.mutedText
                        }
                    }
                }
            }

            // The selected place.
            ColumnLayout {
                Layout.fillWidth: true
                visible: beds.selectedBed !== null
                spacing: Theme.spacing
                BodyText {
                    horizontalAlignment: Text.AlignLeft
                    objectName: "bedSelected"
                    Layout.fillWidth: true
                    font.bold: true
                    text: {
                        const bed = beds.selectedBed
                        if (!bed)
                            return ""
                        if (bed.conflict || bed.displaced > 0)
                            return qsTr("Place %1 needs checking: see the warning above.").arg(bed.bed)
                        if (bed.taken)
                            return qsTr("Place %1 is already given tonight.").arg(bed.bed)
                        if (bed.filledBy !== page.filledBy)
                            return qsTr("Place %1 is given by the out-of-hours duty team.").arg(bed.bed)
                        return qsTr("Give place %1 for tonight (%2):").arg(bed.bed)
                               .arg(bed.kind === "assessed" ? qsTr("with an assistance decision") : qsTr("without an assistance decision"))
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: beds.selectedBed !== null && !beds.selectedBed.taken && beds.selectedBed.filledBy === page.filledBy
                    TouchField {
                        id: bedCode
                        objectName: "bedPersonCode"
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        label: qsTr("Person code")
                        maximumLength: 16
                        inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                        error: page.fieldError(beds.outcome, "person_code") ? qsTr("4 to 16 capital letters or digits.") : ""
                        onTextChanged: page.touch()
                    }
                    TouchField {
                        id: bedAlias
                        objectName: "bedAlias"
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        label: qsTr("Alias (optional)")
                        maximumLength: 40
                        error: page.fieldError(beds.outcome, "alias")
                        onTextChanged: page.touch()
                    }
                    TouchButton {
                        objectName: "bedGive"
                        Layout.alignment: Qt.AlignBottom
                        primary: true
                        text: qsTr("Give the place")
                        onClicked: beds.give()
                    }
                }
                // A place given by mistake tonight (audited); it can be given again.
                TouchButton {
                    objectName: "bedFree"
                    visible: beds.selectedBed !== null && beds.selectedBed.taken && !beds.selectedBed.conflict
                             && beds.selectedBed.displaced === 0 && beds.selectedBed.filledBy === page.filledBy
                    text: qsTr("Free this place (given by mistake)")
                    onClicked: {
                        beds.notice = ""
                        const freed = beds.selected
                        beds.outcome = page.controller.cancelBed(beds.shelter, freed)
                        if (beds.outcome.ok) {
                            beds.notice = qsTr("Place %1 is free again.").arg(freed)
                            beds.selected = 0
                        }
                    }
                }
                Message {
                    objectName: "bedMessage"
                    Layout.fillWidth: true
                    text: beds.outcome && !beds.outcome.ok
                          ? (page.fieldError(beds.outcome, "bed") ? qsTr("This place is already given tonight.")
                                                                  : page.errorText(beds.outcome.error))
                          : ""
                }
            }
            Item { Layout.fillHeight: true }
        }
    }

    // A referral to another unit: only with the person's consent.
    Component {
        id: referralScreen
        ColumnLayout {
            id: referral
            objectName: "referralScreen"
            spacing: Theme.spacing
            property string unit: ""
            property bool consent: false
            property var outcome: null

            function send() {
                if (!consent) {
                    outcome = { ok: false, error: "consent", fields: [{ field: "consent", problem: "required" }] }
                    return
                }
                outcome = page.controller.refer({
                    personCode: page.personCode(refCode.text), alias: refAlias.text, unit: unit,
                    caseworker: refCaseworker.text, reason: refReason.text, consent: consent
                })
                if (outcome.ok)
                    page.goHome(qsTr("Saved at %1: the referral to %2.").arg(page.clockTime(outcome.id)).arg(page.unitName(unit)))
            }

            Heading {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: qsTr("Referral to another unit")
            }
            Flickable {
                id: referralFlick
                objectName: "referralForm"
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: referralForm.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator { active: true }

                ColumnLayout {
                    id: referralForm
                    width: referralFlick.width - Theme.spacing
                    spacing: Theme.spacing

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        TouchField {
                            id: refCode
                            objectName: "referralPersonCode"
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Person code")
                            maximumLength: 16
                            inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                            error: page.fieldError(referral.outcome, "person_code") ? qsTr("4 to 16 capital letters or digits.") : ""
                            onTextChanged: page.touch()
                        }
                        TouchField {
                            id: refAlias
                            objectName: "referralAlias"
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Alias (optional)")
                            maximumLength: 40
                            error: page.fieldError(referral.outcome, "alias")
                            onTextChanged: page.touch()
                        }
                        TouchField {
                            id: refCaseworker
                            objectName: "referralCaseworker"
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Caseworker (optional)")
                            maximumLength: 80
                            error: page.fieldError(referral.outcome, "caseworker")
                            onTextChanged: page.touch()
                        }
                    }
                    FormLabel { Layout.fillWidth: true; text: qsTr("To which unit?") }
                    Text {
                        horizontalAlignment: Text.AlignLeft
                        visible: text.length > 0
                        text: page.fieldError(referral.outcome, "unit") ? qsTr("Choose a unit.") : ""
                        color: Theme.danger
                        font.pixelSize: Theme.fontSize
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ButtonGroup { id: unitGroup }
                        Repeater {
                            model: page.controller ? page.controller.referralUnits : []
                            ChoiceButton {
                                required property string modelData
                                objectName: "referralUnit_" + modelData
                                ButtonGroup.group: unitGroup
                                text: page.unitName(modelData)
                                onClicked: referral.unit = modelData
                            }
                        }
                    }
                    TextBlock {
                        id: refReason
                        objectName: "referralReason"
                        Layout.fillWidth: true
                        label: qsTr("Why (what the person needs help with)")
                        area.objectName: "referralReasonText"
                        error: page.fieldError(referral.outcome, "reason")
                    }
                    ToggleButton {
                        objectName: "referralConsent"
                        Layout.fillWidth: true
                        text: qsTr("The person agrees that we contact this unit about them")
                        checked: referral.consent
                        onToggled: referral.consent = checked
                    }
                }
            }
            Message {
                objectName: "referralMessage"
                Layout.fillWidth: true
                text: !referral.outcome || referral.outcome.ok ? ""
                      : page.fieldError(referral.outcome, "consent")
                        ? qsTr("A referral needs the person's consent. Nothing was saved.")
                        : page.errorText(referral.outcome.error)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Item { Layout.fillWidth: true }
                TouchButton {
                    objectName: "referralCancel"
                    text: qsTr("Cancel")
                    onClicked: page.goHome("")
                }
                TouchButton {
                    objectName: "referralSend"
                    primary: true
                    text: qsTr("Save the referral")
                    onClicked: referral.send()
                }
            }
        }
    }

    // A report of concern about a child (orosanmälan): a legal duty. It is
    // sent as soon as it is saved and cannot be changed on the tablet.
    Component {
        id: concernScreen
        ColumnLayout {
            id: concern
            objectName: "concernScreen"
            spacing: Theme.spacing
            property string area: ""
            property var outcome: null

            function submit() {
                const age = concernAge.text.trim()
                if (age.length > 0 && !/^[0-9]{1,2}$/.test(age)) {
                    outcome = { ok: false, error: "invalid_input", fields: [{ field: "child_age", problem: "out_of_range" }] }
                    return
                }
                outcome = page.controller.reportConcern({ childAge: age, concern: concernText.text, area: area })
                if (outcome.ok) {
                    page.goHome(outcome.reference
                                ? qsTr("Report of concern sent at %1. Reference: %2.").arg(page.clockTime(outcome.id)).arg(outcome.reference)
                                : qsTr("Report of concern sent at %1.").arg(page.clockTime(outcome.id)))
                }
            }

            Heading {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: qsTr("Report of concern about a child")
            }
            BodyText {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: qsTr("Report what you saw or heard. The report goes to social services the next time the tablet syncs, and it cannot be changed or deleted here afterwards.")
            }
            Flickable {
                id: concernFlick
                objectName: "concernForm"
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: concernForm.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator { active: true }

                ColumnLayout {
                    id: concernForm
                    width: concernFlick.width - Theme.spacing
                    spacing: Theme.spacing

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing * 2
                        TouchField {
                            id: concernAge
                            objectName: "concernChildAge"
                            Layout.preferredWidth: Theme.mm * 60
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("The child's age (if known)")
                            maximumLength: 2
                            inputMethodHints: Qt.ImhDigitsOnly
                            error: page.fieldError(concern.outcome, "child_age") ? qsTr("An age from 0 to 17.") : ""
                            onTextChanged: page.touch()
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: Math.round(Theme.mm)
                            FormLabel { Layout.fillWidth: true; text: qsTr("Area (optional)") }
                            Flow {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                ButtonGroup { id: concernAreaGroup }
                                Repeater {
                                    model: page.controller ? page.controller.areas : []
                                    ChoiceButton {
                                        required property string modelData
                                        objectName: "concernArea_" + modelData
                                        ButtonGroup.group: concernAreaGroup
                                        text: page.areaName(modelData)
                                        onClicked: concern.area = modelData
                                    }
                                }
                            }
                        }
                    }
                    TextBlock {
                        id: concernText
                        objectName: "concernText"
                        Layout.fillWidth: true
                        areaHeight: Theme.touchTarget * 4
                        label: qsTr("What worries you about the child?")
                        area.objectName: "concernTextArea"
                        error: page.fieldError(concern.outcome, "concern") ? qsTr("Describe the concern.") : ""
                    }
                }
            }
            Message {
                objectName: "concernMessage"
                Layout.fillWidth: true
                text: concern.outcome && !concern.outcome.ok ? page.errorText(concern.outcome.error) : ""
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Item { Layout.fillWidth: true }
                TouchButton {
                    objectName: "concernCancel"
                    text: qsTr("Cancel")
                    onClicked: page.goHome("")
                }
                TouchButton {
                    objectName: "concernSubmit"
                    primary: true
                    text: qsTr("Send the report")
                    onClicked: concern.submit()
                }
            }
        }
    }

    // What sync could not settle on its own (ids and codes only).
    Component {
        id: attentionScreen
        ColumnLayout {
            id: attention
            objectName: "attentionScreen"
            spacing: Theme.spacing
            property var items: {
                page.revision
                return page.controller && !page.locked ? page.controller.attention() : []
            }

            RowLayout {
                Layout.fillWidth: true
                Heading {
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    text: qsTr("Needs attention")
                }
                TouchButton {
                    objectName: "attentionRefresh"
                    text: qsTr("Update")
                    accessibleName: qsTr("Update the list")
                    onClicked: page.revision += 1
                }
            }
            BodyText {
                horizontalAlignment: Text.AlignLeft
                objectName: "attentionEmpty"
                Layout.fillWidth: true
                visible: attention.items.length === 0
                text: qsTr("Nothing needs attention.")
            }
            ListView {
                objectName: "attentionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing
                model: attention.items
                ScrollIndicator.vertical: ScrollIndicator { active: true }
                delegate: Rectangle {
                    required property var modelData
                    required property int index
                    objectName: "attentionItem_" + index
                    width: ListView.view.width
                    implicitHeight: itemColumn.implicitHeight + Theme.spacing * 2
                    color: Theme.warningSurface
                    border.color: Theme.warning
                    border.width: 2
                    radius: Theme.mm
                    Accessible.role: Accessible.ListItem
                    Accessible.name: page.recordTypeName(modelData.type) + ". " + page.attentionReason(modelData.reason)
                    Column {
                        id: itemColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.spacing
                        spacing: Math.round(Theme.mm)
                        Text {
                            horizontalAlignment: Text.AlignLeft
                            width: parent.width
                            text: page.recordTypeName(modelData.type)
                            font.pixelSize: Theme.fontSize
                            font.bold: true
                            color: Theme.text
                            Accessible.ignored: true
                        }
                        Text {
                            horizontalAlignment: Text.AlignLeft
                            width: parent.width
                            text: page.attentionReason(modelData.reason)
                            font.pixelSize: Theme.fontSize
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                        Text {
                            horizontalAlignment: Text.AlignLeft
                            width: parent.width
                            text: modelData.id
                            font.pixelSize: Theme.fontSize
                            color: Theme.mutedText
                            elide: Text.ElideMiddle
                            Accessible.ignored: true
                        }
                        TouchButton {
                            objectName: "attentionSettle_" + index
                            visible: modelData.reason !== "rejected_by_server"
                            text: modelData.reason === "displaced_allocation"
                                  ? qsTr("Handled: the other person got help")
                                  : qsTr("Keep the version shown")
                            onClicked: {
                                const result = page.controller.settle(modelData.id)
                                if (result.ok)
                                    page.revision += 1
                            }
                        }
                    }
                }
            }
        }
    }
}
