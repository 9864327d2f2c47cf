import QtQuick
import QtTest
import Intake
import Intake.Testing
import "shots.js" as Shots

// Family-counselling self-registration, clicked through like an applicant
// would, against a real counselling device (TestDevice: real encrypted
// vaults). Asserts on the vaults: one sealed application and one slot
// request in "family-counselling", nothing anywhere else.
Item {
    id: root
    width: 1280
    height: 800
    LayoutMirroring.enabled: translator.rightToLeft
    LayoutMirroring.childrenInherit: true

    Translator { id: translator }

    Component {
        id: deviceComponent
        TestDevice { role: "counselling" }
    }
    Component {
        id: pageComponent
        CounsellingPage { anchors.fill: parent }
    }

    TestCase {
        id: testCase
        name: "Counselling"
        when: windowShown
        width: 1280
        height: 800
        // A TestCase is invisible by default: the pages made in it are shown.
        visible: true

        property var device: null
        property var page: null

        function init() {
            translator.language = "sv"
            device = createTemporaryObject(deviceComponent, testCase)
            verify(device.counselling, "the test device has no counselling controller")
            compare(device.seedSlots(4), 4)
            page = createTemporaryObject(pageComponent, testCase,
                                         {controller: device.counselling, translator: translator, sync: device.sync})
            verify(page)
            // The page offers call times from the device's clock, not the wall clock.
            page.clockNow = new Date(device.now + ":00")
            compare(page.step, "language")
        }

        function cleanup() {
            translator.language = "sv"
        }

        // --- helpers ---------------------------------------------------------

        function findVisible(item, name) {
            if (!item || !item.visible)
                return null
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findVisible(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }
        function find(name) {
            const item = findVisible(page, name)
            verify(item, "no visible " + name + " on step " + page.step)
            return item
        }
        function click(name) {
            const item = find(name)
            waitForItemPolished(item.parent)
            verify(item.enabled, name + " is disabled on step " + page.step)
            mouseClick(item)
        }
        function waitStep(step) {
            tryCompare(page, "step", step, 3000, "waiting for " + step + ", from " + new Error().stack.split("\n")[1])
            // Lets the items of the step left be deleted and the new step's
            // positioners lay it out before anything is clicked.
            wait(50)
        }
        function typeInto(fieldName, text) {
            const field = find(fieldName)
            mouseClick(field.input)
            verify(field.input.activeFocus, fieldName + " has no focus")
            for (const character of text)
                keyClick(character)
            compare(field.text, text)
        }
        function checkStep(shot) {
            const problems = UiInspector.violations(page, 10)
            compare(problems, [], page.step + ": " + problems.join("; "))
            verify(UiInspector.interactiveCount(page) > 0, page.step + ": no interactive control found")
            if (shot)
                capture(shot)
        }
        function capture(shot) {
            // A frame is due, so that Shots' wait for one does not time out.
            page.Window.window.update()
            Shots.capture(testCase, page, device, shot)
        }
        function applications() {
            return device.records("family-counselling", "application")
        }
        function bookings() {
            return device.records("family-counselling", "booking_request")
        }
        // Nothing in any vault but the counselling ones (and config).
        function verifyNothingElsewhere() {
            const names = device.vaultNames()
            verify(names.indexOf("family-counselling") >= 0, names.join(","))
            verify(names.indexOf("welcome-house") < 0, "a counselling device opens no Welcome House vault")
            verify(names.indexOf("outreach") < 0, "a counselling device opens no outreach vault")
            compare(device.count("welcome-house", ""), 0)
            compare(device.count("outreach", ""), 0)
            compare(device.count("config", "application"), 0)
            compare(device.count("counselling-slots", "application"), 0)
            compare(device.count("counselling-slots", "booking_request"), 0)
        }

        // From the language screen to the priority questions, by phone.
        function fillAdults(lang, name, phone, second) {
            click("language_" + lang)
            waitStep("contact")
            click("contact_phone")
            waitStep("adults")
            typeInto("firstName1Field", name)
            typeInto("phone1Field", phone)
            if (second) {
                click("secondAdultButton")
                typeInto("firstName2Field", second)
            }
        }
        // From the priority questions to the consent screen.
        function answerTheRest(slotName) {
            waitStep("priority")
            click("smallChildren_yes")
            click("acuteCrisis_no")
            click("nextButton")
            waitStep("interpreter")
            click("interpreter_no")
            click("nextButton")
            waitStep("provider")
            click("nextButton")
            waitStep("single")
            click("singleSession_no")
            click("nextButton")
            waitStep("slot")
            click(slotName || "slot_none")
            click("nextButton")
            waitStep("consent")
        }

        // --- the whole flow -------------------------------------------------

        function test_applicationAndSlotRequestGoOnlyIntoTheCounsellingVault() {
            const name = "Leontyne"
            const phone = "070-123 45 67"
            fillAdults("en", name, phone, "Bertil")
            compare(translator.language, "en")
            click("nextButton")
            waitStep("priority")
            click("smallChildren_yes")
            click("acuteCrisis_no")
            click("nextButton")
            waitStep("interpreter")
            click("interpreter_yes")
            click("interpreterLanguage_ar")
            click("nextButton")
            waitStep("provider")
            verify(find("provider_none").checked, "no preference is the default")
            click("provider_st-lukas")
            click("nextButton")
            waitStep("single")
            click("singleSession_yes")
            click("nextButton")
            waitStep("slot")
            const slots = device.counselling.openSlots("en")
            compare(slots.length, 4)
            click("slot_1")
            click("nextButton")
            waitStep("consent")
            compare(find("nextButton").enabled, false, "no sending without consent")
            click("consentButton")
            verify(find("consentButton").checked)
            click("nextButton")
            waitStep("summary")
            compare(applications().length, 0, "nothing is written before Send")
            verify(UiInspector.stringsHolding(find("counsellingStep_summary"), name).length > 0,
                   "the summary shows the name typed")
            click("nextButton")
            waitStep("reference")

            const shown = find("referenceCode").text
            verify(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/.test(shown), "reference shown: " + shown)

            const written = applications()
            compare(written.length, 1, "exactly one application")
            const application = written[0]
            compare(application.reference, shown)
            verify(application.sealed, "the people's part is sealed")
            verify(!application.adults || application.adults.length === 0, "no adults in clear")
            verify(application.will_call_at === undefined)
            const body = JSON.stringify(application)
            compare(body.indexOf(name), -1, "the name is not in clear")
            compare(body.indexOf("Bertil"), -1)
            compare(body.indexOf("701234567"), -1, "the phone is not in clear")
            compare(application.contact, "phone")
            compare(application.small_children, true)
            compare(application.acute_crisis, false)
            compare(application.priority, true)
            compare(application.language, "en")
            compare(application.interpreter_needed, true)
            compare(application.interpreter_language, "ar")
            compare(application.preferred_provider, "st-lukas")
            compare(application.single_session, true)
            compare(application.consent, true)
            compare(application.status, "received")

            const requested = bookings()
            compare(requested.length, 1, "exactly one slot request")
            compare(requested[0].kind, "counselling")
            compare(requested[0].slot_id, slots[1].id)
            compare(requested[0].application_id, application._id)
            verify(!requested[0].phone, "no phone in clear on the request")

            verifyNothingElsewhere()
            verify(!device.anyFileContains(name))
            verify(!device.anyFileContains("Bertil"))

            click("doneButton")
            waitStep("language")
            compare(translator.language, "sv")
            compare(UiInspector.stringsHolding(page, name), [])
            compare(UiInspector.stringsHolding(page, "Bertil"), [])
            compare(UiInspector.stringsHolding(page, phone), [])
            compare(UiInspector.stringsHolding(page, shown), [])
        }

        function test_willCallNeedsNoNameAndNoSlot() {
            click("language_sv")
            waitStep("contact")
            click("contact_will_call")
            waitStep("willCall")
            compare(find("nextButton").enabled, false, "a day and a time are needed")
            click("callDay_1")
            click("callTime_2")
            click("nextButton")
            answerTheRest()
            click("consentButton")
            click("nextButton")
            waitStep("summary")
            click("nextButton")
            waitStep("reference")
            const written = applications()
            compare(written.length, 1)
            compare(written[0].contact, "will_call")
            verify(written[0].sealed, "the time they will call is sealed")
            verify(written[0].will_call_at === undefined, "no call time in clear")
            compare(written[0].reference, find("referenceCode").text)
            compare(bookings().length, 0, "no time asked for, no request")
            verifyNothingElsewhere()
        }

        // --- errors and consent ---------------------------------------------

        function test_badPhoneShowsAnErrorAndWritesNothing() {
            fillAdults("en", "Ruth", "12345")
            click("nextButton")
            waitStep("adults")
            const field = find("phone1Field")
            compare(field.error, page.problemText("invalid_phone", 0))
            checkStep("counselling-adults-error-en")
            compare(applications().length, 0)
            compare(bookings().length, 0)

            // A missing phone is named too.
            field.text = ""
            click("nextButton")
            compare(page.step, "adults")
            compare(field.error, page.problemText("required", 0))

            field.text = "0701234567"
            click("nextButton")
            waitStep("priority")
            compare(applications().length, 0, "checking writes nothing")
        }

        function test_emailContact() {
            click("language_en")
            waitStep("contact")
            click("contact_email")
            waitStep("adults")
            compare(findVisible(page, "phone1Field"), null, "no phone asked for by e-mail")
            typeInto("firstName1Field", "Tove")
            typeInto("email1Field", "tove@")
            click("nextButton")
            compare(page.step, "adults")
            compare(find("email1Field").error, page.problemText("invalid_text", 0))
            compare(applications().length, 0)
            find("email1Field").text = "tove@example.se"
            click("nextButton")
            answerTheRest()
            click("consentButton")
            click("nextButton")
            waitStep("summary")
            click("nextButton")
            waitStep("reference")
            const written = applications()
            compare(written.length, 1)
            compare(written[0].contact, "email")
            verify(written[0].sealed)
            compare(JSON.stringify(written[0]).indexOf("tove@example.se"), -1, "the address is not in clear")
            verifyNothingElsewhere()
        }

        function test_noConsentNoSending() {
            fillAdults("sv", "Ingrid", "0701234567")
            click("nextButton")
            answerTheRest()
            const next = find("nextButton")
            compare(next.enabled, false)
            mouseClick(next)
            wait(50)
            compare(page.step, "consent", "a disabled Next does nothing")
            click("consentButton")
            verify(next.enabled)
            click("consentButton")
            verify(!find("consentButton").checked)
            compare(next.enabled, false, "taking consent back disables Next again")
            // The controller refuses a form without consent as well.
            const check = device.counselling.check({adults: [{name: "Ingrid", phone: "0701234567"}], contact: "phone",
                                                    language: "sv", consent: false})
            verify(!check.ok)
            verify(check.fields.some(entry => entry.field === "consent"), JSON.stringify(check.fields))
            compare(applications().length, 0)
            compare(bookings().length, 0)
        }

        // --- reset ----------------------------------------------------------

        function test_inactivityClearsEverything() {
            const name = "Zephyrine"
            page.idleSecondsForTests = 3
            fillAdults("ar", name, "0701234567")
            compare(translator.language, "ar")
            const guard = find("idleGuard")
            tryVerify(() => guard.warning, 5000)
            verify(guard.secondsLeft >= 20, "warning gives " + guard.secondsLeft + " s")
            capture("counselling-idle-warning-ar")
            guard.secondsLeft = 2  // shortens the wait; the guard still expires by itself
            tryCompare(page, "step", "language", 5000)
            wait(0)
            compare(translator.language, "sv")
            compare(UiInspector.stringsHolding(page, name), [])
            compare(UiInspector.stringsHolding(page, "0701234567"), [])
            compare(applications().length, 0)

            click("language_sv")
            waitStep("contact")
            verify(!find("contact_phone").checked, "the previous answer is gone")
            click("contact_phone")
            waitStep("adults")
            compare(find("firstName1Field").text, "")
            compare(find("phone1Field").text, "")
        }

        function test_startAgainAndBackAfterSending() {
            fillAdults("sv", "Gunvor", "0701234567")
            click("nextButton")
            answerTheRest("slot_0")
            click("consentButton")
            click("nextButton")
            waitStep("summary")
            click("nextButton")
            waitStep("reference")
            compare(findVisible(page, "backButton"), null, "no way back from the reference")
            click("doneButton")
            waitStep("language")
            compare(UiInspector.stringsHolding(page, "Gunvor"), [])
            compare(findVisible(page, "backButton"), null)

            click("language_en")
            waitStep("contact")
            click("contact_phone")
            waitStep("adults")
            compare(find("firstName1Field").text, "")
            typeInto("firstName1Field", "Yrsa")
            click("startAgainButton")
            waitStep("language")
            compare(UiInspector.stringsHolding(page, "Yrsa"), [])
            compare(applications().length, 1)
            compare(bookings().length, 1)
        }

        // --- every step: accessibility and screenshots ------------------------

        function test_everyStep_data() {
            return [{tag: "sv", language: "sv"}, {tag: "en", language: "en"}, {tag: "ar", language: "ar"}]
        }

        function test_everyStep(data) {
            const lang = data.language
            translator.language = lang
            waitForRendering(page)
            checkStep("counselling-language-" + lang)
            click("language_" + lang)
            waitStep("contact")
            checkStep("counselling-contact-" + lang)
            click("contact_phone")
            waitStep("adults")
            typeInto("firstName1Field", "Maria")
            typeInto("phone1Field", "0701234567")
            click("secondAdultButton")
            typeInto("firstName2Field", "Omar")
            checkStep("counselling-adults-" + lang)
            click("nextButton")
            waitStep("priority")
            click("smallChildren_no")
            click("acuteCrisis_yes")
            checkStep("counselling-priority-" + lang)
            click("nextButton")
            waitStep("interpreter")
            click("interpreter_yes")
            click("interpreterLanguage_ti")
            checkStep("counselling-interpreter-" + lang)
            click("nextButton")
            waitStep("provider")
            click("provider_city")
            checkStep("counselling-provider-" + lang)
            click("nextButton")
            waitStep("single")
            click("singleSession_yes")
            checkStep("counselling-single-" + lang)
            click("nextButton")
            waitStep("slot")
            click("slot_0")
            checkStep("counselling-slot-" + lang)
            click("nextButton")
            waitStep("consent")
            click("consentButton")
            checkStep("counselling-consent-" + lang)
            click("nextButton")
            waitStep("summary")
            checkStep("counselling-summary-" + lang)
            click("nextButton")
            waitStep("reference")
            checkStep("counselling-reference-" + lang)
            compare(applications().length, 1)
            compare(applications()[0].language, lang)
            compare(applications()[0].priority, true)
            compare(bookings().length, 1)

            // The other way of contact, for its screen.
            click("doneButton")
            waitStep("language")
            translator.language = lang
            click("language_" + lang)
            waitStep("contact")
            click("contact_will_call")
            waitStep("willCall")
            click("callDay_0")
            click("callTime_0")
            checkStep("counselling-willcall-" + lang)
        }

        function test_arabicMirrorsTheLayout() {
            click("language_sv")
            waitStep("contact")
            const backSv = find("backButton").mapToItem(page, 0, 0).x
            verify(backSv < page.width / 2)
            click("backButton")
            waitStep("language")
            click("language_ar")
            waitStep("contact")
            verify(find("backButton").mapToItem(page, 0, 0).x > page.width / 2, "Back is on the right in Arabic")
            click("contact_phone")
            waitStep("adults")
            verify(find("nextButton").mapToItem(page, 0, 0).x < page.width / 2, "Next is on the left in Arabic")
        }
    }
}
