#include "intake/core/validation.h"

#include "intake/core/text.h"

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <utility>

namespace intake::validation {

namespace {

namespace chr = std::chrono;

// --- UTF-8 helpers ------------------------------------------------------------

// Decodes the code point at `i` of a string already known to be valid UTF-8
// and advances `i` past it.
char32_t decodeAt(std::string_view s, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    int length = 1;
    char32_t cp = lead;
    if (lead >= 0xF0) { length = 4; cp = lead & 0x07; }
    else if (lead >= 0xE0) { length = 3; cp = lead & 0x0F; }
    else if (lead >= 0xC0) { length = 2; cp = lead & 0x1F; }
    for (int k = 1; k < length; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += static_cast<std::size_t>(length);
    return cp;
}

std::size_t codePointCount(std::string_view validUtf8) {
    return static_cast<std::size_t>(std::count_if(validUtf8.begin(), validUtf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// Length in bytes of a space at `i` (ASCII whitespace or a Unicode space
// separator), or 0. Works byte-wise, so it is safe on invalid UTF-8 too.
std::size_t spaceAt(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) {
        return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
    };
    switch (byte(0)) {
    case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
        return 1;
    case 0xC2:  // U+00A0 no-break space
        return byte(1) == 0xA0 ? 2 : 0;
    case 0xE1:  // U+1680 ogham space mark
        return byte(1) == 0x9A && byte(2) == 0x80 ? 3 : 0;
    case 0xE2:
        if (byte(1) == 0x80 && (byte(2) <= 0x8A || byte(2) == 0xAF) && byte(2) >= 0x80)
            return 3;  // U+2000..U+200A, U+202F narrow no-break space
        if (byte(1) == 0x81 && byte(2) == 0x9F)
            return 3;  // U+205F medium mathematical space
        return 0;
    case 0xE3:  // U+3000 ideographic space
        return byte(1) == 0x80 && byte(2) == 0x80 ? 3 : 0;
    default:
        return 0;
    }
}

bool isSpace(std::string_view s, std::size_t i) { return spaceAt(s, i) != 0; }

std::string_view trimSpaces(std::string_view s) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        const std::size_t n = spaceAt(s, begin);
        if (n == 0)
            break;
        begin += n;
    }
    // Trailing spaces: scan forward and remember where the last non-space ended.
    std::size_t end = begin;
    for (std::size_t i = begin; i < s.size();) {
        const std::size_t n = spaceAt(s, i);
        if (n != 0) {
            i += n;
        } else {
            ++i;
            end = i;
        }
    }
    return s.substr(begin, end - begin);
}

bool isBlank(std::string_view s) { return trimSpaces(s).empty(); }

bool isBidiControl(char32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

bool isLineOrParagraphSeparator(char32_t cp) { return cp == 0x2028 || cp == 0x2029; }

// For valid UTF-8: true if any character is not allowed in a name or text.
bool hasForbiddenCharacters(std::string_view utf8, bool allowNewlineAndTab) {
    if (!allowNewlineAndTab && text::hasControlCharacters(utf8))
        return true;
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t cp = decodeAt(utf8, i);
        if (cp == U'\n' || cp == U'\t') {
            if (!allowNewlineAndTab)
                return true;
            continue;
        }
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
            return true;
        if (isBidiControl(cp) || isLineOrParagraphSeparator(cp))
            return true;
    }
    return false;
}

FieldError error(std::string_view field, Problem problem, std::int64_t limit = 0) {
    return FieldError{std::string(field), problem, limit};
}

Findings checkNormalisedText(std::string_view field, std::string_view raw,
                             std::string_view normalised, bool required,
                             std::size_t maxCodePoints, bool allowNewlineAndTab) {
    if (!text::isValidUtf8(raw) || !text::isValidUtf8(normalised))
        return {error(field, Problem::InvalidText)};
    if (normalised.empty()) {
        if (required)
            return {error(field, Problem::Required)};
        return {};
    }
    Findings findings;
    if (hasForbiddenCharacters(normalised, allowNewlineAndTab))
        findings.push_back(error(field, Problem::InvalidText));
    if (codePointCount(normalised) > maxCodePoints)
        findings.push_back(error(field, Problem::TooLong, static_cast<std::int64_t>(maxCodePoints)));
    return findings;
}

// --- Digits --------------------------------------------------------------------

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool allAsciiDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), isAsciiDigit);
}

int digitsValue(std::string_view s) {
    int value = 0;
    for (char c : s)
        value = value * 10 + (c - '0');
    return value;
}

// --- Phone numbers -------------------------------------------------------------

constexpr std::size_t kMaxPhoneInputBytes = 64;

const i18n::phonenumbers::PhoneNumberUtil& phoneUtil() {
    static i18n::phonenumbers::PhoneNumberUtil* const util = [] {
        auto* instance = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
        // libphonenumber's default logger is silent today, but the library also
        // has a stdout logger; make sure nothing ever reaches the user's
        // terminal. SetLogger takes ownership.
        instance->SetLogger(new i18n::phonenumbers::NullLogger());
        return instance;
    }();
    return *util;
}

// Keeps digits (ASCII, Arabic-Indic U+0660.., extended Arabic-Indic U+06F0..,
// as Arabic, Persian and Dari keyboards type them, mapped to ASCII), the usual
// separators and one leading "+". Anything else refuses the input.
std::optional<std::string> phoneCharacters(std::string_view typed) {
    std::string out;
    bool seenPlus = false;
    bool seenDigit = false;
    for (std::size_t i = 0; i < typed.size();) {
        const char32_t cp = decodeAt(typed, i);
        if (cp >= U'0' && cp <= U'9') {
            out.push_back(static_cast<char>(cp));
            seenDigit = true;
        } else if (cp >= 0x0660 && cp <= 0x0669) {
            out.push_back(static_cast<char>('0' + (cp - 0x0660)));
            seenDigit = true;
        } else if (cp >= 0x06F0 && cp <= 0x06F9) {
            out.push_back(static_cast<char>('0' + (cp - 0x06F0)));
            seenDigit = true;
        } else if (cp == U'+') {
            if (seenPlus || seenDigit)
                return std::nullopt;
            out.push_back('+');
            seenPlus = true;
        } else if (cp == U' ' || cp == 0x00A0) {
            out.push_back(' ');
        } else if (cp == U'-' || cp == U'.' || cp == U'/' || cp == U'(' || cp == U')') {
            if (!seenDigit && !seenPlus && cp != U'(')
                return std::nullopt;  // "-070..." is not how anyone writes a number
            out.push_back(static_cast<char>(cp));
        } else {
            return std::nullopt;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    return out;
}

// --- Dates ----------------------------------------------------------------------

// "YYYY-MM-DD" exactly; nullopt if the form is wrong or the date is not real.
std::optional<chr::year_month_day> parseIsoDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    const std::string_view y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
    if (!allAsciiDigits(y) || !allAsciiDigits(m) || !allAsciiDigits(d))
        return std::nullopt;
    const chr::year_month_day date{chr::year{digitsValue(y)},
                                   chr::month{static_cast<unsigned>(digitsValue(m))},
                                   chr::day{static_cast<unsigned>(digitsValue(d))}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

bool twoDigits(std::string_view s, std::size_t at, int max, int& value) {
    if (at + 2 > s.size() || !isAsciiDigit(s[at]) || !isAsciiDigit(s[at + 1]))
        return false;
    value = digitsValue(s.substr(at, 2));
    return value <= max;
}

std::optional<chr::sys_seconds> parseRfc3339(std::string_view s) {
    if (s.size() < 20)
        return std::nullopt;
    const auto date = parseIsoDate(s.substr(0, 10));
    if (!date || (s[10] != 'T' && s[10] != 't'))
        return std::nullopt;
    int hour = 0, minute = 0, second = 0;
    if (!twoDigits(s, 11, 23, hour) || s[13] != ':' || !twoDigits(s, 14, 59, minute) ||
        s[16] != ':' || !twoDigits(s, 17, 59, second))
        return std::nullopt;
    std::size_t i = 19;
    if (s[i] == '.') {
        const std::size_t start = ++i;
        while (i < s.size() && isAsciiDigit(s[i]))
            ++i;
        if (i == start)
            return std::nullopt;
    }
    if (i >= s.size())
        return std::nullopt;
    chr::minutes offset{0};
    if (s[i] == 'Z' || s[i] == 'z') {
        ++i;
    } else if (s[i] == '+' || s[i] == '-') {
        int offsetHours = 0, offsetMinutes = 0;
        if (!twoDigits(s, i + 1, 23, offsetHours) || i + 3 >= s.size() || s[i + 3] != ':' ||
            !twoDigits(s, i + 4, 59, offsetMinutes))
            return std::nullopt;
        offset = chr::hours{offsetHours} + chr::minutes{offsetMinutes};
        if (s[i] == '-')
            offset = -offset;
        i += 6;
    } else {
        return std::nullopt;
    }
    if (i != s.size())
        return std::nullopt;
    // The local time minus its offset from UTC is the instant.
    return chr::sys_days{*date} + chr::hours{hour} + chr::minutes{minute} +
           chr::seconds{second} - offset;
}

}  // namespace

std::string_view problemName(Problem problem) {
    switch (problem) {
    case Problem::Required: return "required";
    case Problem::TooLong: return "too_long";
    case Problem::TooShort: return "too_short";
    case Problem::InvalidText: return "invalid_text";
    case Problem::InvalidPhone: return "invalid_phone";
    case Problem::InvalidPersonalNumber: return "invalid_personal_number";
    case Problem::InvalidDate: return "invalid_date";
    case Problem::ImplausibleDate: return "implausible_date";
    case Problem::NotAllowed: return "not_allowed";
    case Problem::OutOfRange: return "out_of_range";
    case Problem::Inconsistent: return "inconsistent";
    }
    return "unknown";
}

// --- Text -----------------------------------------------------------------------

std::string normaliseName(std::string_view value) {
    const std::string_view trimmed = trimSpaces(value);
    std::string out;
    out.reserve(trimmed.size());
    for (std::size_t i = 0; i < trimmed.size();) {
        if (isSpace(trimmed, i)) {
            while (i < trimmed.size() && isSpace(trimmed, i))
                i += spaceAt(trimmed, i);
            out.push_back(' ');
        } else {
            out.push_back(trimmed[i++]);
        }
    }
    return out;
}

Findings checkName(std::string_view field, std::string_view value, bool required,
                   std::size_t maxCodePoints) {
    const std::string normalised = normaliseName(value);
    return checkNormalisedText(field, value, normalised, required, maxCodePoints, false);
}

std::string normaliseText(std::string_view value) {
    std::string unified;
    unified.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\r') {
            unified.push_back('\n');
            if (i + 1 < value.size() && value[i + 1] == '\n')
                ++i;
        } else {
            unified.push_back(value[i]);
        }
    }
    return std::string(trimSpaces(unified));
}

Findings checkText(std::string_view field, std::string_view value, bool required,
                   std::size_t maxCodePoints) {
    const std::string normalised = normaliseText(value);
    return checkNormalisedText(field, value, normalised, required, maxCodePoints, true);
}

// --- Phone numbers -----------------------------------------------------------------

std::optional<std::string> normalisePhone(std::string_view typed) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;

    if (typed.size() > kMaxPhoneInputBytes || !text::isValidUtf8(typed))
        return std::nullopt;
    const auto characters = phoneCharacters(trimSpaces(typed));
    if (!characters)
        return std::nullopt;

    const PhoneNumberUtil& util = phoneUtil();
    PhoneNumber number;
    if (util.Parse(*characters, "SE", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (number.has_extension() || !util.IsValidNumber(number))
        return std::nullopt;
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return e164;
}

Findings checkPhone(std::string_view field, std::string_view typed, bool required,
                    std::string* e164Out) {
    if (e164Out)
        e164Out->clear();
    if (isBlank(typed)) {
        if (required)
            return {error(field, Problem::Required)};
        return {};
    }
    auto e164 = normalisePhone(typed);
    if (!e164)
        return {error(field, Problem::InvalidPhone)};
    if (e164Out)
        *e164Out = std::move(*e164);
    return {};
}

// --- Personal identity numbers -----------------------------------------------------

bool luhnValid(std::string_view digits) {
    if (digits.empty() || !allAsciiDigits(digits))
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

Findings checkPersonalNumber(std::string_view field, std::string_view typed, bool required,
                             chr::year_month_day today, std::string* canonicalOut) {
    if (canonicalOut)
        canonicalOut->clear();
    const std::string_view s = trimSpaces(typed);
    if (s.empty()) {
        if (required)
            return {error(field, Problem::Required)};
        return {};
    }
    const auto invalid = [&] { return Findings{error(field, Problem::InvalidPersonalNumber)}; };

    // Split into the date part (6 or 8 digits), separator and the last four.
    std::string_view datePart, lastFour;
    char separator = 0;
    if (s.size() == 10 || s.size() == 12) {
        datePart = s.substr(0, s.size() - 4);
        lastFour = s.substr(s.size() - 4);
    } else if (s.size() == 11 || s.size() == 13) {
        datePart = s.substr(0, s.size() - 5);
        separator = s[s.size() - 5];
        lastFour = s.substr(s.size() - 4);
        if (separator != '-' && separator != '+')
            return invalid();
        if (separator == '+' && datePart.size() == 8)
            return invalid();  // "+" only means something in the ten-digit form
    } else {
        return invalid();
    }
    if (!allAsciiDigits(datePart) || !allAsciiDigits(lastFour))
        return invalid();

    const bool shortForm = datePart.size() == 6;
    const std::string_view yymmdd = shortForm ? datePart : datePart.substr(2);
    const int month = digitsValue(yymmdd.substr(2, 2));
    int day = digitsValue(yymmdd.substr(4, 2));
    if (day > 60)
        day -= 60;  // samordningsnummer
    int year = 0;
    if (shortForm) {
        const int yy = digitsValue(yymmdd.substr(0, 2));
        const int thisYear = static_cast<int>(today.year());
        // The most recent year ending in yy, at most this year: younger than 100.
        year = thisYear - (((thisYear - yy) % 100) + 100) % 100;
        if (separator == '+')
            year -= 100;
    } else {
        year = digitsValue(datePart.substr(0, 4));
    }
    const chr::year_month_day birth{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                                    chr::day{static_cast<unsigned>(day)}};
    if (year < 0 || year > 9999 || !birth.ok())
        return invalid();
    std::string tenDigits(yymmdd);
    tenDigits.append(lastFour);
    if (!luhnValid(tenDigits))
        return invalid();
    if (birth > today)
        return {error(field, Problem::ImplausibleDate)};

    if (canonicalOut) {
        const int century = year / 100;  // 0..99: the year is four digits here
        canonicalOut->push_back(static_cast<char>('0' + century / 10));
        canonicalOut->push_back(static_cast<char>('0' + century % 10));
        canonicalOut->append(tenDigits);
    }
    return {};
}

// --- Dates and times ------------------------------------------------------------------

Findings checkDate(std::string_view field, std::string_view isoDate, bool required,
                   chr::year_month_day earliest, chr::year_month_day latest,
                   std::optional<chr::year_month_day>* out) {
    if (out)
        out->reset();
    if (isBlank(isoDate)) {
        if (required)
            return {error(field, Problem::Required)};
        return {};
    }
    const auto date = parseIsoDate(isoDate);
    if (!date)
        return {error(field, Problem::InvalidDate)};
    if (*date < earliest || *date > latest)
        return {error(field, Problem::ImplausibleDate)};
    if (out)
        *out = *date;
    return {};
}

Findings checkDateTime(std::string_view field, std::string_view rfc3339, bool required,
                       chr::sys_seconds earliest, chr::sys_seconds latest,
                       std::optional<chr::sys_seconds>* out) {
    if (out)
        out->reset();
    if (isBlank(rfc3339)) {
        if (required)
            return {error(field, Problem::Required)};
        return {};
    }
    const auto instant = parseRfc3339(rfc3339);
    if (!instant)
        return {error(field, Problem::InvalidDate)};
    if (*instant < earliest || *instant > latest)
        return {error(field, Problem::ImplausibleDate)};
    if (out)
        *out = *instant;
    return {};
}

// --- Enumerations and numbers ------------------------------------------------------------

Findings checkChoice(std::string_view field, std::string_view value,
                     const std::vector<std::string>& allowed, bool required) {
    if (value.empty()) {
        if (required)
            return {error(field, Problem::Required)};
        return {};
    }
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
        return {error(field, Problem::NotAllowed)};
    return {};
}

Findings checkRange(std::string_view field, std::int64_t value, std::int64_t min,
                    std::int64_t max) {
    if (value < min)
        return {error(field, Problem::OutOfRange, min)};
    if (value > max)
        return {error(field, Problem::OutOfRange, max)};
    return {};
}

std::optional<std::chrono::sys_seconds> parseDateTime(std::string_view rfc3339) {
    std::optional<std::chrono::sys_seconds> parsed;
    const auto findings = checkDateTime("t", rfc3339, true, std::chrono::sys_seconds::min(),
                                        std::chrono::sys_seconds::max(), &parsed);
    return findings.empty() ? parsed : std::nullopt;
}

}  // namespace intake::validation
