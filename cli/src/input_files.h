#pragma once

// Reading what IT staff hand to `intake`: small JSON files (profiles) and
// JSON lines (records, documents). Sizes and nesting are bounded: a
// mistaken path to a huge or hostile file is refused, not loaded.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <variant>

namespace intake::cli {

template <typename T>
struct Read {
    std::optional<T> value;
    std::string problem;  // why not, for a person ("no such file", ...)
    explicit operator bool() const { return value.has_value(); }
    const T& operator*() const { return *value; }
    const T* operator->() const { return &*value; }
    const std::string& error() const { return problem; }
};

inline constexpr std::uintmax_t kMaxSmallFile = 1024 * 1024;

Read<std::string> readSmallFile(const std::string& path);
// A JSON object (or nullopt: not JSON, not an object, or nested too deep).
std::optional<nlohmann::json> parseJsonText(const std::string& text);

// One line of a JSON lines input: its number (from 1) and the object, or why
// it is not one. Blank lines are skipped.
struct JsonLine {
    std::size_t number = 0;
    std::optional<nlohmann::json> object;
    std::string problem;  // "not JSON", "not a JSON object", "nested too deep", "longer than 1 MiB"
};

class JsonLinesReader {
public:
    explicit JsonLinesReader(std::istream& in) : in_(in) {}
    // false at the end of the input.
    bool next(JsonLine& line);
    bool failed() const { return in_.bad(); }
    std::uint64_t bytesRead() const { return bytes_; }

private:
    std::istream& in_;
    std::size_t number_ = 0;
    std::uint64_t bytes_ = 0;
};

}  // namespace intake::cli
