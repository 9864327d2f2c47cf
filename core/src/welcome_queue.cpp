#include "intake/core/welcome_queue.h"

#include <algorithm>
#include <cmath>

namespace intake {

namespace {

using namespace std::chrono;

Error refusedMove(const std::string& from, const std::string& to) {
    return Error(VaultError::InvalidDocument, "a visit's status may not go from " + from + " to " + to);
}

}  // namespace

WelcomeQueue::WelcomeQueue(Vault& vault, const Config& config, const Clock& clock, TicketIssuer issuer,
                           std::string device)
    : writer_(vault, config, clock, device), vault_(vault), config_(config), clock_(clock), tickets_(vault, issuer),
      issuer_(std::move(issuer)), device_(std::move(device)) {}

std::vector<const Service*> WelcomeQueue::servicesToday() const {
    return config_.servicesRunning(issuer_.site, clock_.today());
}

Checked<QueuedVisit> WelcomeQueue::checkIn(const CheckIn& request) {
    return admit(request, "kiosk", nullptr);
}

Checked<QueuedVisit> WelcomeQueue::registerWalkIn(const CheckIn& request, const std::string& staff) {
    return admit(request, "desk", &staff);
}

Checked<QueuedVisit> WelcomeQueue::admit(const CheckIn& request, const std::string& channel, const std::string* staff) {
    Checked<QueuedVisit> outcome;
    records::Visit visit;
    visit.site = issuer_.site;
    visit.day = formatIsoDate(clock_.today());
    visit.service = request.service;
    visit.language = request.language;
    visit.interpreter_language = request.interpreterLanguage;
    visit.first_visit = request.firstVisit;
    if (request.firstName) {
        const auto name = validation::normaliseName(*request.firstName);
        if (!name.empty())
            visit.first_name = name;
    }
    visit.visitor_code = request.visitorCode;
    visit.channel = channel;
    visit.issued_by = device_;
    visit.arrived_at = writer_.now();
    const auto* service = config_.service(request.service);
    // Validate with a stand-in ticket first: no number is spent on a refused check-in.
    visit.ticket = std::string(1, service ? service->letter : 'A') + "1";
    outcome.findings = records::validate(visit, writer_.context());
    if (!outcome.findings.empty())
        return outcome;

    auto ticket = tickets_.issue(*service, clock_.today(), clock_.now());
    if (!ticket) {
        outcome.error = ticket.error();
        return outcome;
    }
    visit.ticket = *ticket;
    auto created = writer_.create(visit, staff);
    outcome.findings = std::move(created.findings);
    outcome.error = std::move(created.error);
    if (created.value)
        outcome.value = QueuedVisit{created.value->id, created.value->rev, std::move(created.value->record)};
    return outcome;
}

Result<QueuedVisit> WelcomeQueue::load(const std::string& visitId) const {
    auto stored = writer_.load<records::Visit>(visitId);
    if (!stored)
        return stored.error();
    return QueuedVisit{std::move(stored->id), std::move(stored->rev), std::move(stored->record)};
}

DocumentQuery WelcomeQueue::todaysVisits(const std::string& status) const {
    return {.type = records::Visit::kType, .site = issuer_.site, .day = formatIsoDate(clock_.today()), .status = status};
}

Result<std::vector<QueuedVisit>> WelcomeQueue::today(const std::string& service, const std::string& status) const {
    std::vector<QueuedVisit> visits;
    INTAKE_TRY(vault_.forEach(todaysVisits(status), [&](Document&& doc) -> Result<bool> {
        auto visit = records::fromJson<records::Visit>(doc.body);
        if (visit && visit->service == service)
            visits.push_back(QueuedVisit{std::move(doc.id), std::move(doc.rev), std::move(*visit)});
        return true;
    }));
    return visits;  // in id order, which is arrival order (see callNext)
}

Result<std::vector<QueuedVisit>> WelcomeQueue::waiting(const std::string& service) const {
    return today(service, "waiting");
}

Result<std::vector<QueuedVisit>> WelcomeQueue::called(const std::string& service) const {
    return today(service, "called");
}

Result<QueuedVisit> WelcomeQueue::save(const QueuedVisit& current, const records::Visit& changed,
                                       const std::string& staff, std::vector<PutRequest> alongside) {
    auto saved = writer_.update(Stored<records::Visit>{current.id, current.rev, current.visit}, changed, staff,
                                std::move(alongside));
    if (saved.error)
        return *saved.error;
    if (!saved.value) {
        const auto& first = saved.findings.front();
        return Error(VaultError::InvalidDocument,
                     "visit: " + first.field + " " + std::string(validation::problemName(first.problem)));
    }
    return QueuedVisit{saved.value->id, saved.value->rev, std::move(saved.value->record)};
}

Result<QueuedVisit> WelcomeQueue::callNext(const std::string& service, const std::string& staff,
                                           const std::string& desk) {
    // Visit ids sort by arrival (a transfer keeps the original arrival in its
    // id), so the first matching document in id order is the next visitor:
    // stop there instead of reading the whole queue.
    std::optional<Document> found;
    INTAKE_TRY(vault_.forEach(todaysVisits("waiting"), [&](Document&& doc) -> Result<bool> {
        const auto it = doc.body.find("service");
        if (it == doc.body.end() || *it != service)
            return true;
        found = std::move(doc);
        return false;
    }));
    if (!found)
        return Error(VaultError::DocumentNotFound, "nobody is waiting");
    auto visit = records::fromJson<records::Visit>(found->body);
    if (!visit)
        return visit.error();
    const QueuedVisit next{found->id, found->rev, std::move(*visit)};
    auto changed = next.visit;
    changed.status = "called";
    changed.called_at = writer_.nowFor(next.visit);
    changed.called_by = staff;
    changed.desk = desk;
    return save(next, changed, staff);
}

Result<QueuedVisit> WelcomeQueue::recall(const std::string& visitId, const std::string& staff) {
    auto current = load(visitId);
    if (!current)
        return current.error();
    if (current->visit.status != "called")
        return refusedMove(current->visit.status, "called");
    auto changed = current->visit;
    changed.recalls += 1;
    return save(*current, changed, staff);
}

Result<QueuedVisit> WelcomeQueue::advance(const std::string& visitId, const std::string& staff,
                                          const std::string& status) {
    auto current = load(visitId);
    if (!current)
        return current.error();
    const auto& visit = current->visit;
    // Served and no-show need a call first; leaving can happen before it.
    const bool needsCall = status == "served" || status == "no_show";
    if (!records::mayMoveTo(records::Visit::kType, visit.status, status) || visit.status == status ||
        (needsCall && visit.status != "called"))
        return refusedMove(visit.status, status);
    auto changed = visit;
    changed.status = status;
    changed.ended_at = writer_.nowFor(visit);
    return save(*current, changed, staff);
}

Result<QueuedVisit> WelcomeQueue::markServed(const std::string& visitId, const std::string& staff) {
    return advance(visitId, staff, "served");
}

Result<QueuedVisit> WelcomeQueue::markLeft(const std::string& visitId, const std::string& staff) {
    return advance(visitId, staff, "left");
}

Result<QueuedVisit> WelcomeQueue::markNoShow(const std::string& visitId, const std::string& staff) {
    return advance(visitId, staff, "no_show");
}

Result<QueuedVisit> WelcomeQueue::transfer(const std::string& visitId, const std::string& toService,
                                           const std::string& staff) {
    auto current = load(visitId);
    if (!current)
        return current.error();
    const auto& visit = current->visit;
    if (toService == visit.service || (visit.status != "waiting" && visit.status != "called"))
        return refusedMove(visit.status, "transferred");
    records::Visit next = visit;
    next.service = toService;
    next.status = "waiting";
    next.called_at.reset();
    next.called_by.reset();
    next.desk.reset();
    next.ended_at.reset();
    next.recalls = 0;
    next.transferred_from = visitId;
    next.transferred_to.reset();
    const auto findings = records::validate(next, writer_.contextFor(visit));
    if (!findings.empty())
        return Error(VaultError::InvalidDocument, "transfer: " + findings.front().field + " " +
                                                      std::string(validation::problemName(findings.front().problem)));
    // The new id carries the original arrival time, so the queue's id order
    // stays arrival order.
    const auto nextId = records::newRecordId(records::Visit::kType, records::idTime(visitId).value_or(clock_.now()));
    auto ended = visit;
    ended.status = "transferred";
    ended.ended_at = writer_.nowFor(visit);
    ended.transferred_to = nextId;
    std::vector<PutRequest> alongside{{nextId, records::toJson(next), "", false}};
    if (identifiesPerson(alongside.front().body))
        alongside.push_back(auditEntry(clock_, device_, staff, "create", nextId, records::Visit::kType));
    auto saved = save(*current, ended, staff, std::move(alongside));
    if (!saved)
        return saved.error();
    return load(nextId);
}

Result<WaitEstimate> WelcomeQueue::estimateWait(const std::string& service, std::optional<unsigned> position) const {
    const auto* config = config_.service(service);
    if (!config)
        return Error(VaultError::InvalidDocument, "unknown service");
    auto queue = waiting(service);
    if (!queue)
        return queue.error();
    auto served = today(service, "served");
    if (!served)
        return served.error();
    // Today's own service times, once there are a few; the config's default before.
    std::vector<double> minutes;
    for (const auto& done : *served) {
        if (!done.visit.called_at || !done.visit.ended_at)
            continue;
        const auto called = validation::parseDateTime(*done.visit.called_at);
        const auto ended = validation::parseDateTime(*done.visit.ended_at);
        // Zero: the clock went back while they were at the desk (see nowFor).
        if (called && ended && *ended > *called)
            minutes.push_back(duration<double, std::ratio<60>>(*ended - *called).count());
    }
    WaitEstimate estimate;
    double perVisit = config->minutesPerVisit;
    if (minutes.size() >= 3) {
        std::sort(minutes.begin(), minutes.end());
        perVisit = minutes[minutes.size() / 2];
        estimate.fromTodaysTimes = true;
    }
    estimate.ahead = position.value_or(static_cast<unsigned>(queue->size()));
    estimate.minutes = static_cast<unsigned>(std::ceil(estimate.ahead * perVisit / std::max(1u, config->desks)));
    return estimate;
}

Checked<records::BookingRequest> WelcomeQueue::requestBooking(const std::string& service,
                                                              std::chrono::year_month_day day,
                                                              const std::string& language,
                                                              std::optional<std::string> phone,
                                                              std::optional<bool> smsConsent) {
    Checked<records::BookingRequest> outcome;
    records::BookingRequest booking;
    booking.kind = "welcome_house";
    booking.site = issuer_.site;
    booking.service = service;
    booking.requested_day = formatIsoDate(day);
    booking.language = language;
    if (phone && !phone->empty()) {
        // Stored as E.164; what cannot be read stays as typed for the finding.
        booking.phone = validation::normalisePhone(*phone).value_or(*phone);
    }
    booking.sms_consent = smsConsent;
    booking.requested_at = writer_.now();
    auto created = writer_.create(booking, nullptr);
    outcome.findings = std::move(created.findings);
    outcome.error = std::move(created.error);
    if (created.value)
        outcome.value = std::move(created.value->record);
    return outcome;
}

}  // namespace intake
