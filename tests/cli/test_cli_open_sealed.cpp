// intake open-sealed end to end: the built program, run as a child process
// on documents exported from a counselling vault, opens the sealed
// applications with the unit's private key, passes other documents through,
// and reports what it cannot open by id and error name only.

#include "cli_runner.h"
#include "demo_data.h"
#include "intake/core/counselling.h"
#include "intake/core/sealed_envelope.h"
#include "temp_folder.h"
#include "vault_fixture.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>
#include <iterator>
#include <sstream>

using namespace intake;
using namespace std::chrono;
using nlohmann::json;
using intake::test::TempFolder;

namespace {

const Config& gothenburg() {
    static const Config config = *Config::fromDocuments(Config::gothenburgSeed());
    return config;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::filesystem::path& path, const std::string& content, std::filesystem::perms mode) {
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << content;
        REQUIRE(out.good());
    }
    std::filesystem::permissions(path, mode);
}

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs `intake open-sealed` with stdin from a file (or nothing).
Run run(const TempFolder&, const std::vector<std::string>& arguments, const std::string& stdinFile = "/dev/null") {
    std::vector<std::string> args{"open-sealed"};
    args.insert(args.end(), arguments.begin(), arguments.end());
    const auto result = test::runCli({args, stdinFile == "/dev/null" ? std::string() : readFile(stdinFile), {}});
    return Run{result.exitCode, result.out, result.err};
}

std::vector<json> jsonLines(const std::string& text) {
    std::vector<json> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        lines.push_back(json::parse(line));
    return lines;
}

// A document as CouchDB exports it: _id, _rev and the body.
json exported(Vault& vault, const std::string& id) {
    auto doc = vault.get(id);
    REQUIRE(doc);
    json document = doc->body;
    document["_id"] = doc->id;
    document["_rev"] = doc->rev;
    return document;
}

const std::vector<std::string> kApplicantStrings = {"Zlatimira", "Kovacevic-Quist", "+46731558821",
                                                    "zlatimira.quist@example.se", "Dawit", "+46701234567"};

// A counselling vault with two applications and a slot, exported as JSON lines.
struct Export {
    TempFolder folder;
    std::string firstId;
    std::string secondId;
    std::vector<json> documents;
    std::filesystem::path keyFile;

    Export() {
        test::VaultFixture fixture;
        auto vault = fixture.create();
        const ManualClock clock(sys_days(year_month_day(year(2026), month(11), day(23))) + hours(20), minutes(60));
        FamilyCounselling counselling(*vault, gothenburg(), clock, "kiosk-fr-1");
        ApplicationForm form;
        form.adults = {{"Zlatimira", std::string("Kovacevic-Quist"), std::string("073-155 88 21"),
                        std::string("zlatimira.quist@example.se")}};
        form.contact = "phone";
        form.smallChildren = true;
        form.language = "sv";
        form.consent = true;
        auto first = counselling.submit(form);
        REQUIRE(first.ok());
        form.adults = {{"Dawit", std::nullopt, std::string("070-123 45 67"), std::nullopt}};
        form.smallChildren = false;
        form.preferredProvider = "st-lukas";
        auto second = counselling.submit(form);
        REQUIRE(second.ok());
        firstId = first.value->id;
        secondId = second.value->id;
        records::Slot slot;
        slot.provider = "city";
        slot.kind = "single_session";
        slot.starts_at = "2026-11-30T13:00:00Z";
        slot.ends_at = "2026-11-30T14:00:00Z";
        REQUIRE(vault->put({"slot:a", records::toJson(slot), "", false}));
        documents = {exported(*vault, firstId), exported(*vault, "slot:a"), exported(*vault, secondId)};
        keyFile = folder / "unit.pem";
        writeFile(keyFile, test::demoCounsellingPrivateKeyPem(), std::filesystem::perms::owner_read);
    }

    std::filesystem::path write(const std::vector<json>& lines, const std::string& name = "docs.jsonl") const {
        std::string text;
        for (const auto& line : lines)
            text += line.dump() + "\n";
        const auto path = folder / name;
        writeFile(path, text, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        return path;
    }
};

}  // namespace

TEST_CASE("intake open-sealed opens sealed applications from a file and from stdin", "[cli][seal][open-sealed]") {
    Export data;
    const auto input = data.write(data.documents);
    // The export itself holds none of the applicants' details.
    for (const auto& marker : kApplicantStrings)
        CHECK(readFile(input).find(marker) == std::string::npos);

    for (const bool fromStdin : {false, true}) {
        CAPTURE(fromStdin);
        const auto result = fromStdin ? run(data.folder, {"--key", data.keyFile.string()}, input.string())
                                      : run(data.folder, {"--key", data.keyFile.string(), "--file", input.string()});
        CHECK(result.exitCode == 0);
        CHECK(result.err == "intake: 3 documents written, 0 could not be opened\n");
        const auto lines = jsonLines(result.out);
        REQUIRE(lines.size() == 3);
        // In order; the applications opened exactly, the slot unchanged.
        CHECK(lines[0]["_id"] == data.firstId);
        CHECK(lines[0]["_rev"] == data.documents[0]["_rev"]);
        CHECK_FALSE(lines[0].contains("sealed"));
        CHECK(lines[0]["adults"] == json::array({{{"first_name", "Zlatimira"},
                                                  {"last_name", "Kovacevic-Quist"},
                                                  {"phone", "+46731558821"},
                                                  {"email", "zlatimira.quist@example.se"}}}));
        CHECK(lines[0]["priority"] == true);
        CHECK(lines[0]["reference"] == data.documents[0]["reference"]);
        CHECK(lines[1] == data.documents[1]);
        CHECK(lines[2]["_id"] == data.secondId);
        CHECK(lines[2]["adults"] == json::array({{{"first_name", "Dawit"}, {"phone", "+46701234567"}}}));
        CHECK(lines[2]["preferred_provider"] == "st-lukas");
        // What went in, opened by the library, is what came out.
        CHECK(lines[2] == *openApplication(test::demoCounsellingPrivateKeyPem(), data.documents[2], data.secondId));
    }
}

TEST_CASE("intake open-sealed reports what it cannot open by id and error name only", "[cli][seal][open-sealed]") {
    Export data;
    auto tampered = data.documents[0];
    std::string ct = tampered["sealed"]["ct"];
    ct[0] = ct[0] == 'A' ? 'B' : 'A';
    tampered["sealed"]["ct"] = ct;
    auto moved = data.documents[2];
    moved["_id"] = "application:01KB0000000000000000000000";  // another record's id
    auto noId = data.documents[2];
    noId.erase("_id");
    const auto input = data.write({tampered, data.documents[1], moved, data.documents[2], noId});
    std::ofstream(input, std::ios::app) << "not json at all: Zlatimira\n";

    const auto result = run(data.folder, {"--key", data.keyFile.string(), "--file", input.string()});
    CHECK(result.exitCode == 3);
    const auto lines = jsonLines(result.out);
    REQUIRE(lines.size() == 2);  // the slot and the intact second application
    CHECK(lines[0] == data.documents[1]);
    CHECK(lines[1]["_id"] == data.secondId);
    CHECK(lines[1]["adults"][0]["first_name"] == "Dawit");
    CHECK(result.err == "intake: " + data.firstId + ": seal.tampered\n"
                        "intake: application:01KB0000000000000000000000: seal.tampered\n"
                        "intake: line 5: no _id (vault.invalid_document_id)\n"
                        "intake: line 6: not JSON (vault.invalid_document)\n"
                        "intake: 2 documents written, 4 could not be opened\n");
    for (const auto& marker : kApplicantStrings)
        CHECK(result.err.find(marker) == std::string::npos);
    CHECK(result.err.find(ct) == std::string::npos);
}

TEST_CASE("intake open-sealed refuses a wrong, malformed or missing key", "[cli][seal][open-sealed]") {
    Export data;
    const auto input = data.write(data.documents);

    SECTION("another unit's key opens nothing") {
        const auto other = *sealed::generateKeyPair();
        const auto keyFile = data.folder / "other.pem";
        writeFile(keyFile, other.privateKeyPem, std::filesystem::perms::owner_read);
        const auto result = run(data.folder, {"--key", keyFile.string(), "--file", input.string()});
        CHECK(result.exitCode == 3);
        const auto lines = jsonLines(result.out);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0] == data.documents[1]);
        CHECK(result.err == "intake: " + data.firstId + ": seal.wrong_key\n"
                            "intake: " + data.secondId + ": seal.wrong_key\n"
                            "intake: 1 documents written, 2 could not be opened\n");
    }
    SECTION("a key file that is not a private key stops before reading anything") {
        const auto keyFile = data.folder / "public.pem";
        writeFile(keyFile, gothenburg().counsellingSealing()->publicKeyPem, std::filesystem::perms::owner_read);
        const auto result = run(data.folder, {"--key", keyFile.string(), "--file", input.string()});
        CHECK(result.exitCode == 4);
        CHECK(result.out.empty());
        CHECK(result.err.find("(seal.bad_key)") != std::string::npos);
    }
    SECTION("a missing key file") {
        const auto result = run(data.folder, {"--key", (data.folder / "absent.pem").string(), "--file", input.string()});
        CHECK(result.exitCode == 4);
        CHECK(result.out.empty());
        CHECK(result.err.find("cannot read the key file") != std::string::npos);
    }
    SECTION("no --key at all") {
        const auto result = run(data.folder, {"--file", input.string()});
        CHECK(result.exitCode != 0);
        CHECK(result.out.empty());
        CHECK(result.err.find("--key") != std::string::npos);
    }
    SECTION("a key readable by others works, with a warning") {
        const auto keyFile = data.folder / "shared.pem";
        writeFile(keyFile, test::demoCounsellingPrivateKeyPem(),
                  std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
                      std::filesystem::perms::others_read);
        const auto result = run(data.folder, {"--key", keyFile.string(), "--file", input.string()});
        CHECK(result.exitCode == 0);
        CHECK(jsonLines(result.out).size() == 3);
        CHECK(result.err.find("warning: " + keyFile.string() + " can be read by other users") != std::string::npos);
    }
}
