#include "findings_printer.h"
#include "intake/core/validation.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <limits>
#include <set>
#include <string>
#include <unistd.h>

using namespace intake::validation;
using namespace std::chrono;
using namespace std::string_literals;


namespace {

// "Today" for every test that needs one: the clock is injected, never read.
constexpr year_month_day kToday{year{2026}, month{3}, day{15}};

Findings one(std::string_view field, Problem problem, std::int64_t limit = 0) {
    return {FieldError{std::string(field), problem, limit}};
}

// An independent Luhn (mod 10) check digit over nine digits, written the way
// the Swedish Tax Agency describes it: weights 2,1,2,1,... from the left,
// digits of the products summed, check digit = (10 - sum mod 10) mod 10.
char checkDigit(const std::string& nine) {
    REQUIRE(nine.size() == 9);
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i) {
        const int product = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

// "YYMMDD" + three birth digits -> a ten-digit number with a correct check digit.
std::string withCheckDigit(const std::string& yymmdd, const std::string& birthDigits) {
    const std::string nine = yymmdd + birthDigits;
    return nine + checkDigit(nine);
}

// Changes the last digit so the checksum is wrong.
std::string breakChecksum(std::string number) {
    char& last = number.back();
    last = last == '9' ? '0' : static_cast<char>(last + 1);
    return number;
}

std::string repeat(const std::string& piece, int times) {
    std::string out;
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

sys_seconds at(year_month_day date, hours h, minutes m = minutes{0}, seconds s = seconds{0}) {
    return sys_days{date} + h + m + s;
}

}  // namespace

// --- Problem names ------------------------------------------------------------------

TEST_CASE("problem names are stable snake_case", "[validation]") {
    CHECK(problemName(Problem::Required) == "required");
    CHECK(problemName(Problem::TooLong) == "too_long");
    CHECK(problemName(Problem::TooShort) == "too_short");
    CHECK(problemName(Problem::InvalidText) == "invalid_text");
    CHECK(problemName(Problem::InvalidPhone) == "invalid_phone");
    CHECK(problemName(Problem::InvalidPersonalNumber) == "invalid_personal_number");
    CHECK(problemName(Problem::InvalidDate) == "invalid_date");
    CHECK(problemName(Problem::ImplausibleDate) == "implausible_date");
    CHECK(problemName(Problem::NotAllowed) == "not_allowed");
    CHECK(problemName(Problem::OutOfRange) == "out_of_range");
    CHECK(problemName(Problem::Inconsistent) == "inconsistent");

    std::set<std::string_view> names;
    for (int p = static_cast<int>(Problem::Required); p <= static_cast<int>(Problem::Inconsistent); ++p)
        names.insert(problemName(static_cast<Problem>(p)));
    CHECK(names.size() == 11);
}

// --- Names ---------------------------------------------------------------------------

TEST_CASE("names in any script, including right-to-left, are accepted", "[validation]") {
    const char* names[] = {
        "محمد عبدالله الأحمد",        // Arabic
        "زهرا محمدی‌نژاد",              // Persian, with a zero-width non-joiner
        "گل‌احمد نوری",                 // Dari
        "ሙሉ ገብረሂወት ተስፋይ",            // Tigrinya (Ge'ez script)
        "Олена Шевченко-Коваль",       // Ukrainian
        "Cabdullaahi Maxamed Xasan",   // Somali (Latin)
        "Åsa Öberg-Lindén",            // Swedish
        "Nguyễn Thị Hồng",             // Vietnamese, combining-rich Latin
        "O'Brien",
        "\u200Fمریم\u200F",            // right-to-left marks are not overrides
    };
    for (const char* name : names) {
        INFO(name);
        CHECK(checkName("firstName", name, true).empty());
    }
}

TEST_CASE("names are trimmed and inner spaces collapsed before checking", "[validation]") {
    CHECK(normaliseName("  Олена \xC2\xA0  Шевченко\t") == "Олена Шевченко");
    CHECK(normaliseName("\xC2\xA0محمد\xC2\xA0\xC2\xA0" "علی\xC2\xA0") == "محمد علی");
    CHECK(normaliseName("Fatima\u202FYusuf\u3000Ali") == "Fatima Yusuf Ali");
    CHECK(normaliseName("Ana\r\n  Lima") == "Ana Lima");
    CHECK(normaliseName("") == "");
    CHECK(normaliseName(" \t \xC2\xA0 ") == "");
    // Joiners are not spaces: ZWNJ stays inside Persian names.
    CHECK(normaliseName("محمدی‌نژاد") == "محمدی‌نژاد");
    // Non-breaking spaces are not mistaken for parts of other characters.
    CHECK(normaliseName("Ä Ö") == "Ä Ö");

    // Length is counted after normalisation: 80 letters plus many spaces fit.
    const std::string padded = "   " + repeat("a", 40) + "      \xC2\xA0   " + repeat("b", 39) + "   ";
    CHECK(normaliseName(padded).size() == 80);
    CHECK(checkName("firstName", padded, true).empty());
}

TEST_CASE("an empty or whitespace-only name is missing", "[validation]") {
    for (const char* blank : {"", " ", "   \t", "\xC2\xA0\xC2\xA0", "\u3000", "\n"}) {
        CHECK(checkName("firstName", blank, true) == one("firstName", Problem::Required));
        CHECK(checkName("firstName", blank, false).empty());
    }
    CHECK(checkName("firstName", "Amani", false).empty());
}

TEST_CASE("names with invalid UTF-8 are refused", "[validation]") {
    for (const std::string& bad : {"Ali\xC3"s, "\xC0\xAF"s, "Ol\xED\xA0\x80na"s, "\x80"s, "\xFF\xFE"s,
                                  "\xC2"s + "\xC2\xA0"s}) {
        CHECK(checkName("firstName", bad, true) == one("firstName", Problem::InvalidText));
        CHECK(checkName("firstName", bad, false) == one("firstName", Problem::InvalidText));
    }
}

TEST_CASE("names with control or bidi-override characters are refused", "[validation]") {
    const std::string bad[] = {
        "Ali\x01",                       // C0
        std::string("Ali\0Hassan", 10),  // NUL
        "\x1B[31mAli",                   // ESC (terminal colours)
        "Ali\x7F",                       // DEL
        "Ali\xC2\x85" "Hassan",          // C1 (NEL)
        "Ali\xC2\x9B" "Hassan",          // C1 (CSI)
        "\u202Eنسرین",                   // RIGHT-TO-LEFT OVERRIDE
        "Ali\u202A",                     // LEFT-TO-RIGHT EMBEDDING
        "Ali\u202B",                     // RIGHT-TO-LEFT EMBEDDING
        "Ali\u202C",                     // POP DIRECTIONAL FORMATTING
        "Ali\u202D",                     // LEFT-TO-RIGHT OVERRIDE
        "Ali\u2066x",                    // LEFT-TO-RIGHT ISOLATE
        "Ali\u2067x",                    // RIGHT-TO-LEFT ISOLATE
        "Ali\u2068x",                    // FIRST STRONG ISOLATE
        "Ali\u2069x",                    // POP DIRECTIONAL ISOLATE
        "Ali\u2028Hassan",               // LINE SEPARATOR
    };
    for (const std::string& name : bad) {
        INFO(name);
        CHECK(checkName("firstName", name, true) == one("firstName", Problem::InvalidText));
    }
    // Just outside the refused ranges.
    CHECK(checkName("firstName", "Ali\u2065x", true).empty());  // unassigned, not a control
    CHECK(checkName("firstName", "Ali\u2029x", true) == one("firstName", Problem::InvalidText));
    CHECK(checkName("firstName", "Ali\u206Ax", true).empty());
    CHECK(checkName("firstName", "Ali\xC2\xA0x", true).empty());  // U+00A0 is a space, not C1
}

TEST_CASE("name length is counted in code points", "[validation]") {
    // Arabic letters take two bytes, Ge'ez three, emoji four: only code points count.
    for (const std::string& letter : {"a"s, "ب"s, "ሙ"s, "😀"s}) {
        INFO(letter);
        CHECK(checkName("lastName", repeat(letter, 80), true).empty());
        CHECK(checkName("lastName", repeat(letter, 81), true) == one("lastName", Problem::TooLong, 80));
    }
    CHECK(checkName("nickname", "Олена", true, 5).empty());
    CHECK(checkName("nickname", "Олена!", true, 5) == one("nickname", Problem::TooLong, 5));
    // Both problems are reported at once.
    CHECK(checkName("nickname", "Олена\x01", true, 5) ==
          Findings{{"nickname", Problem::InvalidText, 0}, {"nickname", Problem::TooLong, 5}});
}

TEST_CASE("findings carry the field path they were given", "[validation]") {
    CHECK(checkName("adults[1].firstName", "", true) == one("adults[1].firstName", Problem::Required));
}

// --- Free text --------------------------------------------------------------------------

TEST_CASE("free text keeps line breaks and tabs", "[validation]") {
    const std::string note = "Besökaren behöver hjälp med bostad.\n\tSamtal på arabiska: "
                             "يحتاج إلى مساعدة في السكن\nУкраїнська: потрібна допомога";
    CHECK(checkText("note", note, true, 500).empty());
    CHECK(normaliseText(note) == note);
    // Inner spaces are kept as typed; the ends are trimmed; CR LF and CR become LF.
    CHECK(normaliseText("  rad ett  \r\nrad två\rrad tre\n\n") == "rad ett  \nrad två\nrad tre");
    CHECK(checkText("note", "rad ett\r\nrad två", true, 100).empty());
}

TEST_CASE("free text refuses other control characters, bidi controls and bad UTF-8", "[validation]") {
    for (const std::string& bad : {"bell\x07"s, "vertical\vtab inside"s, "form\ffeed inside"s, "del\x7F"s,
                                  "c1\xC2\x85x"s, "spoof \u202Egpj.exe"s, "isolate\u2067x"s, "bad\xC3"s,
                                  std::string("nul\0inside", 10)}) {
        INFO(bad);
        CHECK(checkText("note", bad, false, 100) == one("note", Problem::InvalidText));
    }
}

TEST_CASE("free text: empty, whitespace-only and too long", "[validation]") {
    CHECK(checkText("note", "", false, 10).empty());
    CHECK(checkText("note", " \n\t\r\n ", false, 10).empty());
    CHECK(checkText("note", " \n\t ", true, 10) == one("note", Problem::Required));
    CHECK(checkText("note", "ሰላም ሰላም ሰላም", true, 11).empty());  // 11 code points, 31 bytes
    CHECK(checkText("note", "ሰላም ሰላም ሰላም!", true, 11) == one("note", Problem::TooLong, 11));
    // CR LF counts as one character once normalised.
    CHECK(checkText("note", "ab\r\ncd", true, 5).empty());
    CHECK(checkText("note", "ab\r\ncde", true, 5) == one("note", Problem::TooLong, 5));
}

// --- Phone numbers ---------------------------------------------------------------------

TEST_CASE("Swedish phone numbers as people type them are accepted", "[validation]") {
    const std::pair<const char*, const char*> cases[] = {
        {"070-123 45 67", "+46701234567"},
        {"0701234567", "+46701234567"},
        {"+46 70 123 45 67", "+46701234567"},
        {"0046701234567", "+46701234567"},
        {"+46 (0)70 123 45 67", "+46701234567"},
        {"070/123 45 67", "+46701234567"},
        {" 073-987 65 43 ", "+46739876543"},
        {"08-123 456 78", "+46812345678"},  // Stockholm landline
        {"031-123 45 67", "+46311234567"},  // Gothenburg landline
        {"031-12 34 56", "+4631123456"},    // a shorter Gothenburg number
        {"070\xC2\xA0" "123\xC2\xA0" "45\xC2\xA0" "67", "+46701234567"},
        {"٠٧٠١٢٣٤٥٦٧", "+46701234567"},   // Arabic-Indic digits
        {"۰۷۰۱۲۳۴۵۶۷", "+46701234567"},   // Persian / Dari digits
    };
    for (const auto& [typed, e164] : cases) {
        INFO(typed);
        CHECK(normalisePhone(typed) == std::optional<std::string>(e164));
        std::string out = "stale";
        CHECK(checkPhone("phone", typed, true, &out).empty());
        CHECK(out == e164);
    }
}

TEST_CASE("foreign phone numbers with + are kept in E.164", "[validation]") {
    const std::pair<const char*, const char*> cases[] = {
        {"+963 944 567 890", "+963944567890"},     // Syria
        {"+380 67 123 4567", "+380671234567"},     // Ukraine
        {"+93 70 123 4567", "+93701234567"},       // Afghanistan
        {"+98 912 345 6789", "+989123456789"},     // Iran
        {"+252 61 123 4567", "+252611234567"},     // Somalia
        {"+291 7 123 456", "+2917123456"},         // Eritrea
        {"00963 944 567 890", "+963944567890"},    // Swedish international prefix
    };
    for (const auto& [typed, e164] : cases) {
        INFO(typed);
        CHECK(normalisePhone(typed) == std::optional<std::string>(e164));
    }
}

TEST_CASE("garbage, short, lettered and invalid phone numbers are refused", "[validation]") {
    const std::string bad[] = {
        "abc",
        "123",
        "112",                      // an emergency short number is not a contact number
        "07012345",                 // too short for a Swedish mobile
        "070-123 45 6",
        "+46 70 123 45 67 89",      // too long
        "070-ABC 45 67",            // libphonenumber would read letters as keypad digits
        "1-800-FLOWERS",
        "0701234567 ext 5",
        "tel:+46701234567",
        "++46701234567",
        "070+1234567",
        "-0701234567",
        "+999 123 456 789",         // no such country code
        "+0 123 456",
        "070 123 45 6x",
        "0701234567;",
        "\u202E0701234567",
        "070 123 45 67 😀",
        "07\xC3" "01234567",
        repeat("0", 70),
        "+",
        "()",
    };
    for (const std::string& typed : bad) {
        INFO(typed);
        CHECK_FALSE(normalisePhone(typed).has_value());
        std::string out = "stale";
        CHECK(checkPhone("phone", typed, false, &out) == one("phone", Problem::InvalidPhone));
        CHECK(out.empty());
    }
}

TEST_CASE("an empty phone number is fine unless required", "[validation]") {
    std::string out = "stale";
    CHECK(checkPhone("phone", "", false, &out).empty());
    CHECK(out.empty());
    CHECK(checkPhone("phone", "   ", false).empty());
    CHECK(checkPhone("phone", "", true) == one("phone", Problem::Required));
    CHECK(checkPhone("phone", " \xC2\xA0 ", true) == one("phone", Problem::Required));
    CHECK(checkPhone("phone", "0701234567", true, nullptr).empty());
}

TEST_CASE("libphonenumber prints nothing at the user", "[validation]") {
    std::fflush(stdout);
    std::fflush(stderr);
    std::FILE* capture = std::tmpfile();
    REQUIRE(capture != nullptr);
    const int savedOut = dup(1);
    const int savedErr = dup(2);
    dup2(fileno(capture), 1);
    dup2(fileno(capture), 2);
    for (const char* typed : {"abc", "+999 1", "+0 123", "123", "0701234567", "+963 944 567 890", "08 12345"})
        (void)normalisePhone(typed);
    std::fflush(stdout);
    std::fflush(stderr);
    dup2(savedOut, 1);
    dup2(savedErr, 2);
    close(savedOut);
    close(savedErr);
    std::fseek(capture, 0, SEEK_END);
    const long written = std::ftell(capture);
    std::fclose(capture);
    CHECK(written == 0);
}

// --- Personal identity numbers ------------------------------------------------------------

TEST_CASE("the test's own Luhn agrees with published numbers", "[validation]") {
    CHECK(checkDigit("121212121") == '2');  // 19121212-1212, Skatteverket's example
    CHECK(checkDigit("811228987") == '4');  // 811228-9874
    CHECK(checkDigit("701063239") == '1');  // 701063-2391, a coordination number
    CHECK(luhnValid("1212121212"));
    CHECK(luhnValid("8112289874"));
    CHECK(luhnValid("7010632391"));
    CHECK_FALSE(luhnValid("8112289875"));
    CHECK_FALSE(luhnValid(""));
    CHECK_FALSE(luhnValid("81122898a4"));
}

TEST_CASE("published personal numbers are accepted in every written form", "[validation]") {
    const std::pair<const char*, const char*> cases[] = {
        {"19121212-1212", "191212121212"},
        {"191212121212", "191212121212"},
        {"121212+1212", "191212121212"},   // 113 years old in 2026: "+"
        {"121212-1212", "201212121212"},   // without "+" the same digits mean 2012
        {"811228-9874", "198112289874"},
        {"8112289874", "198112289874"},
        {"19811228-9874", "198112289874"},
        {"198112289874", "198112289874"},
        {"  811228-9874 ", "198112289874"},
        {"701063-2391", "197010632391"},   // coordination number: day 63 = the 3rd
        {"19701063-2391", "197010632391"},
        {"7010632391", "197010632391"},
    };
    for (const auto& [typed, canonical] : cases) {
        INFO(typed);
        std::string out = "stale";
        CHECK(checkPersonalNumber("personalNumber", typed, false, kToday, &out).empty());
        CHECK(out == canonical);
    }
}

TEST_CASE("generated personal and coordination numbers with correct checksums", "[validation]") {
    struct Case { std::string yymmdd; std::string birth; std::string separator; std::string century; };
    const Case cases[] = {
        {"940517", "238", "-", "19"},
        {"040229", "116", "-", "20"},   // leap day 2004
        {"000229", "342", "-", "20"},   // 2000 is a leap year
        {"260315", "019", "-", "20"},   // born today
        {"260316", "019", "+", "19"},   // 1926: turns 100 this year
        {"270101", "561", "-", "19"},   // 2027 would be in the future: 1927
        {"990101", "561", "", "19"},
        {"850891", "473", "-", "19"},   // coordination: day 91 = 31 August
        {"020261", "226", "-", "20"},   // coordination: 1 February 2002
        {"960289", "332", "-", "19"},   // coordination: 29 February 1996
    };
    for (const auto& c : cases) {
        const std::string ten = withCheckDigit(c.yymmdd, c.birth);
        const std::string typed = ten.substr(0, 6) + c.separator + ten.substr(6);
        INFO(typed);
        std::string out;
        CHECK(checkPersonalNumber("personalNumber", typed, false, kToday, &out).empty());
        CHECK(out == c.century + ten);
        // The long form says the same.
        CHECK(checkPersonalNumber("personalNumber", c.century + ten, false, kToday).empty());
        // And a wrong check digit is refused in both forms.
        CHECK(checkPersonalNumber("personalNumber", breakChecksum(typed), false, kToday, &out) ==
              one("personalNumber", Problem::InvalidPersonalNumber));
        CHECK(out.empty());
        CHECK(checkPersonalNumber("personalNumber", breakChecksum(c.century + ten), false, kToday) ==
              one("personalNumber", Problem::InvalidPersonalNumber));
    }
}

TEST_CASE("personal numbers with a wrong checksum are refused", "[validation]") {
    for (const char* typed : {"811228-9875", "8112289870", "19121212-1213", "701063-2392", "19811228-9873"}) {
        INFO(typed);
        CHECK(checkPersonalNumber("personalNumber", typed, true, kToday) ==
              one("personalNumber", Problem::InvalidPersonalNumber));
    }
}

TEST_CASE("personal numbers in the wrong form are refused", "[validation]") {
    const std::string bad[] = {
        "811228_9874", "811228 9874", "81122-89874", "8112289874x", "811228-987", "811228-98745",
        "19811228+9874",               // "+" only in the ten-digit form
        "1981-12-28-9874", "abcdefghij", "٨١١٢٢٨-٩٨٧٤", "811228--9874", "+8112289874",
        "1198112289874", "811228\xE2\x80\x93" "9874",  // en dash
    };
    for (const std::string& typed : bad) {
        INFO(typed);
        std::string out = "stale";
        CHECK(checkPersonalNumber("personalNumber", typed, false, kToday, &out) ==
              one("personalNumber", Problem::InvalidPersonalNumber));
        CHECK(out.empty());
    }
}

TEST_CASE("personal numbers must hold a real date", "[validation]") {
    // Every one of these has a correct check digit, so only the date is wrong.
    for (const auto& [yymmdd, separator] : {std::pair{"811328"s, "-"s},   // month 13
                                            std::pair{"810230"s, "-"s},   // 30 February
                                            std::pair{"810001"s, "-"s},   // month 00
                                            std::pair{"810100"s, "-"s},   // day 00
                                            std::pair{"810160"s, "-"s},   // coordination day 0
                                            std::pair{"810192"s, "-"s},   // coordination day 32
                                            std::pair{"810432"s, "-"s},   // 32 April
                                            std::pair{"000229"s, "+"s},   // 1900 was not a leap year
                                            std::pair{"030229"s, "-"s}}) {
        const std::string ten = withCheckDigit(yymmdd, "123");
        const std::string typed = ten.substr(0, 6) + separator + ten.substr(6);
        INFO(typed);
        CHECK(checkPersonalNumber("personalNumber", typed, false, kToday) ==
              one("personalNumber", Problem::InvalidPersonalNumber));
    }
}

TEST_CASE("personal numbers born in the future are implausible", "[validation]") {
    const std::string tomorrow = withCheckDigit("260316", "019");
    CHECK(checkPersonalNumber("personalNumber", "20" + tomorrow, false, kToday) ==
          one("personalNumber", Problem::ImplausibleDate));
    // The short form is not silently moved back a century: "-" means under 100.
    CHECK(checkPersonalNumber("personalNumber", tomorrow.substr(0, 6) + "-" + tomorrow.substr(6), false,
                              kToday) == one("personalNumber", Problem::ImplausibleDate));
    const std::string later = withCheckDigit("300101", "234");
    CHECK(checkPersonalNumber("personalNumber", "20" + later, false, kToday) ==
          one("personalNumber", Problem::ImplausibleDate));
    // The same digits are fine when "today" has caught up: the clock is a parameter.
    CHECK(checkPersonalNumber("personalNumber", "20" + tomorrow, false, year{2026} / 3 / 16).empty());
}

TEST_CASE("a personal number is optional by default", "[validation]") {
    std::string out = "stale";
    CHECK(checkPersonalNumber("personalNumber", "", false, kToday, &out).empty());
    CHECK(out.empty());
    CHECK(checkPersonalNumber("personalNumber", "   ", false, kToday).empty());
    CHECK(checkPersonalNumber("personalNumber", "", true, kToday) ==
          one("personalNumber", Problem::Required));
}

// --- Dates ----------------------------------------------------------------------------------

TEST_CASE("ISO dates that are real and in range are accepted", "[validation]") {
    const year_month_day earliest = year{1900} / 1 / 1;
    std::optional<year_month_day> out;
    CHECK(checkDate("birthDate", "1987-06-05", true, earliest, kToday, &out).empty());
    CHECK(out == std::optional(year{1987} / 6 / 5));
    CHECK(checkDate("birthDate", "2024-02-29", true, earliest, kToday).empty());  // leap year
    CHECK(checkDate("birthDate", "2000-02-29", true, earliest, kToday).empty());  // 400-year rule
    CHECK(checkDate("birthDate", "1900-01-01", true, earliest, kToday).empty());  // bounds are inclusive
    CHECK(checkDate("birthDate", "2026-03-15", true, earliest, kToday).empty());
}

TEST_CASE("dates that are not real or not strict ISO 8601 are refused", "[validation]") {
    const year_month_day earliest = year{1900} / 1 / 1;
    const year_month_day latest = year{2200} / 12 / 31;
    for (const char* bad : {"2023-02-29", "2100-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
                            "2026-01-00", "2026-01-32", "2026-1-5", "26-11-22", "2026/11/22", "20261122",
                            "22.11.2026", "2026-11-22T00:00:00Z", " 2026-11-22", "2026-11-22 ", "2026-11-2x",
                            "+2026-11-22", "٢٠٢٦-١١-٢٢", "tomorrow"}) {
        INFO(bad);
        std::optional<year_month_day> out = year{2000} / 1 / 1;
        CHECK(checkDate("visitDate", bad, false, earliest, latest, &out) == one("visitDate", Problem::InvalidDate));
        CHECK_FALSE(out.has_value());
    }
}

TEST_CASE("real dates outside the allowed window are implausible", "[validation]") {
    const year_month_day earliest = year{1900} / 1 / 1;
    std::optional<year_month_day> out;
    CHECK(checkDate("birthDate", "2026-03-16", true, earliest, kToday, &out) ==
          one("birthDate", Problem::ImplausibleDate));
    CHECK_FALSE(out.has_value());
    CHECK(checkDate("birthDate", "1899-12-31", true, earliest, kToday) ==
          one("birthDate", Problem::ImplausibleDate));
    CHECK(checkDate("birthDate", "2092-02-29", true, earliest, kToday) ==
          one("birthDate", Problem::ImplausibleDate));
}

TEST_CASE("an empty date is fine unless required", "[validation]") {
    const year_month_day earliest = year{1900} / 1 / 1;
    CHECK(checkDate("birthDate", "", false, earliest, kToday).empty());
    CHECK(checkDate("birthDate", "  ", false, earliest, kToday).empty());
    CHECK(checkDate("birthDate", "", true, earliest, kToday) == one("birthDate", Problem::Required));
}

// --- Timestamps --------------------------------------------------------------------------------

TEST_CASE("RFC 3339 timestamps with an offset are read as instants", "[validation]") {
    const sys_seconds earliest = at(year{2020} / 1 / 1, hours{0});
    const sys_seconds latest = at(year{2030} / 1 / 1, hours{0});
    const sys_seconds expected = at(year{2026} / 11 / 22, hours{8}, minutes{15});
    const std::pair<const char*, sys_seconds> cases[] = {
        {"2026-11-22T09:15:00+01:00", expected},
        {"2026-11-22T08:15:00Z", expected},
        {"2026-11-22t08:15:00z", expected},
        {"2026-11-22T08:15:00-00:00", expected},
        {"2026-11-22T09:15:00.987+01:00", expected},  // the fraction is dropped
        {"2026-11-22T13:45:00+05:30", expected},
        {"2026-11-22T03:15:00-05:00", expected},
        {"2026-11-23T00:15:00+16:00", expected},      // crosses the date line
        {"2024-02-29T23:59:59Z", at(year{2024} / 2 / 29, hours{23}, minutes{59}, seconds{59})},
    };
    for (const auto& [typed, instant] : cases) {
        INFO(typed);
        std::optional<sys_seconds> out;
        CHECK(checkDateTime("arrivedAt", typed, true, earliest, latest, &out).empty());
        CHECK(out == std::optional(instant));
    }
}

TEST_CASE("malformed timestamps are refused", "[validation]") {
    const sys_seconds earliest = at(year{2020} / 1 / 1, hours{0});
    const sys_seconds latest = at(year{2030} / 1 / 1, hours{0});
    for (const char* bad : {"2026-11-22T09:15:00",        // no offset: local time is ambiguous
                            "2026-11-22 09:15:00+01:00",  // space instead of T
                            "2026-11-22T09:15+01:00",     // no seconds
                            "2026-11-22T24:00:00Z", "2026-11-22T09:60:00Z",
                            "2026-11-22T09:15:60Z",       // leap second
                            "2026-11-22T9:15:00Z", "2026-11-22T09:15:00+1:00", "2026-11-22T09:15:00+01",
                            "2026-11-22T09:15:00+0100", "2026-11-22T09:15:00+24:00", "2026-11-22T09:15:00+01:60",
                            "2026-11-22T09:15:00.Z", "2026-11-22T09:15:00Z ", "2026-11-22T09:15:00ZZ",
                            "2026-02-30T09:15:00Z", "2026-11-22", "2026-11-22T", "1763802900"}) {
        INFO(bad);
        std::optional<sys_seconds> out = earliest;
        CHECK(checkDateTime("arrivedAt", bad, false, earliest, latest, &out) ==
              one("arrivedAt", Problem::InvalidDate));
        CHECK_FALSE(out.has_value());
    }
}

TEST_CASE("timestamps outside the window are implausible, judged in UTC", "[validation]") {
    const sys_seconds earliest = at(year{2026} / 3 / 1, hours{0});
    const sys_seconds latest = at(kToday, hours{23}, minutes{59}, seconds{59});
    // 00:30 on the 16th in Stockholm (winter time) is 23:30 UTC on the 15th.
    CHECK(checkDateTime("arrivedAt", "2026-03-16T00:30:00+01:00", true, earliest, latest).empty());
    CHECK(checkDateTime("arrivedAt", "2026-03-16T00:30:00Z", true, earliest, latest) ==
          one("arrivedAt", Problem::ImplausibleDate));
    CHECK(checkDateTime("arrivedAt", "2026-03-01T00:00:00Z", true, earliest, latest).empty());
    CHECK(checkDateTime("arrivedAt", "2026-03-01T00:59:59+01:00", true, earliest, latest) ==
          one("arrivedAt", Problem::ImplausibleDate));
    CHECK(checkDateTime("arrivedAt", "", false, earliest, latest).empty());
    CHECK(checkDateTime("arrivedAt", "", true, earliest, latest) == one("arrivedAt", Problem::Required));
}

// --- Choices and ranges --------------------------------------------------------------------------

TEST_CASE("choices must be one of the configured values", "[validation]") {
    const std::vector<std::string> languages = {"ar", "uk", "fa", "prs", "so", "ti", "sv"};
    for (const char* language : {"ar", "prs", "ti", "sv"})
        CHECK(checkChoice("language", language, languages, true).empty());
    for (const char* other : {"AR", "xx", " fa", "fa ", "persian", "ar,fa"})
        CHECK(checkChoice("language", other, languages, true) == one("language", Problem::NotAllowed));
    CHECK(checkChoice("language", "", languages, false).empty());
    CHECK(checkChoice("language", "", languages, true) == one("language", Problem::Required));
    CHECK(checkChoice("language", "ar", {}, false) == one("language", Problem::NotAllowed));
}

TEST_CASE("integers outside their bounds report the bound they passed", "[validation]") {
    CHECK(checkRange("adults", 1, 1, 8).empty());
    CHECK(checkRange("adults", 8, 1, 8).empty());
    CHECK(checkRange("adults", 0, 1, 8) == one("adults", Problem::OutOfRange, 1));
    CHECK(checkRange("adults", 9, 1, 8) == one("adults", Problem::OutOfRange, 8));
    constexpr auto lowest = std::numeric_limits<std::int64_t>::min();
    constexpr auto highest = std::numeric_limits<std::int64_t>::max();
    CHECK(checkRange("beds", lowest, 0, 15) == one("beds", Problem::OutOfRange, 0));
    CHECK(checkRange("beds", highest, 0, 15) == one("beds", Problem::OutOfRange, 15));
    CHECK(checkRange("offset", lowest, lowest, highest).empty());
    CHECK(checkRange("offset", -5, -10, -1).empty());
}
