#pragma once

// How `intake` answers: text for a person, or one JSON document on standard
// output with --json (for scripts and fleet tools). Errors carry their code
// (e.g. vault.wrong_key) in both forms and map to the exit codes below.
// Nothing printed here holds record contents or secrets: ids, counts and
// codes only.

#include "intake/core/error.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace intake::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitFailed = 1,     // the storage or the system failed; see the message
    kExitUsage = 2,      // the command line is wrong (CLI11's parse errors)
    kExitBadInput = 3,   // a profile, record, file or option value is not acceptable; nothing was written
    kExitNotReady = 4,   // not enrolled, a key missing or not readable, wrong PIN, vault locked
    kExitOffline = 5,    // the central service could not be reached; try again later
    kExitRefused = 6,    // the central service refused (credentials, permission, a document)
    kExitAttention = 7,  // `status --check`: something needs a person
};

// The exit code for an error: offline and busy servers are 5, refusals 6,
// key store and PIN problems 4, invalid input 3, the rest 1.
int exitCodeFor(const Error& error);

class Progress;

class Output {
public:
    // `interactive`: standard error is a terminal (progress bars are drawn).
    Output(bool json, std::ostream& out, std::ostream& err, bool interactive);

    bool json() const { return json_; }
    bool interactive() const { return interactive_ && !json_; }

    // The command's result: `data` as one JSON document with --json, else `text`.
    void answer(const nlohmann::json& data, const std::string& text);
    // A remark for a person (standard error; not in --json).
    void note(const std::string& text);
    // Reports `error` while `doing` something ("opening vault config") and
    // returns its exit code. --json: {"error": {"code", "message", "doing"}}
    // on standard output.
    int fail(const Error& error, std::string_view doing);
    // A problem that is not an intake::Error (bad file, missing option value):
    // code like "cli.bad_file", a message, and details for --json.
    int failWith(int exitCode, std::string_view code, const std::string& message,
                 const nlohmann::json& details = nlohmann::json::object());

    std::ostream& err() { return err_; }
    // Standard output, for an answer that is itself the product (an export).
    std::ostream& out() { return out_; }

private:
    bool json_;
    std::ostream& out_;
    std::ostream& err_;
    bool interactive_;
};

// A progress bar on a terminal ("label [#####.....] 1,234 / 5,000"), redrawn
// at most ten times a second; nothing at all when not interactive.
class Progress {
public:
    Progress(Output& output, std::string label);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // total 0: unknown (a count without a bar).
    void update(std::uint64_t done, std::uint64_t total);
    void finish();

private:
    void draw(std::uint64_t done, std::uint64_t total);
    Output& output_;
    std::string label_;
    std::chrono::steady_clock::time_point lastDraw_{};
    bool drawn_ = false;
};

// 12345 -> "12,345" (the figures IT staff read).
std::string grouped(std::uint64_t value);

}  // namespace intake::cli
