#include "child_process.h"
#include "torture.h"
#include "vault_fixture.h"

#include <catch2/catch.hpp>

#include <signal.h>

#include <fstream>
#include <iterator>
#include <random>

using namespace intake;
using intake::test::ChildProcess;
using intake::test::VaultFixture;

namespace {

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void overwrite(const std::filesystem::path& path, std::size_t offset, std::size_t length, unsigned seed) {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    REQUIRE(file);
    std::mt19937 random(seed);
    file.seekp(static_cast<std::streamoff>(offset));
    for (std::size_t i = 0; i < length; ++i)
        file.put(static_cast<char>(random()));
}

// Flips one bit in place: unlike writing a random byte, this always changes
// the file (an encrypted page's byte equals a given value 1 time in 256).
void flipBit(const std::filesystem::path& path, std::size_t offset) {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    REQUIRE(file);
    file.seekg(static_cast<std::streamoff>(offset));
    const int byte = file.get();
    REQUIRE(byte != EOF);
    file.seekp(static_cast<std::streamoff>(offset));
    file.put(static_cast<char>(byte ^ 0x10));
}

nlohmann::json bulky(int n) {
    return {{"type", "contact"}, {"n", n}, {"notes", std::string(1500, static_cast<char>('a' + n % 26))}};
}

void fill(Vault& vault, int count) {
    for (int n = 0; n < count; ++n)
        REQUIRE(vault.put({"contact:" + std::to_string(n), bulky(n), "", false}));
}

// A message for a person: no SQLite wording leaks into it.
void checkPlainMessage(const Error& error) {
    const auto message = error.message();
    CHECK(message.find("sqlite") == std::string::npos);
    CHECK(message.find("SQLITE") == std::string::npos);
    CHECK(message.find("not a database") == std::string::npos);
}

}  // namespace

TEST_CASE("a wrong key is reported as such and the files stay untouched", "[vault][faults][key]") {
    VaultFixture fixture;
    {
        auto vault = fixture.create();
        fill(*vault, 20);
    }
    const auto wrong = *VaultKey::random();
    auto config = fixture.config();
    config.key = wrong;

    SECTION("on a cleanly closed vault") {
        const auto before = readFile(fixture.path());
        auto opened = Vault::open(config);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().is(VaultError::WrongKey));
        CHECK_FALSE(opened.error().mayBeTransient());
        checkPlainMessage(opened.error());
        CHECK(readFile(fixture.path()) == before);
        CHECK_FALSE(std::filesystem::exists(fixture.path().string() + "-wal"));
    }
    SECTION("on a vault whose writer was killed, with its journal still there") {
        {
            ChildProcess writer({INTAKE_VAULT_WRITER, fixture.path().string(), fixture.key().hex(), "write"});
            std::string line;
            for (int i = 0; i < 20; ++i)
                REQUIRE(writer.waitForLine(line, 10000));
            writer.kill(SIGKILL);
            writer.wait();
        }
        const auto wal = fixture.path().string() + "-wal";
        REQUIRE(std::filesystem::exists(wal));
        const auto dbBefore = readFile(fixture.path());
        const auto walBefore = readFile(wal);
        CHECK(Vault::open(config).error().is(VaultError::WrongKey));
        CHECK(readFile(fixture.path()) == dbBefore);
        CHECK(readFile(wal) == walBefore);
    }
    SECTION("an unencrypted open of an encrypted vault is refused") {
        config.key.reset();
        auto opened = Vault::open(config);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().is(VaultError::Damaged));
    }
    // The right key still opens everything.
    auto vault = fixture.open();
    CHECK(vault->get("contact:19")->body["n"] == 19);
    CHECK(vault->verify().ok());
}

TEST_CASE("a damaged file is reported as damaged", "[vault][faults][damaged]") {
    VaultFixture fixture;
    {
        auto vault = fixture.create();
        fill(*vault, 300);
    }
    const auto size = std::filesystem::file_size(fixture.path());
    REQUIRE(size > 40 * 4096);

    auto expectDamaged = [&] {
        auto vault = Vault::open(fixture.config());
        if (!vault) {
            CHECK(vault.error().is(VaultError::Damaged));
            checkPlainMessage(vault.error());
            return;
        }
        // Opened: page 1 is fine, so the damage shows on reading or verifying.
        auto verified = (*vault)->verify();
        REQUIRE_FALSE(verified);
        CHECK(verified.error().is(VaultError::Damaged));
        checkPlainMessage(verified.error());
    };

    SECTION("first page") {
        overwrite(fixture.path(), 200, 64, 1);
        auto vault = Vault::open(fixture.config());
        REQUIRE_FALSE(vault);
        CHECK(vault.error().is(VaultError::Damaged));
    }
    SECTION("a page in the middle") {
        overwrite(fixture.path(), 20 * 4096 + 1000, 16, 2);
        expectDamaged();
    }
    SECTION("a single flipped bit") {
        flipBit(fixture.path(), 30 * 4096 + 77);
        expectDamaged();
    }
    SECTION("truncated") {
        std::filesystem::resize_file(fixture.path(), size / 2);
        expectDamaged();
    }
    SECTION("emptied") {
        std::filesystem::resize_file(fixture.path(), 0);
        auto vault = Vault::open(fixture.config());
        REQUIRE_FALSE(vault);
        CHECK(vault.error().is(VaultError::Damaged));
        CHECK(std::filesystem::file_size(fixture.path()) == 0);  // not silently made into a new vault
    }
    SECTION("replaced by noise, with and without the key check") {
        std::filesystem::resize_file(fixture.path(), 8192);
        overwrite(fixture.path(), 0, 8192, 4);
        CHECK(Vault::open(fixture.config()).error().is(VaultError::Damaged));
        std::filesystem::remove(fixture.path().string() + ".keycheck");
        auto vault = Vault::open(fixture.config());
        REQUIRE_FALSE(vault);
        CHECK(vault.error().is(VaultError::Unreadable));
        CHECK(vault.error().message().find("key is wrong or the file is damaged") != std::string::npos);
    }
}

TEST_CASE("a full disk refuses the write and keeps everything saved before", "[vault][faults][full]") {
    VaultFixture fixture;
    {
        auto vault = fixture.create();
        fill(*vault, 10);
    }
    const auto pages = static_cast<std::uint32_t>(std::filesystem::file_size(fixture.path()) / 4096);
    auto config = fixture.config();
    config.maxPages = pages + 30;

    std::vector<std::string> saved;
    {
        auto vault = Vault::open(config);
        REQUIRE(vault);
        std::optional<Error> failure;
        for (int n = 100; n < 400 && !failure; ++n) {
            const std::string id = "contact:" + std::to_string(n);
            auto done = (*vault)->put({id, bulky(n), "", false});
            if (done)
                saved.push_back(id);
            else
                failure = done.error();
        }
        REQUIRE(failure);
        CHECK(failure->is(VaultError::Full));
        CHECK(failure->mayBeTransient());
        checkPlainMessage(*failure);
        REQUIRE(saved.size() > 5);

        // A batch that does not fit goes in not at all.
        std::vector<PutRequest> batch;
        for (int n = 500; n < 540; ++n)
            batch.push_back({"contact:" + std::to_string(n), bulky(n), "", false});
        CHECK((*vault)->putAll(batch).error().is(VaultError::Full));
        CHECK((*vault)->get("contact:500").error().is(VaultError::DocumentNotFound));
        std::vector<RevisionInsert> incoming;
        for (int n = 600; n < 640; ++n)
            incoming.push_back({"contact:" + std::to_string(n), {"1-abc"}, false, bulky(n)});
        CHECK((*vault)->insertRevisions(incoming).error().is(VaultError::Full));

        // The vault stays usable: reads work, and freeing space lets writes go on.
        CHECK((*vault)->get(saved.front()).ok());
        REQUIRE((*vault)->purge("contact:0"));
        REQUIRE((*vault)->purge("contact:1"));
        REQUIRE((*vault)->purge("contact:2"));
        CHECK((*vault)->put({"contact:after", {{"type", "contact"}}, "", false}).ok());
    }
    auto vault = fixture.open();
    CHECK(vault->verify().ok());
    for (const auto& id : saved)
        CHECK(vault->get(id).ok());
    for (int n = 3; n < 10; ++n)
        CHECK(vault->get("contact:" + std::to_string(n))->body["n"] == n);
    CHECK(vault->get("contact:after").ok());
    CHECK(vault->get("contact:620").error().is(VaultError::DocumentNotFound));
}

// Damage anywhere: a flipped bit, a run of noise or a cut at a random place
// of a copy of the vault. Every round, the vault either refuses to open or
// to verify with vault.damaged, or (damage in unused bytes) opens, verifies
// and returns every document intact; a document is never returned changed.
// 40 rounds, 1,000 with INTAKE_TORTURE=1.
TEST_CASE("damage at a random place is always reported, never returned as data", "[vault][faults][damaged][rounds]") {
    const int rounds = intake::test::roundsFromEnvironment(40, 1000);
    const auto seed = intake::test::seedFromEnvironment();
    INFO("rounds " << rounds << ", INTAKE_TEST_SEED=" << seed);
    std::mt19937_64 random(seed);

    VaultFixture original;
    {
        auto vault = original.create();
        fill(*vault, 120);
    }
    const auto pristine = readFile(original.path());
    const auto size = pristine.size();
    int refused = 0, unharmed = 0;
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        {
            std::ofstream out(original.path(), std::ios::binary | std::ios::trunc);
            out.write(pristine.data(), static_cast<std::streamsize>(pristine.size()));
        }
        const auto offset = static_cast<std::size_t>(random() % size);
        switch (random() % 3) {
        case 0: flipBit(original.path(), offset); break;
        case 1: overwrite(original.path(), offset, std::min<std::size_t>(size - offset, 1 + random() % 64),
                          static_cast<unsigned>(random())); break;
        default: std::filesystem::resize_file(original.path(), offset); break;
        }
        auto vault = Vault::open(original.config());
        if (!vault) {
            CHECK((vault.error().is(VaultError::Damaged) || vault.error().is(VaultError::Unreadable)));
            checkPlainMessage(vault.error());
            ++refused;
            continue;
        }
        auto verified = (*vault)->verify();
        if (!verified) {
            CHECK(verified.error().is(VaultError::Damaged));
            checkPlainMessage(verified.error());
            ++refused;
            continue;
        }
        // It verified: every document reads back as written.
        for (int n = 0; n < 120; ++n) {
            auto doc = (*vault)->get("contact:" + std::to_string(n));
            REQUIRE(doc.ok());
            REQUIRE(doc->body == bulky(n));
        }
        ++unharmed;
    }
    CHECK(refused > rounds / 2);
    WARN("random damage: " << rounds << " rounds, " << refused << " refused as damaged, " << unharmed
                           << " in unused bytes (every document intact)");
}
