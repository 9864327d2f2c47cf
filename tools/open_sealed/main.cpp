// intake-open-sealed: the central side's reader for sealed family-counselling
// applications. Reads documents as JSON lines (CouchDB form: "_id", "_rev"
// and the body's fields), one per line, from --file or standard input, and
// writes each one to standard output as a JSON line: an application with a
// `sealed` envelope opened with the unit's private key (--key), with its
// adults and will_call_at back in clear; any other document unchanged.
//
// A document that cannot be opened is left out of the output and reported on
// standard error by its id (or line number) and error name, never its
// contents; the others are still written. Exit status: 0 when every
// document was written, 1 when some could not be opened or read, 2 when the
// key cannot be used or the input cannot be read.
//
// The private key belongs on the counselling unit's central system only.
// The `intake` command-line tool will take this over as `intake open-sealed`.

#include "intake/core/counselling.h"
#include "intake/core/json_limits.h"
#include "intake/core/sealed_envelope.h"

#include <CLI/CLI.hpp>

#include <sys/stat.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace {

constexpr int kSomeFailed = 1;
constexpr int kCannotStart = 2;

// How a document is named in a report: its id if it has one, else its line.
std::string where(const nlohmann::json& document, std::size_t line) {
    if (document.is_object()) {
        const auto id = document.find("_id");
        if (id != document.end() && id->is_string())
            return id->get<std::string>();
    }
    return "line " + std::to_string(line);
}

bool isSealedApplication(const nlohmann::json& document) {
    const auto type = document.find("type");
    return type != document.end() && *type == intake::records::Application::kType && document.contains("sealed");
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Open sealed family-counselling applications with the counselling unit's private key.\n"
                 "Reads documents as JSON lines and writes them as JSON lines, sealed applications opened."};
    std::string keyFile;
    std::string inputFile;
    app.add_option("-k,--key", keyFile, "The unit's X25519 private key (PEM, unencrypted PKCS #8)")->required();
    app.add_option("-f,--file", inputFile, "Documents as JSON lines (default: standard input)");
    CLI11_PARSE(app, argc, argv);

    std::ifstream keyIn(keyFile, std::ios::binary);
    if (!keyIn) {
        std::cerr << "intake-open-sealed: cannot read the key file " << keyFile << "\n";
        return kCannotStart;
    }
    const std::string key{std::istreambuf_iterator<char>(keyIn), std::istreambuf_iterator<char>()};
    if (auto checked = intake::sealed::publicKeyOf(key); !checked) {
        std::cerr << "intake-open-sealed: " << keyFile << ": " << checked.error().message() << " ["
                  << checked.error().name() << "]\n";
        return kCannotStart;
    }
    struct stat info {};
    if (::stat(keyFile.c_str(), &info) == 0 && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        std::cerr << "intake-open-sealed: warning: " << keyFile
                  << " can be read by other users; a private key should be mode 0600\n";

    std::ifstream fileIn;
    if (!inputFile.empty()) {
        fileIn.open(inputFile, std::ios::binary);
        if (!fileIn) {
            std::cerr << "intake-open-sealed: cannot read " << inputFile << "\n";
            return kCannotStart;
        }
    }
    std::istream& in = inputFile.empty() ? std::cin : fileIn;

    std::size_t lineNumber = 0;
    std::size_t written = 0;
    std::size_t failed = 0;
    std::string line;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        // Printing a parsed line recurses per level: deep lines are refused unread.
        auto document = intake::jsonTextNestedDeeperThan(line) ? nlohmann::json(nlohmann::json::value_t::discarded)
                                                                : nlohmann::json::parse(line, nullptr, false);
        if (document.is_discarded() || !document.is_object()) {
            std::cerr << "intake-open-sealed: line " << lineNumber << ": not a JSON object [vault.invalid_document]\n";
            ++failed;
            continue;
        }
        if (isSealedApplication(document)) {
            const auto id = document.find("_id");
            if (id == document.end() || !id->is_string()) {
                // The id is bound to the envelope: without it nothing opens.
                std::cerr << "intake-open-sealed: line " << lineNumber << ": no _id [vault.invalid_document_id]\n";
                ++failed;
                continue;
            }
            auto opened = intake::openApplication(key, document, id->get<std::string>());
            if (!opened) {
                std::cerr << "intake-open-sealed: " << where(document, lineNumber) << ": " << opened.error().name()
                          << "\n";
                ++failed;
                continue;
            }
            document = std::move(*opened);
        }
        std::cout << document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        ++written;
    }
    if (in.bad()) {
        std::cerr << "intake-open-sealed: reading the input failed after line " << lineNumber << "\n";
        return kCannotStart;
    }
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "intake-open-sealed: writing the output failed\n";
        return kCannotStart;
    }
    std::cerr << "intake-open-sealed: " << written << " documents written, " << failed << " could not be opened\n";
    return failed == 0 ? 0 : kSomeFailed;
}
