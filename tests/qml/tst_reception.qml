import QtQuick
import QtTest
import Intake
import Intake.Testing
import "shots.js" as Shots

// The reception tablet against a real device (real vaults): "call next"
// follows the queue rules on a queue seeded with 50 visits, the staff
// actions change the visit records, a walk-in is written with channel
// "desk", nothing on the page can carry a visitor's name, the statistics
// page draws bars and exports, and every screen passes the accessibility
// walk and is captured in sv, en and ar.
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

    // A fresh device per test: Thursday 26 November 2026, 10:00, when three
    // services run (community guide, study and career guidance, association guide).
    Component {
        id: deviceComponent
        TestDevice { role: "reception"; now: "2026-11-26T10:00" }
    }
    Component {
        id: pageComponent
        ReceptionPage {}
    }

    TestCase {
        id: testCase
        name: "Reception"
        anchors.fill: parent
        when: windowShown

        readonly property var services: ["community_guide", "study_career", "association_guide"]

        function init() {
            translator.language = "sv"
        }

        function makeDevice() {
            const device = createTemporaryObject(deviceComponent, testCase)
            verify(device !== null, "device")
            verify(device.reception !== null, "the reception controller")
            return device
        }

        function makePage(device) {
            // Under the (visible) root, which mirrors for Arabic; TestCase itself is invisible.
            const page = createTemporaryObject(pageComponent, root, {
                controller: device.reception, statistics: device.statistics, translator: translator,
                sync: device.sync, width: testCase.width, height: testCase.height
            })
            verify(page !== null, "page")
            return page
        }

        // Finds a visible control on the page, waits for the layouts to place it and taps it.
        function tap(page, name) {
            let item = null
            tryVerify(function() {
                item = findChild(page, name)
                return item !== null && item.visible && item.width > 0 && item.height > 0
            }, 3000, name + " is shown")
            wait(30)
            verify(item.enabled, name + " is enabled")
            mouseClick(item)
            return item
        }

        // The row of a ticket in a service's column, scrolled into view (a
        // ListView only makes the rows it shows).
        function rowOf(page, service, ticket) {
            const rows = findChild(page, "rows_" + service)
            if (!rows)
                return null
            for (let i = 0; i < rows.count; ++i) {
                rows.positionViewAtIndex(i, ListView.Contain)
                const item = rows.itemAtIndex(i)
                if (item && item.ticket === ticket)
                    return item
            }
            return null
        }

        function visits(device) {
            const list = device.records("welcome-house", "visit")
            // Arrival order: arrived_at, then id (ids are time-ordered).
            list.sort(function(a, b) {
                if (a.arrived_at !== b.arrived_at)
                    return a.arrived_at < b.arrived_at ? -1 : 1
                return a._id < b._id ? -1 : (a._id > b._id ? 1 : 0)
            })
            return list
        }
        function visitById(device, id) {
            const list = device.records("welcome-house", "visit")
            for (let i = 0; i < list.length; ++i) {
                if (list[i]._id === id)
                    return list[i]
            }
            return null
        }
        function visitByTicket(device, ticket, status) {
            const list = device.records("welcome-house", "visit")
            for (let i = 0; i < list.length; ++i) {
                if (list[i].ticket === ticket && (!status || list[i].status === status))
                    return list[i]
            }
            return null
        }
        function firstWaiting(device, service) {
            const list = visits(device)
            for (let i = 0; i < list.length; ++i) {
                if (list[i].service === service && list[i].status === "waiting")
                    return list[i]
            }
            return null
        }
        function statusCount(device, status) {
            return device.records("welcome-house", "visit").filter(v => v.status === status).length
        }

        function test_callNextFollowsQueueRules() {
            const device = makeDevice()
            const tickets = device.seedVisits(50)
            compare(tickets.length, 50)
            const extra = device.seedVisits(6, "study_career")
            compare(extra.length, 6)
            compare(device.count("welcome-house", "visit"), 56)
            const page = makePage(device)

            // The services running today, one column each.
            const running = device.reception.services.map(s => s.id)
            compare(running, services)
            for (const service of services)
                tryVerify(() => findChild(page, "queue_" + service) !== null, 2000, "a column for " + service)

            // Call next, a few times on each service and interleaved: each
            // call takes the first waiting visitor of THAT service in arrival
            // order, and touches nothing else.
            const order = ["study_career", "community_guide", "study_career", "association_guide",
                           "study_career", "community_guide", "community_guide", "study_career"]
            let called = 0
            for (const service of order) {
                const expected = firstWaiting(device, service)
                verify(expected !== null, "someone waits for " + service)
                tap(page, "callNext_" + service)
                called += 1
                const after = visitById(device, expected._id)
                compare(after.status, "called", service + ": the first in arrival order is called")
                verify(after.called_at !== undefined && after.called_at.length > 0, "called_at is set")
                verify(after.called_at >= after.arrived_at, "called after arrival")
                compare(after.called_by, "staff-test")
                compare(after.desk, "1")
                compare(statusCount(device, "called"), called, "exactly one more visitor called")
                // The ticket is on screen: in the banner and as a called row in the service's column.
                compare(findChild(page, "lastTicket").text, expected.ticket)
                tryVerify(function() {
                    const row = rowOf(page, service, expected.ticket)
                    return row !== null && row.called
                }, 2000, "the called ticket's row: " + expected.ticket + " in " + service)
                device.advance(60)
            }
            // Arrival order within a service: the called ones of study_career
            // are exactly its first four visitors.
            const study = visits(device).filter(v => v.service === "study_career")
            for (let i = 0; i < study.length; ++i)
                compare(study[i].status, i < 4 ? "called" : "waiting", "study_career visitor " + i)

            // The column's counts follow.
            const waitingStudy = study.length - 4
            verify(findChild(page, "queueCounts_study_career").text.indexOf(String(waitingStudy)) >= 0)
            compare(device.reception.todayCounts.called, called)
            compare(device.reception.todayCounts.visits, 56)
        }

        function test_callNextWithNobodyWaitingShowsTheError() {
            const device = makeDevice()
            device.seedVisits(2, "study_career")
            const page = makePage(device)
            tap(page, "callNext_community_guide")
            compare(device.reception.lastError, "vault.document_not_found")
            tryVerify(() => findChild(page, "errorBanner") !== null && findChild(page, "errorBanner").visible)
            const text = findChild(page, "errorText").text
            verify(text.length > 0)
            compare(text, page.errorText("vault.document_not_found", "callNext"))
            compare(statusCount(device, "called"), 0, "nothing called")
            // The next good action clears it.
            tap(page, "callNext_study_career")
            compare(device.reception.lastError, "")
            tryVerify(() => findChild(page, "errorBanner") === null || !findChild(page, "errorBanner").visible)
        }

        function test_servedNoShowLeftRecallAndTransfer() {
            const device = makeDevice()
            device.seedVisits(12)
            const page = makePage(device)

            // Served.
            let visit = firstWaiting(device, "community_guide")
            tap(page, "callNext_community_guide")
            tap(page, "served_" + visit.ticket)
            visit = visitById(device, visit._id)
            compare(visit.status, "served")
            verify(visit.ended_at.length > 0)
            tryVerify(() => findChild(page, "visitRow_" + visit.ticket) === null, 2000, "a served visitor leaves the list")

            // Called again, then did not come (through the actions panel).
            visit = firstWaiting(device, "community_guide")
            tap(page, "callNext_community_guide")
            tap(page, "recall_" + visit.ticket)
            compare(visitById(device, visit._id).recalls, 1)
            compare(visitById(device, visit._id).status, "called")
            tap(page, "actions_" + visit.ticket)
            verify(findChild(page, "visitPanel").visible)
            tap(page, "visitNoShow")
            compare(visitById(device, visit._id).status, "no_show")
            verify(!findChild(page, "visitPanel").visible, "the panel closes")

            // A waiting visitor who left before being called.
            visit = firstWaiting(device, "study_career")
            tap(page, "actions_" + visit.ticket)
            verify(!findChild(page, "visitServed").visible, "served needs a call first")
            tap(page, "visitLeft")
            visit = visitById(device, visit._id)
            compare(visit.status, "left")
            verify(visit.called_at === undefined, "left before being called")

            // Transfer: the visit ends as "transferred" and a new waiting
            // visit with the same ticket is queued for the other service.
            visit = firstWaiting(device, "association_guide")
            const before = device.count("welcome-house", "visit")
            tap(page, "actions_" + visit.ticket)
            tap(page, "transferTo_community_guide")
            const ended = visitById(device, visit._id)
            compare(ended.status, "transferred")
            verify(ended.transferred_to !== undefined)
            compare(device.count("welcome-house", "visit"), before + 1)
            const moved = visitById(device, ended.transferred_to)
            verify(moved !== null, "the new visit")
            compare(moved.service, "community_guide")
            compare(moved.status, "waiting")
            compare(moved.ticket, visit.ticket)
            compare(moved.transferred_from, visit._id)
            compare(moved.arrived_at, visit.arrived_at)
            tryVerify(function() {
                const row = rowOf(page, "community_guide", visit.ticket)
                return row !== null && row.status === "waiting"
            }, 2000, "the ticket is now in the other column")
            verify(rowOf(page, "association_guide", visit.ticket) === null, "and no longer in its first one")
            // It kept its place by arrival: the column lists the waiting
            // visitors in arrival order, the moved one among them.
            wait(50)
            const column = visits(device).filter(v => v.service === "community_guide" && v.status === "waiting")
            verify(column.some(v => v._id === moved._id))
            for (let i = 1; i < column.length; ++i) {
                const upper = rowOf(page, "community_guide", column[i - 1].ticket)
                const lower = rowOf(page, "community_guide", column[i].ticket)
                verify(upper.index < lower.index, column[i - 1].ticket + " is above " + column[i].ticket)
            }

            // What cannot be done is refused with a message, and nothing changes.
            const servedAlready = visitByTicket(device, visit.ticket, "transferred")
            const outcome = device.reception.markServed(servedAlready._id)
            verify(!outcome.ok)
            compare(visitById(device, servedAlready._id).status, "transferred")
        }

        function test_walkIn() {
            const device = makeDevice()
            const page = makePage(device)
            compare(device.count("welcome-house", "visit"), 0)

            tap(page, "openWalkIn")
            verify(findChild(page, "walkInPanel").visible)
            // Without a service nothing is written.
            tap(page, "walkInLanguage_ar")
            tap(page, "walkInRegister")
            verify(findChild(page, "walkInError").visible)
            compare(device.count("welcome-house", "visit"), 0)

            tap(page, "walkInService_study_career")
            tap(page, "walkInInterpreter_ar")
            tap(page, "walkInRegister")
            compare(device.count("welcome-house", "visit"), 1)
            const visit = device.records("welcome-house", "visit")[0]
            compare(visit.channel, "desk")
            compare(visit.service, "study_career")
            compare(visit.language, "ar")
            compare(visit.interpreter_language, "ar")
            compare(visit.status, "waiting")
            verify(visit.first_name === undefined)
            verify(!findChild(page, "walkInPanel").visible, "the panel closes")
            compare(findChild(page, "lastTicket").text, visit.ticket)
            tryVerify(() => findChild(page, "visitRow_" + visit.ticket) !== null)
            verify(findChild(page, "details_" + visit.ticket).text.indexOf("العربية") >= 0, "the language is shown")

            // The next walk-in starts blank (no choice kept from the previous one).
            tap(page, "openWalkIn")
            verify(!findChild(page, "walkInService_study_career").checked)
            verify(!findChild(page, "walkInLanguage_ar").checked)
            verify(findChild(page, "walkInInterpreter_none").checked)
            tap(page, "walkInCancel")
            compare(device.count("welcome-house", "visit"), 1)
        }

        function test_noNameAnywhere() {
            const device = makeDevice()
            const tickets = device.seedVisits(8)
            const page = makePage(device)
            tap(page, "callNext_community_guide")
            // The queue model offers no role that could carry a name: a row's
            // model data has ticket, status... and nothing called *name*.
            const row = findChild(page, "visitRow_" + tickets[0])
            verify(row !== null)
            compare(row.model.ticket, tickets[0])
            for (const role of ["firstName", "first_name", "name", "visitorCode", "visitor_code"])
                verify(row.model[role] === undefined, "no role " + role)
            // Nor does any visit have a name that could leak in, and the page
            // holds no string from the records other than tickets and codes.
            for (const visit of device.records("welcome-house", "visit")) {
                verify(visit.first_name === undefined)
                compare(UiInspector.stringsHolding(page, visit._id).filter(p => p.indexOf("visitId") < 0
                                                                         && p.indexOf("selectedVisit") < 0), [],
                        "the record id is not shown")
            }
        }

        function test_refreshOnSyncAndTimer() {
            const device = makeDevice()
            const page = makePage(device)
            verify(findChild(page, "refreshTimer").running)
            compare(findChild(page, "refreshTimer").interval, 30000)
            device.seedVisits(3, "community_guide")
            // Sync brought records in: the page reads the queues again.
            device.sync.pulled()
            tryVerify(() => findChild(page, "rows_community_guide").count === 3)
        }

        function test_statistics() {
            const device = makeDevice()
            compare(device.seedYear(20), 240)
            const page = makePage(device)
            tap(page, "openStatistics")
            const stats = findChild(page, "statisticsPage")
            verify(stats.visible)
            verify(!findChild(page, "queuesScreen").visible)
            compare(stats.year, 2026)
            compare(stats.report.ok, true)
            verify(stats.report.totalVisits > 0)
            // Bars drawn for the months that have visits.
            let drawn = 0
            for (const service of stats.report.services) {
                for (let m = 0; m < stats.report.months.length; ++m) {
                    const month = stats.report.months[m]
                    const bar = findChild(page, "bar_" + service.id + "_" + month + "_visits")
                    verify(bar !== null, "a bar for " + service.id + " " + month)
                    compare(bar.value, service.visits[m])
                    if (service.visits[m] > 0) {
                        verify(bar.height > 0)
                        drawn += 1
                    }
                }
            }
            verify(drawn > 12, "bars drawn: " + drawn)
            compare(stats.report.months[0], "2025-12")
            compare(stats.report.months[11], "2026-11")

            // Year back and forward.
            tap(page, "statisticsPreviousYear")
            compare(stats.year, 2025)
            verify(findChild(page, "statisticsTitle").text.indexOf("2024") >= 0)
            tap(page, "statisticsNextYear")
            compare(stats.year, 2026)
            verify(!findChild(page, "statisticsNextYear").enabled, "no year after the current one")

            // Export: CSV and JSON in the folder given.
            verify(!device.anyFileContains("intake.statistics.v2"))
            page.exportFolder = device.dataDir
            tap(page, "statisticsExport")
            const result = findChild(page, "exportResult")
            verify(result.visible)
            verify(result.text.indexOf("intake-statistics-2026.csv") >= 0, result.text)
            verify(result.text.indexOf("intake-statistics-2026.json") >= 0, result.text)
            verify(device.anyFileContains("intake.statistics.v2"), "the JSON export was written")
            verify(device.anyFileContains("section,metric,period"), "the CSV export was written")

            // A folder that does not exist: a clear message, nothing written.
            page.exportFolder = device.dataDir + "/no-such-folder"
            tap(page, "statisticsExport")
            verify(stats.exportFailed)

            tap(page, "statisticsBack")
            verify(findChild(page, "queuesScreen").visible)
        }

        function test_arabicMirrors() {
            const device = makeDevice()
            const page = makePage(device)
            translator.language = "ar"
            verify(translator.rightToLeft)
            wait(50)
            const button = findChild(page, "openStatistics")
            const x = button.mapToItem(page, 0, 0).x
            verify(x < page.width / 2, "in Arabic the top bar's last button is on the left: " + x)
            translator.language = "sv"
            wait(50)
            verify(button.mapToItem(page, 0, 0).x > page.width / 2)
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
            const device = makeDevice()
            device.seedVisits(14)
            device.seedYear(20)
            const page = makePage(device)
            page.exportFolder = device.dataDir
            tap(page, "callNext_community_guide")
            tap(page, "callNext_study_career")
            // The Translator starts at "sv" without loading it: go through
            // another language once so Swedish is really loaded.
            translator.language = "en"
            for (const language of ["sv", "en", "ar"]) {
                translator.language = language
                checkScreen(page, device, "reception_queues_" + language)

                const waiting = firstWaiting(device, "community_guide")
                tap(page, "actions_" + waiting.ticket)
                checkScreen(page, device, "reception_visit_actions_" + language)
                tap(page, "visitPanelClose")

                tap(page, "openWalkIn")
                tap(page, "walkInService_community_guide")
                tap(page, "walkInLanguage_ti")
                checkScreen(page, device, "reception_walk_in_" + language)
                tap(page, "walkInCancel")

                tap(page, "openStatistics")
                checkScreen(page, device, "reception_statistics_" + language)
                tap(page, "statisticsBack")
            }
        }
    }
}
