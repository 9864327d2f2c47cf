// intake open-sealed --key PRIVATE.pem [--input FILE] [--output FILE]
// The central side's reader for sealed family-counselling applications.
// Reads documents as JSON lines (CouchDB form: "_id", "_rev" and the body's
// fields) and writes each as a JSON line: an application with a `sealed`
// envelope opened with the unit's private key, its adults and will_call_at
// back in clear; any other document unchanged.
//
// A document that cannot be opened is left out and reported on standard
// error by its id (or line) and error name, never its contents; the others
// are still written. Exit: 0 all written, 3 some could not be opened or
// read, 4 the key cannot be used, 1 the input or output failed.
// The private key belongs on the counselling unit's central system only.

#include "commands.h"
#include "input_files.h"

#include "intake/core/counselling.h"
#include "intake/core/sealed_envelope.h"

#include <sys/stat.h>

#include <fstream>
#include <iostream>
#include <iterator>

namespace intake::cli {

namespace {

// How a document is named in a report: its id if it has one, else its line.
std::string where(const nlohmann::json& document, std::size_t line) {
    const auto id = document.find("_id");
    if (id != document.end() && id->is_string())
        return id->get<std::string>();
    return "line " + std::to_string(line);
}

bool isSealedApplication(const nlohmann::json& document) {
    const auto type = document.find("type");
    return type != document.end() && *type == records::Application::kType && document.contains("sealed");
}

}  // namespace

int runOpenSealed(const OpenSealedOptions& options, Environment& env) {
    auto& out = env.output;
    auto key = readSmallFile(options.keyFile);
    if (!key)
        return out.failWith(kExitNotReady, "cli.bad_key_file", "cannot read the key file " + options.keyFile + ": " + key.error());
    if (auto checked = sealed::publicKeyOf(*key); !checked)
        return out.fail(checked.error(), "reading the key " + options.keyFile);
    struct stat info {};
    if (::stat(options.keyFile.c_str(), &info) == 0 && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        out.note("intake: warning: " + options.keyFile + " can be read by other users; a private key should be mode 0600");

    std::ifstream fileIn;
    if (options.input != "-") {
        fileIn.open(options.input, std::ios::binary);
        if (!fileIn)
            return out.failWith(kExitBadInput, "cli.bad_file", "cannot read " + options.input);
    }
    std::istream& in = options.input == "-" ? env.input : fileIn;
    std::ofstream fileOut;
    if (options.output != "-") {
        // Opened applications are personal data in clear: only the owner reads them.
        const auto mask = ::umask(077);
        fileOut.open(options.output, std::ios::binary | std::ios::trunc);
        ::umask(mask);
        if (!fileOut)
            return out.failWith(kExitFailed, "cli.cannot_write", "cannot write " + options.output);
    }
    std::ostream& sink = options.output == "-" ? std::cout : fileOut;

    std::size_t written = 0;
    std::size_t failed = 0;
    JsonLinesReader reader(in);
    JsonLine line;
    while (reader.next(line)) {
        if (!line.object) {
            out.err() << "intake: line " << line.number << ": " << line.problem << " (vault.invalid_document)\n";
            ++failed;
            continue;
        }
        auto document = std::move(*line.object);
        if (isSealedApplication(document)) {
            const auto id = document.find("_id");
            if (id == document.end() || !id->is_string()) {
                // The id is bound to the envelope: without it nothing opens.
                out.err() << "intake: line " << line.number << ": no _id (vault.invalid_document_id)\n";
                ++failed;
                continue;
            }
            auto opened = openApplication(*key, document, id->get<std::string>());
            if (!opened) {
                out.err() << "intake: " << where(document, line.number) << ": " << opened.error().name() << "\n";
                ++failed;
                continue;
            }
            document = std::move(*opened);
        }
        sink << document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        ++written;
    }
    if (reader.failed())
        return out.failWith(kExitFailed, "cli.read_failed",
                            "reading the input failed after line " + std::to_string(line.number));
    sink.flush();
    if (!sink)
        return out.failWith(kExitFailed, "cli.write_failed", "writing the output failed");
    out.err() << "intake: " << written << " documents written, " << failed << " could not be opened\n";
    return failed == 0 ? kExitOk : kExitBadInput;
}

}  // namespace intake::cli
