// Test helper: runs tests/peer/pouch-tool.js, the PouchDB (pouchdb-node 7.3.1, pinned in
// tests/package-lock.json) side of the interop tests and of the sync benchmark baseline.
//
// Subcommands (each prints one JSON object on stdout; see the header of pouch-tool.js):
//   bench-push --docs <file.jsonl> --target <dbUrl>
//       -> {"ms": float, "docs_read": n, "docs_written": n, "doc_write_failures": n}
//   bench-pull --source <dbUrl>
//       -> {"ms": float, "docs_read": n, "docs_written": n, "doc_write_failures": n}
//   write --target <dbUrl|path> --spec <file.json>      spec = {"docs": [...]}
//       -> {"written": n}
//   dump --source <dbUrl|path>
//       -> {"docs": {"<id>": [{"rev", "deleted", "revisions": {"start", "ids"}, "body"}, ...]}}
//   replicate --source <dbUrl|path> --target <dbUrl|path>
//       -> {"docs_read": n, "docs_written": n, "doc_write_failures": n}
//
// Requires `npm ci --ignore-scripts` in the tests directory (INTAKE_TESTS_SOURCE_DIR) and node
// (INTAKE_NODE, else `node` on PATH), as PouchPeer does.
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace intake::test {

// <tests>/peer/pouch-tool.js
std::filesystem::path pouchToolScript();

// Runs `node <tests>/peer/pouch-tool.js args...` (stdin /dev/null, stdout and stderr captured,
// its own process group, killed with the test process) and returns its stdout parsed as JSON.
// On timeout the process group gets SIGTERM (the tool then removes its temp dirs), then SIGKILL
// after a short grace period. Throws std::runtime_error (with the command, the exit status or
// signal and the tail of stderr) when the tool cannot be started, times out, exits non-zero, or
// prints something that is not one JSON object.
nlohmann::json runPouchTool(const std::vector<std::string>& args,
                            std::chrono::seconds timeout = std::chrono::seconds(300));

// One compact JSON value per line (the --docs format of bench-push). Throws std::runtime_error
// if the file cannot be written.
void writeJsonLines(const std::filesystem::path& file, const std::vector<nlohmann::json>& docs);

// The whole value on one line (e.g. the --spec file of write). Throws like writeJsonLines.
void writeJsonFile(const std::filesystem::path& file, const nlohmann::json& value);

}  // namespace intake::test
