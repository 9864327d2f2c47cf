#include "intake/core/record_writer.h"

#include "intake/core/validation.h"

namespace intake {

namespace {

std::chrono::sys_seconds seconds(std::chrono::sys_time<std::chrono::milliseconds> time) {
    return std::chrono::floor<std::chrono::seconds>(time);
}

}  // namespace

bool identifiesPerson(const nlohmann::json& body) {
    static const char* kPersonalFields[] = {"first_name", "last_name", "name",  "alias",     "person_code",
                                            "visitor_code", "phone",   "email", "child_name"};
    const auto type = body.value("type", std::string());
    if (type == "application" || type == "referral" || type == "concern_report" || type == "bed_night")
        return true;
    for (const char* field : kPersonalFields) {
        const auto it = body.find(field);
        if (it != body.end() && it->is_string() && !it->get_ref<const std::string&>().empty())
            return true;
    }
    return false;
}

PutRequest auditEntry(const Clock& clock, const std::string& device, const std::string& actor,
                      const std::string& action, const std::string& recordId, const std::string& recordType) {
    const auto now = clock.now();
    records::Audit audit;
    audit.at = records::formatTimestamp(seconds(now));
    audit.actor = actor;
    audit.device = device;
    audit.action = action;
    audit.record_id = recordId;
    audit.record_type = recordType;
    return PutRequest{records::newRecordId(records::Audit::kType, now), records::toJson(audit), "", false};
}

RecordWriter::RecordWriter(Vault& vault, const Config& config, const Clock& clock, std::string device)
    : vault_(vault), config_(config), clock_(clock), device_(std::move(device)) {}

records::ValidationContext RecordWriter::context() const {
    return records::ValidationContext{config_, seconds(clock_.now()), clock_.today()};
}

std::string RecordWriter::now() const {
    return records::formatTimestamp(seconds(clock_.now()));
}

std::chrono::sys_seconds RecordWriter::notBefore(const nlohmann::json& body) const {
    auto latest = seconds(clock_.now());
    for (const auto& [key, value] : body.items()) {
        if (!value.is_string() || !key.ends_with("_at"))
            continue;
        if (const auto at = validation::parseDateTime(value.get_ref<const std::string&>()))
            latest = std::max(latest, *at);
    }
    return latest;
}

bool mustKeep(const nlohmann::json& body) {
    return body.value("type", std::string()) == records::ConcernReport::kType &&
           body.value("status", std::string()) != "acknowledged";
}

Result<void> RecordWriter::remove(const std::string& id, const std::string& actor) {
    auto current = vault_.get(id);
    if (!current)
        return current.error();
    if (mustKeep(current->body))
        return Error(VaultError::InvalidDocument, "a report of concern is kept until it is acknowledged");
    const auto type = current->body.value("type", std::string("unknown"));
    std::vector<PutRequest> writes{{id, nlohmann::json::object(), current->rev, true},
                                   auditEntry(clock_, device_, actor, "delete", id, type)};
    auto written = vault_.putAll(writes);
    if (!written)
        return written.error();
    return {};
}

Result<Document> RecordWriter::open(const std::string& id, const std::string& actor) {
    auto doc = vault_.get(id);
    if (!doc)
        return doc.error();
    if (identifiesPerson(doc->body)) {
        const auto type = doc->body.value("type", std::string("unknown"));
        auto logged = vault_.put(auditEntry(clock_, device_, actor, "open", id, type));
        if (!logged)
            return logged.error();  // no trail, no access
    }
    return doc;
}

}  // namespace intake
