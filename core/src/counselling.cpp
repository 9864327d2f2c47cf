#include "intake/core/counselling.h"

#include "intake/core/json_limits.h"

#include "intake/core/sealed_envelope.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>

namespace intake {

namespace {

// The sealed text is padded with JSON whitespace (which parsing ignores) to
// a multiple of this, so the ciphertext's length tells little about how long
// the names, numbers and addresses are.
constexpr std::size_t kSealedPadding = 128;

// Best effort: overwrite the text of every string in a JSON value before it
// is freed.
void wipeStrings(nlohmann::json& value) {
    if (value.is_string()) {
        auto& text = value.get_ref<std::string&>();
        OPENSSL_cleanse(text.data(), text.size());
    } else if (value.is_structured()) {
        for (auto& element : value)
            wipeStrings(element);
    }
}

bool isSealedField(const std::string& name) {
    return std::find(kSealedApplicationFields.begin(), kSealedApplicationFields.end(), name) !=
           kSealedApplicationFields.end();
}

}  // namespace

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
    : FamilyCounselling(counsellingVault, counsellingVault, config, clock, std::move(device)) {}

FamilyCounselling::FamilyCounselling(Vault& counsellingVault, Vault& slotVault, const Config& config,
                                     const Clock& clock, std::string device)
    : writer_(counsellingVault, config, clock, std::move(device)), slots_(slotVault) {}

records::Application FamilyCounselling::applicationFrom(const ApplicationForm& form) const {
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
    return application;
}

validation::Findings FamilyCounselling::check(const ApplicationForm& form) const {
    return records::validate(applicationFrom(form), writer_.context());
}

Checked<Stored<records::Application>> FamilyCounselling::submit(const ApplicationForm& form) {
    Checked<Stored<records::Application>> outcome;
    auto application = applicationFrom(form);
    // The form as filled in is checked in full here: after sealing, the
    // people's fields can no longer be read on this device.
    const auto context = writer_.context();
    outcome.findings = records::validate(application, context);
    if (!outcome.findings.empty())
        return outcome;
    const auto& unit = context.config.counsellingSealing();
    if (!unit) {
        outcome.error = Error(SealError::NoKey, "config has no counselling sealing key");
        return outcome;
    }
    const auto id = records::newRecordId(records::Application::kType, writer_.clock().now());
    auto stored = sealApplication(application, unit->publicKeyPem, id);
    for (auto& adult : application.adults) {
        for (auto* text : {&adult.first_name, adult.last_name ? &*adult.last_name : nullptr,
                           adult.phone ? &*adult.phone : nullptr, adult.email ? &*adult.email : nullptr}) {
            if (text)
                OPENSSL_cleanse(text->data(), text->size());
        }
    }
    if (!stored) {
        outcome.error = stored.error();
        return outcome;
    }
    return writer_.create(*stored, nullptr, id);
}

Result<records::Application> sealApplication(const records::Application& application,
                                             const std::string& publicKeyPem, const std::string& id) {
    if (application.sealed)
        return Error(SealError::Malformed, "the application is sealed already");
    nlohmann::json secret = nlohmann::json::object();
    if (!application.adults.empty())
        secret["adults"] = application.adults;
    if (application.will_call_at)
        secret["will_call_at"] = *application.will_call_at;
    records::dropNulls(secret);
    std::string text;
    try {
        text = secret.dump();
    } catch (const nlohmann::json::exception&) {
        wipeStrings(secret);
        return Error(SealError::Malformed, "the application has text that is not UTF-8");
    }
    wipeStrings(secret);
    text.append((kSealedPadding - text.size() % kSealedPadding) % kSealedPadding, ' ');
    auto envelope = sealed::seal(
        publicKeyPem, std::span<const unsigned char>(reinterpret_cast<const unsigned char*>(text.data()), text.size()),
        id, records::Application::kType);
    OPENSSL_cleanse(text.data(), text.size());
    if (!envelope)
        return envelope.error();
    records::Application stored = application;
    stored.adults.clear();
    stored.will_call_at.reset();
    stored.sealed = std::move(*envelope);
    return stored;
}

Result<nlohmann::json> openApplication(const std::string& privateKeyPem, const nlohmann::json& storedBody,
                                       const std::string& id) {
    const auto type = storedBody.is_object() ? storedBody.find("type") : storedBody.end();
    if (!storedBody.is_object() || type == storedBody.end() || *type != records::Application::kType)
        return Error(VaultError::InvalidDocument, "not an application");
    const auto envelope = storedBody.find("sealed");
    if (envelope == storedBody.end())
        return Error(SealError::Malformed, "the application has no sealed part");
    // Copied below, and copying recurses per level.
    if (jsonNestedDeeperThan(storedBody))
        return Error(SealError::Malformed, "nested too deep");
    auto secret = sealed::openJson(privateKeyPem, *envelope, id, records::Application::kType);
    if (!secret)
        return secret.error();
    auto refuse = [&](const char* why) -> Result<nlohmann::json> {
        wipeStrings(*secret);
        return Error(SealError::Malformed, why);
    };
    if (!secret->is_object())
        return refuse("the sealed part is not a JSON object");
    nlohmann::json full = storedBody;
    full.erase("sealed");
    // The stored form writes the (empty) list of adults as [].
    if (const auto adults = full.find("adults"); adults != full.end() && adults->is_array() && adults->empty())
        full.erase(adults);
    for (const auto& [name, value] : secret->items()) {
        // A field sealed by a newer version is welcome; one that would
        // override a clear field (or a reserved _ member) is not.
        if (full.contains(name) || name.empty() || name[0] == '_')
            return refuse(isSealedField(name) ? "a sealed field is in clear as well" : "a sealed field clashes");
        full[name] = value;
    }
    wipeStrings(*secret);
    if (!records::fromJson<records::Application>(full)) {
        wipeStrings(full);
        return Error(SealError::Malformed, "the opened application does not read as one");
    }
    return full;
}

Result<std::vector<Stored<records::Slot>>> FamilyCounselling::openSlots() const {
    auto docs = slots_.query({.type = records::Slot::kType, .status = "open"});
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
