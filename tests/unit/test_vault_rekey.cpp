// Rotating a vault's key (issue #5): Vault::rekey and Vault::openAfterRekey.

#include "intake/core/vault.h"
#include "key_check.h"
#include "temp_folder.h"
#include "torture.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <set>
#include <thread>

using namespace intake;
using intake::test::TempFolder;

namespace {

nlohmann::json body(int n) {
    return {{"type", "visit"}, {"site", "centrum"}, {"day", "2026-11-23"}, {"status", "waiting"},
            {"n", n}, {"first_name", "Hawa"}, {"note", std::string(static_cast<std::size_t>(300 + n % 700), 'x')}};
}

std::string idOf(int n) { return "visit:" + std::to_string(100000 + n); }

void fill(Vault& vault, int from, int count) {
    for (int start = from; start < from + count; start += 100) {
        std::vector<PutRequest> batch;
        for (int n = start; n < std::min(from + count, start + 100); ++n)
            batch.push_back({idOf(n), body(n), "", false});
        REQUIRE(vault.putAll(batch));
    }
}

VaultConfig configFor(const std::filesystem::path& path, const VaultKey& key) {
    return VaultConfig{path, key, std::nullopt};
}

std::uintmax_t sizeOr0(const std::filesystem::path& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    return ec ? 0 : size;
}

}  // namespace

TEST_CASE("after rekey the new key opens the vault with everything in it, and the old key is wrong", "[vault][rekey]") {
    TempFolder folder;
    const auto path = folder / "queue.vault";
    const auto oldKey = *VaultKey::random();
    const auto newKey = *VaultKey::random();
    {
        auto vault = Vault::create(configFor(path, oldKey));
        REQUIRE(vault);
        fill(**vault, 0, 300);
        REQUIRE((*vault)->putLocal("_local/checkpoint", {{"seq", 300}}));
        // Some of it only in the WAL when the rekey starts.
        REQUIRE(std::filesystem::file_size(path.string() + "-wal") > 0);

        REQUIRE((*vault)->rekey(newKey));
        // The open vault goes on working, under the new key.
        CHECK((*vault)->documentCount().value() == 300);
        REQUIRE((*vault)->put({"visit:after", body(1), "", false}));
        CHECK((*vault)->verify().ok());
        CHECK_FALSE(std::filesystem::exists(path.string() + "-journal"));
        CHECK(keycheck::compare(path, newKey) == keycheck::Match::Same);
        CHECK(keycheck::compare(path, oldKey) == keycheck::Match::Different);
    }

    auto wrong = Vault::open(configFor(path, oldKey));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().is(VaultError::WrongKey));
    CHECK(wrong.error().name() == "vault.wrong_key");
    auto other = Vault::open(configFor(path, *VaultKey::random()));
    REQUIRE_FALSE(other);
    CHECK(other.error().is(VaultError::WrongKey));

    auto vault = Vault::open(configFor(path, newKey));
    REQUIRE(vault);
    CHECK((*vault)->documentCount().value() == 301);
    for (int n : {0, 150, 299}) {
        auto doc = (*vault)->get(idOf(n));
        REQUIRE(doc);
        CHECK(doc->body == body(n));
    }
    CHECK((*vault)->getLocal("_local/checkpoint")->body["seq"] == 300);
    CHECK((*vault)->get("visit:after"));
    CHECK((*vault)->verify().ok());
    // Back in WAL mode: a write goes to the WAL.
    REQUIRE((*vault)->put({"visit:wal", body(2), "", false}));
    CHECK(sizeOr0(path.string() + "-wal") > 0);
}

TEST_CASE("without the key check the old key is still refused after rekey", "[vault][rekey]") {
    TempFolder folder;
    const auto path = folder / "queue.vault";
    const auto a = *VaultKey::random();
    const auto b = *VaultKey::random();
    const auto c = *VaultKey::random();
    {
        auto vault = Vault::create(configFor(path, a));
        REQUIRE(vault);
        fill(**vault, 0, 20);
        REQUIRE((*vault)->rekey(b));
        REQUIRE((*vault)->rekey(c));  // twice in one session
    }
    std::filesystem::remove(keycheck::pathFor(path));
    for (const auto& stale : {a, b}) {
        auto refused = Vault::open(configFor(path, stale));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().is(VaultError::Unreadable));  // no key check to tell wrong from damaged
    }
    auto vault = Vault::open(configFor(path, c));
    REQUIRE(vault);
    CHECK((*vault)->documentCount().value() == 20);
    CHECK(keycheck::compare(path, c) == keycheck::Match::Same);  // written again on open
}

TEST_CASE("a vault without encryption cannot be rekeyed", "[vault][rekey]") {
    TempFolder folder;
    auto vault = Vault::create({folder / "plain.vault", std::nullopt, std::nullopt});
    REQUIRE(vault);
    auto refused = (*vault)->rekey(*VaultKey::random());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().is(VaultError::Internal));
    REQUIRE((*vault)->put({"visit:1", body(1), "", false}));
}

TEST_CASE("openAfterRekey opens with whichever key the vault is under", "[vault][rekey]") {
    TempFolder folder;
    const auto path = folder / "queue.vault";
    const auto oldKey = *VaultKey::random();
    const auto newKey = *VaultKey::random();
    {
        auto vault = Vault::create(configFor(path, oldKey));
        REQUIRE(vault);
        fill(**vault, 0, 10);
    }
    {
        // The change never happened: the previous key opens it.
        auto reopened = Vault::openAfterRekey(configFor(path, newKey), oldKey);
        REQUIRE(reopened);
        CHECK(reopened->withPreviousKey);
        CHECK(reopened->vault->documentCount().value() == 10);
        REQUIRE(reopened->vault->rekey(newKey));
    }
    {
        auto reopened = Vault::openAfterRekey(configFor(path, newKey), oldKey);
        REQUIRE(reopened);
        CHECK_FALSE(reopened->withPreviousKey);
        CHECK(reopened->vault->documentCount().value() == 10);
    }
    auto neither = Vault::openAfterRekey(configFor(path, *VaultKey::random()), *VaultKey::random());
    REQUIRE_FALSE(neither);
    CHECK(neither.error().is(VaultError::WrongKey));
    auto missing = Vault::openAfterRekey(configFor(folder / "none.vault", newKey), oldKey);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().is(VaultError::NotFound));
}

// A child process opens the vault and changes its key; it is killed with
// SIGKILL at a random moment of the change. Whatever that moment, the vault
// then opens with exactly one of the two keys, holds every document, and
// passes the integrity check; the key check agrees with the key that opens it.
TEST_CASE("a vault killed during rekey opens with exactly one of the two keys and loses nothing",
          "[vault][rekey][crash]") {
    const int rounds = intake::test::roundsFromEnvironment(30, 1000);
    const auto seed = intake::test::seedFromEnvironment();
    INFO("rounds " << rounds << ", INTAKE_TEST_SEED=" << seed);
    std::mt19937_64 random(seed);

    TempFolder folder;
    const auto path = folder / "queue.vault";
    auto current = *VaultKey::random();
    int documents = 3000;
    std::chrono::microseconds duration{0};
    {
        auto vault = Vault::create(configFor(path, current));
        REQUIRE(vault);
        fill(**vault, 0, documents);
        // How long one change takes here, to aim the kills inside it.
        const auto next = *VaultKey::random();
        const auto start = std::chrono::steady_clock::now();
        REQUIRE((*vault)->rekey(next));
        duration = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
        current = next;
    }
    WARN("one rekey of " << documents << " documents (" << std::filesystem::file_size(path) / 1024
                         << " KiB) takes " << duration.count() / 1000 << " ms");

    int finished = 0, openedWithNew = 0, openedWithOld = 0, hotJournals = 0, keyCheckMissing = 0,
        oldKeyFirstRefused = 0;
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        const auto next = *VaultKey::random();
        const auto delay = std::chrono::microseconds(random() % static_cast<std::uint64_t>(duration.count() * 6 / 5 + 1));
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            auto vault = Vault::open(configFor(path, current));
            if (!vault)
                ::_exit(2);
            const char started = 's';
            (void)!::write(fds[1], &started, 1);
            ::_exit((*vault)->rekey(next) ? 0 : 3);
        }
        ::close(fds[1]);
        char started = 0;
        const auto got = ::read(fds[0], &started, 1);
        ::close(fds[0]);
        if (got == 1)
            std::this_thread::sleep_for(delay);
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        REQUIRE(got == 1);  // the child opened the vault
        if (WIFEXITED(status)) {
            REQUIRE(WEXITSTATUS(status) == 0);
            ++finished;
        }
        if (sizeOr0(path.string() + "-journal") > 0)
            ++hotJournals;
        if (!std::filesystem::exists(keycheck::pathFor(path)))
            ++keyCheckMissing;

        std::optional<VaultKey> opened;
        {
            // In odd rounds a naive caller first tries only the old key: it
            // may be refused (page 1 already under the new key), and must
            // then do no harm.
            std::unique_ptr<Vault> held;
            if (round % 2 == 1) {
                auto naive = Vault::open(configFor(path, current));
                if (naive) {
                    held = std::move(*naive);
                    opened = current;
                } else {
                    CHECK((naive.error().is(VaultError::Unreadable) || naive.error().is(VaultError::WrongKey)));
                    ++oldKeyFirstRefused;
                }
            }
            if (!held) {
                auto reopened = Vault::openAfterRekey(configFor(path, next), current);
                REQUIRE(reopened);
                opened = reopened->withPreviousKey ? current : next;
                held = std::move(reopened->vault);
            }
            auto& vault = *held;
            REQUIRE(vault.documentCount().value() == documents);
            for (int n : {0, documents / 2, documents - 1}) {
                auto doc = vault.get(idOf(n));
                REQUIRE(doc);
                CHECK(doc->body == body(n));
            }
            REQUIRE(vault.verify().ok());
            // It takes writes again, under the key that opened it.
            REQUIRE(vault.put({idOf(documents), body(documents), "", false}));
            ++documents;
        }
        if (*opened == next)
            ++openedWithNew;
        else
            ++openedWithOld;
        const auto& other = *opened == next ? current : next;
        CHECK(keycheck::compare(path, *opened) == keycheck::Match::Same);
        auto refused = Vault::open(configFor(path, other));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().is(VaultError::WrongKey));
        REQUIRE(Vault::open(configFor(path, *opened)));
        current = *opened;
    }
    WARN("rekey kills: " << rounds << " rounds, " << finished << " finished before the kill, " << openedWithNew
                         << " opened with the new key, " << openedWithOld << " with the old, " << hotJournals
                         << " left a hot journal, " << keyCheckMissing << " left no key check, "
                         << oldKeyFirstRefused << " refused the old key tried first");
    // The kills did land on both sides of the commit, and inside it.
    CHECK(openedWithNew > 0);
    CHECK(openedWithOld > 0);
    CHECK(hotJournals > 0);
}
