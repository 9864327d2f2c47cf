#include "intake/core/record_import.h"

#include "intake/core/counselling.h"
#include "intake/core/json_limits.h"
#include "intake/core/record_writer.h"

#include <algorithm>

namespace intake::records {

bool isImportable(std::string_view type) {
    return std::find(kImportableTypes.begin(), kImportableTypes.end(), type) != kImportableTypes.end();
}

RecordImport::RecordImport(std::string type, const Config& config, const Clock& clock, std::string device,
                           std::string actor)
    : type_(std::move(type)), config_(config), clock_(clock), device_(std::move(device)), actor_(std::move(actor)) {}

void RecordImport::addProblem(std::size_t line, std::string code, std::string detail) {
    problems_.push_back({line, std::move(code), {}, std::move(detail)});
}

namespace {

// A field name as it may appear in a report: short, and only the name.
std::string fieldName(const std::string& key) { return key.size() <= 64 ? key : key.substr(0, 64); }

}  // namespace

template <typename Record>
void RecordImport::check(std::size_t line, std::string id, const nlohmann::json& body) {
    auto record = fromJson<Record>(body);
    if (!record)
        return addProblem(line, "invalid_document", record.error().detail());
    const ValidationContext context{config_, std::chrono::floor<std::chrono::seconds>(clock_.now()), clock_.today()};
    auto findings = validate(*record, context);
    if (!findings.empty()) {
        problems_.push_back({line, "invalid", std::move(findings), {}});
        return;
    }
    if constexpr (std::is_same_v<Record, BedNight>) {
        // One document per bed and night: a second gift of the same bed is a conflict, as in the app.
        const auto bedId = bedNightId(record->shelter, record->night, record->bed);
        if (!id.empty() && id != bedId)
            return addProblem(line, "bad_id", "_id");
        id = bedId;
    }
    if (id.empty())
        id = newRecordId(Record::kType, clock_.now());
    if (!ids_.insert(id).second)
        return addProblem(line, "duplicate_id", "_id");
    if constexpr (std::is_same_v<Record, Application>) {
        // As the app does: what identifies the applicants is sealed to the
        // unit's key before it touches the disk.
        const auto& sealing = config_.counsellingSealing();
        if (!sealing)
            return addProblem(line, "seal_failed", Error(SealError::NoKey).name());
        auto sealed = sealApplication(*record, sealing->publicKeyPem, id);
        if (!sealed)
            return addProblem(line, "seal_failed", sealed.error().name());
        record = std::move(*sealed);
    }
    records_.push_back({line, std::move(id), toJson(*record)});
}

void RecordImport::add(std::size_t line, const nlohmann::json& document) {
    if (!document.is_object())
        return addProblem(line, "not_an_object");
    if (jsonNestedDeeperThan(document))
        return addProblem(line, "not_an_object", "nested too deep");
    nlohmann::json body = document;
    std::string id;
    for (auto it = body.begin(); it != body.end();) {
        if (it.key().starts_with("_")) {
            if (it.key() != "_id")
                return addProblem(line, "reserved_field", fieldName(it.key()));
            if (!it->is_string())
                return addProblem(line, "bad_id", "_id");
            id = it->get<std::string>();
            it = body.erase(it);
        } else {
            ++it;
        }
    }
    if (!id.empty() && (!id.starts_with(type_ + ":") || id.size() > 200 ||
                        !std::all_of(id.begin(), id.end(), [](unsigned char c) { return c > 0x20 && c < 0x7f; })))
        return addProblem(line, "bad_id", "_id");
    if (!body.contains("type"))
        body["type"] = type_;
    else if (body["type"] != type_)
        return addProblem(line, "wrong_type", "type");

    if (type_ == Visit::kType)
        return check<Visit>(line, id, body);
    if (type_ == Application::kType)
        return check<Application>(line, id, body);
    if (type_ == BookingRequest::kType)
        return check<BookingRequest>(line, id, body);
    if (type_ == Contact::kType)
        return check<Contact>(line, id, body);
    if (type_ == BedNight::kType)
        return check<BedNight>(line, id, body);
    if (type_ == Referral::kType)
        return check<Referral>(line, id, body);
    if (type_ == ConcernReport::kType)
        return check<ConcernReport>(line, id, body);
    addProblem(line, "wrong_type", "type");
}

std::vector<PutRequest> RecordImport::writes() const {
    std::vector<PutRequest> writes;
    writes.reserve(records_.size() * 2);
    for (const auto& record : records_) {
        writes.push_back({record.id, record.body, {}, false});
        if (identifiesPerson(record.body))
            writes.push_back(auditEntry(clock_, device_, actor_, "create", record.id, type_));
    }
    return writes;
}

}  // namespace intake::records
