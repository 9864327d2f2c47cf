#include "fuzz_support.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>

#include <algorithm>
#include <system_error>
#include <utility>
#include <vector>

namespace intake::fuzz {

namespace {

std::filesystem::path scratchRoot() {
    std::error_code ec;
    if (std::filesystem::is_directory("/dev/shm", ec) && ::access("/dev/shm", W_OK) == 0)
        return "/dev/shm";
    return std::filesystem::temp_directory_path();
}

// A fixed test key: these vaults hold nothing but fuzz input.
const VaultKey& fuzzKey() {
    static const VaultKey key = [] {
        auto parsed = VaultKey::fromHex("f0e1d2c3b4a5968778695a4b3c2d1e0f00112233445566778899aabbccddeeff");
        INTAKE_FUZZ_CHECK(parsed.has_value());
        return *parsed;
    }();
    return key;
}

template <typename Record>
void checkAs(const nlohmann::json& body, const records::ValidationContext& context) {
    auto record = records::fromJson<Record>(body);
    auto again = records::fromJson<Record>(body);
    INTAKE_FUZZ_CHECK(record.ok() == again.ok());
    if (!record) {
        INTAKE_FUZZ_CHECK(record.error().is(VaultError::InvalidDocument));
        return;
    }
    const auto findings = records::validate(*record, context);
    INTAKE_FUZZ_CHECK(findings == records::validate(*again, context));
    for (const auto& finding : findings)
        INTAKE_FUZZ_CHECK(!finding.field.empty());
    // Written back and read again, a record is stable.
    const nlohmann::json written = records::toJson(*record);
    auto reread = records::fromJson<Record>(written);
    INTAKE_FUZZ_CHECK(reread.ok());
    INTAKE_FUZZ_CHECK(records::toJson(*reread) == written);
}

}  // namespace

namespace {

// A crash ends the process without destructors: folders of processes that
// are gone ("intake-fuzz-<pid>-*") are removed by the next one.
void removeStaleFolders(const std::filesystem::path& root) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(root, ec)) {
        const std::string name = entry.path().filename().string();
        constexpr std::string_view prefix = "intake-fuzz-";
        if (!name.starts_with(prefix))
            continue;
        const auto pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            std::filesystem::remove_all(entry.path(), ec);
    }
}

}  // namespace

ScratchFolder::ScratchFolder() {
    const auto root = scratchRoot();
    removeStaleFolders(root);
    std::string pattern = (root / ("intake-fuzz-" + std::to_string(::getpid()) + "-XXXXXX")).string();
    INTAKE_FUZZ_CHECK(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
}

ScratchFolder::~ScratchFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

ScratchVault::ScratchVault(std::string name, std::size_t renewEvery)
    : name_(std::move(name)), renewEvery_(std::max<std::size_t>(renewEvery, 1)) {
    renew();
}

Vault& ScratchVault::next() {
    if (uses_ > 0 && uses_ % renewEvery_ == 0)
        renew();
    ++uses_;
    return *vault_;
}

void ScratchVault::renew() {
    vault_.reset();
    const auto file = folder_.path() / (name_ + ".vault");
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder_.path(), ec))
        std::filesystem::remove_all(entry.path(), ec);
    auto created = Vault::create(VaultConfig{file, fuzzKey(), std::nullopt});
    INTAKE_FUZZ_CHECK(created.ok());
    vault_ = std::move(*created);
}

void checkAsEveryRecordType(const nlohmann::json& body, const records::ValidationContext& context) {
    checkAs<records::Visit>(body, context);
    checkAs<records::BookingRequest>(body, context);
    checkAs<records::Application>(body, context);
    checkAs<records::Slot>(body, context);
    checkAs<records::Contact>(body, context);
    checkAs<records::BedNight>(body, context);
    checkAs<records::Referral>(body, context);
    checkAs<records::ConcernReport>(body, context);
    checkAs<records::Audit>(body, context);
}

std::size_t depthOf(const nlohmann::json& value) {
    std::size_t deepest = 0;
    if (value.is_structured()) {
        for (const auto& child : value)
            deepest = std::max(deepest, depthOf(child));
        return deepest + 1;
    }
    return 0;
}

std::optional<std::string> expandNesting(std::string_view input) {
    if (input.size() < 3)
        return std::nullopt;
    const auto byte = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(input[i])); };
    const std::size_t count = std::min(kMaxRepeat, byte(0) | byte(1) << 8 | byte(2) << 16);
    // Bounded, so that a mutation with many markers stays quick.
    constexpr std::size_t kBudget = std::size_t{1} << 20;
    std::string out;
    for (const char c : input.substr(3)) {
        if (c < '\x01' || c > '\x04') {
            out.push_back(c);
            continue;
        }
        const std::size_t room = kBudget > out.size() ? kBudget - out.size() : 0;
        if (c == '\x03') {
            for (std::size_t i = 0; i < count && i < room / 5; ++i)
                out.append("{\"a\":");
        } else {
            out.append(std::min(count, room), c == '\x01' ? '[' : c == '\x02' ? ']' : '}');
        }
    }
    return out;
}

}  // namespace intake::fuzz
