#pragma once

// Family counselling self-registration. By law this data is kept apart from
// all other social-services data: the FamilyCounselling object is given the
// counselling vault only, and nothing here reads or writes another one.
//
// Sealed self-registrations: what identifies or describes the applicants
// (kSealedApplicationFields: the adults' names, phones and e-mail addresses,
// and the time an anonymous caller will call) is sealed to the counselling
// unit's public key (Config::counsellingSealing) before anything is written,
// bound to the record's id and type. The device cannot read it back: it has
// no private key, and submit returns only the sealed record. The central
// side opens it with openApplication (or `intake-open-sealed`).

#include "intake/core/record_writer.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace intake {

struct ApplicationForm {
    std::vector<records::Adult> adults;      // one or two, or none with "will_call"
    std::string contact = "phone";           // phone | email | will_call
    std::optional<std::string> willCallAt;   // RFC 3339
    bool smallChildren = false;
    bool acuteCrisis = false;
    std::string language;
    bool interpreterNeeded = false;
    std::optional<std::string> interpreterLanguage;
    std::optional<std::string> preferredProvider;
    bool singleSession = false;
    bool consent = false;
};

class FamilyCounselling {
public:
    FamilyCounselling(Vault& counsellingVault, const Config& config, const Clock& clock, std::string device);
    // Slots read from `slotVault` (a device that pulls the published slots
    // from a read-only database into a vault of their own, so that its
    // push-only, purged inbox never carries them); everything is still
    // written to the counselling vault.
    FamilyCounselling(Vault& counsellingVault, Vault& slotVault, const Config& config, const Clock& clock,
                      std::string device);

    // Submitted by the applicant: phones normalised to E.164, priority
    // derived from the answers, a reference code made to quote on the phone.
    // The whole form is validated first (findings name the fields, e.g.
    // adults[0].phone); then the sensitive fields are sealed and only the
    // sealed record is written and returned (adults empty, will_call_at
    // absent, `sealed` set). Without a configured unit key nothing is written
    // (error seal.no_key).
    Checked<Stored<records::Application>> submit(const ApplicationForm& form);
    // What submit() would find wrong with the form, writing nothing (the
    // screens check each step before the summary).
    validation::Findings check(const ApplicationForm& form) const;

    // Published slots still open and in the future, soonest first.
    Result<std::vector<Stored<records::Slot>>> openSlots() const;
    // A request for an open slot; a slot that is taken, withdrawn, past or
    // unknown gives a finding on slot_id and nothing is written.
    Checked<Stored<records::BookingRequest>> requestSlot(const std::string& slotId, const std::string& applicationId,
                                                        const std::string& language, std::optional<std::string> phone,
                                                        std::optional<bool> smsConsent);

private:
    records::Application applicationFrom(const ApplicationForm& form) const;

    RecordWriter writer_;
    Vault& slots_;
};

// 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L): easy to
// read out on the phone. Random from OpenSSL.
std::string newReference();

// The application fields that are sealed; every other field stays in clear.
inline constexpr std::array<std::string_view, 2> kSealedApplicationFields = {"adults", "will_call_at"};

// The stored form of an application: its sealed fields moved into one
// envelope (`sealed`) for the public key (PEM), bound to `id` and the type
// "application". `application` is the form as filled in (no `sealed`).
Result<records::Application> sealApplication(const records::Application& application,
                                             const std::string& publicKeyPem, const std::string& id);

// Central side only (the device has no private key): the full application
// from a stored body with a `sealed` envelope and the document's id. The
// sealed fields are put back and `sealed` is dropped; every other member of
// the body (including _id/_rev, if given) is kept as it is. Errors:
// seal.bad_key, seal.wrong_key, seal.tampered (changed, or another id),
// seal.malformed (no envelope, or sealed content that does not fit), and
// vault.invalid_document (not an application).
Result<nlohmann::json> openApplication(const std::string& privateKeyPem, const nlohmann::json& storedBody,
                                       const std::string& id);

}  // namespace intake
