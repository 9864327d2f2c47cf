#pragma once

// The Welcome House queue: check-in at a kiosk, one queue per service in
// arrival order, and what reception staff do with it. Staff actions write an
// audit record in the same transaction as the change.

#include "intake/core/clock.h"
#include "intake/core/config.h"
#include "intake/core/record_writer.h"
#include "intake/core/records.h"
#include "intake/core/tickets.h"
#include "intake/core/vault.h"

#include <optional>
#include <string>
#include <vector>

namespace intake {

struct CheckIn {
    std::string service;
    std::string language;
    std::optional<bool> firstVisit;
    std::optional<std::string> firstName;
    std::optional<std::string> interpreterLanguage;
    std::optional<std::string> visitorCode;
};

struct QueuedVisit {
    std::string id;
    std::string rev;
    records::Visit visit;
};

// An estimate, never a promise: the UI must say "about".
struct WaitEstimate {
    unsigned minutes = 0;
    unsigned ahead = 0;          // visitors waiting before this one
    bool fromTodaysTimes = false;  // false: config's default minutes per visit
};

class WelcomeQueue {
public:
    // `device` identifies this device in records and audit entries.
    WelcomeQueue(Vault& vault, const Config& config, const Clock& clock, TicketIssuer issuer, std::string device);

    // Services a visitor can check in for today, in config order.
    std::vector<const Service*> servicesToday() const;

    // A visitor checks in at the kiosk: validated, ticket issued, written.
    Checked<QueuedVisit> checkIn(const CheckIn& request);
    // Staff register a walk-in at the desk (channel "desk", audited).
    Checked<QueuedVisit> registerWalkIn(const CheckIn& request, const std::string& staff);

    // Today's visits of a service still waiting, in arrival order.
    Result<std::vector<QueuedVisit>> waiting(const std::string& service) const;
    // Today's visits of a service that are called (at a desk) right now.
    Result<std::vector<QueuedVisit>> called(const std::string& service) const;

    // Calls the first waiting visitor; DocumentNotFound if nobody waits.
    Result<QueuedVisit> callNext(const std::string& service, const std::string& staff, const std::string& desk);
    Result<QueuedVisit> recall(const std::string& visitId, const std::string& staff);
    Result<QueuedVisit> markServed(const std::string& visitId, const std::string& staff);
    Result<QueuedVisit> markLeft(const std::string& visitId, const std::string& staff);
    Result<QueuedVisit> markNoShow(const std::string& visitId, const std::string& staff);
    // Ends this visit as "transferred" and queues a new one for `toService`
    // with the same ticket and the original arrival time.
    Result<QueuedVisit> transfer(const std::string& visitId, const std::string& toService, const std::string& staff);

    // How long a newly arriving visitor (or the one at `position`) waits.
    Result<WaitEstimate> estimateWait(const std::string& service, std::optional<unsigned> position = {}) const;

    // A time with a service on another day; decided centrally.
    Checked<records::BookingRequest> requestBooking(const std::string& service, std::chrono::year_month_day day,
                                                    const std::string& language, std::optional<std::string> phone,
                                                    std::optional<bool> smsConsent);

private:
    Checked<QueuedVisit> admit(const CheckIn& request, const std::string& channel, const std::string* staff);
    Result<QueuedVisit> load(const std::string& visitId) const;
    Result<std::vector<QueuedVisit>> today(const std::string& service, const std::string& status) const;
    // This site's visits of today with a status, in id (= arrival) order.
    DocumentQuery todaysVisits(const std::string& status) const;
    Result<QueuedVisit> advance(const std::string& visitId, const std::string& staff, const std::string& status);
    Result<QueuedVisit> save(const QueuedVisit& current, const records::Visit& changed, const std::string& staff,
                             std::vector<PutRequest> alongside = {});

    RecordWriter writer_;
    Vault& vault_;
    const Config& config_;
    const Clock& clock_;
    TicketBook tickets_;
    TicketIssuer issuer_;
    std::string device_;
};

}  // namespace intake
