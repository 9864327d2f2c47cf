// Every check of what people type (validation.h, config.h's parseIsoDate,
// the staff PIN's form), the typed records, and the forms of the capture
// classes (kiosk check-in and booking, family-counselling form, outreach
// contacts, beds, referrals and reports of concern). The first byte picks
// the entry point, the second gives flags and small numbers, the rest is the
// typed text (or, for records and forms, a JSON object).

#include "fuzz_support.h"
#include "replication_messages.h"

#include "intake/core/counselling.h"
#include "intake/core/kiosk.h"
#include "intake/core/outreach.h"
#include "intake/core/staff_pin.h"
#include "intake/core/text.h"
#include "intake/core/validation.h"

#include <algorithm>
#include <cstring>

using namespace intake;
using namespace intake::validation;
using nlohmann::json;
using namespace std::chrono;

namespace {

enum Entry : std::uint8_t {
    kName,
    kText,
    kPhone,
    kPersonalNumber,
    kLuhn,
    kDate,
    kDateTime,
    kChoice,
    kRange,
    kPin,
    kRecord,
    kCounsellingForm,
    kKioskCheckIn,
    kKioskBooking,
    kOutreachContact,
    kOutreachReferral,
    kOutreachConcern,
    kOutreachBed,
    kEntries,
};

// Written records are purged after each input (so that a bed given by one
// input is free for the next); tickets and audit entries stay until the
// vault is renewed, often enough that ticket numbers stay in 1..999.
constexpr std::size_t kRenewEvery = 200;
fuzz::ScratchVault* scratch = nullptr;
std::vector<std::string> writtenIds;

// Findings name fields, never the values given: only identifier characters.
void checkFindings(const Findings& findings) {
    const auto identifier = [](const std::string& name) {
        return std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '[' || c == ']';
        });
    };
    for (const auto& finding : findings) {
        INTAKE_FUZZ_CHECK(!finding.field.empty() && identifier(finding.field));
        INTAKE_FUZZ_CHECK(identifier(finding.related));
        INTAKE_FUZZ_CHECK(problemName(finding.problem) != "unknown");
    }
}

// A finding list from one check of one field: only that field.
void checkSingleField(const Findings& findings, std::string_view field) {
    checkFindings(findings);
    for (const auto& finding : findings)
        INTAKE_FUZZ_CHECK(finding.field == field);
}

std::size_t codePoints(std::string_view utf8) {
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void name(std::string_view typed, std::uint8_t flags) {
    const bool required = flags & 1;
    const std::size_t max = 1 + flags / 2;
    const auto findings = checkName("name", typed, required, max);
    INTAKE_FUZZ_CHECK(findings == checkName("name", typed, required, max));
    checkSingleField(findings, "name");
    const std::string normalised = normaliseName(typed);
    if (!text::isValidUtf8(typed))
        return;
    INTAKE_FUZZ_CHECK(text::isValidUtf8(normalised));
    INTAKE_FUZZ_CHECK(normaliseName(normalised) == normalised);
    INTAKE_FUZZ_CHECK(normalised.find("  ") == std::string::npos);
    if (findings.empty()) {
        INTAKE_FUZZ_CHECK(!required || !normalised.empty());
        INTAKE_FUZZ_CHECK(codePoints(normalised) <= max);
        INTAKE_FUZZ_CHECK(normalised.find_first_of("\t\r\n") == std::string::npos);
        // A name that passed passes again once normalised (what is stored).
        INTAKE_FUZZ_CHECK(checkName("name", normalised, required, max).empty());
    }
}

void freeText(std::string_view typed, std::uint8_t flags) {
    const bool required = flags & 1;
    const std::size_t max = 1 + flags * 4u;
    const auto findings = checkText("text", typed, required, max);
    INTAKE_FUZZ_CHECK(findings == checkText("text", typed, required, max));
    checkSingleField(findings, "text");
    const std::string normalised = normaliseText(typed);
    INTAKE_FUZZ_CHECK(normalised.find('\r') == std::string::npos);
    if (!text::isValidUtf8(typed))
        return;
    INTAKE_FUZZ_CHECK(normaliseText(normalised) == normalised);
    if (findings.empty()) {
        INTAKE_FUZZ_CHECK(codePoints(normalised) <= max);
        INTAKE_FUZZ_CHECK(checkText("text", normalised, required, max).empty());
    }
}

void phone(std::string_view typed, std::uint8_t flags) {
    const bool required = flags & 1;
    std::string e164 = "left over";
    const auto findings = checkPhone("phone", typed, required, &e164);
    checkSingleField(findings, "phone");
    const auto normalised = normalisePhone(typed);
    INTAKE_FUZZ_CHECK(normalised == normalisePhone(typed));
    if (!findings.empty()) {
        INTAKE_FUZZ_CHECK(e164.empty());
        return;
    }
    if (e164.empty())
        return;  // blank and not required
    INTAKE_FUZZ_CHECK(normalised && *normalised == e164);
    // E.164: "+" and 8 to 15 digits, and it reads as itself.
    INTAKE_FUZZ_CHECK(e164.size() >= 4 && e164.size() <= 16 && e164[0] == '+');
    INTAKE_FUZZ_CHECK(std::all_of(e164.begin() + 1, e164.end(), [](char c) { return c >= '0' && c <= '9'; }));
    INTAKE_FUZZ_CHECK(normalisePhone(e164) == e164);
}

void personalNumber(std::string_view typed, std::uint8_t flags) {
    const bool required = flags & 1;
    // Today anywhere from 1900 to 2027: the century rule depends on it.
    const year_month_day today{year(1900 + (flags >> 1)), month(1 + flags % 12), day(1 + flags % 28)};
    std::string canonical = "left over";
    const auto findings = checkPersonalNumber("pnr", typed, required, today, &canonical);
    checkSingleField(findings, "pnr");
    if (!findings.empty()) {
        INTAKE_FUZZ_CHECK(canonical.empty());
        return;
    }
    if (canonical.empty())
        return;
    INTAKE_FUZZ_CHECK(canonical.size() == 12);
    INTAKE_FUZZ_CHECK(std::all_of(canonical.begin(), canonical.end(), [](char c) { return c >= '0' && c <= '9'; }));
    INTAKE_FUZZ_CHECK(luhnValid(std::string_view(canonical).substr(2)));
    // The canonical form is accepted as itself.
    std::string again;
    INTAKE_FUZZ_CHECK(checkPersonalNumber("pnr", canonical, true, today, &again).empty());
    INTAKE_FUZZ_CHECK(again == canonical);
}

bool referenceLuhn(std::string_view digits) {
    if (digits.empty())
        return false;
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const char c = digits[digits.size() - 1 - i];
        if (c < '0' || c > '9')
            return false;
        int d = c - '0';
        if (i % 2 == 1)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return sum % 10 == 0;
}

void luhn(std::string_view digits) { INTAKE_FUZZ_CHECK(luhnValid(digits) == referenceLuhn(digits)); }

void date(std::string_view typed, std::uint8_t flags) {
    const bool required = flags & 1;
    const year_month_day earliest{year(2000 + (flags >> 1)), month(1), day(1)};
    const year_month_day latest{year(2030), month(12), day(31)};
    std::optional<year_month_day> out = year_month_day{year(1), month(1), day(1)};
    const auto findings = checkDate("day", typed, required, earliest, latest, &out);
    checkSingleField(findings, "day");
    const auto configDate = parseIsoDate(typed);
    // (config's reader also takes a sign on the year, "-000" reading as 0000.)
    if (configDate && typed.front() != '-')
        INTAKE_FUZZ_CHECK(configDate->ok() && formatIsoDate(*configDate) == typed);
    if (!findings.empty() || !out) {
        INTAKE_FUZZ_CHECK(!out);
        return;
    }
    INTAKE_FUZZ_CHECK(*out >= earliest && *out <= latest);
    INTAKE_FUZZ_CHECK(configDate && *configDate == *out);
    INTAKE_FUZZ_CHECK(formatIsoDate(*out) == typed);
}

void dateTime(std::string_view typed, std::uint8_t flags) {
    const bool required = flags & 1;
    const sys_seconds now = floor<seconds>(fuzz::fixedClock().now());
    const sys_seconds earliest = now - days(flags), latest = now + days(flags / 4);
    std::optional<sys_seconds> out = now;
    const auto findings = checkDateTime("at", typed, required, earliest, latest, &out);
    checkSingleField(findings, "at");
    const auto parsed = parseDateTime(typed);
    if (!findings.empty() || !out) {
        INTAKE_FUZZ_CHECK(!out);
        return;
    }
    INTAKE_FUZZ_CHECK(*out >= earliest && *out <= latest);
    INTAKE_FUZZ_CHECK(parsed && *parsed == *out);
    // What formatTimestamp writes reads back as the same instant.
    const auto written = records::formatTimestamp(*out);
    INTAKE_FUZZ_CHECK(parseDateTime(written) == *out);
}

void choice(std::string_view typed, std::uint8_t flags) {
    const bool required = flags & 1;
    const auto allowed = fuzz::gothenburg().languageCodes();
    const auto findings = checkChoice("language", typed, allowed, required);
    checkSingleField(findings, "language");
    const bool listed = std::find(allowed.begin(), allowed.end(), typed) != allowed.end();
    INTAKE_FUZZ_CHECK(findings.empty() == (listed || (typed.empty() && !required)));
}

void range(std::string_view bytes) {
    std::int64_t values[3] = {0, 0, 0};
    std::memcpy(values, bytes.data(), std::min(bytes.size(), sizeof values));
    const auto [value, a, b] = values;
    const auto min = std::min(a, b), max = std::max(a, b);
    const auto findings = checkRange("count", value, min, max);
    checkSingleField(findings, "count");
    INTAKE_FUZZ_CHECK(findings.empty() == (value >= min && value <= max));
    if (!findings.empty())
        INTAKE_FUZZ_CHECK(findings.size() == 1 && findings[0].limit == (value < min ? min : max));
}

void pin(std::string_view typed) {
    const auto checked = checkPinFormat(typed);
    const bool digits = std::all_of(typed.begin(), typed.end(), [](char c) { return c >= '0' && c <= '9'; });
    INTAKE_FUZZ_CHECK(checked.ok() == (digits && typed.size() >= StaffPinRing::kMinPinDigits &&
                                       typed.size() <= StaffPinRing::kMaxPinDigits));
    if (!checked) {
        const bool tooShort = digits && typed.size() < StaffPinRing::kMinPinDigits;
        INTAKE_FUZZ_CHECK(checked.error().is(tooShort ? PinError::TooShort : PinError::NotDigits));
    }
}

// --- forms ---------------------------------------------------------------------

std::string text(const json& form, const char* key) {
    const auto it = form.find(key);
    return it != form.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<std::string> optionalText(const json& form, const char* key) {
    const auto it = form.find(key);
    if (it == form.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

std::optional<bool> optionalFlag(const json& form, const char* key) {
    const auto it = form.find(key);
    if (it == form.end() || !it->is_boolean())
        return std::nullopt;
    return it->get<bool>();
}

int number(const json& form, const char* key) {
    const auto it = form.find(key);
    if (it == form.end() || !it->is_number_integer())
        return 0;
    return static_cast<int>(std::clamp<std::int64_t>(it->get<std::int64_t>(), -1000000, 1000000));
}

// The record as a form fills it in: the body with the record's type.
template <typename Record>
std::optional<Record> recordFrom(json form) {
    form["type"] = Record::kType;
    auto record = records::fromJson<Record>(form);
    if (!record)
        return std::nullopt;
    return std::move(*record);
}

// A write that validated: nothing wrong was found, and the vault holds what was returned.
template <typename Record>
void checkStored(Vault& vault, const Checked<Stored<Record>>& outcome) {
    checkFindings(outcome.findings);
    if (!outcome.value) {
        INTAKE_FUZZ_CHECK(!outcome.findings.empty() || outcome.error);
        return;
    }
    INTAKE_FUZZ_CHECK(outcome.findings.empty() && !outcome.error);
    writtenIds.push_back(outcome.value->id);
    INTAKE_FUZZ_CHECK(records::validate(outcome.value->record, fuzz::validationContext(fuzz::gothenburg())).empty());
    auto stored = vault.get(outcome.value->id);
    INTAKE_FUZZ_CHECK(stored.ok() && stored->rev == outcome.value->rev);
    INTAKE_FUZZ_CHECK(stored->body == records::toJson(outcome.value->record));
}

void counsellingForm(Vault& vault, const json& input) {
    ApplicationForm form;
    if (const auto adults = input.find("adults"); adults != input.end() && adults->is_array()) {
        for (const auto& adult : *adults) {
            if (!adult.is_object())
                continue;
            form.adults.push_back(
                {text(adult, "first_name"), optionalText(adult, "last_name"), optionalText(adult, "phone"),
                 optionalText(adult, "email")});
        }
    }
    form.contact = text(input, "contact");
    form.willCallAt = optionalText(input, "will_call_at");
    form.smallChildren = optionalFlag(input, "small_children").value_or(false);
    form.acuteCrisis = optionalFlag(input, "acute_crisis").value_or(false);
    form.language = text(input, "language");
    form.interpreterNeeded = optionalFlag(input, "interpreter_needed").value_or(false);
    form.interpreterLanguage = optionalText(input, "interpreter_language");
    form.preferredProvider = optionalText(input, "preferred_provider");
    form.singleSession = optionalFlag(input, "single_session").value_or(false);
    form.consent = optionalFlag(input, "consent").value_or(false);
    FamilyCounselling counselling(vault, fuzz::gothenburg(), fuzz::fixedClock(), "counselling-1");
    const auto findings = counselling.check(form);
    INTAKE_FUZZ_CHECK(findings == counselling.check(form));
    checkFindings(findings);
}

void kioskCheckIn(Vault& vault, const json& input) {
    KioskCheckIn kiosk(vault, fuzz::gothenburg(), fuzz::fixedClock(), TicketIssuer{"welcome-house", 2, 4}, "kiosk-2");
    CheckIn request{text(input, "service"), text(input, "language"), optionalFlag(input, "first_visit"),
                    optionalText(input, "first_name"), optionalText(input, "interpreter_language"),
                    optionalText(input, "visitor_code")};
    const auto outcome = kiosk.checkIn(request);
    checkFindings(outcome.findings);
    if (outcome.value) {
        INTAKE_FUZZ_CHECK(outcome.findings.empty() && !outcome.error);
        const auto* service = fuzz::gothenburg().service(request.service);
        INTAKE_FUZZ_CHECK(service && !outcome.value->ticket.empty() && outcome.value->ticket[0] == service->letter);
    } else {
        INTAKE_FUZZ_CHECK(!outcome.findings.empty() || outcome.error);
    }
}

void kioskBooking(Vault& vault, const json& input) {
    const auto day = parseIsoDate(text(input, "day"));
    if (!day)
        return;
    KioskCheckIn kiosk(vault, fuzz::gothenburg(), fuzz::fixedClock(), TicketIssuer{"welcome-house", 2, 4}, "kiosk-2");
    const auto outcome = kiosk.requestBooking(text(input, "service"), *day, text(input, "language"),
                                              optionalText(input, "phone"), optionalFlag(input, "sms_consent"));
    checkFindings(outcome.findings);
    INTAKE_FUZZ_CHECK(outcome.value.has_value() == (outcome.findings.empty() && !outcome.error));
}

void outreach(Vault& vault, Entry entry, const json& input) {
    OutreachLog log(vault, fuzz::gothenburg(), fuzz::fixedClock(), "tablet-1", "field-team");
    const std::string staff = "worker-1";
    switch (entry) {
    case kOutreachContact:
        if (auto contact = recordFrom<records::Contact>(input))
            checkStored(vault, log.logContact(*contact, staff));
        break;
    case kOutreachReferral:
        if (auto referral = recordFrom<records::Referral>(input))
            checkStored(vault, log.refer(*referral, staff));
        break;
    case kOutreachConcern:
        if (auto report = recordFrom<records::ConcernReport>(input)) {
            const auto drafted = log.draftConcern(*report, staff);
            checkStored(vault, drafted);
            if (drafted.value) {
                const auto edited = log.editConcern(drafted.value->id, text(input, "edit"),
                                                    number(input, "edit_age"), staff);
                checkStored(vault, edited);
            }
        }
        break;
    case kOutreachBed: {
        const auto shelter = text(input, "shelter"), night = text(input, "night");
        const int bed = number(input, "bed");
        const auto given = log.giveBed(shelter, night, bed, text(input, "filled_by"), text(input, "person_code"),
                                       optionalText(input, "alias"), staff, text(input, "gender"));
        checkStored(vault, given);
        if (given.value) {
            INTAKE_FUZZ_CHECK(given.value->id == records::bedNightId(shelter, night, bed));
            // The same bed cannot be given twice on one device.
            const auto twice = log.giveBed(shelter, night, bed, text(input, "filled_by"), "ZZZZ9", std::nullopt,
                                           staff, text(input, "gender"));
            INTAKE_FUZZ_CHECK(!twice.value && twice.findings.size() == 1 && twice.findings[0].field == "bed");
            // Cancelled, it can be given again.
            if (log.cancelBed(shelter, night, bed, staff)) {
                const auto again = log.giveBed(shelter, night, bed, text(input, "filled_by"),
                                               text(input, "person_code"), optionalText(input, "alias"), staff,
                                               text(input, "gender"));
                INTAKE_FUZZ_CHECK(again.value.has_value());
                checkStored(vault, again);
            }
        }
        break;
    }
    default:
        break;
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static fuzz::ScratchVault vault("user-input", kRenewEvery);
    scratch = &vault;
    (void)fuzz::gothenburg();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2)
        return 0;
    const auto entry = static_cast<Entry>(data[0] % kEntries);
    const std::uint8_t flags = data[1];
    const std::string_view typed = fuzz::asText(data + 2, size - 2);
    switch (entry) {
    case kName:
        name(typed, flags);
        return 0;
    case kText:
        freeText(typed, flags);
        return 0;
    case kPhone:
        phone(typed, flags);
        return 0;
    case kPersonalNumber:
        personalNumber(typed, flags);
        return 0;
    case kLuhn:
        luhn(typed);
        return 0;
    case kDate:
        date(typed, flags);
        return 0;
    case kDateTime:
        dateTime(typed, flags);
        return 0;
    case kChoice:
        choice(typed, flags);
        return 0;
    case kRange:
        range(typed);
        return 0;
    case kPin:
        pin(typed);
        return 0;
    default:
        break;
    }
    const auto form = sync::messages::parseJson(typed);
    if (!form || !form->is_object())
        return 0;
    if (entry == kRecord) {
        fuzz::checkAsEveryRecordType(*form, fuzz::validationContext(fuzz::gothenburg()));
        return 0;
    }
    Vault& vault = scratch->next();
    if (entry == kCounsellingForm)
        counsellingForm(vault, *form);
    else if (entry == kKioskCheckIn)
        kioskCheckIn(vault, *form);
    else if (entry == kKioskBooking)
        kioskBooking(vault, *form);
    else
        outreach(vault, entry, *form);
    for (const auto& id : writtenIds)
        (void)vault.purge(id);
    writtenIds.clear();
    return 0;
}
