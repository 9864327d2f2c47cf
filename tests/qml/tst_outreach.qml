import QtQuick
import QtTest
import Intake
import Intake.Testing
import "shots.js" as Shots

// The outreach tablet against a real device (a real PIN ring and team
// vault): choosing and using the staff PIN, the three-tap anonymous contact,
// a contact with a person, giving a bed, a referral that needs consent, a
// report of concern, locking by inactivity, and every screen's
// accessibility walk and screenshot in sv, en and ar.
Item {
    id: root
    width: 1280
    height: 800
    LayoutMirroring.enabled: translator.rightToLeft
    LayoutMirroring.childrenInherit: true

    Translator { id: translator }

    // Behind the pages: toggling its colour makes the window render a new
    // frame, so waitForRendering() does not wait out its timeout on a
    // screen where nothing else changes.
    Rectangle { id: repaint; width: 1; height: 1; z: -1; color: "#ffffff" }

    // A fresh tablet per test: Monday 23 November 2026, 22:00 (a night).
    Component {
        id: deviceComponent
        TestDevice { role: "outreach"; now: "2026-11-23T22:00" }
    }
    Component {
        id: pageComponent
        OutreachPage {}
    }

    TestCase {
        id: testCase
        name: "Outreach"
        anchors.fill: parent
        when: windowShown

        readonly property string pin: "482916"

        function init() {
            translator.language = "sv"
        }

        function makeDevice() {
            const device = createTemporaryObject(deviceComponent, testCase)
            verify(device !== null, "device")
            verify(device.outreach !== null, "the outreach controller")
            return device
        }
        function makePage(device) {
            // Under the (visible) root, which mirrors for Arabic; TestCase itself is invisible.
            const page = createTemporaryObject(pageComponent, root, {
                controller: device.outreach, translator: translator, sync: device.sync,
                width: testCase.width, height: testCase.height
            })
            verify(page !== null, "page")
            return page
        }
        // A tablet with its PIN chosen and unlocked, on the home screen.
        function unlockedPage() {
            const device = makeDevice()
            verify(device.outreach.enrol(pin).ok)
            verify(!device.outreach.locked)
            const page = makePage(device)
            shown(page, "homeScreen")
            return { device: device, page: page }
        }

        function shown(page, name) {
            let item = null
            tryVerify(function() {
                item = findChild(page, name)
                return item !== null && item.visible && item.width > 0 && item.height > 0
            }, 3000, name + " is shown")
            return item
        }
        // Finds a visible control, waits for the layouts to place it and taps it.
        function tap(page, name) {
            const item = shown(page, name)
            wait(30)
            // Scroll a form so the control is on screen.
            for (let p = item.parent; p; p = p.parent) {
                if (p.contentY !== undefined && p.contentHeight !== undefined && p.flick !== undefined) {
                    const y = item.mapToItem(p.contentItem, 0, 0).y
                    if (y < p.contentY || y + item.height > p.contentY + p.height) {
                        p.contentY = Math.max(0, Math.min(p.contentHeight - p.height, y - Theme.spacing))
                        wait(30)
                    }
                    break
                }
            }
            verify(item.enabled, name + " is enabled")
            mouseClick(item)
            return item
        }
        function type(page, name, text) {
            const field = shown(page, name)
            field.text = text
        }
        function typeDigits(page, digits) {
            for (const digit of digits)
                tap(page, "pinDigit_" + digit)
        }
        function enterPin(page, digits) {
            typeDigits(page, digits)
            tap(page, "pinUnlock")
        }
        function records(device, type) {
            return device.records("outreach", type)
        }

        function test_enrolLockAndUnlock() {
            const device = makeDevice()
            verify(!device.outreach.enrolled)
            const page = makePage(device)
            shown(page, "enrolScreen")

            // Two different PINs: refused, nothing enrolled, start again.
            typeDigits(page, pin)
            tap(page, "enrolNext")
            verify(findChild(page, "enrolStep").text.length > 0)
            typeDigits(page, "482917")
            tap(page, "enrolNext")
            verify(findChild(page, "enrolMessage").visible)
            verify(!device.outreach.enrolled)
            // Too short.
            typeDigits(page, "12345")
            tap(page, "enrolNext")
            verify(findChild(page, "enrolMessage").visible)
            compare(findChild(page, "enrolScreen").first, "", "still at the first step")
            verify(!device.outreach.enrolled)

            typeDigits(page, pin)
            tap(page, "enrolNext")
            compare(findChild(page, "enrolDots").digits, 0, "the second step starts empty")
            typeDigits(page, pin)
            tap(page, "enrolNext")
            verify(device.outreach.enrolled)
            verify(!device.outreach.locked)
            shown(page, "homeScreen")
            verify(device.vaultNames().indexOf("outreach") >= 0, "the team vault is open")

            // Lock: nothing of the team's data is reachable.
            tap(page, "lockButton")
            verify(device.outreach.locked)
            shown(page, "pinScreen")
            tryVerify(() => findChild(page, "homeScreen") === null, 2000, "the home screen is gone")
            verify(device.vaultNames().indexOf("outreach") < 0, "the team vault is closed")

            // A wrong PIN: stays locked, says how many tries are left.
            const before = device.outreach.attemptsLeft
            enterPin(page, "111111")
            verify(device.outreach.locked)
            compare(device.outreach.attemptsLeft, before - 1)
            const message = findChild(page, "pinMessageText")
            verify(message.visible)
            verify(message.text.indexOf(String(before - 1)) >= 0, message.text)
            compare(findChild(page, "pinScreen").pin, "", "the PIN typed is not kept")

            // The right one opens it.
            enterPin(page, pin)
            verify(!device.outreach.locked)
            shown(page, "homeScreen")
            compare(device.outreach.attemptsLeft, before, "a right PIN resets the count")
        }

        function test_threeTapAnonymousContact() {
            const t = unlockedPage()
            const page = t.page
            const device = t.device
            compare(records(device, "contact").length, 0)

            let taps = 0
            tap(page, "quickContact"); taps += 1
            tap(page, "area_hisingen"); taps += 1
            tap(page, "count_3"); taps += 1
            compare(taps, 3)

            const contacts = records(device, "contact")
            compare(device.count("outreach", "contact"), 1)
            compare(contacts[0].area, "hisingen")
            compare(contacts[0].count, 3)
            compare(contacts[0].anonymous, true)
            verify(contacts[0].alias === undefined && contacts[0].name === undefined && contacts[0].person_code === undefined)
            compare(contacts[0].recorded_by, "staff-test")
            // Back home with a confirmation.
            shown(page, "homeScreen")
            const banner = shown(page, "savedBanner")
            verify(banner.text.indexOf("3") >= 0, banner.text)
            verify(banner.text.indexOf("22:00") >= 0, "the time by the device's clock: " + banner.text)

            // "5+" is 5, also three taps.
            tap(page, "quickContact")
            tap(page, "area_centrum")
            tap(page, "count_5")
            compare(device.count("outreach", "contact"), 2)
            verify(records(device, "contact").some(c => c.area === "centrum" && c.count === 5))
        }

        function test_contactWithPerson() {
            const t = unlockedPage()
            const page = t.page
            const device = t.device
            tap(page, "personContact")
            shown(page, "personScreen")

            // Without an alias or a name: refused, nothing written.
            tap(page, "personArea_centrum")
            tap(page, "personSave")
            verify(findChild(page, "personMessage").visible)
            compare(device.count("outreach", "contact"), 0)

            // A name needs consent.
            type(page, "personName", "Anna Berg")
            tap(page, "personSave")
            verify(findChild(page, "personMessage").visible)
            compare(device.count("outreach", "contact"), 0)

            type(page, "personName", "")
            type(page, "personAlias", "Kalle")
            type(page, "personCode", "kb71")
            tap(page, "personGender_man")
            tap(page, "personAge_36-50")
            tap(page, "personNeed_food")
            tap(page, "personNeed_overnight_place")
            tap(page, "personSave")
            compare(device.count("outreach", "contact"), 1)
            const contact = records(device, "contact")[0]
            compare(contact.anonymous, false)
            compare(contact.alias, "Kalle")
            compare(contact.person_code, "KB71")
            compare(contact.area, "centrum")
            compare(contact.gender, "man")
            compare(contact.age_band, "36-50")
            compare(contact.needs.sort(), ["food", "overnight_place"])
            verify(contact.name === undefined)
            shown(page, "homeScreen")

            // With a name and consent.
            tap(page, "personContact")
            tap(page, "personArea_nordost")
            type(page, "personName", "Anna Berg")
            tap(page, "personConsent")
            tap(page, "personSave")
            compare(device.count("outreach", "contact"), 2)
            const named = records(device, "contact").filter(c => c.name === "Anna Berg")
            compare(named.length, 1)
            compare(named[0].consent, true)
            // The form is gone with what was typed in it.
            tryVerify(() => UiInspector.stringsHolding(page, "Anna Berg").length === 0, 2000,
                      "nothing holds the name: " + UiInspector.stringsHolding(page, "Anna Berg"))
        }

        function test_giveBed() {
            const t = unlockedPage()
            const page = t.page
            const device = t.device
            tap(page, "bedsButton")
            shown(page, "bedsScreen")
            const summary = findChild(page, "bedsSummary").text
            verify(summary.indexOf("15") >= 0, summary)

            // A duty-team place is not given from a field worker's tablet.
            tap(page, "bed_2")
            verify(!findChild(page, "bedGive").visible)

            tap(page, "bed_11")
            verify(findChild(page, "bedGive").visible)
            type(page, "bedPersonCode", "ms82")
            type(page, "bedAlias", "Micke")
            tap(page, "bedGive")
            compare(device.count("outreach", "bed_night"), 1)
            const bed = records(device, "bed_night")[0]
            compare(bed.bed, 11)
            compare(bed.shelter, "overnight-centrum")
            compare(bed.night, device.outreach.night)
            compare(bed.night, "2026-11-23")
            compare(bed.person_code, "MS82")
            compare(bed.alias, "Micke")
            compare(bed.filled_by, "field")
            compare(bed.kind, "unassessed")
            compare(bed.status, "given")
            // The tile says taken; the place cannot be given twice.
            tryVerify(() => findChild(page, "bed_11").taken)
            verify(findChild(page, "bed_11").text.indexOf(findChild(page, "bed_11").status) >= 0)
            verify(findChild(page, "bedNotice").visible)
            tap(page, "bed_11")
            verify(!findChild(page, "bedGive").visible)
            verify(findChild(page, "bedsSummary").text.indexOf("5") >= 0)
            // No warnings without a sync conflict.
            verify(!findChild(page, "bedConflictAlert").visible)
            verify(!findChild(page, "bedDisplacedAlert").visible)
            // Given by mistake: freed (the record is deleted), and free to give again.
            verify(findChild(page, "bedFree").visible)
            tap(page, "bedFree")
            compare(device.count("outreach", "bed_night"), 0)
            tryVerify(() => !findChild(page, "bed_11").taken)
            tap(page, "bed_11")
            verify(findChild(page, "bedGive").visible)
            verify(!findChild(page, "bedFree").visible)
        }

        function test_referralNeedsConsent() {
            const t = unlockedPage()
            const page = t.page
            const device = t.device
            tap(page, "referralButton")
            type(page, "referralPersonCode", "KB71")
            type(page, "referralAlias", "Kalle")
            tap(page, "referralUnit_housing_unit")
            type(page, "referralReasonText", "Behöver hjälp att söka bostad.")

            // Without consent: refused, nothing written.
            tap(page, "referralSend")
            verify(findChild(page, "referralMessage").visible)
            compare(device.count("outreach", "referral"), 0)

            tap(page, "referralConsent")
            tap(page, "referralSend")
            compare(device.count("outreach", "referral"), 1)
            const referral = records(device, "referral")[0]
            compare(referral.consent, true)
            compare(referral.unit, "housing_unit")
            compare(referral.person_code, "KB71")
            compare(referral.alias, "Kalle")
            compare(referral.status, "sent")
            compare(referral.referred_by, "staff-test")
            shown(page, "homeScreen")
        }

        function test_reportOfConcern() {
            const t = unlockedPage()
            const page = t.page
            const device = t.device
            tap(page, "concernButton")
            // Nothing described: refused.
            tap(page, "concernSubmit")
            verify(findChild(page, "concernMessage").visible)
            compare(device.count("outreach", "concern_report"), 0)

            type(page, "concernChildAge", "12")
            tap(page, "concernArea_nordost")
            type(page, "concernTextArea", "Ett barn ensamt ute efter midnatt, flera nätter.")
            tap(page, "concernSubmit")
            compare(device.count("outreach", "concern_report"), 1)
            const report = records(device, "concern_report")[0]
            compare(report.status, "submitted")
            compare(report.child_age, 12)
            compare(report.area, "nordost")
            verify(report.submitted_at.length > 0)
            verify(report.reference.length > 0)
            const banner = shown(page, "savedBanner")
            verify(banner.text.indexOf(report.reference) >= 0, "the reference is shown: " + banner.text)
        }

        function test_attentionList() {
            const t = unlockedPage()
            tap(t.page, "attentionButton")
            shown(t.page, "attentionScreen")
            verify(findChild(t.page, "attentionEmpty").visible)
            tap(t.page, "attentionRefresh")
            tap(t.page, "homeButton")
            shown(t.page, "homeScreen")
        }

        function test_idleLock() {
            const t = unlockedPage()
            const page = t.page
            // An open form with something typed in it.
            tap(page, "personContact")
            type(page, "personAlias", "Kalle")
            page.idleSecondsOverride = 1   // test only: 1 s, then the 20 s warning
            const guard = findChild(page, "idleGuard")
            tryVerify(() => guard.warning, 5000, "the warning comes after the idle time")
            verify(!t.device.outreach.locked)
            tryVerify(() => t.device.outreach.locked, 30000, "locked after the warning")
            shown(page, "pinScreen")
            tryVerify(() => UiInspector.stringsHolding(page, "Kalle").length === 0, 2000, "the form is gone")
            verify(findChild(page, "personScreen") === null)
        }

        function test_touchesKeepItOpen() {
            const t = unlockedPage()
            const page = t.page
            page.idleSecondsOverride = 2
            const guard = findChild(page, "idleGuard")
            // Tapping around for longer than the idle time: no warning.
            for (let i = 0; i < 4; ++i) {
                tap(page, i % 2 === 0 ? "bedsButton" : "homeButton")
                wait(900)
                verify(!guard.warning, "no warning while in use (" + i + ")")
            }
            verify(!t.device.outreach.locked)
            page.idleSecondsOverride = 0
        }

        // Shots.capture, with grabImage's save() adapted: in Qt 6.4 it
        // returns nothing (it throws when it cannot write), so shots.js's
        // check of its result would always fail.
        function capture(item, device, name) {
            const adapted = {
                waitForRendering: function(target) {
                    repaint.color = Qt.colorEqual(repaint.color, "#ffffff") ? "#fefefe" : "#ffffff"
                    return testCase.waitForRendering(target)
                },
                verify: function(condition, message) { return testCase.verify(condition, message) },
                grabImage: function(target) {
                    const image = testCase.grabImage(target)
                    return {
                        width: image.width,
                        height: image.height,
                        pixel: function(x, y) { return image.pixel(x, y) },
                        save: function(path) { image.save(path); return true }
                    }
                }
            }
            Shots.capture(adapted, item, device, name)
        }

        function checkScreen(page, device, name) {
            wait(50)
            verify(UiInspector.interactiveCount(page) > 0, name + ": controls found")
            compare(UiInspector.violations(page, 10), [], name + ": accessibility and size")
            capture(page, device, name)
        }

        function test_screensInThreeLanguages() {
            // The enrol screen, on a new tablet.
            const fresh = makeDevice()
            const enrolPage = makePage(fresh)
            translator.language = "en"   // the Translator starts at "sv" without loading it
            for (const language of ["sv", "en", "ar"]) {
                translator.language = language
                shown(enrolPage, "enrolScreen")
                checkScreen(enrolPage, fresh, "outreach_enrol_" + language)
            }
            enrolPage.destroy()

            const t = unlockedPage()
            const page = t.page
            const device = t.device
            // Something to show: a contact and a bed.
            verify(device.outreach.logAnonymous("centrum", 2).ok)
            verify(device.outreach.giveBed("overnight-centrum", 12, "field", "AB12", "").ok)
            for (const language of ["sv", "en", "ar"]) {
                translator.language = language
                shown(page, "homeScreen")
                checkScreen(page, device, "outreach_home_" + language)
                tap(page, "quickContact")
                checkScreen(page, device, "outreach_area_" + language)
                tap(page, "area_sydvast")
                checkScreen(page, device, "outreach_count_" + language)
                tap(page, "count_1")
                checkScreen(page, device, "outreach_saved_" + language)
                tap(page, "personContact")
                checkScreen(page, device, "outreach_person_" + language)
                tap(page, "homeButton")
                tap(page, "bedsButton")
                tap(page, "bed_13")
                checkScreen(page, device, "outreach_beds_" + language)
                tap(page, "homeButton")
                tap(page, "referralButton")
                checkScreen(page, device, "outreach_referral_" + language)
                tap(page, "homeButton")
                tap(page, "concernButton")
                checkScreen(page, device, "outreach_concern_" + language)
                tap(page, "homeButton")
                tap(page, "attentionButton")
                checkScreen(page, device, "outreach_attention_" + language)
                tap(page, "homeButton")
                tap(page, "lockButton")
                shown(page, "pinScreen")
                tap(page, "pinDigit_4")
                tap(page, "pinDigit_8")
                checkScreen(page, device, "outreach_pin_" + language)
                tap(page, "pinErase")
                tap(page, "pinErase")
                enterPin(page, pin)
                verify(!device.outreach.locked)
            }
        }
    }
}
