#pragma once

// What the kiosk role may do: show today's services, check one visitor in
// and tell them their ticket and roughly how long they wait, or ask for a
// time on another day. Nothing here returns a record or an id: the next
// visitor at the same screen can reach no one else's data through it. The
// reception tablet uses WelcomeQueue itself.

#include "intake/core/welcome_queue.h"

#include <string>
#include <vector>

namespace intake {

struct KioskService {
    std::string id;
    char letter = 'A';
};

// All a visitor is shown after checking in: their own ticket and counts.
struct KioskTicket {
    std::string ticket;        // e.g. "A17"
    std::string service;
    unsigned ahead = 0;        // visitors waiting before them
    unsigned aboutMinutes = 0; // an estimate: the UI says "about"
};

class KioskCheckIn {
public:
    KioskCheckIn(Vault& kioskVault, const Config& config, const Clock& clock, TicketIssuer issuer, std::string device);

    std::vector<KioskService> servicesToday() const;
    // Validated and written durably before the ticket is returned. Findings
    // name fields only, never the values given.
    Checked<KioskTicket> checkIn(const CheckIn& request);
    // A time with a service on another day (decided centrally). Returns
    // whether it was recorded; the request itself is not shown again.
    Checked<bool> requestBooking(const std::string& service, std::chrono::year_month_day day,
                                 const std::string& language, std::optional<std::string> phone,
                                 std::optional<bool> smsConsent);

private:
    WelcomeQueue queue_;
};

}  // namespace intake
