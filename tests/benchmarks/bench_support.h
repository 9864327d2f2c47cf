#pragma once

// What every Intake benchmark program shares: failing loudly, timing, the
// JSON-lines output {"metric": NAME, "value": X, "unit": U}, and a scratch
// folder that is removed at the end.

#include "intake/core/result.h"

#include <nlohmann/json.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace intake::bench {

// Any failure ends the run: thrown to main, which reports it and cleans up.
struct BenchFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

inline std::string describe(const Error& error) {
    std::string text = error.name() + ": " + error.message();
    if (!error.detail().empty())
        text += " (" + error.detail() + ")";
    return text;
}

template <typename T>
T must(Result<T> result, std::string_view what) {
    if (!result.ok())
        throw BenchFailure(std::string(what) + " failed: " + describe(result.error()));
    return std::move(result).value();
}

inline void must(Result<void> result, std::string_view what) {
    if (!result.ok())
        throw BenchFailure(std::string(what) + " failed: " + describe(result.error()));
}

inline void check(bool condition, std::string_view what) {
    if (!condition)
        throw BenchFailure("check failed: " + std::string(what));
}

inline double rounded(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

inline void emit(const std::string& metric, const nlohmann::ordered_json& value, const char* unit) {
    nlohmann::ordered_json line;
    line["metric"] = metric;
    line["value"] = value;
    line["unit"] = unit;
    std::cout << line.dump() << std::endl;  // flushed: a long run shows figures as they come
}

inline void emitMs(const std::string& metric, double ms) { emit(metric, rounded(ms, 4), "ms"); }

// Counts and sizes print as integers.
inline void emitWhole(const std::string& metric, double value, const char* unit) {
    emit(metric, static_cast<std::int64_t>(std::llround(value)), unit);
}

// Nearest-rank percentile, p in (0, 1].
inline double percentile(std::vector<double> samples, double p) {
    check(!samples.empty(), "percentile of no samples");
    std::sort(samples.begin(), samples.end());
    auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(samples.size())));
    rank = std::clamp<std::size_t>(rank, 1, samples.size());
    return samples[rank - 1];
}

inline double median(std::vector<double> samples) { return percentile(std::move(samples), 0.5); }

template <typename Call>
double timeMs(Call&& call) {
    const auto start = std::chrono::steady_clock::now();
    call();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Peak resident memory of the process so far (Linux: KiB).
inline double peakRssKib() {
    rusage resources{};
    if (getrusage(RUSAGE_SELF, &resources) != 0)
        throw BenchFailure("getrusage failed");
    return static_cast<double>(resources.ru_maxrss);
}

// A fresh folder for one run, removed with everything in it at the end.
class ScratchFolder {
public:
    ScratchFolder(const std::filesystem::path& parent, std::string program) : program_(std::move(program)) {
        std::error_code ec;
        if (!std::filesystem::is_directory(parent, ec))
            throw BenchFailure("not a folder: " + parent.string());
        std::string pattern = (parent / (program_ + "-XXXXXX")).string();
        if (!mkdtemp(pattern.data()))
            throw BenchFailure("cannot make a scratch folder in " + parent.string() + ": " + std::strerror(errno));
        path_ = pattern;
    }
    ~ScratchFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
        if (ec)
            std::cerr << program_ << ": could not remove " << path_ << ": " << ec.message() << "\n";
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::string program_;
    std::filesystem::path path_;
};

}  // namespace intake::bench
