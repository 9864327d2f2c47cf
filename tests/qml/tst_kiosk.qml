import QtQuick
import QtTest
import Intake
import Intake.Testing
import "shots.js" as Shots

// The Welcome House kiosk, clicked through like a visitor would, against a
// real device (TestDevice: real encrypted vaults). Asserts on the vault, not
// only on the screen. The device's clock says Monday 2026-11-23 10:00, when
// community guidance (A) and health questions (H) are open.
Item {
    id: root
    width: 1280
    height: 800
    // As Main.qml: Arabic, Persian and Dari mirror everything below.
    LayoutMirroring.enabled: translator.rightToLeft
    LayoutMirroring.childrenInherit: true

    Translator { id: translator }

    Component {
        id: deviceComponent
        TestDevice { role: "kiosk" }
    }
    Component {
        id: pageComponent
        KioskPage { anchors.fill: parent }
    }

    TestCase {
        id: testCase
        name: "Kiosk"
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
            verify(device.kiosk, "the test device has no kiosk")
            page = createTemporaryObject(pageComponent, testCase,
                                         {controller: device.kiosk, translator: translator, sync: device.sync})
            verify(page)
            compare(page.step, "language")
        }

        function cleanup() {
            translator.language = "sv"
        }

        // --- helpers ---------------------------------------------------------

        // The visible item called `name` (steps that have been left are
        // gone from the item tree, so this never finds an old one).
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
            verify(item.enabled, name + " is disabled")
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
        function visits() {
            return device.records("welcome-house", "visit")
        }

        // --- (a) a whole check-in ---------------------------------------------

        function test_checkInWritesTheVisitWithTheTicketShown() {
            click("language_en")
            waitStep("service")
            compare(translator.language, "en")
            click("service_community_guide")
            waitStep("firstVisit")
            click("firstVisit_yes")
            waitStep("name")
            typeInto("firstNameField", "Amira")
            click("nameNextButton")
            waitStep("interpreter")
            verify(find("interpreter_none").checked, "no interpreter is the default")
            click("interpreter_ar")
            verify(find("interpreter_ar").checked)
            compare(visits().length, 0, "nothing is written before the visitor asks for a ticket")
            click("getTicketButton")
            waitStep("ticket")

            const shown = find("ticketNumber").text
            verify(/^A[1-9][0-9]{0,2}$/.test(shown), "ticket shown: " + shown)
            verify(find("ticketNumber").font.pixelSize >= Theme.ticketFontSize)
            verify(find("ticketWait").text.length > 0)
            verify(find("ticketAhead").text.length > 0)

            const written = visits()
            compare(written.length, 1, "exactly one visit")
            const visit = written[0]
            compare(visit.service, "community_guide")
            compare(visit.language, "en")
            compare(visit.first_visit, true)
            compare(visit.interpreter_language, "ar")
            compare(visit.first_name, "Amira")
            compare(visit.ticket, shown)
            compare(visit.channel, "kiosk")
            compare(visit.status, "waiting")
            compare(device.count("family-counselling", ""), 0)

            click("doneButton")
            waitStep("language")
            compare(translator.language, "sv")
            compare(UiInspector.stringsHolding(page, "Amira"), [])
            compare(findVisible(page, "ticketNumber"), null)
        }

        function test_secondVisitorGetsTheNextTicket() {
            // Skipping every optional answer still gives a ticket.
            click("language_so")
            waitStep("service")
            click("service_health")
            waitStep("firstVisit")
            click("firstVisit_skip")
            waitStep("name")
            click("skipNameButton")
            waitStep("interpreter")
            click("getTicketButton")
            waitStep("ticket")
            const first = find("ticketNumber").text
            click("doneButton")
            waitStep("language")

            click("language_uk")
            waitStep("service")
            click("service_health")
            waitStep("firstVisit")
            click("firstVisit_no")
            waitStep("name")
            click("skipNameButton")
            waitStep("interpreter")
            click("getTicketButton")
            waitStep("ticket")
            const second = find("ticketNumber").text
            verify(first !== second, first + " then " + second)
            verify(/^H/.test(first) && /^H/.test(second))
            // The second visitor is told one person is before them.
            compare(find("kioskStep_ticket").ahead, 1)
            verify(find("ticketAhead").text.indexOf("1") >= 0, find("ticketAhead").text)

            const written = visits()
            compare(written.length, 2)
            const byTicket = {}
            for (const visit of written)
                byTicket[visit.ticket] = visit
            compare(byTicket[first].language, "so")
            verify(byTicket[first].first_visit === undefined || byTicket[first].first_visit === null,
                   "first visit not answered is stored as not answered")
            verify(!byTicket[first].first_name)
            verify(!byTicket[first].interpreter_language)
            compare(byTicket[second].language, "uk")
            compare(byTicket[second].first_visit, false)
        }

        function test_ticketClearsItself() {
            page.ticketSeconds = 1
            click("language_sv")
            waitStep("service")
            click("service_community_guide")
            waitStep("firstVisit")
            click("firstVisit_yes")
            waitStep("name")
            typeInto("firstNameField", "Selamawit")
            click("nameNextButton")
            waitStep("interpreter")
            click("getTicketButton")
            waitStep("ticket")
            compare(visits().length, 1)
            tryCompare(page, "step", "language", 4000)
            wait(0)
            compare(UiInspector.stringsHolding(page, "Selamawit"), [])
        }

        function test_inputErrorIsShownNextToTheField() {
            click("language_en")
            waitStep("service")
            click("service_community_guide")
            waitStep("firstVisit")
            click("firstVisit_no")
            waitStep("name")
            // Longer than a first name may be (40): the core refuses it.
            find("firstNameField").text = "Abcdefghij Abcdefghij Abcdefghij Abcdefghij"
            click("nameNextButton")
            waitStep("interpreter")
            click("getTicketButton")
            waitStep("name")
            const field = find("firstNameField")
            verify(field.error.length > 0, "the error is shown at the name")
            compare(field.error, page.problemText("too_long", 40))
            checkStep("kiosk-name-error-en")
            compare(visits().length, 0, "nothing is written")

            // Back from there is the visitor's own way back.
            click("backButton")
            waitStep("firstVisit")
            click("firstVisit_no")
            waitStep("name")
            find("firstNameField").text = "Abcdefghij"
            click("nameNextButton")
            waitStep("interpreter")
            click("getTicketButton")
            waitStep("ticket")
            compare(visits().length, 1)
            compare(visits()[0].first_name, "Abcdefghij")
        }

        // --- (b) inactivity ---------------------------------------------------

        function test_inactivityClearsEveryField() {
            const name = "Quxtrelle"
            click("language_ar")
            waitStep("service")
            compare(translator.language, "ar")
            click("service_health")
            waitStep("firstVisit")
            click("firstVisit_no")
            waitStep("name")
            page.idleSecondsForTests = 2
            typeInto("firstNameField", name)
            verify(UiInspector.stringsHolding(page, name).length > 0, "the walk finds the name while it is typed")

            const guard = find("idleGuard")
            tryVerify(() => guard.warning, 5000, "the warning comes after the idle time")
            // Production gives the visitor at least 20 s to continue.
            verify(guard.secondsLeft >= 20, "warning gives " + guard.secondsLeft + " s")
            const prompt = findChild(guard, "idlePrompt")
            verify(prompt && prompt.visible, "the prompt is shown")
            capture("kiosk-idle-warning-ar")
            wait(1200)
            compare(page.step, "name", "nothing is cleared during the warning")
            // Shortens the countdown for the test: the guard still counts
            // down and expires by itself.
            guard.secondsLeft = 2
            tryCompare(page, "step", "language", 5000)
            wait(0)

            compare(translator.language, "sv")
            verify(!translator.rightToLeft)
            compare(UiInspector.stringsHolding(page, name), [])
            compare(visits().length, 0, "nothing was written")
            verify(!device.anyFileContains(name))
            verify(!guard.warning)

            // The next visitor finds every field empty.
            click("language_sv")
            waitStep("service")
            click("service_health")
            waitStep("firstVisit")
            verify(!find("firstVisit_no").checked, "the previous answer is gone")
            click("firstVisit_yes")
            waitStep("name")
            compare(find("firstNameField").text, "")
        }

        function test_continueKeepsTheVisit() {
            click("language_en")
            waitStep("service")
            click("service_community_guide")
            waitStep("firstVisit")
            click("firstVisit_yes")
            waitStep("name")
            page.idleSecondsForTests = 2
            typeInto("firstNameField", "Nadia")
            const guard = find("idleGuard")
            tryVerify(() => guard.warning, 5000)
            const keepGoing = findChild(guard, "idleContinue")
            verify(keepGoing)
            mouseClick(keepGoing)
            tryVerify(() => !guard.warning, 2000)
            compare(page.step, "name")
            compare(find("firstNameField").text, "Nadia")
        }

        function test_touchesKeepTheVisitAlive() {
            click("language_en")
            waitStep("service")
            click("service_health")
            waitStep("firstVisit")
            click("firstVisit_no")
            waitStep("name")
            click("nameNextButton")
            waitStep("interpreter")
            page.idleSecondsForTests = 3
            page.activity()
            const guard = find("idleGuard")
            // Choosing among the answers does not leave the step: only the
            // page's touch watcher tells the guard someone is there.
            const choices = ["interpreter_ar", "interpreter_so", "interpreter_none", "interpreter_uk"]
            for (const choice of choices) {
                wait(1500)
                verify(!guard.warning, "a touch every 1.5 s keeps the warning away")
                click(choice)
            }
            verify(find("interpreter_uk").checked)
            tryVerify(() => guard.warning, 5000, "without touches the warning comes")
        }

        // --- (c) no way back to another visitor -------------------------------

        function test_backAndStartAgainNeverShowAnotherVisitor() {
            const first = "Borisova"
            click("language_en")
            waitStep("service")
            click("service_community_guide")
            waitStep("firstVisit")
            click("firstVisit_yes")
            waitStep("name")
            typeInto("firstNameField", first)
            click("nameNextButton")
            waitStep("interpreter")
            click("interpreter_fa")
            click("getTicketButton")
            waitStep("ticket")
            const ticket = find("ticketNumber").text
            compare(findVisible(page, "backButton"), null, "no way back from the ticket")
            click("doneButton")
            waitStep("language")
            compare(findVisible(page, "backButton"), null, "no Back on the first screen")
            compare(UiInspector.stringsHolding(page, first), [])

            // The next visitor walks forward and back through every step.
            click("language_sv")
            waitStep("service")
            click("service_community_guide")
            waitStep("firstVisit")
            for (const answer of ["firstVisit_yes", "firstVisit_no", "firstVisit_skip"])
                verify(!find(answer).checked, answer + " is not pre-chosen")
            click("firstVisit_no")
            waitStep("name")
            compare(find("firstNameField").text, "")
            click("nameNextButton")
            waitStep("interpreter")
            verify(!find("interpreter_fa").checked)
            verify(find("interpreter_none").checked)
            const steps = ["name", "firstVisit", "service", "language"]
            for (const step of steps) {
                click("backButton")
                waitStep(step)
                compare(UiInspector.stringsHolding(page, first), [], "Back to " + step)
                compare(UiInspector.stringsHolding(page, ticket), [], "Back to " + step)
                if (step === "name")
                    compare(find("firstNameField").text, "")
            }
            compare(findVisible(page, "backButton"), null)

            // Back within one visitor keeps that visitor's own answer...
            click("language_sv")
            waitStep("service")
            click("service_community_guide")
            waitStep("firstVisit")
            click("firstVisit_yes")
            waitStep("name")
            typeInto("firstNameField", "Kowalczyk")
            click("nameNextButton")
            waitStep("interpreter")
            click("backButton")
            waitStep("name")
            compare(find("firstNameField").text, "Kowalczyk")
            // ...and Start again throws it away.
            click("startAgainButton")
            waitStep("language")
            compare(translator.language, "sv")
            compare(UiInspector.stringsHolding(page, "Kowalczyk"), [])
            click("language_en")
            waitStep("service")
            click("service_community_guide")
            waitStep("firstVisit")
            click("firstVisit_yes")
            waitStep("name")
            compare(find("firstNameField").text, "")
            compare(visits().length, 1, "only the completed check-in was written")
        }

        // --- (d) + (e) every step: accessibility and screenshots --------------

        function test_everyStep_data() {
            return [{tag: "sv", language: "sv"}, {tag: "en", language: "en"}, {tag: "ar", language: "ar"}]
        }

        function test_everyStep(data) {
            const lang = data.language
            // The language screen is the only one shown before a choice; it
            // is photographed in each language the screens can speak.
            translator.language = lang
            waitForRendering(page)
            checkStep("kiosk-language-" + lang)
            click("language_" + lang)
            waitStep("service")
            compare(translator.language, lang)
            checkStep("kiosk-services-" + lang)
            click("service_community_guide")
            waitStep("firstVisit")
            checkStep("kiosk-firstvisit-" + lang)
            click("firstVisit_yes")
            waitStep("name")
            typeInto("firstNameField", "Sara")
            checkStep("kiosk-name-" + lang)
            click("nameNextButton")
            waitStep("interpreter")
            click("interpreter_ti")
            checkStep("kiosk-interpreter-" + lang)
            click("getTicketButton")
            waitStep("ticket")
            checkStep("kiosk-ticket-" + lang)
            compare(visits().length, 1)
            compare(visits()[0].language, lang)
            compare(visits()[0].interpreter_language, "ti")
        }

        // --- (f) Arabic mirrors the layout ------------------------------------

        function xOf(name) {
            return find(name).mapToItem(page, 0, 0).x
        }

        function test_arabicMirrorsTheLayout() {
            click("language_sv")
            waitStep("service")
            verify(!translator.rightToLeft)
            const backSv = xOf("backButton")
            const startAgainSv = xOf("startAgainButton")
            verify(backSv < page.width / 2, "Back is on the left in Swedish: " + backSv)
            verify(startAgainSv > page.width / 2, "Start again is on the right in Swedish")
            const firstServiceSv = xOf("service_community_guide")
            const secondServiceSv = xOf("service_health")
            verify(firstServiceSv < secondServiceSv, "services read left to right in Swedish")

            click("backButton")
            waitStep("language")
            click("language_ar")
            waitStep("service")
            verify(translator.rightToLeft)
            const backAr = xOf("backButton")
            verify(backAr > page.width / 2, "Back is on the right in Arabic: " + backAr)
            verify(xOf("startAgainButton") < page.width / 2, "Start again is on the left in Arabic")
            verify(xOf("service_community_guide") > xOf("service_health"), "services read right to left in Arabic")
            // Mirrored, not just moved: the same distance from the other edge.
            const backWidth = find("backButton").width
            fuzzyCompare(backAr + backWidth, page.width - backSv, 1)

            // Persian and Dari mirror too; Tigrinya does not.
            click("backButton")
            waitStep("language")
            click("language_prs")
            waitStep("service")
            verify(xOf("backButton") > page.width / 2, "Dari mirrors")
            click("startAgainButton")
            waitStep("language")
            click("language_ti")
            waitStep("service")
            verify(xOf("backButton") < page.width / 2, "Tigrinya reads left to right")
        }
    }
}
