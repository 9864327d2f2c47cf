// The staff PIN ring and the inactivity lock (issue #5).
//
// Every ring here uses cheap scrypt parameters (N = 2^10) through the explicit
// test option, except the one test that checks the documented defaults and
// the kill tests, which need a KDF slow enough to be killed in.

#include "intake/core/staff_pin.h"
#include "intake/core/vault.h"
#include "temp_folder.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <iterator>
#include <set>
#include <thread>

using namespace intake;
using namespace std::chrono_literals;
using intake::test::TempFolder;

namespace {

const std::string kPin = "482915";
const std::string kOtherPin = "731106";
const std::string kWrongPin = "000000";

PinRingOptions cheap() {
    PinRingOptions options;
    options.kdf = ScryptParameters{std::uint64_t{1} << 10, 8, 1};
    options.allowWeakKdfForTests = true;
    return options;
}

ManualClock startClock() {
    return ManualClock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 23} + 9h, 60min);
}

KeysByName someKeys() {
    KeysByName keys;
    keys.emplace("queue", *VaultKey::random());
    keys.emplace("outreach", *VaultKey::random());
    return keys;
}

std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::string rawBytes(const VaultKey& key) {
    const auto bytes = key.bytes();
    return std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

std::string unhex(const std::string& hex) {
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return out;
}

// A deliberate edit: change the JSON and recompute the checksum as the
// format documents it (SHA-256 over the compact JSON without "checksum").
void editRing(const std::filesystem::path& path, const std::function<void(nlohmann::json&)>& edit) {
    auto j = nlohmann::json::parse(readBytes(path));
    j.erase("checksum");
    edit(j);
    const auto text = j.dump();
    unsigned char digest[32];
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char b : digest) {
        hex += digits[b >> 4];
        hex += digits[b & 0xf];
    }
    j["checksum"] = hex;
    writeBytes(path, j.dump(2));
}

// Flips one hex digit of `value` inside the file's text (an accidental change).
std::string flipHexDigit(std::string text, const std::string& value) {
    const auto at = text.find(value);
    REQUIRE(at != std::string::npos);
    char& c = text[at + 5];
    c = c == '0' ? '1' : '0';
    return text;
}

// Runs `work` in a forked child and kills it (SIGKILL) `after` it said it
// started. Returns whether the child was still running when killed.
template <typename Work>
bool killMidway(Work work, std::chrono::milliseconds after) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        const char started = 's';
        (void)!::write(fds[1], &started, 1);
        work();
        ::_exit(0);
    }
    ::close(fds[1]);
    char started = 0;
    REQUIRE(::read(fds[0], &started, 1) == 1);
    ::close(fds[0]);
    std::this_thread::sleep_for(after);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

}  // namespace

TEST_CASE("a ring made with a PIN gives the same keys back for that PIN", "[pin]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    const auto keys = someKeys();
    auto clock = startClock();

    auto created = StaffPinRing::create(path, kPin, keys, cheap());
    REQUIRE(created);
    CHECK_FALSE(created->isUnlocked());
    CHECK(created->keyNames() == std::vector<std::string>{"outreach", "queue"});

    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    const auto bytes = readBytes(path);
    for (const auto& [name, key] : keys) {
        CHECK(bytes.find(rawBytes(key)) == std::string::npos);
        CHECK(bytes.find(key.hex()) == std::string::npos);
    }

    auto ring = StaffPinRing::open(path);
    REQUIRE(ring);
    const auto runs = StaffPinRing::kdfRunCount();
    auto unlocked = ring->unlock(kPin, clock);
    REQUIRE(unlocked);
    CHECK(StaffPinRing::kdfRunCount() == runs + 1);
    CHECK(*unlocked == keys);
    CHECK(ring->isUnlocked());
    CHECK(ring->failures() == 0);
    CHECK(ring->attemptsLeft() == 10);
    ring->lock();
    CHECK_FALSE(ring->isUnlocked());

    // Another ring file for the same keys and PIN: another salt and nonces.
    auto second = StaffPinRing::create(folder / "second.json", kPin, keys, cheap());
    REQUIRE(second);
    const auto a = nlohmann::json::parse(readBytes(path));
    const auto b = nlohmann::json::parse(readBytes(folder / "second.json"));
    CHECK(a["kdf"]["salt"] != b["kdf"]["salt"]);
    CHECK(a["keys"]["queue"]["ciphertext"] != b["keys"]["queue"]["ciphertext"]);
    CHECK(a["keys"]["queue"]["nonce"] != b["keys"]["queue"]["nonce"]);

    // Nothing is written over an existing ring.
    auto again = StaffPinRing::create(path, kOtherPin, keys, cheap());
    REQUIRE_FALSE(again);
    CHECK(again.error().is(PinError::RingExists));
    CHECK(readBytes(path) == bytes);
    auto missing = StaffPinRing::open(folder / "nothing.json");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().is(PinError::RingMissing));
}

TEST_CASE("a wrong PIN is refused, counted, and changes nothing else", "[pin]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    const auto keys = someKeys();
    auto clock = startClock();
    auto ring = StaffPinRing::create(path, kPin, keys, cheap());
    REQUIRE(ring);
    const auto wrappedBefore = nlohmann::json::parse(readBytes(path))["keys"];

    auto wrong = ring->unlock(kWrongPin, clock);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().is(PinError::WrongPin));
    CHECK(wrong.error().name() == "pin.wrong");
    CHECK(wrong.error().detail() == "9 attempts left");
    CHECK_FALSE(wrong.error().mayBeTransient());
    CHECK_FALSE(ring->isUnlocked());
    CHECK(ring->failures() == 1);
    CHECK(ring->attemptsLeft() == 9);
    const auto after = nlohmann::json::parse(readBytes(path));
    CHECK(after["keys"] == wrappedBefore);
    CHECK(after["failures"] == 1);

    // The count is in the file: a fresh process sees it.
    CHECK(StaffPinRing::open(path)->failures() == 1);

    auto right = ring->unlock(kPin, clock);
    REQUIRE(right);
    CHECK(*right == keys);
    CHECK(ring->failures() == 0);
    CHECK(StaffPinRing::open(path)->failures() == 0);
    CHECK(nlohmann::json::parse(readBytes(path))["last_failure_ms"].is_null());
}

TEST_CASE("wrong PINs back off exponentially, across restarts, without running the KDF", "[pin]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    const auto keys = someKeys();
    auto clock = startClock();
    auto ring = StaffPinRing::create(path, kPin, keys, cheap());
    REQUIRE(ring);

    // The first three cost nothing.
    for (int i = 1; i <= 3; ++i) {
        CHECK(ring->retryAfter(clock) == 0ms);
        REQUIRE(ring->unlock(kWrongPin, clock).error().is(PinError::WrongPin));
    }
    CHECK(ring->retryAfter(clock) == 30s);

    // During the wait nothing is checked, not even the right PIN.
    const auto runs = StaffPinRing::kdfRunCount();
    clock.advance(10s);
    auto refused = ring->unlock(kPin, clock);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().is(PinError::LockedOut));
    CHECK(refused.error().name() == "pin.locked_out");
    CHECK(refused.error().mayBeTransient());
    CHECK(refused.error().detail() == "retry in 20 s");
    CHECK(StaffPinRing::kdfRunCount() == runs);
    CHECK(ring->failures() == 3);  // a refused try is not a failure

    // A restart does not clear the wait.
    auto reopened = StaffPinRing::open(path);
    REQUIRE(reopened);
    CHECK(reopened->retryAfter(clock) == 20s);
    CHECK(reopened->unlock(kPin, clock).error().is(PinError::LockedOut));
    CHECK(StaffPinRing::kdfRunCount() == runs);

    // Then it doubles: 60 s after the 4th, 120 s after the 5th.
    clock.advance(20s);
    CHECK(reopened->retryAfter(clock) == 0ms);
    CHECK(reopened->unlock(kWrongPin, clock).error().is(PinError::WrongPin));
    CHECK(StaffPinRing::kdfRunCount() == runs + 1);
    CHECK(reopened->retryAfter(clock) == 60s);
    clock.advance(60s);
    CHECK(reopened->unlock(kWrongPin, clock).error().is(PinError::WrongPin));
    CHECK(StaffPinRing::open(path)->retryAfter(clock) == 120s);

    // A clock set back before the last failure means "just failed", not longer.
    clock.advance(-1h);
    CHECK(reopened->retryAfter(clock) == 120s);
    clock.advance(1h);

    // The schedule as documented, capped at an hour.
    const PinPolicy policy;
    CHECK(policy.delayAfter(2) == 0s);
    CHECK(policy.delayAfter(3) == 30s);
    CHECK(policy.delayAfter(9) == 1920s);
    CHECK(policy.delayAfter(20) == 3600s);

    // The right PIN after the wait works and clears the count.
    clock.advance(120s);
    auto right = reopened->unlock(kPin, clock);
    REQUIRE(right);
    CHECK(*right == keys);
    CHECK(reopened->retryAfter(clock) == 0ms);
    CHECK(reopened->attemptsLeft() == 10);
}

TEST_CASE("the limit of wrong PINs erases the wrapped keys for good", "[pin]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    const auto keys = someKeys();
    auto clock = startClock();
    auto ring = StaffPinRing::create(path, kPin, keys, cheap());
    REQUIRE(ring);
    const auto before = nlohmann::json::parse(readBytes(path));
    std::vector<std::string> secrets;  // every form of key material in the file
    for (const auto& [name, entry] : before["keys"].items()) {
        secrets.push_back(entry["ciphertext"].get<std::string>());
        secrets.push_back(unhex(entry["ciphertext"].get<std::string>()));
        secrets.push_back(entry["tag"].get<std::string>());
    }
    secrets.push_back(before["pin_check"].get<std::string>());
    for (const auto& [name, key] : keys) {
        secrets.push_back(rawBytes(key));
        secrets.push_back(key.hex());
    }
    const auto bytesBefore = readBytes(path);
    REQUIRE(bytesBefore.find(secrets[0]) != std::string::npos);  // the scan can find them
    REQUIRE(bytesBefore.find(secrets[2]) != std::string::npos);

    for (int attempt = 1; attempt <= 9; ++attempt) {
        clock.advance(ring->retryAfter(clock));
        auto wrong = ring->unlock(kWrongPin, clock);
        REQUIRE(wrong.error().is(PinError::WrongPin));
        CHECK(ring->attemptsLeft() == 10 - attempt);
    }
    clock.advance(ring->retryAfter(clock));
    // Hold the file as it is before the last attempt, to see its bytes go.
    const int old = ::open(path.c_str(), O_RDONLY);
    REQUIRE(old >= 0);
    auto last = ring->unlock(kWrongPin, clock);
    REQUIRE_FALSE(last);
    CHECK(last.error().is(PinError::Erased));
    CHECK(ring->erased());
    CHECK(ring->attemptsLeft() == 0);

    std::string oldBytes(bytesBefore.size() + 4096, 'x');
    const auto got = ::pread(old, oldBytes.data(), oldBytes.size(), 0);
    ::close(old);
    REQUIRE(got > 0);
    oldBytes.resize(static_cast<std::size_t>(got));
    CHECK(oldBytes == std::string(oldBytes.size(), '\0'));  // the replaced file was overwritten

    const auto after = readBytes(path);
    for (const auto& secret : secrets)
        CHECK(after.find(secret) == std::string::npos);
    const auto j = nlohmann::json::parse(after);
    CHECK(j["erased"] == true);
    CHECK(j["keys"].empty());
    CHECK_FALSE(j.contains("pin_check"));
    for (const auto& entry : std::filesystem::directory_iterator(folder.path()))
        CHECK(entry.path().filename() == "keyring.json");  // no temporary copy left

    // Every later try says so, the right PIN included, without a KDF run.
    const auto runs = StaffPinRing::kdfRunCount();
    clock.advance(24h);
    auto right = ring->unlock(kPin, clock);
    REQUIRE_FALSE(right);
    CHECK(right.error().is(PinError::Erased));
    CHECK(right.error().name() == "pin.erased");
    CHECK(right.error().message() ==
          "This tablet's keys were erased after too many wrong PINs. Ask IT to enrol it again.");
    auto reopened = StaffPinRing::open(path);
    REQUIRE(reopened);
    CHECK(reopened->erased());
    CHECK(reopened->unlock(kPin, clock).error().is(PinError::Erased));
    CHECK(reopened->changePin(kPin, kOtherPin, clock).error().is(PinError::Erased));
    CHECK(StaffPinRing::kdfRunCount() == runs);
}

TEST_CASE("the limit is configurable and a right PIN resets the count", "[pin]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    auto clock = startClock();
    auto options = cheap();
    options.policy.maxFailures = 3;
    options.policy.freeFailures = 3;
    auto ring = StaffPinRing::create(path, kPin, someKeys(), options);
    REQUIRE(ring);
    CHECK(ring->policy().maxFailures == 3);
    REQUIRE(ring->unlock(kWrongPin, clock).error().is(PinError::WrongPin));
    REQUIRE(ring->unlock(kWrongPin, clock).error().is(PinError::WrongPin));
    REQUIRE(ring->unlock(kPin, clock));  // back to three
    REQUIRE(ring->unlock(kWrongPin, clock).error().is(PinError::WrongPin));
    REQUIRE(ring->unlock(kWrongPin, clock).error().is(PinError::WrongPin));
    CHECK(ring->attemptsLeft() == 1);
    CHECK(ring->unlock(kWrongPin, clock).error().is(PinError::Erased));
    CHECK(StaffPinRing::open(path)->erased());
}

TEST_CASE("an attempt is counted before the PIN is checked, so killing the app does not hide it", "[pin][crash]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    auto clock = startClock();
    // A KDF slow enough to be killed in (N = 2^17, about 0.4 s here).
    PinRingOptions slow;
    slow.kdf.n = std::uint64_t{1} << 17;
    slow.policy.maxFailures = 2;
    slow.policy.freeFailures = 2;
    const auto keys = someKeys();
    REQUIRE(StaffPinRing::create(path, kPin, keys, slow));

    // Killed while checking the RIGHT PIN: it still counts, as nobody can
    // tell a right PIN from a wrong one before the KDF ends.
    const bool killed = killMidway([&] { (void)StaffPinRing::open(path)->unlock(kPin, clock); }, 150ms);
    REQUIRE(killed);
    auto ring = StaffPinRing::open(path);
    REQUIRE(ring);
    CHECK(ring->failures() == 1);
    CHECK_FALSE(ring->erased());

    // Killed during the last check allowed: the next start erases the keys.
    REQUIRE(killMidway([&] { (void)StaffPinRing::open(path)->unlock(kPin, clock); }, 150ms));
    auto after = StaffPinRing::open(path);
    REQUIRE(after);
    CHECK(after->erased());
    const auto bytes = readBytes(path);
    for (const auto& [name, key] : keys)
        CHECK(bytes.find(rawBytes(key)) == std::string::npos);
    CHECK(nlohmann::json::parse(bytes)["keys"].empty());
    CHECK(after->unlock(kPin, clock).error().is(PinError::Erased));
}

TEST_CASE("changing the PIN rewraps the same keys, and the vaults still open", "[pin]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    auto clock = startClock();
    const auto vaultKey = *VaultKey::random();
    {
        auto vault = Vault::create({folder / "outreach.vault", vaultKey, std::nullopt});
        REQUIRE(vault);
        REQUIRE((*vault)->put({"contact:1", {{"type", "contact"}}, "", false}));
    }
    KeysByName keys;
    keys.emplace("outreach", vaultKey);
    auto ring = StaffPinRing::create(path, kPin, keys, cheap());
    REQUIRE(ring);
    const auto before = nlohmann::json::parse(readBytes(path));

    // A malformed new PIN is refused first: nothing counted, no KDF.
    const auto runs = StaffPinRing::kdfRunCount();
    CHECK(ring->changePin(kPin, "1234", clock).error().is(PinError::TooShort));
    CHECK(StaffPinRing::kdfRunCount() == runs);
    CHECK(ring->failures() == 0);
    // A wrong old PIN is a wrong PIN like any other.
    CHECK(ring->changePin(kWrongPin, kOtherPin, clock).error().is(PinError::WrongPin));
    CHECK(ring->failures() == 1);

    REQUIRE(ring->changePin(kPin, kOtherPin, clock));
    CHECK(ring->failures() == 0);
    const auto after = nlohmann::json::parse(readBytes(path));
    CHECK(after["kdf"]["salt"] != before["kdf"]["salt"]);
    CHECK(after["keys"]["outreach"]["ciphertext"] != before["keys"]["outreach"]["ciphertext"]);
    CHECK(after["kdf"]["n"] == before["kdf"]["n"]);

    auto reopened = StaffPinRing::open(path);
    REQUIRE(reopened);
    CHECK(reopened->unlock(kPin, clock).error().is(PinError::WrongPin));
    auto unlocked = reopened->unlock(kOtherPin, clock);
    REQUIRE(unlocked);
    REQUIRE(unlocked->count("outreach") == 1);
    CHECK(unlocked->at("outreach") == vaultKey);
    auto vault = Vault::open({folder / "outreach.vault", unlocked->at("outreach"), std::nullopt});
    REQUIRE(vault);
    CHECK((*vault)->get("contact:1"));
}

TEST_CASE("short and malformed PINs are refused with a clear error", "[pin]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    auto clock = startClock();
    for (const char* pin : {"", "1", "12345"}) {
        auto made = StaffPinRing::create(path, pin, someKeys(), cheap());
        REQUIRE_FALSE(made);
        CHECK(made.error().is(PinError::TooShort));
        CHECK(made.error().name() == "pin.too_short");
        CHECK(made.error().message() == "The PIN must have at least 6 digits.");
    }
    for (const char* pin : {"12345a", "123 456", "１２３４５６", "-123456"}) {
        auto made = StaffPinRing::create(path, pin, someKeys(), cheap());
        REQUIRE_FALSE(made);
        CHECK(made.error().is(PinError::NotDigits));
    }
    CHECK(StaffPinRing::create(path, std::string(65, '1'), someKeys(), cheap()).error().is(PinError::NotDigits));
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(checkPinFormat("123456").ok());
    CHECK(checkPinFormat(std::string(64, '9')).ok());

    auto ring = StaffPinRing::create(path, kPin, someKeys(), cheap());
    REQUIRE(ring);
    const auto runs = StaffPinRing::kdfRunCount();
    CHECK(ring->unlock("4829", clock).error().is(PinError::TooShort));
    CHECK(ring->unlock("48291x", clock).error().is(PinError::NotDigits));
    CHECK(StaffPinRing::kdfRunCount() == runs);
    CHECK(ring->failures() == 0);
}

TEST_CASE("a damaged or edited ring file is refused and nothing is lost", "[pin]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    auto clock = startClock();
    const auto keys = someKeys();
    REQUIRE(StaffPinRing::create(path, kPin, keys, cheap()));
    const auto good = readBytes(path);
    const auto j = nlohmann::json::parse(good);
    const std::string ciphertext = j["keys"]["queue"]["ciphertext"];
    const std::string salt = j["kdf"]["salt"];

    SECTION("a flipped byte in a wrapped key or in the salt") {
        for (const auto& value : {ciphertext, salt}) {
            const auto damagedText = flipHexDigit(good, value);
            writeBytes(path, damagedText);
            const auto runs = StaffPinRing::kdfRunCount();
            auto opened = StaffPinRing::open(path);
            REQUIRE_FALSE(opened);
            CHECK(opened.error().is(PinError::RingDamaged));
            CHECK(opened.error().name() == "pin.ring_damaged");
            CHECK(opened.error().detail() == "checksum does not match");
            CHECK(StaffPinRing::kdfRunCount() == runs);
            CHECK(readBytes(path) == damagedText);  // not counted, not erased, not rewritten
            writeBytes(path, good);
            auto unlocked = StaffPinRing::open(path)->unlock(kPin, clock);
            REQUIRE(unlocked);
            CHECK(*unlocked == keys);
        }
    }
    SECTION("not JSON, or cut short") {
        writeBytes(path, good.substr(0, good.size() / 2));
        CHECK(StaffPinRing::open(path).error().is(PinError::RingDamaged));
        writeBytes(path, "");
        CHECK(StaffPinRing::open(path).error().is(PinError::RingDamaged));
    }
    SECTION("a member of the wrong type") {
        editRing(path, [](nlohmann::json& ring) { ring["kdf"]["output_bytes"] = "sixty-four"; });
        CHECK(StaffPinRing::open(path).error().is(PinError::RingDamaged));
    }
    SECTION("scrypt parameters past the caps are not run") {
        editRing(path, [](nlohmann::json& ring) { ring["kdf"]["n"] = std::uint64_t{1} << 30; });
        const auto runs = StaffPinRing::kdfRunCount();
        CHECK(StaffPinRing::open(path).error().is(PinError::RingDamaged));
        CHECK(StaffPinRing::kdfRunCount() == runs);
    }
    SECTION("an edited wrapped key with a recomputed checksum: the tag catches it") {
        editRing(path, [&](nlohmann::json& ring) {
            std::string edited = ciphertext;
            edited[0] = edited[0] == 'a' ? 'b' : 'a';
            ring["keys"]["queue"]["ciphertext"] = edited;
        });
        auto ring = StaffPinRing::open(path);
        REQUIRE(ring);
        auto unlocked = ring->unlock(kPin, clock);
        REQUIRE_FALSE(unlocked);
        CHECK(unlocked.error().is(PinError::RingDamaged));
        CHECK(unlocked.error().detail().find("queue") != std::string::npos);
        CHECK(ring->failures() == 0);  // the PIN was right
        CHECK_FALSE(ring->isUnlocked());
    }
    SECTION("a wrapped key moved to another name: bound by its name") {
        editRing(path, [](nlohmann::json& ring) {
            std::swap(ring["keys"]["queue"], ring["keys"]["outreach"]);
        });
        auto unlocked = StaffPinRing::open(path)->unlock(kPin, clock);
        REQUIRE_FALSE(unlocked);
        CHECK(unlocked.error().is(PinError::RingDamaged));
    }
    SECTION("a newer format") {
        editRing(path, [](nlohmann::json& ring) { ring["version"] = 2; });
        CHECK(StaffPinRing::open(path).error().is(PinError::RingTooNew));
    }
}

TEST_CASE("keys are added and removed only while the ring is unlocked", "[pin]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    auto clock = startClock();
    auto ring = StaffPinRing::create(path, kPin, someKeys(), cheap());
    REQUIRE(ring);
    const auto next = *VaultKey::random();
    CHECK(ring->addKey("queue.next", next).error().is(PinError::NotUnlocked));
    CHECK(ring->removeKey("queue").error().is(PinError::NotUnlocked));

    REQUIRE(ring->unlock(kPin, clock));
    REQUIRE(ring->addKey("queue.next", next));
    CHECK(ring->addKey("bad name/", next).error().is(VaultError::Internal));
    REQUIRE(ring->removeKey("outreach"));
    CHECK(ring->removeKey("outreach").error().is(KeyStoreError::KeyMissing));
    ring->lock();
    CHECK(ring->addKey("later", next).error().is(PinError::NotUnlocked));

    auto unlocked = StaffPinRing::open(path)->unlock(kPin, clock);
    REQUIRE(unlocked);
    CHECK(unlocked->size() == 2);
    CHECK(unlocked->count("outreach") == 0);
    CHECK(unlocked->at("queue.next") == next);

    // A ring whose file was replaced since it was unlocked does not write.
    auto holder = StaffPinRing::open(path);
    REQUIRE(holder->unlock(kPin, clock));
    std::filesystem::remove(path);
    REQUIRE(StaffPinRing::create(path, kOtherPin, someKeys(), cheap()));
    auto refused = holder->addKey("x", next);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().is(PinError::NotUnlocked));
}

TEST_CASE("the default KDF parameters are the documented ones", "[pin][slow]") {
    const PinRingOptions defaults;
    CHECK(defaults.kdf == ScryptParameters{32768, 8, 1});
    CHECK_FALSE(defaults.allowWeakKdfForTests);
    CHECK(defaults.policy.maxFailures == 10);
    CHECK(defaults.policy.freeFailures == 3);
    CHECK(defaults.policy.firstDelay == 30s);
    CHECK(defaults.policy.maxDelay == 1h);

    TempFolder folder;
    const auto path = folder / "keyring.json";
    auto clock = startClock();
    // Cheaper parameters need the explicit test option.
    PinRingOptions weak;
    weak.kdf.n = std::uint64_t{1} << 14;
    auto refused = StaffPinRing::create(path, kPin, someKeys(), weak);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().is(PinError::WeakParameters));
    CHECK_FALSE(std::filesystem::exists(path));

    const auto keys = someKeys();
    REQUIRE(StaffPinRing::create(path, kPin, keys, defaults));
    const auto j = nlohmann::json::parse(readBytes(path));
    CHECK(j["format"] == "intake-staff-pin-ring");
    CHECK(j["version"] == 1);
    CHECK(j["kdf"]["name"] == "scrypt");
    CHECK(j["kdf"]["n"] == 32768);
    CHECK(j["kdf"]["r"] == 8);
    CHECK(j["kdf"]["p"] == 1);
    CHECK(j["kdf"]["salt"].get<std::string>().size() == 32);
    CHECK(j["kdf"]["output_bytes"] == 64);
    CHECK(j["wrap"] == "aes-256-gcm");
    CHECK(j["keys"]["queue"]["nonce"].get<std::string>().size() == 24);
    CHECK(j["keys"]["queue"]["tag"].get<std::string>().size() == 32);
    CHECK(j["policy"]["max_failures"] == 10);

    auto ring = StaffPinRing::open(path);
    REQUIRE(ring);
    CHECK(ring->kdfParameters() == ScryptParameters{});
    const auto start = std::chrono::steady_clock::now();
    auto unlocked = ring->unlock(kPin, clock);
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    REQUIRE(unlocked);
    CHECK(*unlocked == keys);
    WARN("unlock with the default scrypt parameters (N=2^15, r=8, p=1) took " << took.count() << " ms");
}

TEST_CASE("the tablet locks after inactivity and only the PIN unlocks it", "[pin][lock]") {
    TempFolder folder;
    const auto path = folder / "keyring.json";
    auto clock = startClock();
    const auto keys = someKeys();
    auto ring = StaffPinRing::create(path, kPin, keys, cheap());
    REQUIRE(ring);

    InactivityLock lock(clock);
    CHECK(lock.timeout() == 5min);
    CHECK(lock.locked());  // starts locked
    lock.touch();
    CHECK(lock.locked());  // activity does not unlock

    CHECK(lock.unlock(*ring, kWrongPin).error().is(PinError::WrongPin));
    CHECK(lock.locked());
    auto unlocked = lock.unlock(*ring, kPin);
    REQUIRE(unlocked);
    CHECK(*unlocked == keys);
    CHECK_FALSE(lock.locked());
    CHECK(lock.remaining() == 5min);

    clock.advance(4min);
    CHECK_FALSE(lock.locked());
    lock.touch();
    clock.advance(4min + 59s);
    CHECK_FALSE(lock.locked());
    CHECK(lock.remaining() == 1s);
    clock.advance(1s);
    CHECK(lock.locked());
    CHECK(lock.remaining() == 0ms);
    lock.touch();  // too late
    CHECK(lock.locked());

    REQUIRE(lock.unlock(*ring, kPin));
    CHECK_FALSE(lock.locked());
    lock.lock();  // by hand
    CHECK(lock.locked());
    clock.advance(1s);
    lock.touch();
    CHECK(lock.locked());

    InactivityLock quick(clock, 30s);
    REQUIRE(quick.unlock(*ring, kPin));
    clock.advance(29s);
    CHECK_FALSE(quick.locked());
    clock.advance(1s);
    CHECK(quick.locked());
}

TEST_CASE("PIN errors have stable names and plain messages", "[pin][error]") {
    std::set<std::string> names;
    for (int code = 1; code <= 11; ++code) {
        const Error error(ErrorDomain::Pin, code);
        CHECK(names.insert(error.name()).second);
        CHECK(error.name().rfind("pin.", 0) == 0);
        CHECK(error.name() != "pin.unknown");
        CHECK(error.message().back() == '.');
        CHECK(error.mayBeTransient() == (code == static_cast<int>(PinError::LockedOut)));
    }
    CHECK(Error(PinError::LockedOut).is(PinError::LockedOut));
    CHECK_FALSE(Error(PinError::LockedOut).is(PinError::WrongPin));
}
