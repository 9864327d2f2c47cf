#pragma once

// How deep JSON from outside may nest. Copying, printing and comparing a
// parsed value recurse once per level, so a few hundred kilobytes of "[[[["
// would overflow the stack: such input is refused before it is parsed (or,
// already parsed, before it is copied). Nothing Intake writes nests deeper
// than about 6.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string_view>

namespace intake {

inline constexpr std::size_t kMaxJsonNesting = 128;

// Whether the arrays and objects of a JSON text nest deeper than `limit`
// (brackets inside strings do not count). A scan: no recursion, no parse.
bool jsonTextNestedDeeperThan(std::string_view text, std::size_t limit = kMaxJsonNesting);

// The same for a parsed value, without recursion.
bool jsonNestedDeeperThan(const nlohmann::json& value, std::size_t limit = kMaxJsonNesting);

}  // namespace intake
