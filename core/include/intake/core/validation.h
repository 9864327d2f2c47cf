#pragma once

// Checks on what people type, run before anything is written. They return
// structured findings the UI translates; they never throw.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace intake::validation {

// What is wrong with one field. Stable names: the UI maps them to text.
enum class Problem {
    Required,          // missing or empty
    TooLong,           // limit: the maximum in characters (code points)
    TooShort,          // limit: the minimum
    InvalidText,       // invalid UTF-8 or control characters
    InvalidPhone,      // not a dialable number
    InvalidPersonalNumber,  // wrong form or checksum (personnummer / samordningsnummer)
    InvalidDate,       // not a real date (e.g. 2026-02-30) or not ISO 8601
    ImplausibleDate,   // a real date, but outside the range the field allows
    NotAllowed,        // an enumerated value that config does not allow
    OutOfRange,        // a number outside limit bounds
    Inconsistent,      // contradicts another field (detail in `related`)
};

struct FieldError {
    std::string field;        // JSON path of the field, e.g. "adults[1].phone"
    Problem problem;
    std::int64_t limit = 0;   // for TooLong, TooShort, OutOfRange
    std::string related = {}; // for Inconsistent: the other field

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

// Empty when everything is fine.
using Findings = std::vector<FieldError>;

std::string_view problemName(Problem problem);  // "too_long", ...

// --- Text -------------------------------------------------------------------
// Texts are UTF-8. Any script is welcome (Arabic, Persian, Ge'ez, Cyrillic,
// Latin, ...), including joiners such as ZWNJ and the marks LRM/RLM. Refused
// as InvalidText: invalid UTF-8, C0 controls, DEL, C1 controls, the bidi
// embedding/override/isolate controls U+202A..U+202E and U+2066..U+2069 (they
// can make text display differently from what it is), and U+2028/U+2029.
// Lengths are counted in code points. A value that is empty after
// normalisation is missing: Required when required, otherwise fine.

// Trims, and collapses each run of spaces (ASCII whitespace, U+00A0 and the
// other Unicode space separators such as U+202F and U+3000) to one U+0020.
std::string normaliseName(std::string_view value);
// Checks normaliseName(value); tabs and line breaks become spaces there.
Findings checkName(std::string_view field, std::string_view value, bool required,
                   std::size_t maxCodePoints = 80);

// Turns CR LF and lone CR into LF and trims whitespace at both ends; keeps
// the inside as typed.
std::string normaliseText(std::string_view value);
// Checks normaliseText(value): like checkName, but LF and TAB are allowed.
Findings checkText(std::string_view field, std::string_view value, bool required,
                   std::size_t maxCodePoints);

// --- Phone numbers ----------------------------------------------------------
// A number as people type it, read with Swedish conventions by default
// ("070-123 45 67", "08-123 456 78", "0046 70 ...") or in international
// form with "+" ("+963 944 567 890"). Only digits (ASCII, Arabic-Indic and
// Persian), spaces, "-", ".", "/", "(", ")" and one leading "+" are accepted:
// letters (vanity numbers, "ext") are refused. The number must be valid per
// libphonenumber's metadata. Returns E.164, e.g. "+46701234567".
std::optional<std::string> normalisePhone(std::string_view typed);
// InvalidPhone when typed is not empty and normalisePhone refuses it. On
// success and when e164Out is given, writes the E.164 form there (and clears
// it otherwise).
Findings checkPhone(std::string_view field, std::string_view typed, bool required,
                    std::string* e164Out = nullptr);

// --- Swedish personal identity / coordination numbers -----------------------
// Accepts YYMMDD-NNNN, YYMMDDNNNN, YYMMDD+NNNN (the person turns 100 or more
// this year), YYYYMMDD-NNNN and YYYYMMDDNNNN, with surrounding whitespace.
// The Luhn check digit is tested over the ten-digit form; the date must be a
// real date, for a coordination number (samordningsnummer) with 60 added to
// the day. For the ten-digit forms the century is the one that makes the
// person younger than 100 in today's year ("-" or none) or at least 100 ("+"),
// as the Swedish Tax Agency defines it. A date after `today` is
// ImplausibleDate. Wrong form or checksum is InvalidPersonalNumber.
// Most callers should pass required = false: many newly arrived people have
// no number. On success, canonicalOut (if given) receives YYYYMMDDNNNN;
// otherwise it is cleared.
Findings checkPersonalNumber(std::string_view field, std::string_view typed, bool required,
                             std::chrono::year_month_day today,
                             std::string* canonicalOut = nullptr);
// True if the ASCII digit string passes the Luhn (mod 10) check.
bool luhnValid(std::string_view digits);

// --- Dates and times --------------------------------------------------------
// Strict ISO 8601 calendar date "YYYY-MM-DD": a real date (else InvalidDate)
// within [earliest, latest] (else ImplausibleDate). On success, *out (if
// given) receives the date; otherwise it is reset.
Findings checkDate(std::string_view field, std::string_view isoDate, bool required,
                   std::chrono::year_month_day earliest, std::chrono::year_month_day latest,
                   std::optional<std::chrono::year_month_day>* out = nullptr);
// RFC 3339 timestamp "YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)"
// ("T"/"Z" may be lower case). The fraction is dropped (truncated to the
// second); a leap second (":60") is refused as InvalidDate. The instant must
// lie in [earliest, latest] (else ImplausibleDate).
Findings checkDateTime(std::string_view field, std::string_view rfc3339, bool required,
                       std::chrono::sys_seconds earliest, std::chrono::sys_seconds latest,
                       std::optional<std::chrono::sys_seconds>* out = nullptr);
// The instant of an RFC 3339 timestamp as checkDateTime reads it, with no
// window: for reading stored records. nullopt when it is not one.
std::optional<std::chrono::sys_seconds> parseDateTime(std::string_view rfc3339);

// --- Enumerations and numbers -----------------------------------------------
// NotAllowed when value is not exactly (case-sensitively) one of `allowed`.
Findings checkChoice(std::string_view field, std::string_view value,
                     const std::vector<std::string>& allowed, bool required);
// OutOfRange with limit = the bound that value passes.
Findings checkRange(std::string_view field, std::int64_t value, std::int64_t min,
                    std::int64_t max);

}  // namespace intake::validation
