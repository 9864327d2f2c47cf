import QtQuick
import QtTest
import Intake
import Intake.Testing
import "shots.js" as Shots

// The window around every role: the sync status bar, the setup screen that
// enrols a device, the error screen, and mirroring of the whole layout.
TestCase {
    id: testCase
    name: "App"
    when: windowShown
    width: 1280
    height: 800
    visible: true  // TestCase is invisible by default: nothing in it would take a click

    TestDevice { id: device; role: "kiosk" }
    Translator { id: translator }

    Item {
        id: root
        width: 1280
        height: 800
        LayoutMirroring.enabled: translator.rightToLeft
        LayoutMirroring.childrenInherit: true
    }

    Component { id: setupPage; SetupPage {} }
    Component { id: statusBar; SyncStatusBar {} }
    Component { id: startErrorPage; StartErrorPage {} }

    function cleanup() {
        translator.language = "sv"
    }

    function clickNamed(page, name) {
        const control = findChild(page, name)
        verify(control, "no control " + name)
        const at = control.mapToItem(root, control.width / 2, control.height / 2)
        if (at.y < root.height)
            mouseClick(control)
        else
            control.clicked()  // below the fold of the 800-pixel test window (the page scrolls)
        return control
    }

    function test_setup_enrols_after_the_admin_pin() {
        translator.language = "en"
        const page = createTemporaryObject(setupPage, root, { controller: device.setup, translator: translator,
                                                             width: 1280, height: 800 })
        verify(page)
        verify(!device.setup.unlocked)
        // The first start asks for a new admin PIN; too short is refused.
        findChild(page, "adminPin").text = "123"
        clickNamed(page, "adminUnlock")
        verify(!device.setup.unlocked)
        compare(findChild(page, "setupMessage").text, Messages.forError("pin.too_short"))
        findChild(page, "adminPin").text = "27182818"
        clickNamed(page, "adminUnlock")
        tryVerify(() => device.setup.unlocked)
        compare(findChild(page, "adminPin").text, "", "the PIN does not stay in the field")
        compare(UiInspector.violations(page, 10), [])

        clickNamed(page, "role_reception")
        findChild(page, "deviceId").text = "reception-2"
        findChild(page, "ticketSlot").text = "4"
        findChild(page, "centralUrl").text = "http://central.example.org"   // http to another host: refused
        clickNamed(page, "enrol")
        const refusal = findChild(page, "setupMessage").text
        verify(refusal.indexOf("central_url") >= 0, refusal)
        compare(device.setup.profile.role, undefined, "nothing saved")

        findChild(page, "centralUrl").text = "https://central.example.org"
        findChild(page, "user").text = "reception-2"
        findChild(page, "password").text = "correct horse"
        const enrolled = signalSpy.createObject(testCase, { target: device.setup, signalName: "enrolled" })
        clickNamed(page, "enrol")
        compare(enrolled.count, 1)
        compare(device.setup.profile.role, "reception")
        compare(device.setup.profile.ticketSlot, 4)
        verify(device.setup.profile.hasCredentials)
        verify(!device.anyFileContains("correct horse"), "the password is in the key store, not in a file")
    }

    Component { id: signalSpy; SignalSpy {} }

    function test_setup_screenshots_data() {
        return [{ tag: "sv", language: "sv" }, { tag: "en", language: "en" }, { tag: "ar", language: "ar" }]
    }
    function test_setup_screenshots(data) {
        translator.language = data.language
        const page = createTemporaryObject(setupPage, root, { controller: device.setup, translator: translator,
                                                             width: 1280, height: 800 })
        verify(UiInspector.interactiveCount(page) > 0)
        compare(UiInspector.violations(page, 10), [])
        Shots.capture(testCase, page, device, "setup-" + data.language)
    }

    function test_status_bar_says_when_sync_is_not_set_up() {
        translator.language = "en"
        const bar = createTemporaryObject(statusBar, root, { monitor: device.sync, width: 1280 })
        compare(findChild(bar, "syncState").text, "Sync is not set up")
        compare(findChild(bar, "syncPending").text, "0 records waiting")
        compare(findChild(bar, "syncLast").text, "Never synced")
        verify(bar.Accessible.name.indexOf("0 records waiting") >= 0)
        Shots.capture(testCase, bar, device, "status-bar-en")
        translator.language = "sv"
        compare(findChild(bar, "syncState").text, "Synkning är inte inställd")
    }

    // The central service's Date says the device clock is off: staff are told,
    // in minutes, hours or days; a small drift is not shown.
    function test_status_bar_warns_of_a_wrong_clock() {
        translator.language = "en"
        const bar = createTemporaryObject(statusBar, root, { monitor: device.sync, width: 1280 })
        const clock = findChild(bar, "syncClock")
        verify(!clock.visible)
        bar.clockOffsetMinutes = -3 * 24 * 60
        verify(clock.visible)
        compare(clock.text, "The device clock is wrong by 3 days. Ask IT to set it.")
        verify(bar.Accessible.name.indexOf(clock.text) >= 0)
        bar.clockOffsetMinutes = 90
        compare(clock.text, "The device clock is wrong by 90 minutes. Ask IT to set it.")
        bar.clockOffsetMinutes = 5 * 60
        compare(clock.text, "The device clock is wrong by 5 hours. Ask IT to set it.")
        bar.compact = true  // a kiosk shows it too
        verify(clock.visible)
        Shots.capture(testCase, bar, device, "status-bar-clock-en")
        translator.language = "sv"
        verify(clock.text.indexOf("klocka") >= 0, clock.text)
        bar.clockOffsetMinutes = 0
        verify(!clock.visible)
    }

    function test_arabic_mirrors_the_setup_screen() {
        translator.language = "sv"
        const page = createTemporaryObject(setupPage, root, { controller: device.setup, translator: translator,
                                                             width: 1280, height: 800 })
        const button = findChild(page, "adminUnlock")
        const leftToRight = button.mapToItem(root, 0, 0).x
        translator.language = "ar"
        verify(translator.rightToLeft)
        waitForRendering(page)
        const rightToLeft = button.mapToItem(root, 0, 0).x
        verify(leftToRight < root.width / 2, "at the start edge in Swedish: " + leftToRight)
        verify(rightToLeft + button.width > root.width / 2, "at the start edge (right) in Arabic: " + rightToLeft)
    }

    // The key store locked at start: the reason, in the user's language, and a
    // way to try again once it is unlocked. A damaged vault offers no retry.
    function test_start_error_offers_a_retry_only_when_it_may_help() {
        translator.language = "sv"
        const page = createTemporaryObject(startErrorPage, root, { errorCode: "keystore.unavailable", canRetry: true,
                                                                  width: 1280, height: 800 })
        compare(findChild(page, "errorMessage").text, Messages.forError("keystore.unavailable"))
        verify(findChild(page, "errorMessage").text.indexOf("nyckel") >= 0, findChild(page, "errorMessage").text)
        const retry = findChild(page, "retryStart")
        verify(retry.visible)
        compare(retry.text, "Försök igen")
        compare(UiInspector.violations(page, 10), [])
        Shots.capture(testCase, page, device, "start-error-keystore-sv")
        const asked = signalSpy.createObject(testCase, { target: page, signalName: "retryRequested" })
        mouseClick(retry)
        compare(asked.count, 1)

        translator.language = "en"
        compare(retry.text, "Try again")
        page.errorCode = "vault.damaged"
        page.canRetry = false
        verify(!retry.visible)
        compare(findChild(page, "errorMessage").text, Messages.forError("vault.damaged"))
        verify(findChild(page, "errorMessage").text.indexOf("damaged") >= 0)
    }
}
