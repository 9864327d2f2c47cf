#include "demo_data.h"
#include "intake/core/counselling.h"
#include "intake/core/outreach.h"
#include "vault_fixture.h"

#include <catch2/catch.hpp>

#include <set>

using namespace intake;
using namespace std::chrono;
using intake::test::VaultFixture;
using validation::Problem;

namespace {

const Config& gothenburg() {
    static const Config config = *Config::fromDocuments(Config::gothenburgSeed());
    return config;
}

ManualClock novemberEvening() {
    // 2026-11-23 21:30 in Gothenburg (UTC+1).
    return ManualClock(sys_days(year_month_day(year(2026), month(11), day(23))) + hours(20) + minutes(30),
                       minutes(60));
}

bool hasFinding(const validation::Findings& findings, const std::string& field, Problem problem) {
    for (const auto& finding : findings) {
        if (finding.field == field && finding.problem == problem)
            return true;
    }
    return false;
}

std::size_t auditCount(Vault& vault, const std::string& action) {
    std::size_t count = 0;
    for (const auto& doc : *vault.query({.type = "audit"}))
        count += doc.body["action"] == action;
    return count;
}

ApplicationForm couple() {
    ApplicationForm form;
    form.adults = {{"  Sara  ", std::string("Ahmadi"), std::string("070-123 45 67"), std::nullopt},
                   {"Dawit", std::nullopt, std::nullopt, std::nullopt}};
    form.contact = "phone";
    form.smallChildren = true;
    form.language = "fa";
    form.interpreterNeeded = true;
    form.interpreterLanguage = "prs";
    form.preferredProvider = "st-lukas";
    form.singleSession = true;
    form.consent = true;
    return form;
}

}  // namespace

TEST_CASE("a family-counselling application is normalised, prioritised and given a reference",
          "[counselling][capture]") {
    VaultFixture counsellingVault;
    auto vault = counsellingVault.create();
    const auto clock = novemberEvening();
    FamilyCounselling counselling(*vault, gothenburg(), clock, "kiosk-fr-1");

    auto submitted = counselling.submit(couple());
    REQUIRE(submitted.ok());
    const auto& application = submitted.value->record;
    CHECK(application.priority);  // small children at home
    // The people are sealed to the counselling unit: the device gets back
    // only the sealed record, the unit's private key opens it centrally.
    CHECK(application.adults.empty());
    REQUIRE(application.sealed);
    const auto stored = vault->get(submitted.value->id);
    REQUIRE(stored);
    CHECK(stored->body == records::toJson(application));
    CHECK(stored->body.dump().find("Sara") == std::string::npos);
    CHECK(stored->body.dump().find("701234567") == std::string::npos);
    auto opened = openApplication(test::demoCounsellingPrivateKeyPem(), stored->body, submitted.value->id);
    REQUIRE(opened);
    CHECK((*opened)["adults"][0]["first_name"] == "Sara");  // normalised before sealing
    CHECK((*opened)["adults"][0]["last_name"] == "Ahmadi");
    CHECK((*opened)["adults"][0]["phone"] == "+46701234567");
    CHECK((*opened)["adults"][1] == nlohmann::json{{"first_name", "Dawit"}});
    CHECK((*opened)["preferred_provider"] == "st-lukas");  // in clear, for the statistics
    CHECK(stored->body["preferred_provider"] == "st-lukas");
    CHECK(stored->body["interpreter_language"] == "prs");
    CHECK(application.reference.size() == 8);
    CHECK(application.reference.find_first_of("01OIL") == std::string::npos);
    CHECK(application.status == "received");
    // Self-registration is by the applicant: no staff, no audit entry.
    CHECK(vault->query({.type = "audit"})->empty());

    SECTION("no small children and no crisis: not a priority") {
        auto form = couple();
        form.smallChildren = false;
        auto plain = counselling.submit(form);
        REQUIRE(plain.ok());
        CHECK_FALSE(plain.value->record.priority);
        CHECK(plain.value->record.reference != application.reference);
    }
    SECTION("nearly anonymous: no adults, a time the person will call") {
        ApplicationForm form;
        form.contact = "will_call";
        form.willCallAt = "2026-11-25T09:00:00Z";
        form.acuteCrisis = true;
        form.language = "sv";
        form.consent = true;
        auto anonymous = counselling.submit(form);
        REQUIRE(anonymous.ok());
        CHECK(anonymous.value->record.priority);
        CHECK(anonymous.value->record.adults.empty());
        CHECK_FALSE(anonymous.value->record.will_call_at);  // sealed too
        const auto body = vault->get(anonymous.value->id)->body;
        CHECK_FALSE(body.contains("will_call_at"));
        auto call = openApplication(test::demoCounsellingPrivateKeyPem(), body, anonymous.value->id);
        REQUIRE(call);
        CHECK((*call)["will_call_at"] == "2026-11-25T09:00:00Z");
        CHECK_FALSE(call->contains("adults"));
    }
    SECTION("refusals name the field and write nothing") {
        const auto before = *vault->documentCount();
        auto noConsent = couple();
        noConsent.consent = false;
        CHECK(hasFinding(counselling.submit(noConsent).findings, "consent", Problem::Required));
        auto badPhone = couple();
        badPhone.adults[0].phone = "0701";
        CHECK(hasFinding(counselling.submit(badPhone).findings, "adults[0].phone", Problem::InvalidPhone));
        auto noPhone = couple();
        noPhone.adults[0].phone.reset();
        CHECK(hasFinding(counselling.submit(noPhone).findings, "adults[0].phone", Problem::Required));
        auto three = couple();
        three.adults.push_back({"Third", std::nullopt, std::nullopt, std::nullopt});
        CHECK(hasFinding(counselling.submit(three).findings, "adults", Problem::TooLong));
        auto noInterpreterLanguage = couple();
        noInterpreterLanguage.interpreterLanguage.reset();
        CHECK(hasFinding(counselling.submit(noInterpreterLanguage).findings, "interpreter_language",
                         Problem::Required));
        auto unknownProvider = couple();
        unknownProvider.preferredProvider = "some-clinic";
        CHECK(hasFinding(counselling.submit(unknownProvider).findings, "preferred_provider", Problem::NotAllowed));
        auto rtlOverride = couple();
        rtlOverride.adults[1].first_name = "Da\xE2\x80\xAEwit";  // U+202E: spoofs the display
        CHECK(hasFinding(counselling.submit(rtlOverride).findings, "adults[1].first_name", Problem::InvalidText));
        auto noCallTime = couple();
        noCallTime.contact = "will_call";
        CHECK(hasFinding(counselling.submit(noCallTime).findings, "will_call_at", Problem::Required));
        CHECK(*vault->documentCount() == before);
    }
}

TEST_CASE("booking requests are only for open published slots", "[counselling][capture]") {
    VaultFixture counsellingVault;
    auto vault = counsellingVault.create();
    const auto clock = novemberEvening();
    FamilyCounselling counselling(*vault, gothenburg(), clock, "kiosk-fr-1");
    // Slots as the central service publishes them (arriving by sync).
    auto publish = [&](const std::string& id, const std::string& starts, const std::string& status) {
        records::Slot slot;
        slot.provider = "city";
        slot.kind = "single_session";
        slot.starts_at = starts;
        slot.ends_at = starts.substr(0, 11) + "23:00:00Z";
        slot.status = status;
        REQUIRE(vault->put({id, records::toJson(slot), "", false}));
    };
    publish("slot:b", "2026-12-02T09:00:00Z", "open");
    publish("slot:a", "2026-11-30T13:00:00Z", "open");
    publish("slot:taken", "2026-12-01T09:00:00Z", "taken");
    publish("slot:past", "2026-11-20T09:00:00Z", "open");

    auto slots = counselling.openSlots();
    REQUIRE(slots);
    REQUIRE(slots->size() == 2);
    CHECK((*slots)[0].id == "slot:a");  // soonest first
    CHECK((*slots)[1].id == "slot:b");

    const auto application = *counselling.submit(couple()).value;
    auto requested = counselling.requestSlot("slot:a", application.id, "fa", std::string("+46 70 123 45 67"), true);
    REQUIRE(requested.ok());
    CHECK(requested.value->record.kind == "counselling");
    CHECK(requested.value->record.status == "requested");
    CHECK(requested.value->record.phone == "+46701234567");
    for (const char* closed : {"slot:taken", "slot:past", "slot:unknown"}) {
        auto refused = counselling.requestSlot(closed, application.id, "fa", std::nullopt, std::nullopt);
        REQUIRE_FALSE(refused.ok());
        CHECK(hasFinding(refused.findings, "slot_id", Problem::NotAllowed));
    }
    CHECK(vault->query({.type = "booking_request"})->size() == 1);
}

TEST_CASE("outreach contacts: anonymous in one call, a person with consent", "[outreach][capture]") {
    VaultFixture teamVault;
    auto vault = teamVault.create();
    const auto clock = novemberEvening();
    OutreachLog log(*vault, gothenburg(), clock, "tablet-7", "night-team-centrum");

    auto quick = log.logAnonymous("centrum", 3, "worker-1");
    REQUIRE(quick.ok());
    CHECK(quick.value->record.anonymous);
    CHECK(quick.value->record.count == 3);
    CHECK(quick.value->record.team == "night-team-centrum");
    CHECK(auditCount(*vault, "create") == 0);  // nobody identified: nothing to audit

    records::Contact person;
    person.anonymous = false;
    person.area = "hisingen";
    person.alias = "Kalle";
    person.person_code = "KX42";
    person.gender = "man";
    person.age_band = "36-50";
    person.needs = {"overnight_place", "food"};
    person.actions = {"conversation", "bed_given"};
    auto logged = log.logContact(person, "worker-1");
    REQUIRE(logged.ok());
    CHECK(auditCount(*vault, "create") == 1);

    SECTION("a full name is only kept with consent") {
        auto named = person;
        named.name = "Karl Svensson";
        CHECK(hasFinding(log.logContact(named, "worker-1").findings, "consent", Problem::Required));
        named.consent = true;
        CHECK(log.logContact(named, "worker-1").ok());
    }
    SECTION("anonymous contacts carry no identity, and options come from config") {
        records::Contact mixed;
        mixed.anonymous = true;
        mixed.area = "centrum";
        mixed.alias = "Kalle";
        CHECK(hasFinding(log.logContact(mixed, "worker-1").findings, "alias", Problem::Inconsistent));
        CHECK(hasFinding(log.logAnonymous("narnia", 1, "worker-1").findings, "area", Problem::NotAllowed));
        CHECK(hasFinding(log.logAnonymous("centrum", 0, "worker-1").findings, "count", Problem::OutOfRange));
        auto badNeed = person;
        badNeed.needs = {"food", "yacht"};
        CHECK(hasFinding(log.logContact(badNeed, "worker-1").findings, "needs[1]", Problem::NotAllowed));
        auto noIdentity = person;
        noIdentity.alias.reset();
        CHECK(hasFinding(log.logContact(noIdentity, "worker-1").findings, "alias", Problem::Required));
    }
}

TEST_CASE("overnight places: capacity by team, a taken bed is refused, cancelling frees it",
          "[outreach][beds][capture]") {
    VaultFixture teamVault;
    auto vault = teamVault.create();
    const auto clock = novemberEvening();
    OutreachLog log(*vault, gothenburg(), clock, "tablet-7", "field-team");
    const std::string night = "2026-11-23";

    auto beds = log.beds("overnight-centrum", night);
    REQUIRE(beds);
    REQUIRE(beds->size() == 15);
    CHECK(std::count_if(beds->begin(), beds->end(), [](const BedState& b) { return b.filledBy == "duty"; }) == 9);
    CHECK(std::count_if(beds->begin(), beds->end(), [](const BedState& b) { return b.filledBy == "field"; }) == 6);

    auto given = log.giveBed("overnight-centrum", night, 10, "field", "KX42", std::string("Kalle"), "worker-1");
    REQUIRE(given.ok());
    CHECK(given.value->id == "bed_night:overnight-centrum:2026-11-23:10");
    CHECK(given.value->record.kind == "unassessed");
    CHECK(*log.beds("overnight-centrum", night)->at(9).takenBy == "KX42");

    // The same bed again, by anyone, is refused locally.
    auto again = log.giveBed("overnight-centrum", night, 10, "field", "ZZ99", std::nullopt, "worker-2");
    REQUIRE_FALSE(again.ok());
    CHECK(hasFinding(again.findings, "bed", Problem::NotAllowed));
    // Field workers give only their six places; the duty team fills the others.
    CHECK(hasFinding(log.giveBed("overnight-centrum", night, 3, "field", "ZZ99", std::nullopt, "worker-2").findings,
                     "filled_by", Problem::Inconsistent));
    CHECK(hasFinding(log.giveBed("overnight-centrum", night, 16, "field", "ZZ99", std::nullopt, "worker-2").findings,
                     "bed", Problem::NotAllowed));
    // The next night is a different allocation.
    CHECK(log.giveBed("overnight-centrum", "2026-11-24", 10, "field", "ZZ99", std::nullopt, "worker-2").ok());

    REQUIRE(log.cancelBed("overnight-centrum", night, 10, "worker-1"));
    CHECK_FALSE(log.beds("overnight-centrum", night)->at(9).takenBy);
    auto regiven = log.giveBed("overnight-centrum", night, 10, "field", "ZZ99", std::nullopt, "worker-2");
    REQUIRE(regiven.ok());
    CHECK(regiven.value->rev.rfind("3-", 0) == 0);  // given, cancelled, given: one history
    CHECK(auditCount(*vault, "delete") == 1);

    SECTION("a double allocation that arrives by sync is shown as a conflict") {
        const auto id = records::bedNightId("overnight-centrum", night, 11);
        REQUIRE(log.giveBed("overnight-centrum", night, 11, "field", "AB12", std::nullopt, "worker-1").ok());
        auto theirs = records::toJson(*records::fromJson<records::BedNight>(vault->get(id)->body));
        theirs["person_code"] = "CD34";
        const std::vector<RevisionInsert> incoming{{id, {"1-ffffffffffffffffffffffffffffffff"}, false, theirs}};
        REQUIRE(vault->insertRevisions(incoming));
        CHECK(log.beds("overnight-centrum", night)->at(10).conflict);
    }
}

TEST_CASE("referrals need consent; reports of concern are drafted, submitted and never purged early",
          "[outreach][capture]") {
    VaultFixture teamVault;
    auto vault = teamVault.create();
    auto clock = novemberEvening();
    OutreachLog log(*vault, gothenburg(), clock, "tablet-7", "field-team");

    records::Referral referral;
    referral.person_code = "KX42";
    referral.unit = "addiction_services";
    referral.reason = "Wants help to start treatment; went with him to the intake meeting.";
    CHECK(hasFinding(log.refer(referral, "worker-1").findings, "consent", Problem::Required));
    referral.consent = true;
    auto sent = log.refer(referral, "worker-1");
    REQUIRE(sent.ok());
    CHECK(sent.value->record.status == "sent");

    records::ConcernReport report;
    report.child_age = 9;
    report.concern = "The child was alone outside late at night, cold and hungry.";
    report.area = "nordost";
    auto draft = log.draftConcern(report, "worker-1");
    REQUIRE(draft.ok());
    CHECK(draft.value->record.status == "draft");
    CHECK_FALSE(mayPurge(vault->get(draft.value->id)->body));

    clock.advance(minutes(10));
    auto edited = log.editConcern(draft.value->id, report.concern + " Siblings at home.", 10, "worker-1");
    REQUIRE(edited.ok());
    auto submitted = log.submitConcern(draft.value->id, "worker-1");
    REQUIRE(submitted.ok());
    CHECK(submitted.value->record.status == "submitted");
    CHECK(submitted.value->record.submitted_at);
    CHECK(hasFinding(log.editConcern(draft.value->id, "changed later", 10, "worker-1").findings, "status",
                     Problem::NotAllowed));
    CHECK(hasFinding(log.submitConcern(draft.value->id, "worker-1").findings, "status", Problem::NotAllowed));
    CHECK_FALSE(mayPurge(vault->get(draft.value->id)->body));

    // The central service acknowledges it (arriving by sync): now it may go.
    auto body = vault->get(draft.value->id)->body;
    body["status"] = "acknowledged";
    body["acknowledged_at"] = "2026-11-24T08:00:00Z";
    REQUIRE(vault->put({draft.value->id, body, submitted.value->rev, false}));
    CHECK(mayPurge(vault->get(draft.value->id)->body));
    CHECK(mayPurge(records::toJson(referral)));

    // Deleting a report before it is acknowledged is refused outright.
    RecordWriter writer(*vault, gothenburg(), clock, "tablet-7");
    records::ConcernReport another = report;
    auto second = log.draftConcern(another, "worker-1");
    REQUIRE(second.ok());
    auto deleted = writer.remove(second.value->id, "worker-1");
    REQUIRE_FALSE(deleted);
    CHECK(deleted.error().is(VaultError::InvalidDocument));
    CHECK(vault->get(second.value->id).ok());

    // Every step was audited: create, update, update (submit), plus the referral.
    CHECK(auditCount(*vault, "create") == 3);
    CHECK(auditCount(*vault, "update") == 2);
}

TEST_CASE("opening a record that identifies a person leaves a trail; no trail, no access", "[audit]") {
    VaultFixture teamVault;
    auto vault = teamVault.create();
    const auto clock = novemberEvening();
    OutreachLog log(*vault, gothenburg(), clock, "tablet-7", "field-team");
    RecordWriter writer(*vault, gothenburg(), clock, "tablet-7");
    const auto anonymous = *log.logAnonymous("centrum", 2, "worker-1").value;
    records::Contact person;
    person.anonymous = false;
    person.area = "centrum";
    person.alias = "Lina";
    const auto named = *log.logContact(person, "worker-1").value;

    REQUIRE(writer.open(anonymous.id, "worker-2"));
    CHECK(auditCount(*vault, "open") == 0);
    auto opened = writer.open(named.id, "worker-2");
    REQUIRE(opened);
    CHECK(opened->body["alias"] == "Lina");
    CHECK(auditCount(*vault, "open") == 1);
    const auto entry = (*vault->query({.type = "audit"})).back().body;
    CHECK(entry.dump().find("Lina") == std::string::npos);

    SECTION("when the trail cannot be written (full), the record is not shown") {
        auto config = teamVault.config();
        vault.reset();
        config.maxPages = static_cast<std::uint32_t>(std::filesystem::file_size(teamVault.path()) / 4096);
        auto full = Vault::open(config);
        REQUIRE(full);
        RecordWriter strict(**full, gothenburg(), clock, "tablet-7");
        // Fill what little room is left, down to the last crumbs, then try to open.
        // Ordinary documents, so the same tables and indexes as an audit entry fill up.
        int filler = 0;
        for (std::size_t size : {3000u, 400u, 60u, 1u}) {
            while ((*full)->put({"audit:filler-" + std::to_string(filler++), {{"type", "filler"}, {"pad", std::string(size, 'x')}},
                                 "", false}))
                ;
        }
        auto refused = strict.open(named.id, "worker-3");
        REQUIRE_FALSE(refused);
        CHECK(refused.error().is(VaultError::Full));
    }
}

TEST_CASE("an update keeps the fields this version does not know", "[capture][compatibility]") {
    VaultFixture teamVault;
    auto vault = teamVault.create();
    auto clock = novemberEvening();
    OutreachLog log(*vault, gothenburg(), clock, "tablet-7", "field-team");
    records::ConcernReport report;
    report.concern = "Child alone at the station.";
    const auto draft = *log.draftConcern(report, "worker-1").value;
    // A newer version (or the central service) added a field this build has never heard of.
    auto body = vault->get(draft.id)->body;
    body["social_worker_ref"] = "SW-2026-114";
    const auto newer = *vault->put({draft.id, body, draft.rev, false});
    REQUIRE(newer.rev.rfind("2-", 0) == 0);

    auto edited = log.editConcern(draft.id, "Child alone at the station, late evening.", 8, "worker-1");
    REQUIRE(edited.ok());
    const auto stored = vault->get(draft.id)->body;
    CHECK(stored["social_worker_ref"] == "SW-2026-114");
    CHECK(stored["concern"] == "Child alone at the station, late evening.");
    CHECK(stored["child_age"] == 8);
}
