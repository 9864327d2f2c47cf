#include "intake/core/outreach.h"

#include "intake/core/counselling.h"

namespace intake {

bool mayPurge(const nlohmann::json& body) {
    return !mustKeep(body);
}

OutreachLog::OutreachLog(Vault& teamVault, const Config& config, const Clock& clock, std::string device,
                         std::string team)
    : writer_(teamVault, config, clock, std::move(device)), team_(std::move(team)) {}

Checked<Stored<records::Contact>> OutreachLog::logAnonymous(const std::string& area, int count,
                                                            const std::string& staff) {
    records::Contact contact;
    contact.area = area;
    contact.count = count;
    contact.anonymous = true;
    return logContact(std::move(contact), staff);
}

Checked<Stored<records::Contact>> OutreachLog::logContact(records::Contact contact, const std::string& staff) {
    contact.at = writer_.now();
    contact.team = team_;
    contact.recorded_by = staff;
    if (contact.name)
        contact.name = validation::normaliseName(*contact.name);
    if (contact.alias)
        contact.alias = validation::normaliseName(*contact.alias);
    return writer_.create(contact, &staff);
}

Result<std::vector<BedState>> OutreachLog::beds(const std::string& shelterId, const std::string& night) const {
    const auto* shelter = writer_.context().config.shelter(shelterId);
    if (!shelter)
        return Error(VaultError::InvalidDocument, "unknown shelter");
    std::vector<BedState> states;
    for (const auto& bed : shelter->beds) {
        BedState state{bed.number, bed.filledBy, bed.kind, std::nullopt, false, 0};
        auto doc = writer_.vault().get(records::bedNightId(shelterId, night, static_cast<int>(bed.number)));
        if (doc) {
            state.takenBy = doc->body.value("person_code", std::string());
            state.conflict = !doc->conflicts.empty();
            const auto displaced = doc->body.find("displaced");
            if (displaced != doc->body.end() && displaced->is_array())
                state.displaced = displaced->size();
        } else if (!doc.error().is(VaultError::DocumentNotFound) && !doc.error().is(VaultError::DocumentDeleted)) {
            return doc.error();
        }
        states.push_back(std::move(state));
    }
    return states;
}

Checked<Stored<records::BedNight>> OutreachLog::giveBed(const std::string& shelter, const std::string& night, int bed,
                                                        const std::string& filledBy, const std::string& personCode,
                                                        std::optional<std::string> alias, const std::string& staff,
                                                        const std::string& gender) {
    records::BedNight allocation;
    allocation.shelter = shelter;
    allocation.night = night;
    allocation.bed = bed;
    allocation.filled_by = filledBy;
    const auto* place = writer_.context().config.shelter(shelter);
    const auto* configured = place ? place->bed(static_cast<unsigned>(std::max(bed, 0))) : nullptr;
    allocation.kind = configured ? configured->kind : std::string();
    allocation.person_code = personCode;
    allocation.alias = alias;
    allocation.gender = gender;
    allocation.given_at = writer_.now();
    allocation.given_by = staff;

    const auto id = records::bedNightId(shelter, night, bed);
    auto existing = writer_.vault().get(id);
    if (existing) {
        Checked<Stored<records::BedNight>> taken;
        taken.findings.push_back({"bed", validation::Problem::NotAllowed, 0, "taken"});
        return taken;
    }
    if (!existing.error().is(VaultError::DocumentNotFound) && !existing.error().is(VaultError::DocumentDeleted)) {
        Checked<Stored<records::BedNight>> failed;
        failed.error = existing.error();
        return failed;
    }
    // A free bed (never given, or given and cancelled): the id is the bed's,
    // so a double allocation made offline elsewhere meets this one in sync.
    return writer_.create(allocation, &staff, id);
}

Result<void> OutreachLog::cancelBed(const std::string& shelter, const std::string& night, int bed,
                                    const std::string& staff) {
    return writer_.remove(records::bedNightId(shelter, night, bed), staff);
}

Checked<Stored<records::Referral>> OutreachLog::refer(records::Referral referral, const std::string& staff) {
    referral.at = writer_.now();
    referral.referred_by = staff;
    referral.status = "sent";
    return writer_.create(referral, &staff);
}

Checked<Stored<records::ConcernReport>> OutreachLog::draftConcern(records::ConcernReport report,
                                                                  const std::string& staff) {
    report.created_at = writer_.now();
    report.reporter = staff;
    report.status = "draft";
    report.reference = newReference();
    report.submitted_at.reset();
    report.acknowledged_at.reset();
    return writer_.create(report, &staff);
}

Checked<Stored<records::ConcernReport>> OutreachLog::editConcern(const std::string& id, const std::string& concern,
                                                                 std::optional<int> childAge,
                                                                 const std::string& staff) {
    Checked<Stored<records::ConcernReport>> outcome;
    auto current = writer_.load<records::ConcernReport>(id);
    if (!current) {
        outcome.error = current.error();
        return outcome;
    }
    if (current->record.status != "draft") {
        outcome.findings.push_back({"status", validation::Problem::NotAllowed, 0, current->record.status});
        return outcome;
    }
    auto changed = current->record;
    changed.concern = concern;
    changed.child_age = childAge;
    return writer_.update(*current, changed, staff);
}

Checked<Stored<records::ConcernReport>> OutreachLog::submitConcern(const std::string& id, const std::string& staff) {
    Checked<Stored<records::ConcernReport>> outcome;
    auto current = writer_.load<records::ConcernReport>(id);
    if (!current) {
        outcome.error = current.error();
        return outcome;
    }
    auto changed = current->record;
    changed.status = "submitted";
    changed.submitted_at = writer_.nowFor(current->record);
    if (current->record.status != "draft") {
        outcome.findings.push_back({"status", validation::Problem::NotAllowed, 0, current->record.status});
        return outcome;
    }
    return writer_.update(*current, changed, staff);
}

}  // namespace intake
