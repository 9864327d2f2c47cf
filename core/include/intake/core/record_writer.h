#pragma once

// Writing typed records: validate first, write nothing on findings, and leave
// an audit entry in the same transaction whenever staff create or change a
// record that identifies a person. Opening such a record is audited too.

#include "intake/core/clock.h"
#include "intake/core/config.h"
#include "intake/core/records.h"
#include "intake/core/vault.h"

#include <optional>
#include <string>
#include <vector>

namespace intake {

// The outcome of a write that validates first: the stored value, or what was
// wrong with the input (nothing written), or a storage error.
template <typename T>
struct Checked {
    std::optional<T> value;
    validation::Findings findings;
    std::optional<Error> error;
    bool ok() const { return value.has_value(); }
};

template <typename Record>
struct Stored {
    std::string id;
    std::string rev;
    Record record;
};

// A person is identified by a record that carries a name, alias, phone, or a
// pseudonymous code, and by every application, referral, report of concern
// and bed night: opening or changing one is audited.
bool identifiesPerson(const nlohmann::json& body);

// The audit entry for a staff action on a record, as a write to go in the
// same transaction as the change itself. Never holds the record's contents.
PutRequest auditEntry(const Clock& clock, const std::string& device, const std::string& actor,
                      const std::string& action, const std::string& recordId, const std::string& recordType);

// A record the device must keep even when asked to delete or purge it: a
// report of concern until the central service has acknowledged it.
bool mustKeep(const nlohmann::json& body);

class RecordWriter {
public:
    RecordWriter(Vault& vault, const Config& config, const Clock& clock, std::string device);

    records::ValidationContext context() const;
    std::string now() const;  // RFC 3339, UTC, seconds
    // The time for a field an update sets: the clock's, but never before the
    // record's own newest timestamp. A clock set back must not make a record
    // contradict itself (served before it was called) and so refuse the write.
    template <typename Record>
    std::string nowFor(const Record& current) const {
        return records::formatTimestamp(notBefore(records::toJson(current)));
    }
    // The validation context for a change of `current`: judged from the
    // record's own present when the clock has gone back since it was written,
    // so times set under a clock that ran fast stay plausible.
    template <typename Record>
    records::ValidationContext contextFor(const Record& current) const {
        auto judged = context();
        judged.now = notBefore(records::toJson(current));
        judged.today = std::max(judged.today,
                                std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(judged.now)});
        return judged;
    }
    const Clock& clock() const { return clock_; }
    Vault& vault() const { return vault_; }

    // Creates a record under a new id (or `id` when given). `actor`: the staff
    // member, or nullptr for a visitor at a kiosk (not audited).
    template <typename Record>
    Checked<Stored<Record>> create(const Record& record, const std::string* actor, std::string id = {},
                                   std::vector<PutRequest> alongside = {});
    // Replaces a record at `rev`; its status may only move forward.
    template <typename Record>
    Checked<Stored<Record>> update(const Stored<Record>& current, const Record& changed, const std::string& actor,
                                   std::vector<PutRequest> alongside = {});
    template <typename Record>
    Result<Stored<Record>> load(const std::string& id) const;
    // Deletes a record (leaves a tombstone that syncs), audited.
    Result<void> remove(const std::string& id, const std::string& actor);

    // Reads a record for a member of staff; audited when it identifies a
    // person. If the audit entry cannot be written, the record is not shown.
    Result<Document> open(const std::string& id, const std::string& actor);

private:
    // The clock's time, or the newest timestamp in `body` if that is later.
    std::chrono::sys_seconds notBefore(const nlohmann::json& body) const;
    template <typename Record>
    Checked<Stored<Record>> write(std::string id, std::string parentRev, const Record& record, const std::string* actor,
                                  const char* action, std::vector<PutRequest> alongside,
                                  const records::ValidationContext& context);

    Vault& vault_;
    const Config& config_;
    const Clock& clock_;
    std::string device_;
};

// --- template definitions ------------------------------------------------------

template <typename Record>
Checked<Stored<Record>> RecordWriter::write(std::string id, std::string parentRev, const Record& record,
                                            const std::string* actor, const char* action,
                                            std::vector<PutRequest> alongside,
                                            const records::ValidationContext& context) {
    Checked<Stored<Record>> outcome;
    outcome.findings = records::validate(record, context);
    if (!outcome.findings.empty())
        return outcome;
    auto body = records::toJson(record);
    if (!parentRev.empty()) {
        // Keep what this build does not know (fields added centrally or by a
        // newer version); every field it knows comes from `record`.
        auto stored = vault_.get(id, parentRev);
        if (!stored) {
            outcome.error = stored.error();
            return outcome;
        }
        const nlohmann::json known = record;  // with nulls: the full set of known fields
        for (const auto& [key, value] : stored->body.items()) {
            if (!known.contains(key))
                body[key] = value;
        }
    }
    std::vector<PutRequest> writes{{id, std::move(body), std::move(parentRev), false}};
    for (auto& extra : alongside)
        writes.push_back(std::move(extra));
    if (actor && identifiesPerson(writes.front().body))
        writes.push_back(auditEntry(clock_, device_, *actor, action, id, Record::kType));
    auto written = vault_.putAll(writes);
    if (!written) {
        outcome.error = written.error();
        return outcome;
    }
    outcome.value = Stored<Record>{std::move(id), written->front().rev, record};
    return outcome;
}

template <typename Record>
Checked<Stored<Record>> RecordWriter::create(const Record& record, const std::string* actor, std::string id,
                                             std::vector<PutRequest> alongside) {
    if (id.empty())
        id = records::newRecordId(Record::kType, clock_.now());
    return write(std::move(id), {}, record, actor, "create", std::move(alongside), context());
}

template <typename Record>
Checked<Stored<Record>> RecordWriter::update(const Stored<Record>& current, const Record& changed,
                                             const std::string& actor, std::vector<PutRequest> alongside) {
    if constexpr (requires { changed.status; }) {
        if (!records::mayMoveTo(Record::kType, current.record.status, changed.status)) {
            Checked<Stored<Record>> refused;
            refused.findings.push_back({"status", validation::Problem::NotAllowed, 0, current.record.status});
            return refused;
        }
    }
    return write(current.id, current.rev, changed, &actor, "update", std::move(alongside), contextFor(current.record));
}

template <typename Record>
Result<Stored<Record>> RecordWriter::load(const std::string& id) const {
    auto doc = vault_.get(id);
    if (!doc)
        return doc.error();
    auto record = records::fromJson<Record>(doc->body);
    if (!record)
        return record.error();
    return Stored<Record>{id, doc->rev, std::move(*record)};
}

}  // namespace intake
