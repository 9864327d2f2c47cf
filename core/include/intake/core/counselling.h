#pragma once

// Family counselling self-registration. By law this data is kept apart from
// all other social-services data: the FamilyCounselling object is given the
// counselling vault only, and nothing here reads or writes another one.

#include "intake/core/record_writer.h"

#include <optional>
#include <string>
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

    // Submitted by the applicant: phones normalised to E.164, priority
    // derived from the answers, a reference code made to quote on the phone.
    Checked<Stored<records::Application>> submit(const ApplicationForm& form);

    // Published slots still open and in the future, soonest first.
    Result<std::vector<Stored<records::Slot>>> openSlots() const;
    // A request for an open slot; a slot that is taken, withdrawn, past or
    // unknown gives a finding on slot_id and nothing is written.
    Checked<Stored<records::BookingRequest>> requestSlot(const std::string& slotId, const std::string& applicationId,
                                                        const std::string& language, std::optional<std::string> phone,
                                                        std::optional<bool> smsConsent);

private:
    RecordWriter writer_;
};

// 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L): easy to
// read out on the phone. Random from OpenSSL.
std::string newReference();

}  // namespace intake
