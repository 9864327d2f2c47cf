#include "intake/core/kiosk.h"

namespace intake {

KioskCheckIn::KioskCheckIn(Vault& kioskVault, const Config& config, const Clock& clock, TicketIssuer issuer,
                           std::string device)
    : queue_(kioskVault, config, clock, std::move(issuer), std::move(device)) {}

std::vector<KioskService> KioskCheckIn::servicesToday() const {
    std::vector<KioskService> services;
    for (const auto* service : queue_.servicesToday())
        services.push_back({service->id, service->letter});
    return services;
}

Checked<KioskTicket> KioskCheckIn::checkIn(const CheckIn& request) {
    Checked<KioskTicket> outcome;
    auto admitted = queue_.checkIn(request);
    outcome.findings = std::move(admitted.findings);
    outcome.error = std::move(admitted.error);
    if (!admitted.value)
        return outcome;
    KioskTicket ticket{admitted.value->visit.ticket, admitted.value->visit.service, 0, 0};
    // The estimate is a courtesy: a failure to compute it never hides the ticket.
    if (auto queued = queue_.estimateWait(ticket.service); queued && queued->ahead > 0) {
        // The visitor is already in the queue: those before them are one fewer.
        if (auto wait = queue_.estimateWait(ticket.service, queued->ahead - 1)) {
            ticket.ahead = wait->ahead;
            ticket.aboutMinutes = wait->minutes;
        }
    }
    outcome.value = std::move(ticket);
    return outcome;
}

Checked<bool> KioskCheckIn::requestBooking(const std::string& service, std::chrono::year_month_day day,
                                           const std::string& language, std::optional<std::string> phone,
                                           std::optional<bool> smsConsent) {
    auto made = queue_.requestBooking(service, day, language, std::move(phone), smsConsent);
    return Checked<bool>{made.value ? std::optional<bool>(true) : std::nullopt, std::move(made.findings),
                         std::move(made.error)};
}

}  // namespace intake
