#include "vault_fixture.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using namespace intake;
using intake::test::TempFolder;
using intake::test::VaultFixture;

namespace {

// Distinctive values in several scripts; none may appear in the vault's files.
const std::vector<std::string> kMarkers = {
    "Zlatimira-Kovacevic-7731", "مريم-الحسيني-4419", "ፍሬሕይወት-ተስፋይ", "Farhiya Cabdullaahi 0701234567",
    "0731-55 88 21", "198507129283", "sleeps-under-Gotaalvbron", "visit-id-marker-5521",
};

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The vault's files as they are on disk right now: main file, journal, index.
std::vector<std::pair<std::string, std::string>> vaultFiles(const std::filesystem::path& path) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".keycheck"}) {
        const auto file = path.string() + suffix;
        if (std::filesystem::exists(file))
            files.emplace_back(file, readFile(file));
    }
    return files;
}

std::vector<std::string> markersFound(const std::filesystem::path& path) {
    std::vector<std::string> found;
    for (const auto& [name, bytes] : vaultFiles(path)) {
        for (const auto& marker : kMarkers) {
            if (bytes.find(marker) != std::string::npos)
                found.push_back(name + ": " + marker);
        }
    }
    return found;
}

void writeSensitiveRecords(Vault& vault) {
    for (int i = 0; i < 50; ++i) {
        nlohmann::json body = {{"type", "contact"},        {"name", kMarkers[0]}, {"alias", kMarkers[1]},
                               {"other_name", kMarkers[2]}, {"contact", kMarkers[3]}, {"phone", kMarkers[4]},
                               {"personnummer", kMarkers[5]}, {"where", kMarkers[6]}, {"i", i}};
        const std::string id = kMarkers[7] + "-" + std::to_string(i);
        auto created = vault.put({id, body, "", false});
        REQUIRE(created);
        body["i"] = i + 1000;
        auto updated = vault.put({id, body, created->rev, false});
        REQUIRE(updated);
        if (i % 5 == 0)
            REQUIRE(vault.remove(id, updated->rev));
    }
    REQUIRE(vault.putLocal("_local/" + kMarkers[7], {{"note", kMarkers[0]}}));
}

}  // namespace

TEST_CASE("no value written is readable in the vault's files", "[vault][at-rest]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    writeSensitiveRecords(*vault);

    // While open: the journal holds the recent writes, encrypted too.
    REQUIRE(std::filesystem::exists(fixture.path().string() + "-wal"));
    CHECK(std::filesystem::file_size(fixture.path().string() + "-wal") > 0);
    CHECK(markersFound(fixture.path()).empty());
    // Exclusive locking keeps the WAL index in memory: there is no -shm to leak.
    CHECK_FALSE(std::filesystem::exists(fixture.path().string() + "-shm"));

    vault.reset();
    CHECK(markersFound(fixture.path()).empty());
    CHECK(std::filesystem::file_size(fixture.path()) > 50 * 1000);  // the data really is in there
}

TEST_CASE("the plaintext scan does find values in an unencrypted file", "[vault][at-rest]") {
    // The control for the test above: the same records in a plain vault are visible.
    TempFolder folder;
    auto vault = Vault::create({folder / "plain.vault", std::nullopt, std::nullopt});
    REQUIRE(vault);
    writeSensitiveRecords(**vault);
    CHECK(markersFound(folder / "plain.vault").size() >= kMarkers.size());
}

TEST_CASE("a purged record leaves no readable trace in the file", "[vault][at-rest][purge]") {
    // Observed on a plain vault, where leftovers would be visible: purge
    // overwrites the freed pages (secure_delete) rather than just unlinking them.
    TempFolder folder;
    const auto path = folder / "plain.vault";
    {
        auto vault = Vault::create({path, std::nullopt, std::nullopt});
        REQUIRE(vault);
        REQUIRE((*vault)->put({"contact:keep", {{"type", "contact"}, {"n", 1}}, "", false}));
        const auto first = (*vault)->put({"contact:gone", {{"type", "contact"}, {"name", kMarkers[0]}}, "", false});
        REQUIRE(first);
        REQUIRE((*vault)->put({"contact:gone", {{"type", "contact"}, {"name", kMarkers[1]}}, first->rev, false}));
    }
    REQUIRE_FALSE(markersFound(path).empty());
    {
        auto vault = Vault::open({path, std::nullopt, std::nullopt});
        REQUIRE(vault);
        REQUIRE((*vault)->purge("contact:gone"));
    }
    CHECK(markersFound(path).empty());
    auto vault = Vault::open({path, std::nullopt, std::nullopt});
    REQUIRE(vault);
    CHECK((*vault)->get("contact:keep").ok());
}
