#pragma once

// Outreach work on a tablet, offline for hours: contacts (anonymous counts or
// a person), tonight's overnight places, referrals and reports of concern.
// Every write is by a member of staff and audited where it identifies a person.

#include "intake/core/record_writer.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace intake {

struct BedState {
    unsigned bed = 0;
    std::string filledBy;   // duty | field
    std::string kind;       // assessed | unassessed
    std::optional<std::string> takenBy;  // person_code, when given tonight
    bool conflict = false;  // given twice (arrived by sync): a person must settle it
    // Allocations of this bed that sync displaced in favour of an earlier one
    // (the body's `displaced` list): the workers must be told, then settle it.
    std::size_t displaced = 0;
};

class OutreachLog {
public:
    OutreachLog(Vault& teamVault, const Config& config, const Clock& clock, std::string device, std::string team);

    // The three-tap contact: an area and how many people, nothing else.
    Checked<Stored<records::Contact>> logAnonymous(const std::string& area, int count, const std::string& staff);
    // A contact as filled in; `at`, `team` and `recorded_by` are set here.
    Checked<Stored<records::Contact>> logContact(records::Contact contact, const std::string& staff);

    // Every bed of a shelter for the night that starts on `night`.
    Result<std::vector<BedState>> beds(const std::string& shelter, const std::string& night) const;
    // Gives a place for one night. A bed already given is refused (finding
    // NotAllowed on "bed"); so is a bed of the duty team given by a field
    // worker, and the other way round.
    Checked<Stored<records::BedNight>> giveBed(const std::string& shelter, const std::string& night, int bed,
                                               const std::string& filledBy, const std::string& personCode,
                                               std::optional<std::string> alias, const std::string& staff,
                                               const std::string& gender = "not_stated");
    // Frees a place given by mistake: the allocation is deleted (tombstone),
    // so the same bed can be given again that night. Audited.
    Result<void> cancelBed(const std::string& shelter, const std::string& night, int bed, const std::string& staff);

    Checked<Stored<records::Referral>> refer(records::Referral referral, const std::string& staff);

    // A report of concern about a child starts as a draft, is submitted, and
    // is acknowledged by the central service. It can be edited only as a
    // draft and is never deleted on the device (see mayPurge).
    Checked<Stored<records::ConcernReport>> draftConcern(records::ConcernReport report, const std::string& staff);
    Checked<Stored<records::ConcernReport>> editConcern(const std::string& id, const std::string& concern,
                                                        std::optional<int> childAge, const std::string& staff);
    Checked<Stored<records::ConcernReport>> submitConcern(const std::string& id, const std::string& staff);

private:
    RecordWriter writer_;
    std::string team_;
};

// Whether a device may drop its copy of a record once the central service
// has it: a report of concern stays until the centre has acknowledged it.
bool mayPurge(const nlohmann::json& body);

}  // namespace intake
