#pragma once

// Queue tickets for Welcome House: short, readable aloud, and unique per site
// and day without asking a server, even with every kiosk offline.
//
// The scheme: a ticket is the service's letter and a number of 1 to 3 digits
// ("A7", "B13", "S101"). Each device that issues tickets at a site holds its
// own slot s in 1..K (K = the site's `ticket_issuers` in config: its kiosks
// and the reception desk). The i-th ticket a device issues for a service is
// number s + K·i. Two devices therefore never produce the same number, with
// no coordination at all. With K = 4, kiosk 1 issues A1, A5, A9, ..., kiosk 2
// A2, A6, ..., the desk (slot 4) A4, A8, ...
//
// Each device keeps its next i per service in a _local/ document of its vault
// and commits it before the ticket is shown, so a restart (or kill -9) never
// hands out a number twice. The count starts again from the first number only
// at a new day that follows a real break: the device's date has moved forward
// AND its last ticket was at least 6 hours ago. Welcome House is closed at
// night, so every morning starts at 1; but a device whose clock runs hours
// fast (its "tomorrow" starting at 21:00) keeps counting through the evening
// instead of repeating the morning's numbers, and a clock set back never
// restarts the count. The one way a device can still repeat a number within
// a real day is its clock jumping forward by a day and back again (clock
// faults: issue #7). Other devices never matter: their numbers are disjoint.
// Numbers run up to 999 and then wrap, which takes more than 999/K tickets
// for one service from one device without a break (about 10 visitors a day).

#include "intake/core/config.h"
#include "intake/core/vault.h"

#include <chrono>
#include <string>

namespace intake {

struct TicketIssuer {
    std::string site;
    unsigned slot = 1;     // 1..issuers, fixed when the device is enrolled
    unsigned issuers = 1;  // the site's ticket_issuers
};

// The number for the index-th ticket of an issuer (pure; see the scheme above).
unsigned ticketNumber(const TicketIssuer& issuer, unsigned index);

class TicketBook {
public:
    TicketBook(Vault& vault, TicketIssuer issuer);

    // Issues the next ticket for `service` on `day`, durably. Refuses an
    // issuer slot outside 1..issuers (InvalidDocument): a misconfigured
    // device must not hand out numbers another device owns.
    Result<std::string> issue(const Service& service, std::chrono::year_month_day day,
                              std::chrono::sys_time<std::chrono::milliseconds> now);

    // The break after which a new day starts the count again.
    static constexpr std::chrono::hours kRestartAfter{6};

private:
    Vault& vault_;
    TicketIssuer issuer_;
};

}  // namespace intake
