import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Intake

// IT staff enrol a device here: role, site or team, its ticket slot, the
// central service and its credentials. Guarded by the admin PIN (chosen at
// the very first start). Credentials go to the key store, never the profile.
Item {
    id: page
    property SetupController controller
    property Translator translator
    signal closeRequested()

    property string message: ""

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: content
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 2

            Heading {
                Layout.fillWidth: true
                text: qsTr("Set up this device")
            }

            // --- The admin PIN -------------------------------------------------
            ColumnLayout {
                visible: page.controller && !page.controller.unlocked
                spacing: Theme.spacing
                Layout.fillWidth: true
                BodyText {
                    Layout.fillWidth: true
                    text: page.controller && page.controller.hasAdminPin
                          ? qsTr("Enter the admin PIN to change this device's setup.")
                          : qsTr("First start: choose an admin PIN (at least 6 digits). IT keeps it; the setup screen asks for it.")
                }
                TouchField {
                    id: adminPin
                    objectName: "adminPin"
                    label: qsTr("Admin PIN")
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhDigitsOnly
                    Layout.fillWidth: true
                }
                TouchButton {
                    objectName: "adminUnlock"
                    primary: true
                    text: page.controller && page.controller.hasAdminPin ? qsTr("Unlock") : qsTr("Choose this PIN")
                    onClicked: {
                        const result = page.controller.hasAdminPin ? page.controller.unlock(adminPin.text)
                                                                   : page.controller.createAdminPin(adminPin.text)
                        adminPin.text = ""
                        page.message = result.ok ? "" : Messages.forError(result.error)
                    }
                }
            }

            // --- The device ----------------------------------------------------
            ColumnLayout {
                visible: page.controller && page.controller.unlocked
                spacing: Theme.spacing
                Layout.fillWidth: true

                BodyText { text: qsTr("Role") }
                ButtonGroup { id: roles }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: [
                            { id: "kiosk", name: qsTr("Welcome House kiosk") },
                            { id: "reception", name: qsTr("Welcome House reception") },
                            { id: "counselling", name: qsTr("Family counselling self-registration") },
                            { id: "outreach", name: qsTr("Outreach tablet") }
                        ]
                        ChoiceButton {
                            required property var modelData
                            objectName: "role_" + modelData.id
                            text: modelData.name
                            ButtonGroup.group: roles
                            checked: page.controller && page.controller.profile.role === modelData.id
                            property string roleId: modelData.id
                        }
                    }
                }
                TouchField {
                    id: deviceId
                    objectName: "deviceId"
                    label: qsTr("Device name (lower case letters, digits and dashes)")
                    text: page.controller ? (page.controller.profile.deviceId || "") : ""
                    Layout.fillWidth: true
                }
                TouchField {
                    id: site
                    objectName: "site"
                    label: qsTr("Site (Welcome House)")
                    text: page.controller ? (page.controller.profile.site || "welcome-house") : ""
                    Layout.fillWidth: true
                }
                TouchField {
                    id: ticketSlot
                    objectName: "ticketSlot"
                    label: qsTr("Ticket slot of this device at its site (1, 2, ...)")
                    text: page.controller ? String(page.controller.profile.ticketSlot || 1) : "1"
                    inputMethodHints: Qt.ImhDigitsOnly
                    Layout.fillWidth: true
                }
                TouchField {
                    id: team
                    objectName: "team"
                    label: qsTr("Outreach team")
                    text: page.controller ? (page.controller.profile.team || "") : ""
                    Layout.fillWidth: true
                }
                TouchField {
                    id: staff
                    objectName: "staff"
                    label: qsTr("Staff id of the person using this tablet")
                    text: page.controller ? (page.controller.profile.staff || "") : ""
                    Layout.fillWidth: true
                }
                TouchField {
                    id: central
                    objectName: "centralUrl"
                    label: qsTr("Central service (https://…)")
                    text: page.controller ? (page.controller.profile.centralUrl || "") : ""
                    inputMethodHints: Qt.ImhUrlCharactersOnly
                    Layout.fillWidth: true
                }
                TouchField {
                    id: user
                    objectName: "user"
                    label: qsTr("Sync user name")
                    Layout.fillWidth: true
                }
                TouchField {
                    id: password
                    objectName: "password"
                    label: qsTr("Sync password")
                    echoMode: TextInput.Password
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: Theme.spacing
                    TouchButton {
                        objectName: "enrol"
                        primary: true
                        text: qsTr("Save and restart")
                        onClicked: {
                            const result = page.controller.enrol({
                                role: roles.checkedButton ? roles.checkedButton.roleId : "",
                                deviceId: deviceId.text, site: site.text, ticketSlot: parseInt(ticketSlot.text),
                                team: team.text, staff: staff.text, centralUrl: central.text,
                                user: user.text, password: password.text
                            })
                            password.text = ""
                            let fields = []
                            for (let i = 0; result.fields && i < result.fields.length; ++i)
                                fields.push(result.fields[i].field)
                            page.message = result.ok ? qsTr("Saved.")
                                : Messages.forError(result.error) + (fields.length ? " (" + fields.join(", ") + ")" : "")
                        }
                    }
                    TouchButton {
                        objectName: "setupClose"
                        text: qsTr("Close")
                        onClicked: page.closeRequested()
                    }
                }
            }

            BodyText {
                objectName: "setupMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.danger
                text: page.message
            }
        }
    }
}
