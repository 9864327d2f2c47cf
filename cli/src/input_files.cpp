#include "input_files.h"

#include "intake/core/json_limits.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace intake::cli {

namespace {
constexpr std::size_t kMaxLine = 1024 * 1024;
}

Read<std::string> readSmallFile(const std::string& path) {
    Read<std::string> read;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        read.problem = ec.message();
        return read;
    }
    if (size > kMaxSmallFile) {
        read.problem = "larger than 1 MiB";
        return read;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        read.problem = std::strerror(errno);
        return read;
    }
    read.value.emplace(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return read;
}

std::optional<nlohmann::json> parseJsonText(const std::string& text) {
    if (jsonTextNestedDeeperThan(text))
        return std::nullopt;
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return std::nullopt;
    return json;
}

bool JsonLinesReader::next(JsonLine& line) {
    std::string text;
    while (std::getline(in_, text)) {
        ++number_;
        bytes_ += text.size() + 1;
        if (text.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        line = JsonLine{};
        line.number = number_;
        if (text.size() > kMaxLine) {
            line.problem = "longer than 1 MiB";
        } else if (jsonTextNestedDeeperThan(text)) {
            line.problem = "nested too deep";
        } else {
            auto json = nlohmann::json::parse(text, nullptr, false);
            if (json.is_discarded())
                line.problem = "not JSON";
            else if (!json.is_object())
                line.problem = "not a JSON object";
            else
                line.object = std::move(json);
        }
        return true;
    }
    return false;
}

}  // namespace intake::cli
