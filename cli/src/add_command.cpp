// intake add TYPE (--json DOC | --file DOCS.jsonl|-) [--actor NAME]
// All or nothing: every line is checked first and any problem is reported
// by line with nothing written; otherwise the whole batch (with its audit
// entries) is one transaction, and the ids are printed only after it
// committed, i.e. once they are on disk.

#include "commands.h"
#include "input_files.h"

#include "intake/core/record_import.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace intake::cli {

namespace {

// The vault a record type lives in on this device, or nullptr with why not.
Result<Vault*> vaultFor(const std::string& type, DeviceAccess& device, device::DeviceSession& session) {
    using device::Role;
    const auto role = session.profile().role;
    if (type == "visit" && (role == Role::Kiosk || role == Role::Reception))
        return session.queueVault();
    if ((type == "application" || type == "booking_request") && role == Role::Counselling)
        return session.counsellingVault();
    if ((type == "contact" || type == "bed_night" || type == "referral" || type == "concern_report") &&
        role == Role::Outreach)
        return device.outreachVault();
    return Error(VaultError::NotFound, type);
}

nlohmann::json toJson(const records::ImportProblem& problem) {
    nlohmann::json findings = nlohmann::json::array();
    for (const auto& f : problem.findings) {
        nlohmann::json finding{{"field", f.field}, {"problem", validation::problemName(f.problem)}};
        if (f.limit)
            finding["limit"] = f.limit;
        if (!f.related.empty())
            finding["related"] = f.related;
        findings.push_back(std::move(finding));
    }
    nlohmann::json json{{"line", problem.line}, {"code", problem.code}};
    if (!problem.detail.empty())
        json["detail"] = problem.detail;
    if (!findings.empty())
        json["findings"] = findings;
    return json;
}

std::string describe(const records::ImportProblem& problem) {
    static const std::map<std::string, std::string> kWhat = {
        {"not_json", "is not JSON"},
        {"not_an_object", "is not a JSON object"},
        {"wrong_type", "is a record of another type"},
        {"reserved_field", "has a field starting with _ (only _id may be given)"},
        {"bad_id", "has an _id that is not an id of this type"},
        {"duplicate_id", "has the same id as an earlier line"},
        {"already_exists", "has the id of a record that is already in the vault"},
        {"invalid_document", "has a field of the wrong kind"},
        {"invalid", "is not valid"},
        {"seal_failed", "cannot be sealed for the counselling unit"},
    };
    std::ostringstream text;
    const auto what = kWhat.find(problem.code);
    text << "line " << problem.line << " " << (what != kWhat.end() ? what->second : problem.code);
    if (!problem.detail.empty())
        text << " (" << problem.detail << ")";
    for (const auto& f : problem.findings) {
        text << "\n    " << f.field << ": " << validation::problemName(f.problem);
        if (f.limit)
            text << " (limit " << f.limit << ")";
        if (!f.related.empty())
            text << " (with " << f.related << ")";
    }
    return text.str();
}

}  // namespace

int runAdd(const AddOptions& options, DeviceAccess& device) {
    auto& env = device.env();
    auto& out = env.output;
    if (!records::isImportable(options.type)) {
        std::string known;
        for (auto type : records::kImportableTypes)
            known += (known.empty() ? "" : ", ") + std::string(type);
        return out.failWith(kExitBadInput, "cli.unknown_type",
                            "\"" + options.type + "\" is not a record type intake add writes; use one of " + known);
    }
    if (!options.json && !options.file)
        return out.failWith(kExitUsage, "cli.no_records", "give the records with --json DOC or --file DOCS.jsonl");
    int refused = kExitOk;
    auto* session = device.sessionForCommand(refused);
    if (!session)
        return refused;
    auto& s = *session;
    const auto& profile = s.profile();
    const bool outreachType = options.type == "contact" || options.type == "bed_night" ||
                              options.type == "referral" || options.type == "concern_report";
    if (outreachType && options.file && *options.file == "-")
        return out.failWith(kExitUsage, "cli.stdin_taken",
                            "outreach records need the staff PIN on standard input: give them with --file PATH");

    // Read and check everything before the vault is touched.
    std::ifstream fileIn;
    std::istringstream jsonIn;
    std::istream* in = &jsonIn;
    std::uintmax_t size = 0;
    if (options.json) {
        jsonIn.str(*options.json);
    } else if (*options.file == "-") {
        in = &env.input;
    } else {
        std::error_code ec;
        if (std::filesystem::is_directory(*options.file, ec))
            return out.failWith(kExitBadInput, "cli.bad_file", "cannot read " + *options.file + ": it is a folder");
        fileIn.open(*options.file, std::ios::binary);
        if (!fileIn)
            return out.failWith(kExitBadInput, "cli.bad_file", "cannot read " + *options.file);
        // A pipe (--file /dev/stdin) has no size: the progress is then a count.
        if (std::filesystem::is_regular_file(*options.file, ec))
            size = std::filesystem::file_size(*options.file, ec);
        in = &fileIn;
    }

    auto vault = vaultFor(options.type, device, s);
    if (!vault) {
        if (vault.error().domain() == ErrorDomain::Vault)
            return out.failWith(kExitBadInput, "cli.no_vault_for_type",
                                std::string(profile.role == device::Role::Outreach ? "an " : "a ") +
                                    device::roleName(profile.role) + " device keeps no " + options.type + " records");
        return out.fail(vault.error(), "unlocking the outreach vault");
    }
    const std::string actor = !options.actor.empty() ? options.actor
                              : !profile.staff.empty() ? profile.staff
                                                       : profile.deviceId;
    records::RecordImport batch(options.type, s.config(), env.clock, profile.deviceId, actor);
    {
        Progress progress(out, "checking");
        JsonLinesReader reader(*in);
        JsonLine line;
        while (reader.next(line)) {
            if (line.object)
                batch.add(line.number, *line.object);
            else
                batch.addProblem(line.number, line.problem == "not JSON" ? "not_json" : "not_an_object", line.problem);
            progress.update(reader.bytesRead(), size);
        }
        if (reader.failed())
            return out.failWith(kExitFailed, "cli.read_failed", "reading the records failed; nothing was written");
    }
    if (batch.records().empty() && batch.problems().empty())
        return out.failWith(kExitBadInput, "cli.no_records", "there were no records in the input; nothing was written");

    // Ids given in the input must be new: `add` never overwrites.
    std::vector<records::ImportProblem> problems = batch.problems();
    for (const auto& record : batch.records()) {
        auto existing = (*vault)->get(record.id);
        if (existing)
            problems.push_back({record.line, "already_exists", {}, "_id"});
        else if (!existing.error().is(VaultError::DocumentNotFound) && !existing.error().is(VaultError::DocumentDeleted))
            return out.fail(existing.error(), "reading the vault");
    }
    if (!problems.empty()) {
        std::sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
        nlohmann::json list = nlohmann::json::array();
        std::string text;
        for (const auto& problem : problems) {
            list.push_back(toJson(problem));
            text += "  " + describe(problem) + "\n";
        }
        if (!out.json())
            out.err() << "intake: " << problems.size() << " of the records cannot be added; nothing was written:\n"
                      << text;
        return out.failWith(kExitBadInput, "cli.invalid_records",
                            std::to_string(problems.size()) + " record(s) refused, nothing written",
                            {{"problems", list}});
    }

    const auto writes = batch.writes();
    auto written = (*vault)->putAll(writes);
    if (!written)
        return out.fail(written.error(), "writing the records (nothing was written)");

    nlohmann::json list = nlohmann::json::array();
    std::string text;
    for (const auto& record : batch.records()) {
        list.push_back({{"line", record.line}, {"id", record.id}});
        text += record.id + "\n";
    }
    out.answer({{"type", options.type}, {"written", list}, {"count", batch.records().size()}}, text);
    out.note("intake: " + grouped(batch.records().size()) + " " + options.type + " record(s) written.");
    return kExitOk;
}

}  // namespace intake::cli
