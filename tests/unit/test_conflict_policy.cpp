#include "intake/core/outreach.h"
#include "intake/sync/conflict_policy.h"
#include "intake/sync/needs_attention.h"
#include "vault_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace intake;
using namespace intake::sync;
using intake::test::VaultFixture;
using nlohmann::json;

namespace {

// A revision id whose hash is one repeated hex digit, so the CouchDB order of
// leaves of one generation is plain to see: the greater hash wins.
std::string rev(int generation, char digit) {
    return std::to_string(generation) + "-" + std::string(32, digit);
}

Document leaf(const std::string& id, const std::string& revision, json body) {
    return Document{id, revision, false, std::move(body), {}};
}

json visit(const std::string& status) {
    json body = {{"type", "visit"},          {"site", "welcome-house"}, {"day", "2026-11-23"},
                 {"service", "community_guide"}, {"ticket", "A17"},   {"language", "sv"},
                 {"issued_by", "kiosk-1"},   {"status", status},        {"arrived_at", "2026-11-23T08:15:00Z"}};
    return body;
}

json booking(const std::string& status) {
    return {{"type", "booking_request"}, {"kind", "welcome_house"}, {"site", "welcome-house"},
            {"service", "housing"},       {"requested_day", "2026-11-25"}, {"requested_at", "2026-11-23T09:00:00Z"},
            {"status", status}};
}

json bedNight(const std::string& personCode, const std::string& givenAt, const std::string& givenBy,
              std::optional<std::string> alias = std::nullopt) {
    json body = {{"type", "bed_night"}, {"shelter", "overnight-centrum"}, {"night", "2026-11-23"},
                 {"bed", 10},           {"kind", "unassessed"},          {"filled_by", "field"},
                 {"person_code", personCode}, {"gender", "man"},         {"given_at", givenAt},
                 {"given_by", givenBy}, {"status", "given"}};
    if (alias)
        body["alias"] = *alias;
    return body;
}

json contact(int count) {
    return {{"type", "contact"}, {"at", "2026-11-23T22:00:00Z"}, {"team", "field-team"}, {"area", "centrum"},
            {"anonymous", true}, {"count", count},                {"recorded_by", "worker-1"}};
}

void insert(Vault& vault, const std::string& id, std::vector<std::string> history, json body, bool deleted = false) {
    const std::vector<RevisionInsert> revisions{{id, std::move(history), deleted, std::move(body)}};
    auto outcome = vault.insertRevisions(revisions);
    REQUIRE(outcome);
    REQUIRE_FALSE(outcome->front().error);
}

// The leaves of a document as the store holds them: (rev, deleted), CouchDB order.
std::vector<std::pair<std::string, bool>> leafStates(Vault& vault, const std::string& id) {
    std::vector<std::pair<std::string, bool>> leaves;
    const auto tree = vault.revisionTree(id);
    REQUIRE(tree);
    for (const auto* node : tree->leavesByPriority())
        leaves.emplace_back(node->rev, node->deleted);
    return leaves;
}

// Sends every leaf of `id` in `from` (with its history and body) to `to`, as
// a pull would. Returns how many of them were new to `to`.
std::size_t replicate(Vault& from, Vault& to, const std::string& id) {
    const auto tree = *from.revisionTree(id);
    std::size_t added = 0;
    for (const auto* node : tree.leavesByPriority()) {
        auto doc = from.get(id, node->rev);
        REQUIRE(doc);
        const std::vector<RevisionInsert> revisions{{id, tree.ancestry(node->rev), node->deleted, doc->body}};
        auto outcome = to.insertRevisions(revisions);
        REQUIRE(outcome);
        REQUIRE_FALSE(outcome->front().error);
        added += outcome->front().added ? 1 : 0;
    }
    return added;
}

const Config& gothenburg() {
    static const Config config = *Config::fromDocuments(Config::gothenburgSeed());
    return config;
}

}  // namespace

TEST_CASE("decideConflict applies the policy of each record type", "[sync][conflict]") {
    const std::set<std::string> noRemote;

    SECTION("visit: the status only moves forward") {
        const std::string id = "visit:01M81558X0X05VNHVG09NB2VH7";
        // The winner (greater hash) is behind: the served leaf wins anyway.
        auto decided = decideConflict({leaf(id, rev(3, 'b'), visit("called")), leaf(id, rev(3, 'a'), visit("served"))},
                                      noRemote);
        CHECK(decided.rule == "status_forward");
        CHECK(decided.keepRev == rev(3, 'a'));
        CHECK_FALSE(decided.newBody);
        CHECK(decided.tombstoneRevs == std::vector<std::string>{rev(3, 'b')});

        // Equal ranks (alternative endings): the CouchDB order decides, on every device alike.
        decided = decideConflict({leaf(id, rev(3, 'b'), visit("left")), leaf(id, rev(3, 'a'), visit("served"))},
                                 noRemote);
        CHECK(decided.keepRev == rev(3, 'b'));
        CHECK(decided.tombstoneRevs == std::vector<std::string>{rev(3, 'a')});
        decided = decideConflict({leaf(id, rev(3, 'b'), visit("served")), leaf(id, rev(3, 'a'), visit("left"))},
                                 noRemote);
        CHECK(decided.keepRev == rev(3, 'b'));

        // Three leaves: the highest rank, wherever it is in the order.
        decided = decideConflict({leaf(id, rev(4, 'c'), visit("waiting")), leaf(id, rev(3, 'b'), visit("no_show")),
                                  leaf(id, rev(2, 'a'), visit("called"))},
                                 noRemote);
        CHECK(decided.keepRev == rev(3, 'b'));
        CHECK(decided.tombstoneRevs == std::vector<std::string>{rev(4, 'c'), rev(2, 'a')});

        // A status the visit order does not know: a person decides.
        decided = decideConflict({leaf(id, rev(2, 'b'), visit("called")), leaf(id, rev(2, 'a'), visit("parked"))},
                                 noRemote);
        CHECK(decided.rule == "none");
        CHECK(decided.detail == "unknown_status");
        CHECK(decided.keepRev.empty());
        CHECK(decided.tombstoneRevs.empty());
    }

    SECTION("booking_request: the central decision beats requested, cancelled beats both") {
        const std::string id = "booking_request:01M81558X0X05VNHVG09NB2VH7";
        auto decided = decideConflict(
            {leaf(id, rev(2, 'b'), booking("requested")), leaf(id, rev(2, 'a'), booking("confirmed"))}, noRemote);
        CHECK(decided.rule == "booking_decision");
        CHECK(decided.keepRev == rev(2, 'a'));
        decided = decideConflict(
            {leaf(id, rev(2, 'b'), booking("declined")), leaf(id, rev(2, 'a'), booking("requested"))}, noRemote);
        CHECK(decided.keepRev == rev(2, 'b'));
        decided = decideConflict(
            {leaf(id, rev(3, 'b'), booking("confirmed")), leaf(id, rev(2, 'a'), booking("cancelled"))}, noRemote);
        CHECK(decided.keepRev == rev(2, 'a'));
        decided = decideConflict(
            {leaf(id, rev(3, 'b'), booking("cancelled")), leaf(id, rev(2, 'a'), booking("declined"))}, noRemote);
        CHECK(decided.keepRev == rev(3, 'b'));
        // Confirmed and declined rank alike: the CouchDB order.
        decided = decideConflict(
            {leaf(id, rev(2, 'b'), booking("declined")), leaf(id, rev(2, 'a'), booking("confirmed"))}, noRemote);
        CHECK(decided.rule == "booking_decision");
        CHECK(decided.keepRev == rev(2, 'b'));
    }

    SECTION("referral, application and concern_report: status forward too") {
        json sent = {{"type", "referral"}, {"person_code", "KX42"}, {"status", "sent"}};
        json accepted = sent;
        accepted["status"] = "accepted";
        auto decided = decideConflict({leaf("referral:1", rev(2, 'b'), sent), leaf("referral:1", rev(2, 'a'), accepted)},
                                      noRemote);
        CHECK(decided.rule == "status_forward");
        CHECK(decided.keepRev == rev(2, 'a'));

        json offered = {{"type", "application"}, {"status", "offered"}};
        json withdrawn = {{"type", "application"}, {"status", "withdrawn"}};
        decided = decideConflict(
            {leaf("application:1", rev(2, 'b'), offered), leaf("application:1", rev(2, 'a'), withdrawn)}, noRemote);
        CHECK(decided.rule == "status_forward");
        CHECK(decided.keepRev == rev(2, 'a'));

        json draft = {{"type", "concern_report"}, {"status", "draft"}};
        json acknowledged = {{"type", "concern_report"}, {"status", "acknowledged"}};
        decided = decideConflict(
            {leaf("concern_report:1", rev(3, 'b'), draft), leaf("concern_report:1", rev(2, 'a'), acknowledged)},
            noRemote);
        CHECK(decided.keepRev == rev(2, 'a'));
        CHECK(decided.tombstoneRevs == std::vector<std::string>{rev(3, 'b')});
    }

    SECTION("bed_night: the earlier allocation wins and the other is recorded as displaced") {
        const std::string id = "bed_night:overnight-centrum:2026-11-23:10";
        // 21:40 at +01:00 is 20:40 UTC: earlier than 20:45Z, although it sorts later as text.
        const auto early = bedNight("AB12", "2026-11-23T21:40:00+01:00", "worker-2");
        const auto late = bedNight("CD34", "2026-11-23T20:45:00Z", "worker-1", std::string("Kalle"));
        auto decided = decideConflict({leaf(id, rev(1, 'b'), late), leaf(id, rev(1, 'a'), early)}, noRemote);
        CHECK(decided.rule == "earliest_allocation");
        CHECK(decided.keepRev == rev(1, 'a'));
        CHECK(decided.tombstoneRevs == std::vector<std::string>{rev(1, 'b')});
        REQUIRE(decided.newBody);
        json expected = early;
        expected["displaced"] = json::array({{{"rev", rev(1, 'b')},
                                              {"given_at", "2026-11-23T20:45:00Z"},
                                              {"given_by", "worker-1"},
                                              {"person_code", "CD34"},
                                              {"alias", "Kalle"},
                                              {"gender", "man"},
                                              {"filled_by", "field"}}});
        CHECK(*decided.newBody == expected);

        // No alias: none in the entry.
        const auto lateWithoutAlias = bedNight("CD34", "2026-11-23T20:45:00Z", "worker-1");
        decided = decideConflict({leaf(id, rev(1, 'b'), early), leaf(id, rev(1, 'a'), lateWithoutAlias)}, noRemote);
        CHECK(decided.keepRev == rev(1, 'b'));
        REQUIRE(decided.newBody);
        CHECK_FALSE((*decided.newBody)["displaced"][0].contains("alias"));
        CHECK((*decided.newBody)["displaced"][0]["person_code"] == "CD34");
    }

    SECTION("bed_night: equal instants fall back to the CouchDB order") {
        const std::string id = "bed_night:overnight-centrum:2026-11-23:10";
        const auto one = bedNight("AB12", "2026-11-23T20:40:00Z", "worker-2");
        const auto other = bedNight("CD34", "2026-11-23T21:40:00+01:00", "worker-1");
        auto decided = decideConflict({leaf(id, rev(1, 'b'), one), leaf(id, rev(1, 'a'), other)}, noRemote);
        CHECK(decided.keepRev == rev(1, 'b'));
        decided = decideConflict({leaf(id, rev(1, 'b'), other), leaf(id, rev(1, 'a'), one)}, noRemote);
        CHECK(decided.keepRev == rev(1, 'b'));
        REQUIRE(decided.newBody);
        CHECK((*decided.newBody)["displaced"][0]["person_code"] == "AB12");
    }

    SECTION("bed_night: displaced lists are merged, one entry per revision, sorted by rev") {
        const std::string id = "bed_night:overnight-centrum:2026-11-23:10";
        auto kept = bedNight("AB12", "2026-11-23T20:00:00Z", "worker-2");
        kept["displaced"] = json::array({{{"rev", rev(1, 'e')}, {"person_code", "EF56"}}});
        auto other = bedNight("CD34", "2026-11-23T21:00:00Z", "worker-1");
        other["displaced"] = json::array({{{"rev", rev(1, 'c')}, {"person_code", "GH78"}}});
        const auto third = bedNight("JK90", "2026-11-23T22:00:00Z", "worker-3");
        auto decided = decideConflict(
            {leaf(id, rev(2, 'f'), other), leaf(id, rev(2, 'd'), kept), leaf(id, rev(1, 'a'), third)}, noRemote);
        CHECK(decided.keepRev == rev(2, 'd'));
        CHECK(decided.tombstoneRevs == std::vector<std::string>{rev(2, 'f'), rev(1, 'a')});
        REQUIRE(decided.newBody);
        std::vector<std::string> revs;
        for (const auto& entry : (*decided.newBody)["displaced"])
            revs.push_back(entry["rev"]);
        CHECK(revs == std::vector<std::string>{rev(1, 'a'), rev(1, 'c'), rev(1, 'e'), rev(2, 'f')});
        CHECK((*decided.newBody)["person_code"] == "AB12");
    }

    SECTION("bed_night: an allocation that does not read is left for a person") {
        const std::string id = "bed_night:overnight-centrum:2026-11-23:10";
        auto decided = decideConflict({leaf(id, rev(1, 'b'), bedNight("AB12", "tonight", "worker-2")),
                                       leaf(id, rev(1, 'a'), bedNight("CD34", "2026-11-23T20:45:00Z", "worker-1"))},
                                      noRemote);
        CHECK(decided.rule == "none");
        CHECK(decided.detail == "unreadable");
        auto badList = bedNight("AB12", "2026-11-23T20:00:00Z", "worker-2");
        badList["displaced"] = "CD34";
        decided = decideConflict({leaf(id, rev(1, 'b'), badList),
                                  leaf(id, rev(1, 'a'), bedNight("CD34", "2026-11-23T20:45:00Z", "worker-1"))},
                                 noRemote);
        CHECK(decided.rule == "none");
    }

    SECTION("config and slot: the server's revision wins") {
        const json mine = {{"type", "config"}, {"kind", "options"}, {"options", {{"area", {"centrum"}}}}};
        const json server = {{"type", "config"}, {"kind", "options"}, {"options", {{"area", {"hisingen"}}}}};
        const std::vector<Document> leaves{leaf("config:options", rev(2, 'b'), mine),
                                           leaf("config:options", rev(2, 'a'), server)};
        auto decided = decideConflict(leaves, {rev(2, 'a'), rev(1, '0')});
        CHECK(decided.rule == "server_wins");
        CHECK(decided.keepRev == rev(2, 'a'));
        CHECK(decided.tombstoneRevs == std::vector<std::string>{rev(2, 'b')});
        // Both from the remote: the first of them in CouchDB order.
        CHECK(decideConflict(leaves, {rev(2, 'a'), rev(2, 'b')}).keepRev == rev(2, 'b'));
        // None from the remote: the CouchDB winner.
        decided = decideConflict(leaves, noRemote);
        CHECK(decided.rule == "server_wins");
        CHECK(decided.keepRev == rev(2, 'b'));

        const json open = {{"type", "slot"}, {"provider", "city"}, {"kind", "cancellation"}, {"status", "open"}};
        const json taken = {{"type", "slot"}, {"provider", "city"}, {"kind", "cancellation"}, {"status", "taken"}};
        // Not status forward: the server's open slot beats a local taken one.
        decided = decideConflict({leaf("slot:1", rev(2, 'b'), taken), leaf("slot:1", rev(2, 'a'), open)}, {rev(2, 'a')});
        CHECK(decided.rule == "server_wins");
        CHECK(decided.keepRev == rev(2, 'a'));
    }

    SECTION("no rule: contact, audit, unknown types, mixed types, unreadable bodies") {
        auto decided = decideConflict(
            {leaf("contact:1", rev(2, 'b'), contact(2)), leaf("contact:1", rev(2, 'a'), contact(3))}, noRemote);
        CHECK(decided.rule == "none");
        CHECK(decided.detail == "no_rule");
        CHECK(decided.keepRev.empty());
        CHECK(decided.tombstoneRevs.empty());
        CHECK_FALSE(decided.newBody);

        const json audit = {{"type", "audit"}, {"at", "2026-11-23T22:00:00Z"}, {"action", "open"}};
        json audit2 = audit;
        audit2["action"] = "update";
        CHECK(decideConflict({leaf("audit:1", rev(2, 'b'), audit), leaf("audit:1", rev(2, 'a'), audit2)}, noRemote)
                  .detail == "no_rule");

        const json unknown = {{"type", "duty_event"}, {"status", "open"}};
        CHECK(decideConflict({leaf("duty_event:1", rev(2, 'b'), unknown), leaf("duty_event:1", rev(2, 'a'), json{{"type", "duty_event"}})},
                             noRemote)
                  .detail == "no_rule");

        decided = decideConflict({leaf("x:1", rev(2, 'b'), visit("served")), leaf("x:1", rev(2, 'a'), contact(1))},
                                 noRemote);
        CHECK(decided.rule == "none");
        CHECK(decided.detail == "types_differ");

        json broken = visit("served");
        broken["recalls"] = "twice";  // a field of the wrong JSON type: not readable as a visit
        decided = decideConflict({leaf("visit:1", rev(2, 'b'), visit("called")), leaf("visit:1", rev(2, 'a'), broken)},
                                 noRemote);
        CHECK(decided.rule == "none");
        CHECK(decided.detail == "unreadable");

        decided = decideConflict({leaf("visit:1", rev(2, 'b'), visit("called")), leaf("visit:1", rev(2, 'a'), json())},
                                 noRemote);
        CHECK(decided.detail == "unreadable");

        decided = decideConflict({leaf("visit:1", rev(2, 'b'), visit("called"))}, noRemote);
        CHECK(decided.rule == "none");
        CHECK(decided.detail == "no_conflict");
    }
}

TEST_CASE("resolveConflicts applies each resolution in one putAll", "[sync][conflict]") {
    VaultFixture fixture;
    auto vault = fixture.create();

    SECTION("visit: two branches from one parent") {
        const std::string id = "visit:01M81558X0X05VNHVG09NB2VH7";
        insert(*vault, id, {rev(1, '1')}, visit("waiting"));
        insert(*vault, id, {rev(2, 'b'), rev(1, '1')}, visit("called"));
        insert(*vault, id, {rev(2, 'a'), rev(1, '1')}, visit("left"));
        REQUIRE(*vault->conflictedDocuments() == std::vector<std::string>{id});
        REQUIRE(vault->get(id)->rev == rev(2, 'b'));

        auto summary = resolveConflicts(*vault, {id}, {});
        REQUIRE(summary);
        CHECK(summary->resolved == 1);
        CHECK(summary->leftForPerson == 0);
        CHECK(vault->conflictedDocuments()->empty());
        auto doc = vault->get(id);
        REQUIRE(doc);
        CHECK(doc->rev == rev(2, 'a'));
        CHECK(doc->body["status"] == "left");
        const auto leaves = leafStates(*vault, id);
        REQUIRE(leaves.size() == 2);
        CHECK(leaves[0] == std::make_pair(rev(2, 'a'), false));
        CHECK(leaves[1].second);  // the called branch is a tombstone now
        CHECK(leaves[1].first.rfind("3-", 0) == 0);
        CHECK(vault->revisionTree(id)->find(leaves[1].first)->parent == rev(2, 'b'));

        // Settled: a second run finds nothing to do and writes nothing.
        const auto seq = *vault->lastSequence();
        summary = resolveConflicts(*vault, {id, id, "visit:unknown"}, {});
        REQUIRE(summary);
        CHECK(summary->resolved == 0);
        CHECK(summary->leftForPerson == 0);
        CHECK(*vault->lastSequence() == seq);
    }

    SECTION("bed_night: three allocations of one bed (three roots)") {
        const std::string id = "bed_night:overnight-centrum:2026-11-23:10";
        insert(*vault, id, {rev(1, 'c')}, bedNight("CD34", "2026-11-23T21:00:00Z", "worker-1"));
        insert(*vault, id, {rev(1, 'b')}, bedNight("AB12", "2026-11-23T20:00:00Z", "worker-2", std::string("Ali")));
        insert(*vault, id, {rev(1, 'a')}, bedNight("EF56", "2026-11-23T22:00:00Z", "worker-3"));
        REQUIRE(vault->get(id)->conflicts.size() == 2);

        auto summary = resolveConflicts(*vault, {id}, {});
        REQUIRE(summary);
        CHECK(summary->resolved == 1);
        auto doc = vault->get(id);
        REQUIRE(doc);
        CHECK(doc->conflicts.empty());
        CHECK(doc->rev.rfind("2-", 0) == 0);
        CHECK(vault->revisionTree(id)->find(doc->rev)->parent == rev(1, 'b'));
        CHECK(doc->body["person_code"] == "AB12");
        CHECK(doc->body["alias"] == "Ali");
        REQUIRE(doc->body["displaced"].size() == 2);
        CHECK(doc->body["displaced"][0]["rev"] == rev(1, 'a'));
        CHECK(doc->body["displaced"][0]["person_code"] == "EF56");
        CHECK(doc->body["displaced"][1]["rev"] == rev(1, 'c'));
        CHECK(doc->body["displaced"][1]["given_by"] == "worker-1");
        // Leaves: the new revision, and a tombstone on each displaced allocation.
        const auto leaves = leafStates(*vault, id);
        REQUIRE(leaves.size() == 3);
        CHECK_FALSE(leaves[0].second);
        CHECK(leaves[1].second);
        CHECK(leaves[2].second);
    }

    SECTION("config: the remote's leaf wins; unknown ids are skipped") {
        const std::string id = "config:options";
        const json local = {{"type", "config"}, {"kind", "options"}, {"options", {{"area", {"centrum"}}}}};
        const json remote = {{"type", "config"}, {"kind", "options"}, {"options", {{"area", {"hisingen"}}}}};
        insert(*vault, id, {rev(1, 'f')}, local);
        insert(*vault, id, {rev(1, '2')}, remote);
        auto summary = resolveConflicts(*vault, {"config:none", id}, {{id, {rev(1, '2')}}});
        REQUIRE(summary);
        CHECK(summary->resolved == 1);
        CHECK(vault->get(id)->rev == rev(1, '2'));
        CHECK(vault->get(id)->conflicts.empty());
    }

    SECTION("contact: no rule, the conflict stays with both revisions") {
        const std::string id = "contact:01M81558X0X05VNHVG09NB2VH7";
        insert(*vault, id, {rev(1, '1')}, contact(1));
        insert(*vault, id, {rev(2, 'b'), rev(1, '1')}, contact(2));
        insert(*vault, id, {rev(2, 'a'), rev(1, '1')}, contact(3));
        auto summary = resolveConflicts(*vault, {id}, {});
        REQUIRE(summary);
        CHECK(summary->resolved == 0);
        CHECK(summary->leftForPerson == 1);
        CHECK(*vault->conflictedDocuments() == std::vector<std::string>{id});
        CHECK(vault->get(id, rev(2, 'a'))->body["count"] == 3);
    }

    SECTION("putAll takes several requests for one id, all or nothing") {
        const std::string id = "bed_night:overnight-centrum:2026-11-23:11";
        insert(*vault, id, {rev(1, 'b')}, bedNight("CD34", "2026-11-23T21:00:00Z", "worker-1"));
        insert(*vault, id, {rev(1, 'a')}, bedNight("AB12", "2026-11-23T20:00:00Z", "worker-2"));
        auto leaves = liveLeaves(*vault, id);
        REQUIRE(leaves);
        REQUIRE(leaves->size() == 2);
        auto decided = decideConflict(*leaves, {});
        REQUIRE(decided.newBody);
        // A stale revision in the batch: the whole batch fails and nothing is written.
        auto stale = decided;
        stale.tombstoneRevs.push_back(rev(1, '9'));
        const auto seq = *vault->lastSequence();
        auto failed = applyResolution(*vault, id, stale);
        REQUIRE_FALSE(failed);
        CHECK(failed.error().is(VaultError::Conflict));
        CHECK(*vault->lastSequence() == seq);
        CHECK(vault->get(id)->rev == rev(1, 'b'));
        CHECK(vault->get(id)->conflicts == std::vector<std::string>{rev(1, 'a')});

        REQUIRE(applyResolution(*vault, id, decided));
        CHECK(vault->get(id)->conflicts.empty());
        CHECK(vault->get(id)->body["displaced"][0]["rev"] == rev(1, 'b'));
    }
}

TEST_CASE("two devices that settle the same conflict converge without a new conflict", "[sync][conflict]") {
    VaultFixture fixtureA;
    VaultFixture fixtureB;
    auto a = fixtureA.create();
    auto b = fixtureB.create();

    const std::string bed = "bed_night:overnight-centrum:2026-11-23:12";
    const std::string visitId = "visit:01M81558X0X05VNHVG09NB2VH7";
    for (auto* vault : {a.get(), b.get()}) {
        insert(*vault, bed, {rev(1, 'b')}, bedNight("CD34", "2026-11-23T21:00:00Z", "worker-1"));
        insert(*vault, bed, {rev(1, 'a')}, bedNight("AB12", "2026-11-23T20:00:00Z", "worker-2"));
        insert(*vault, visitId, {rev(1, '1')}, visit("waiting"));
        insert(*vault, visitId, {rev(2, 'b'), rev(1, '1')}, visit("called"));
        insert(*vault, visitId, {rev(2, 'a'), rev(1, '1')}, visit("served"));
    }
    for (auto* vault : {a.get(), b.get()}) {
        auto summary = resolveConflicts(*vault, {bed, visitId}, {});
        REQUIRE(summary);
        REQUIRE(summary->resolved == 2);
    }

    for (const auto& id : {bed, visitId}) {
        INFO(id);
        const auto treeA = a->revisionTree(id)->nodes();
        const auto treeB = b->revisionTree(id)->nodes();
        CHECK(treeA.size() == 4u);  // two leaves before, plus the new revision and/or tombstones
        CHECK(treeA == treeB);
        CHECK(a->get(id)->rev == b->get(id)->rev);
        CHECK(a->get(id)->body == b->get(id)->body);
        // Replicating either way brings nothing new: no new conflict.
        CHECK(replicate(*a, *b, id) == 0);
        CHECK(replicate(*b, *a, id) == 0);
    }
    CHECK(a->conflictedDocuments()->empty());
    CHECK(b->conflictedDocuments()->empty());

    SECTION("a device that receives the settled document first has nothing left to settle") {
        VaultFixture fixtureC;
        auto c = fixtureC.create();
        insert(*c, bed, {rev(1, 'b')}, bedNight("CD34", "2026-11-23T21:00:00Z", "worker-1"));
        insert(*c, bed, {rev(1, 'a')}, bedNight("AB12", "2026-11-23T20:00:00Z", "worker-2"));
        CHECK(replicate(*a, *c, bed) == 2);
        CHECK(c->conflictedDocuments()->empty());
        auto summary = resolveConflicts(*c, {bed}, {});
        REQUIRE(summary);
        CHECK(summary->resolved == 0);
        CHECK(c->revisionTree(bed)->nodes() == a->revisionTree(bed)->nodes());
    }
}

TEST_CASE("needs attention lists what sync could not settle, and a person settles it", "[sync][conflict]") {
    VaultFixture fixture;
    auto vault = fixture.create();

    const std::string contactId = "contact:01M81558X0X05VNHVG09NB2VH7";
    insert(*vault, contactId, {rev(1, '1')}, contact(1));
    insert(*vault, contactId, {rev(2, 'b'), rev(1, '1')}, contact(2));
    insert(*vault, contactId, {rev(2, 'a'), rev(1, '1')}, contact(3));
    const std::string bed = "bed_night:overnight-centrum:2026-11-23:10";
    insert(*vault, bed, {rev(1, 'b')}, bedNight("CD34", "2026-11-23T21:00:00Z", "worker-1"));
    insert(*vault, bed, {rev(1, 'a')}, bedNight("AB12", "2026-11-23T20:00:00Z", "worker-2"));
    // A visit in conflict that a rule settles: not listed even before resolving.
    const std::string visitId = "visit:01M81558X0X05VNHVG09NB2VH8";
    insert(*vault, visitId, {rev(1, '1')}, visit("waiting"));
    insert(*vault, visitId, {rev(2, 'b'), rev(1, '1')}, visit("called"));
    insert(*vault, visitId, {rev(2, 'a'), rev(1, '1')}, visit("served"));
    REQUIRE(vault->put({"referral:01M81558X0X05VNHVG09NB2VH9", {{"type", "referral"}, {"status", "sent"}}, "", false}));
    REQUIRE(vault->putLocal(kRejectedDocumentsId,
                            {{"docs",
                              {{"referral:01M81558X0X05VNHVG09NB2VH9",
                                {{"rev", "1-abc"}, {"reason", "sync.forbidden"}, {"at", "2026-11-23T22:10:00Z"}}},
                               {"audit:01M81558X0X05VNHVG09NBZZZ",
                                {{"rev", "1-def"}, {"reason", "sync.rejected"}, {"at", "2026-11-23T22:11:00Z"}}}}}}));

    SECTION("before resolving: the contact and the two refused documents") {
        auto items = needsAttention(*vault);
        REQUIRE(items);
        REQUIRE(items->size() == 3);
        CHECK((*items)[0].id == contactId);
        CHECK((*items)[0].type == "contact");
        CHECK((*items)[0].reason == "unresolved_conflict");
        CHECK((*items)[0].revs == std::vector<std::string>{rev(2, 'b'), rev(2, 'a')});
        CHECK((*items)[0].detail == "no_rule");
        CHECK((*items)[1].id == "audit:01M81558X0X05VNHVG09NBZZZ");
        CHECK((*items)[1].type == "audit");  // no local copy: from the id
        CHECK((*items)[1].reason == "rejected_by_server");
        CHECK((*items)[1].revs == std::vector<std::string>{"1-def"});
        CHECK((*items)[1].detail == "sync.rejected");
        CHECK((*items)[2].id == "referral:01M81558X0X05VNHVG09NB2VH9");
        CHECK((*items)[2].type == "referral");
        CHECK((*items)[2].detail == "sync.forbidden");
    }

    REQUIRE(resolveConflicts(*vault, *vault->conflictedDocuments(), {})->resolved == 2);
    auto items = needsAttention(*vault);
    REQUIRE(items);
    REQUIRE(items->size() == 4);
    CHECK((*items)[0].reason == "unresolved_conflict");
    CHECK((*items)[1].id == bed);
    CHECK((*items)[1].type == "bed_night");
    CHECK((*items)[1].reason == "displaced_allocation");
    CHECK((*items)[1].revs == std::vector<std::string>{rev(1, 'b')});
    CHECK((*items)[1].detail == "earlier_allocation_kept");
    CHECK((*items)[2].reason == "rejected_by_server");
    CHECK((*items)[3].reason == "rejected_by_server");

    SECTION("keepRevision: a person keeps the losing revision of a conflict with no rule") {
        auto refused = keepRevision(*vault, contactId, rev(1, '1'));  // not a leaf
        REQUIRE_FALSE(refused);
        CHECK(refused.error().is(VaultError::Conflict));
        CHECK(vault->get(contactId)->conflicts.size() == 1);

        REQUIRE(keepRevision(*vault, contactId, rev(2, 'a')));
        auto doc = vault->get(contactId);
        REQUIRE(doc);
        CHECK(doc->rev == rev(2, 'a'));
        CHECK(doc->body["count"] == 3);
        CHECK(doc->conflicts.empty());
        auto after = needsAttention(*vault);
        REQUIRE(after);
        REQUIRE(after->size() == 3);
        CHECK(std::none_of(after->begin(), after->end(), [&](const AttentionItem& item) { return item.id == contactId; }));
        // Keeping the only live leaf again changes nothing.
        const auto seq = *vault->lastSequence();
        REQUIRE(keepRevision(*vault, contactId, rev(2, 'a')));
        CHECK(*vault->lastSequence() == seq);
    }

    SECTION("settleDisplaced: the bed's displaced allocations are marked handled") {
        const auto before = *vault->get(bed);
        REQUIRE(settleDisplaced(*vault, bed));
        auto doc = vault->get(bed);
        REQUIRE(doc);
        CHECK(doc->rev != before.rev);
        CHECK(vault->revisionTree(bed)->find(doc->rev)->parent == before.rev);
        CHECK_FALSE(doc->body.contains("displaced"));
        CHECK(doc->body["person_code"] == "AB12");
        auto after = needsAttention(*vault);
        REQUIRE(after);
        CHECK(after->size() == 3);
        CHECK(std::none_of(after->begin(), after->end(), [&](const AttentionItem& item) { return item.id == bed; }));
        // Again: nothing to settle, nothing written.
        REQUIRE(settleDisplaced(*vault, bed));
        CHECK(vault->get(bed)->rev == doc->rev);
    }
}

TEST_CASE("a displaced allocation shows on the bed list and survives a RecordWriter update", "[sync][conflict][outreach]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    // 2026-11-23 21:30 in Gothenburg (UTC+1).
    const ManualClock clock(std::chrono::sys_days(std::chrono::year_month_day(std::chrono::year(2026), std::chrono::month(11),
                                                                 std::chrono::day(23))) +
                                std::chrono::hours(20) + std::chrono::minutes(30),
                            std::chrono::minutes(60));
    OutreachLog log(*vault, gothenburg(), clock, "tablet-7", "field-team");
    const std::string night = "2026-11-23";
    const auto id = records::bedNightId("overnight-centrum", night, 10);
    REQUIRE(log.giveBed("overnight-centrum", night, 10, "field", "AB12", std::nullopt, "worker-1").ok());
    // Another tablet gave the same bed ten minutes earlier (its own offset).
    insert(*vault, id, {rev(1, '0')}, bedNight("CD34", "2026-11-23T21:20:00+01:00", "worker-2"));
    REQUIRE(log.beds("overnight-centrum", night)->at(9).conflict);

    REQUIRE(resolveConflicts(*vault, {id}, {})->resolved == 1);
    auto beds = log.beds("overnight-centrum", night);
    REQUIRE(beds);
    CHECK_FALSE(beds->at(9).conflict);
    CHECK(beds->at(9).displaced == 1);
    CHECK(*beds->at(9).takenBy == "CD34");
    CHECK(beds->at(10).displaced == 0);

    // The body with `displaced` still reads, validates and updates as a bed night.
    RecordWriter writer(*vault, gothenburg(), clock, "tablet-7");
    auto stored = writer.load<records::BedNight>(id);
    REQUIRE(stored);
    auto changed = stored->record;
    changed.alias = "Kalle";
    auto updated = writer.update(*stored, changed, "worker-2");
    REQUIRE(updated.findings.empty());
    REQUIRE(updated.ok());
    auto doc = vault->get(id);
    REQUIRE(doc);
    CHECK(doc->body["alias"] == "Kalle");
    REQUIRE(doc->body["displaced"].size() == 1);
    CHECK(doc->body["displaced"][0]["person_code"] == "AB12");
    CHECK(log.beds("overnight-centrum", night)->at(9).displaced == 1);

    REQUIRE(settleDisplaced(*vault, id));
    CHECK(log.beds("overnight-centrum", night)->at(9).displaced == 0);
}
