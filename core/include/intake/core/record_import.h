#pragma once

// Records typed in elsewhere (a paper form entered after an outage, a
// backfill) brought in by `intake add`: each document is checked like the
// app's own forms, given its id, normalised, and sealed where the app would
// seal it. Nothing is written here: the caller writes the whole batch in
// one transaction, only when no document had a problem.

#include "intake/core/clock.h"
#include "intake/core/config.h"
#include "intake/core/records.h"
#include "intake/core/validation.h"
#include "intake/core/vault.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace intake::records {

// The types a device may create (slot, config and audit come from the
// central service or the system, never from input).
inline constexpr std::array<std::string_view, 7> kImportableTypes = {
    "visit", "application", "booking_request", "contact", "bed_night", "referral", "concern_report"};
bool isImportable(std::string_view type);

struct ImportProblem {
    std::size_t line = 0;
    // "not_an_object", "wrong_type", "reserved_field", "bad_id", "duplicate_id",
    // "invalid_document" (a field has the wrong JSON type), "invalid" (see
    // findings), "seal_failed".
    std::string code;
    validation::Findings findings;
    std::string detail;  // a field name or an error name; never a value
};

struct ImportedRecord {
    std::size_t line = 0;
    std::string id;
    nlohmann::json body;  // normalised (records::toJson), sealed where due
};

class RecordImport {
public:
    // `type` must be importable. `actor`: who entered the records, for the
    // audit entries of records that identify a person.
    RecordImport(std::string type, const Config& config, const Clock& clock, std::string device, std::string actor);

    const std::string& type() const { return type_; }
    // Checks one document (a body, with an optional "_id" of this type).
    // Its outcome is added to records() or problems().
    void add(std::size_t line, const nlohmann::json& document);
    // A line that did not even parse.
    void addProblem(std::size_t line, std::string code, std::string detail = {});

    const std::vector<ImportedRecord>& records() const { return records_; }
    const std::vector<ImportProblem>& problems() const { return problems_; }
    // The writes for the vault: every record (no parent revision) and its
    // audit entry, in input order. Only meaningful when problems() is empty.
    std::vector<PutRequest> writes() const;

private:
    template <typename Record>
    void check(std::size_t line, std::string id, const nlohmann::json& body);

    std::string type_;
    const Config& config_;
    const Clock& clock_;
    std::string device_;
    std::string actor_;
    std::set<std::string> ids_;
    std::vector<ImportedRecord> records_;
    std::vector<ImportProblem> problems_;
};

}  // namespace intake::records
