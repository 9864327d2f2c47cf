#pragma once

#include <string_view>

namespace intake::text {

// Well-formed UTF-8 per RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF.
bool isValidUtf8(std::string_view bytes);
// C0 controls, DEL and C1 controls (U+0080..U+009F). Expects valid UTF-8.
bool hasControlCharacters(std::string_view utf8);

}  // namespace intake::text
