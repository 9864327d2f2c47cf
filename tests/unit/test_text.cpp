#include "intake/core/text.h"

#include <catch2/catch.hpp>

using namespace intake::text;

TEST_CASE("UTF-8 validation accepts every script and refuses malformed bytes", "[text]") {
    for (const char* good : {"", "Anna", "Åsa Öberg", "محمد", "فاطمه", "Олена", "ሰላም", "Xasan", "😀"})
        CHECK(isValidUtf8(good));
    for (const char* bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "abc\xE2\x82",
                            "\x80", "\xF8\x88\x80\x80\x80"})
        CHECK_FALSE(isValidUtf8(bad));
}

TEST_CASE("control characters are found in any position", "[text]") {
    CHECK_FALSE(hasControlCharacters("Åsa محمد"));
    CHECK(hasControlCharacters(std::string("a\0b", 3)));
    CHECK(hasControlCharacters("line\nbreak"));
    CHECK(hasControlCharacters("del\x7F"));
    CHECK(hasControlCharacters("c1\xC2\x85"));
    CHECK_FALSE(hasControlCharacters("nbsp\xC2\xA0"));
}
