// intake export stats (--from DATE --to DATE | --year N [--year-dec-nov])
//                     [--format csv|json|svg] [--output FILE] [--input DOCS.jsonl ...] [--config CONFIG.jsonl]
//
// The yearly statistics (docs/reporting.md, docs/reporting-columns.md) from
// this device's vaults or from documents given as JSON lines (e.g. a central
// database's dump). Everything is read and checked, and the whole export
// made in memory, before anything is written: a refused input or a failure
// leaves no file and an existing --output file as it was. Only aggregates
// and counts are printed, never a record's contents.

#include "commands.h"
#include "input_files.h"

#include "intake/core/durable_file.h"
#include "intake/core/statistics.h"
#include "intake/core/statistics_chart.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <system_error>
#include <tuple>
#include <vector>

namespace intake::cli {

namespace {

using namespace std::chrono;

// A longer span is almost certainly a typo (the city reports a year at a time),
// and every month adds a few hundred rows in each of the two periods.
constexpr auto kMaxPeriodDays = days(5 * 365 + 2);
// Line problems listed on standard error (all of them are in --json).
constexpr std::size_t kMaxListedProblems = 20;

struct Refusal {
    int exitCode = kExitOk;
    std::string code;
    std::string message;
    nlohmann::json details = nlohmann::json::object();
};

std::optional<statistics::Period> periodFrom(const ExportStatsOptions& options, Refusal& refusal) {
    if (options.year) {
        if (options.from || options.to) {
            refusal = {kExitUsage, "cli.period_twice", "give either --year or --from and --to, not both"};
            return std::nullopt;
        }
        return options.decemberToNovember ? statistics::Period::decemberToNovember(*options.year)
                                          : statistics::Period::calendarYear(*options.year);
    }
    if (options.decemberToNovember) {
        refusal = {kExitUsage, "cli.no_year", "--year-dec-nov needs --year N"};
        return std::nullopt;
    }
    if (!options.from && !options.to) {
        refusal = {kExitUsage, "cli.no_period",
                   "give the period: --year N (with --year-dec-nov for December to November) or --from YYYY-MM-DD "
                   "--to YYYY-MM-DD"};
        return std::nullopt;
    }
    if (!options.from || !options.to) {
        refusal = {kExitUsage, "cli.no_period", "--from and --to go together: give both days"};
        return std::nullopt;
    }
    const auto from = parseIsoDate(*options.from);
    const auto to = parseIsoDate(*options.to);
    for (const auto& [name, text, parsed] : {std::tuple{"--from", *options.from, from.has_value()},
                                             std::tuple{"--to", *options.to, to.has_value()}}) {
        if (!parsed) {
            refusal = {kExitBadInput, "cli.bad_date",
                       std::string(name) + " \"" + text + "\" is not a date: write it YYYY-MM-DD, e.g. 2026-01-31",
                       {{"option", name}}};
            return std::nullopt;
        }
    }
    if (sys_days(*to) < sys_days(*from)) {
        refusal = {kExitBadInput, "cli.bad_date",
                   "--from " + *options.from + " is after --to " + *options.to + ": the period runs from the first day "
                   "to the last, both included",
                   {{"option", "--to"}}};
        return std::nullopt;
    }
    if (sys_days(*to) - sys_days(*from) > kMaxPeriodDays) {
        refusal = {kExitBadInput, "cli.bad_date",
                   "the period " + *options.from + " to " + *options.to +
                       " is longer than five years; export one year at a time",
                   {{"option", "--to"}}};
        return std::nullopt;
    }
    return statistics::Period{*from, *to};
}

std::string sourceName(const std::string& path) { return path == "-" ? std::string("standard input") : path; }

// Documents as JSON lines: CouchDB documents (with _id, _rev, ...) or bare
// bodies. Design and local documents and deletions are left out; a line
// that is not a JSON object refuses the whole input.
struct Documents {
    std::vector<nlohmann::json> bodies;
    std::int64_t lines = 0;
    std::int64_t deleted = 0;
    std::int64_t designOrLocal = 0;
    std::vector<std::string> problems;  // "FILE line N: why", no contents
    nlohmann::json problemList = nlohmann::json::array();
};

// Whether a document is a live one to count; drops the "_" fields CouchDB
// adds (keeping _id when `keepId`).
bool takeDocument(nlohmann::json& document, Documents& into, bool keepId) {
    // Fields are looked at by hand: nlohmann's value() throws on a field of another type.
    if (const auto deleted = document.find("_deleted");
        deleted != document.end() && deleted->is_boolean() && deleted->get<bool>()) {
        ++into.deleted;
        return false;
    }
    if (const auto id = document.find("_id"); id != document.end() && id->is_string()) {
        const auto& text = id->get_ref<const std::string&>();
        if (text.starts_with("_design/") || text.starts_with("_local/")) {
            ++into.designOrLocal;
            return false;
        }
    }
    for (auto it = document.begin(); it != document.end();) {
        if (it.key().starts_with("_") && !(keepId && it.key() == "_id"))
            it = document.erase(it);
        else
            ++it;
    }
    return true;
}

// Reads one JSON lines source into `into`; false when it cannot be read at
// all (refusal says why). Bad lines are collected in into.problems.
bool readDocuments(const std::string& path, Environment& env, Documents& into, bool keepId, Refusal& refusal) {
    std::ifstream file;
    std::istream* in = &env.input;
    std::uintmax_t size = 0;
    if (path != "-") {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            refusal = {kExitBadInput, "cli.bad_file", "cannot read " + path + ": it is a folder", {{"file", path}}};
            return false;
        }
        errno = 0;
        file.open(path, std::ios::binary);
        if (!file) {
            refusal = {kExitBadInput, "cli.bad_file",
                       "cannot read " + path + ": " + (errno != 0 ? std::strerror(errno) : "cannot open it"),
                       {{"file", path}}};
            return false;
        }
        // A pipe (e.g. <(curl ...)) has no size: the progress then counts without a bar.
        if (std::filesystem::is_regular_file(path, ec))
            size = std::filesystem::file_size(path, ec);
        if (ec)
            size = 0;
        in = &file;
    }
    Progress progress(env.output, "reading " + sourceName(path));
    JsonLinesReader reader(*in);
    JsonLine line;
    while (reader.next(line)) {
        ++into.lines;
        if (!line.object) {
            into.problems.push_back(sourceName(path) + " line " + std::to_string(line.number) + ": " + line.problem);
            into.problemList.push_back({{"file", path}, {"line", line.number}, {"problem", line.problem}});
        } else if (takeDocument(*line.object, into, keepId)) {
            into.bodies.push_back(std::move(*line.object));
        }
        progress.update(reader.bytesRead(), size);
    }
    progress.finish();
    if (reader.failed()) {
        refusal = {kExitFailed, "cli.read_failed", "reading " + sourceName(path) + " failed", {{"file", path}}};
        return false;
    }
    return true;
}

int refuseLines(Output& out, const Documents& documents, const std::string& what) {
    if (!out.json()) {
        out.err() << "intake: " << documents.problems.size() << " line(s) of the " << what
                  << " cannot be read as JSON documents; nothing was written:\n";
        for (std::size_t i = 0; i < documents.problems.size() && i < kMaxListedProblems; ++i)
            out.err() << "  " << documents.problems[i] << "\n";
        if (documents.problems.size() > kMaxListedProblems)
            out.err() << "  ... and " << documents.problems.size() - kMaxListedProblems << " more\n";
    }
    return out.failWith(kExitBadInput, "cli.bad_input",
                        documents.problems.front() +
                            (documents.problems.size() > 1
                                 ? " (and " + std::to_string(documents.problems.size() - 1) + " more line(s))"
                                 : std::string()) +
                            "; nothing was written",
                        {{"problems", documents.problemList}});
}

nlohmann::json countsJson(const std::map<std::string, std::int64_t>& counts) {
    nlohmann::json json = nlohmann::json::object();
    for (const auto& [type, count] : counts)
        json[type] = count;
    return json;
}

}  // namespace

int runExportStats(const ExportStatsOptions& options, DeviceAccess& device) {
    auto& env = device.env();
    auto& out = env.output;

    // --- What was asked: checked before anything is read or unlocked ------------------
    Refusal refusal;
    const auto period = periodFrom(options, refusal);
    if (!period)
        return out.failWith(refusal.exitCode, refusal.code, refusal.message, refusal.details);
    if (options.format != "csv" && options.format != "json" && options.format != "svg")
        return out.failWith(kExitUsage, "cli.bad_format",
                            "--format \"" + options.format + "\" is not one of csv, json, svg");
    const bool toStdout = options.output.empty() || options.output == "-";
    if (!toStdout) {
        const auto folder = std::filesystem::path(options.output).parent_path();
        std::error_code ec;
        if (std::filesystem::is_directory(options.output, ec))
            return out.failWith(kExitBadInput, "cli.bad_output", "--output " + options.output + " is a folder");
        if (!folder.empty() && !std::filesystem::is_directory(folder, ec))
            return out.failWith(kExitBadInput, "cli.bad_output",
                                "the folder of --output " + options.output + " does not exist");
    }
    const bool fromDevice = options.inputs.empty();
    if (fromDevice && !device.enrolled())
        return out.failWith(kExitNotReady, "cli.not_enrolled",
                            "this device is not enrolled, so it has no records to export; enrol it (intake enrol "
                            "--profile FILE) or give documents with --input FILE");
    const auto stdinReaders = std::count(options.inputs.begin(), options.inputs.end(), "-") +
                              (options.configFile == "-" ? 1 : 0);
    if (stdinReaders > 1)
        return out.failWith(kExitUsage, "cli.stdin_twice", "standard input (-) can be read only once");
    if (fromDevice && options.configFile == "-" && device.hasOutreachRing())
        return out.failWith(kExitUsage, "cli.stdin_taken",
                            "this outreach tablet reads the staff PIN on standard input: give --config a file");

    // --- Config ---------------------------------------------------------------------------
    std::optional<Config> fileConfig;
    if (!options.configFile.empty()) {
        Documents documents;
        if (!readDocuments(options.configFile, env, documents, true, refusal))
            return out.failWith(refusal.exitCode, refusal.code, refusal.message, refusal.details);
        if (!documents.problems.empty())
            return refuseLines(out, documents, "config");
        std::vector<nlohmann::json> configDocuments;
        std::int64_t others = 0;
        for (auto& body : documents.bodies) {
            if (const auto type = body.find("type"); type != body.end() && *type == "config")
                configDocuments.push_back(std::move(body));
            else
                ++others;
        }
        if (configDocuments.empty())
            return out.failWith(kExitBadInput, "cli.bad_config",
                                "there are no config documents (\"type\": \"config\") in " +
                                    sourceName(options.configFile));
        auto parsed = Config::fromDocuments(configDocuments);
        if (!parsed)
            return out.failWith(kExitBadInput, "cli.bad_config",
                                "the config in " + sourceName(options.configFile) + " is not acceptable: " +
                                    parsed.error().detail() + " is missing or wrong",
                                {{"field", parsed.error().detail()}});
        if (others > 0)
            out.note("intake: " + grouped(static_cast<std::uint64_t>(others)) + " document(s) in " +
                     sourceName(options.configFile) + " are not config documents and were left out.");
        fileConfig = std::move(*parsed);
    }

    // --- The records, and the figures -----------------------------------------------------
    std::optional<statistics::Report> report;
    nlohmann::json source;
    const Config* config = fileConfig ? &*fileConfig : nullptr;
    std::optional<Config> seed;
    if (fromDevice) {
        auto vaults = device.vaults(true);
        if (!vaults)
            return out.fail(vaults.error(), "opening this device's vaults");
        if (!config) {
            auto session = device.session();
            if (!session)
                return out.fail(session.error(), "opening this device's config");
            config = &(*session)->config();
        }
        std::vector<Vault*> list;
        nlohmann::json names = nlohmann::json::array();
        for (const auto& named : *vaults) {
            list.push_back(named.vault);
            names.push_back(named.name);
        }
        auto computed = statistics::compute(std::span<Vault* const>(list), *config, *period);
        if (!computed)
            return out.fail(computed.error(), "reading the vaults");
        report = std::move(*computed);
        source = {{"vaults", names}};
    } else {
        Documents documents;
        for (const auto& path : options.inputs) {
            if (!readDocuments(path, env, documents, false, refusal))
                return out.failWith(refusal.exitCode, refusal.code, refusal.message, refusal.details);
        }
        if (!documents.problems.empty())
            return refuseLines(out, documents, "input");
        if (!config) {
            if (device.enrolled()) {
                auto session = device.session();
                if (!session)
                    return out.fail(session.error(), "opening this device's config");
                config = &(*session)->config();
            } else {
                // Central exports run on a machine that is no device: the city's seed.
                auto parsed = Config::fromDocuments(Config::gothenburgSeed());
                if (!parsed)
                    return out.fail(parsed.error(), "reading the seed config");
                seed = std::move(*parsed);
                config = &*seed;
            }
        }
        report = statistics::compute(documents.bodies, *config, *period);
        source = {{"inputs", options.inputs},
                  {"documents", documents.bodies.size()},
                  {"deleted", documents.deleted},
                  {"design_or_local", documents.designOrLocal}};
        if (documents.bodies.empty())
            out.note("intake: the input holds no documents; every figure is 0.");
        if (documents.deleted > 0 || documents.designOrLocal > 0)
            out.note("intake: left out " + grouped(static_cast<std::uint64_t>(documents.deleted)) +
                     " deleted and " + grouped(static_cast<std::uint64_t>(documents.designOrLocal)) +
                     " design or local document(s).");
    }

    // --- The export, made whole before anything is written --------------------------------
    std::string content;
    if (options.format == "csv")
        content = statistics::toCsv(*report);
    else if (options.format == "json")
        content = statistics::toJson(*report).dump(2) + "\n";
    else {
        // The unit heads read the services' Swedish names, as in the city's reports.
        std::map<std::string, std::string> names;
        for (const auto& id : config->serviceIds(""))
            names[id] = config->service(id)->name.in("sv");
        content = statistics::toSvg(*report, names);
    }
    const auto rowCount = statistics::rows(*report).size();

    std::int64_t skipped = 0;
    std::string skippedText;
    for (const auto& [type, count] : report->input.skipped) {
        if (count == 0)
            continue;
        skipped += count;
        skippedText += (skippedText.empty() ? "" : ", ") + grouped(static_cast<std::uint64_t>(count)) + " " + type;
    }
    if (skipped > 0)
        out.note("intake: skipped " + skippedText +
                 " record(s) that are not valid or have a date that does not parse; they are in no figure (rows "
                 "input/records_skipped).");

    const auto from = formatIsoDate(period->from);
    const auto to = formatIsoDate(period->to);
    if (toStdout) {
        // The export itself is the answer: --json does not wrap it.
        auto& sink = out.out();
        sink.write(content.data(), static_cast<std::streamsize>(content.size()));
        sink.flush();
        if (!sink)
            return out.failWith(kExitFailed, "cli.write_failed", "writing the export to standard output failed");
        return kExitOk;
    }
    auto written = replaceFileDurably(options.output, content);
    if (!written)
        return out.fail(written.error(), "writing " + options.output + " (the old file, if any, is unchanged)");

    std::ostringstream text;
    text << "Wrote the statistics for " << from << " to " << to << " to " << options.output << " ("
         << (options.format == "svg" ? "svg charts" : options.format + ", " + grouped(rowCount) + " rows") << ").";
    out.answer({{"file", options.output},
                {"format", options.format},
                {"period", {{"from", from}, {"to", to}}},
                {"previous_year",
                 {{"from", formatIsoDate(report->previousYear.period.from)},
                  {"to", formatIsoDate(report->previousYear.period.to)}}},
                {"rows", rowCount},
                {"read", countsJson(report->input.read)},
                {"skipped", countsJson(report->input.skipped)},
                {"source", source}},
               text.str());
    return kExitOk;
}

}  // namespace intake::cli
