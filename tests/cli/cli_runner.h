#pragma once

// Runs the `intake` program as the IT staff would: arguments, standard
// input, environment; collects standard output, standard error and the exit
// code. The data folder and the development key folder are given per test.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace intake::test {

struct CliResult {
    int exitCode = -1;  // -1: killed by a signal
    std::string out;
    std::string err;
};

struct CliRun {
    std::vector<std::string> args;  // after the program name
    std::string input;              // fed to standard input, then closed
    std::map<std::string, std::string> env;  // added to a clean environment (PATH, HOME, LANG=C.UTF-8)
};

CliResult runCli(const CliRun& run);
// The path of the built program.
std::string cliPath();

// `intake --data DIR --development-keys DIR/keys <args>`: a device in `dir`.
class CliDevice {
public:
    explicit CliDevice(std::filesystem::path dir) : dir_(std::move(dir)) {}
    const std::filesystem::path& dir() const { return dir_; }
    std::filesystem::path keys() const { return dir_ / "keys"; }
    CliResult run(std::vector<std::string> args, std::string input = {}) const;

private:
    std::filesystem::path dir_;
};

// Small file and text helpers of the CLI tests. writeText throws when the
// file cannot be written.
void writeText(const std::filesystem::path& path, const std::string& text);
std::string readText(const std::filesystem::path& path);
std::vector<std::string> linesOf(const std::string& text);  // without empty lines at the end
// What the program said, for a failed assertion.
std::string shown(const CliResult& result);

// Every file under `dir` with its size and modification time, to show that
// a refused command wrote nothing.
std::map<std::string, std::string> snapshotFiles(const std::filesystem::path& dir);

}  // namespace intake::test
