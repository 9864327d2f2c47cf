#pragma once

// Shared pieces of the fuzz targets: invariant checks, the seed config, a
// fixed clock, throwaway vaults, and the checks every record body gets.
// Nothing here prints input bytes or record contents: a broken invariant
// names the check and the line only.

#include "intake/core/clock.h"
#include "intake/core/config.h"
#include "intake/core/records.h"
#include "intake/core/vault.h"
#include "intake/core/vault_key.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

// A broken invariant is a finding: abort so that libFuzzer (or the replay
// test) reports it with the input that caused it.
#define INTAKE_FUZZ_CHECK(condition)                                                                      \
    do {                                                                                                  \
        if (!(condition)) {                                                                               \
            std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                                 \
        }                                                                                                 \
    } while (false)

namespace intake::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

inline const Config& gothenburg() {
    static const Config config = [] {
        auto parsed = Config::fromDocuments(Config::gothenburgSeed());
        INTAKE_FUZZ_CHECK(parsed.ok());
        return std::move(*parsed);
    }();
    return config;
}

// Monday 2026-11-23, 09:30 in Gothenburg (UTC+1): Welcome House is open and
// the seed's records are recent.
inline const ManualClock& fixedClock() {
    using namespace std::chrono;
    static const ManualClock clock(sys_days(year_month_day(year(2026), month(11), day(23))) + hours(8) + minutes(30),
                                   minutes(60));
    return clock;
}

inline records::ValidationContext validationContext(const Config& config) {
    const auto& clock = fixedClock();
    return records::ValidationContext{config, std::chrono::floor<std::chrono::seconds>(clock.now()), clock.today()};
}

// A folder for throwaway vaults: on tmpfs when there is one (the vault
// fsyncs every commit), removed at exit.
class ScratchFolder {
public:
    ScratchFolder();
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// A vault that is replaced by an empty one every `renewEvery` uses, so that
// a long fuzzing run does not grow it without bound (and each vault starts
// from a known state).
class ScratchVault {
public:
    explicit ScratchVault(std::string name, std::size_t renewEvery);
    // The vault for the next input (a fresh one when it is due).
    Vault& next();
    Vault& current() { return *vault_; }
    std::size_t uses() const { return uses_; }

private:
    void renew();

    ScratchFolder folder_;
    std::string name_;
    std::size_t renewEvery_;
    std::size_t uses_ = 0;
    std::unique_ptr<Vault> vault_;
};

// Every record type's fromJson and validate on one body, checking that
// validation is deterministic and that a record written back (toJson) reads
// as the same JSON again.
void checkAsEveryRecordType(const nlohmann::json& body, const records::ValidationContext& context);

// JSON values nest at most this deep after parsing with the depth limit.
std::size_t depthOf(const nlohmann::json& value);

// Deep nesting from a small input: libFuzzer keeps inputs to a few kB, but a
// stack overflows at tens of thousands of levels. Three bytes give a count
// (little-endian, at most kMaxRepeat); in the rest, bytes 0x01..0x04 stand
// for that many "[", "]", "{\"a\":" and "}". nullopt when too short.
inline constexpr std::size_t kMaxRepeat = std::size_t{1} << 18;
std::optional<std::string> expandNesting(std::string_view input);

}  // namespace intake::fuzz
