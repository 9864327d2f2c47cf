#pragma once

// What the pouchdb-server fixture and the pouch-tool runner share about
// running node as a child process.

#include <filesystem>
#include <string>

namespace intake::test {

// INTAKE_NODE if set, else `node` (or `nodejs`) on PATH. Throws
// std::runtime_error, its message starting with `who`, if there is none.
std::filesystem::path findNode(const std::string& who);

// "exited with status N", "was killed by signal N (name)", ...
std::string describeWaitStatus(int status);

}  // namespace intake::test
