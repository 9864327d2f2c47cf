#include "intake/core/tickets.h"

namespace intake {

namespace {

constexpr unsigned kMaxNumber = 999;

}  // namespace

unsigned ticketNumber(const TicketIssuer& issuer, unsigned index) {
    const unsigned perCycle = (kMaxNumber - issuer.slot) / issuer.issuers + 1;
    return issuer.slot + issuer.issuers * (index % perCycle);
}

TicketBook::TicketBook(Vault& vault, TicketIssuer issuer) : vault_(vault), issuer_(std::move(issuer)) {}

Result<std::string> TicketBook::issue(const Service& service, std::chrono::year_month_day day,
                                      std::chrono::sys_time<std::chrono::milliseconds> now) {
    if (issuer_.issuers == 0 || issuer_.slot == 0 || issuer_.slot > issuer_.issuers || service.site != issuer_.site)
        return Error(VaultError::InvalidDocument, "ticket issuer slot or site does not match config");
    const std::string localId = "_local/tickets:" + issuer_.site + ":" + std::to_string(issuer_.slot);
    nlohmann::json counters = nlohmann::json::object();
    if (auto stored = vault_.getLocal(localId)) {
        counters = stored->body;
    } else if (!stored.error().is(VaultError::DocumentNotFound)) {
        return stored.error();
    }
    const std::string today = formatIsoDate(day);
    const auto nowMs = static_cast<std::int64_t>(now.time_since_epoch().count());
    auto& entry = counters[service.id];
    unsigned index = 0;
    std::string countedDay = today;
    if (entry.is_object()) {
        const auto lastDay = entry.value("day", std::string());
        const auto lastAt = entry.value("last_at", std::int64_t{0});
        const bool newDay = today > lastDay;
        const bool afterBreak = nowMs - lastAt >= std::chrono::milliseconds(kRestartAfter).count();
        if (!(newDay && afterBreak)) {
            index = entry.value("next", 0u);
            countedDay = std::max(today, lastDay);
        }
    }
    entry = {{"day", countedDay}, {"next", index + 1}, {"last_at", nowMs}};
    INTAKE_TRY(vault_.putLocal(localId, counters));
    return std::string(1, service.letter) + std::to_string(ticketNumber(issuer_, index));
}

}  // namespace intake
