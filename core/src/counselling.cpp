#include "intake/core/counselling.h"

#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace intake {

std::string newReference() {
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";  // 31 symbols
    std::array<unsigned char, 8> bytes{};
    std::string reference;
    while (reference.size() < 8) {
        if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
            throw std::runtime_error("RAND_bytes failed");
        for (auto byte : bytes) {
            if (byte < 248 && reference.size() < 8)  // 248 = 8 × 31: no modulo bias
                reference += kAlphabet[byte % 31];
        }
    }
    return reference;
}

FamilyCounselling::FamilyCounselling(Vault& counsellingVault, const Config& config, const Clock& clock,
                                     std::string device)
    : writer_(counsellingVault, config, clock, std::move(device)) {}

Checked<Stored<records::Application>> FamilyCounselling::submit(const ApplicationForm& form) {
    records::Application application;
    application.received_at = writer_.now();
    application.adults = form.adults;
    for (auto& adult : application.adults) {
        adult.first_name = validation::normaliseName(adult.first_name);
        if (adult.last_name)
            adult.last_name = validation::normaliseName(*adult.last_name);
        if (adult.phone)  // what cannot be read stays as typed, for the finding
            adult.phone = validation::normalisePhone(*adult.phone).value_or(*adult.phone);
    }
    application.contact = form.contact;
    application.will_call_at = form.willCallAt;
    application.small_children = form.smallChildren;
    application.acute_crisis = form.acuteCrisis;
    application.priority = form.smallChildren || form.acuteCrisis;
    application.language = form.language;
    application.interpreter_needed = form.interpreterNeeded;
    application.interpreter_language = form.interpreterLanguage;
    application.preferred_provider = form.preferredProvider;
    application.single_session = form.singleSession;
    application.consent = form.consent;
    application.reference = newReference();
    return writer_.create(application, nullptr);
}

Result<std::vector<Stored<records::Slot>>> FamilyCounselling::openSlots() const {
    auto docs = writer_.vault().query({.type = records::Slot::kType, .status = "open"});
    if (!docs)
        return docs.error();
    const auto now = writer_.now();
    std::vector<Stored<records::Slot>> slots;
    for (auto& doc : *docs) {
        auto slot = records::fromJson<records::Slot>(doc.body);
        if (slot && slot->starts_at > now)  // RFC 3339 in UTC sorts as text
            slots.push_back({doc.id, doc.rev, std::move(*slot)});
    }
    std::sort(slots.begin(), slots.end(),
              [](const auto& a, const auto& b) { return a.record.starts_at < b.record.starts_at; });
    return slots;
}

Checked<Stored<records::BookingRequest>> FamilyCounselling::requestSlot(const std::string& slotId,
                                                                       const std::string& applicationId,
                                                                       const std::string& language,
                                                                       std::optional<std::string> phone,
                                                                       std::optional<bool> smsConsent) {
    Checked<Stored<records::BookingRequest>> outcome;
    auto slots = openSlots();
    if (!slots) {
        outcome.error = slots.error();
        return outcome;
    }
    const bool open = std::any_of(slots->begin(), slots->end(), [&](const auto& slot) { return slot.id == slotId; });
    if (!open) {
        outcome.findings.push_back({"slot_id", validation::Problem::NotAllowed});
        return outcome;
    }
    records::BookingRequest booking;
    booking.kind = "counselling";
    booking.slot_id = slotId;
    booking.application_id = applicationId;
    booking.language = language;
    if (phone && !phone->empty())
        booking.phone = validation::normalisePhone(*phone).value_or(*phone);
    booking.sms_consent = smsConsent;
    booking.requested_at = writer_.now();
    return writer_.create(booking, nullptr);
}

}  // namespace intake
