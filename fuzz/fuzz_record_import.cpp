// What `intake add TYPE --file DOCS.jsonl` reads: byte 0 picks the type, the
// rest is JSON lines, read by the CLI's JsonLinesReader and checked by
// RecordImport. Invariants: every accepted record is a valid record of its
// type with a fresh id of that type and no reserved fields; applications are
// sealed; a line is either accepted or refused, never both; and a batch
// without problems writes into a real vault in one transaction.

#include "fuzz_support.h"
#include "src/input_files.h"

#include "intake/core/record_import.h"

#include <set>
#include <sstream>

using namespace intake;
using nlohmann::json;

namespace {

bool validAs(const std::string& type, const json& body, const records::ValidationContext& context) {
    auto check = [&](auto tag) {
        using Record = decltype(tag);
        auto record = records::fromJson<Record>(body);
        return record.ok() && records::validate(*record, context).empty();
    };
    if (type == "visit")
        return check(records::Visit{});
    if (type == "application")
        return records::fromJson<records::Application>(body).ok();  // sealed: its adults are in the envelope
    if (type == "booking_request")
        return check(records::BookingRequest{});
    if (type == "contact")
        return check(records::Contact{});
    if (type == "bed_night")
        return check(records::BedNight{});
    if (type == "referral")
        return check(records::Referral{});
    if (type == "concern_report")
        return check(records::ConcernReport{});
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    static fuzz::ScratchVault vaults("import", 64);
    const std::string type(records::kImportableTypes[data[0] % records::kImportableTypes.size()]);
    std::istringstream in(std::string(fuzz::asText(data + 1, size - 1)));

    records::RecordImport batch(type, fuzz::gothenburg(), fuzz::fixedClock(), "fuzz-device", "fuzz-actor");
    cli::JsonLinesReader reader(in);
    cli::JsonLine line;
    std::size_t lastLine = 0;
    while (reader.next(line)) {
        INTAKE_FUZZ_CHECK(line.number > lastLine);
        lastLine = line.number;
        INTAKE_FUZZ_CHECK(line.object.has_value() != !line.problem.empty());
        if (line.object)
            batch.add(line.number, *line.object);
        else
            batch.addProblem(line.number, "not_json", line.problem);
    }

    const auto context = fuzz::validationContext(fuzz::gothenburg());
    std::set<std::size_t> refused;
    for (const auto& problem : batch.problems()) {
        INTAKE_FUZZ_CHECK(problem.line >= 1 && problem.line <= lastLine);
        INTAKE_FUZZ_CHECK(!problem.code.empty());
        refused.insert(problem.line);
    }
    std::set<std::string> ids;
    for (const auto& record : batch.records()) {
        INTAKE_FUZZ_CHECK(!refused.contains(record.line));
        INTAKE_FUZZ_CHECK(record.id.starts_with(type + ":"));
        INTAKE_FUZZ_CHECK(ids.insert(record.id).second);
        INTAKE_FUZZ_CHECK(record.body.value("type", "") == type);
        for (const auto& [key, value] : record.body.items())
            INTAKE_FUZZ_CHECK(!key.starts_with("_"));
        INTAKE_FUZZ_CHECK(validAs(type, record.body, context));
        if (type == "application") {
            INTAKE_FUZZ_CHECK(record.body.contains("sealed"));
            INTAKE_FUZZ_CHECK(!record.body.contains("adults") || record.body["adults"].empty());
        }
    }
    if (batch.problems().empty() && !batch.records().empty()) {
        auto& vault = vaults.next();
        auto written = vault.putAll(batch.writes());
        // A bed night's id is its bed and night: the same input again meets its own earlier gift.
        INTAKE_FUZZ_CHECK(written.ok() || written.error().is(VaultError::Conflict));
    }
    return 0;
}
