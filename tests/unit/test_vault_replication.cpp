#include "vault_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace intake;
using intake::test::VaultFixture;
using nlohmann::json;

namespace {

RevisionInsert incoming(const std::string& id, std::vector<std::string> history, json body, bool deleted = false) {
    return RevisionInsert{id, std::move(history), deleted, std::move(body)};
}

Result<std::vector<InsertOutcome>> insert(Vault& vault, RevisionInsert revision) {
    return vault.insertRevisions(std::span(&revision, 1));
}

}  // namespace

TEST_CASE("revisions with history are inserted as given (new_edits=false)", "[vault][replication]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    auto outcome = insert(*vault, incoming("bed_night:1", {"3-ccc", "2-bbb", "1-aaa"}, {{"bed", 4}}));
    REQUIRE(outcome);
    CHECK(outcome->front().added);
    auto doc = vault->get("bed_night:1");
    REQUIRE(doc);
    CHECK(doc->rev == "3-ccc");
    CHECK(doc->body["bed"] == 4);
    CHECK(vault->revisionTree("bed_night:1")->ancestry("3-ccc") ==
          std::vector<std::string>{"3-ccc", "2-bbb", "1-aaa"});

    // A replay changes nothing, not even the sequence.
    const auto seq = *vault->lastSequence();
    outcome = insert(*vault, incoming("bed_night:1", {"3-ccc", "2-bbb", "1-aaa"}, {{"bed", 4}}));
    REQUIRE(outcome);
    CHECK_FALSE(outcome->front().added);
    CHECK(*vault->lastSequence() == seq);

    // A local edit continues the replicated history.
    auto edited = vault->put({"bed_night:1", {{"bed", 5}}, "3-ccc", false});
    REQUIRE(edited);
    CHECK(edited->rev.rfind("4-", 0) == 0);
}

TEST_CASE("two branches become a conflict that both sides resolve the same way", "[vault][replication][conflict]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    // Two field workers gave the same bed offline; each edit descends from 1-base.
    const auto base = *vault->put({"bed_night:7", {{"type", "bed_night"}, {"status", "free"}}, "", false});
    const auto mine = *vault->put({"bed_night:7", {{"type", "bed_night"}, {"status", "given"}, {"by", "A"}}, base.rev, false});
    const std::string theirs = "2-ffffffffffffffffffffffffffffffff";  // sorts after any hex hash
    auto outcome = insert(*vault, incoming("bed_night:7", {theirs, base.rev},
                                           {{"type", "bed_night"}, {"status", "given"}, {"by", "B"}}));
    REQUIRE(outcome);
    REQUIRE(outcome->front().added);

    auto doc = vault->get("bed_night:7");
    REQUIRE(doc);
    CHECK(doc->rev == theirs);  // same generation: the greater hash wins
    CHECK(doc->body["by"] == "B");
    CHECK(doc->conflicts == std::vector<std::string>{mine.rev});
    CHECK(*vault->conflictedDocuments() == std::vector<std::string>{"bed_night:7"});

    // The losing branch is still readable, so a person can choose.
    CHECK(vault->get("bed_night:7", mine.rev)->body["by"] == "A");

    auto change = vault->changesSince(0)->back();
    CHECK(change.id == "bed_night:7");
    CHECK(change.leafRevs == std::vector<std::string>{theirs, mine.rev});

    SECTION("deleting the losing branch resolves the conflict") {
        REQUIRE(vault->remove("bed_night:7", mine.rev));
        CHECK(vault->conflictedDocuments()->empty());
        CHECK(vault->get("bed_night:7")->rev == theirs);
        CHECK(vault->changesSince(0)->back().leafRevs.size() == 2);  // the tombstone is still a leaf
    }
    SECTION("deleting the winner makes the other branch win") {
        REQUIRE(vault->remove("bed_night:7", theirs));
        auto now = vault->get("bed_night:7");
        REQUIRE(now);
        CHECK(now->rev == mine.rev);
        CHECK(now->body["by"] == "A");
        CHECK(now->conflicts.empty());
        // The indexed fields follow the new winner.
        CHECK(vault->query({.type = "bed_night", .status = "given"})->size() == 1);
    }
    SECTION("the conflict survives reopening") {
        vault.reset();
        vault = fixture.open();
        CHECK(vault->get("bed_night:7")->conflicts == std::vector<std::string>{mine.rev});
    }
}

TEST_CASE("a deleted branch never beats a live one, whatever its length", "[vault][replication][conflict]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    REQUIRE(insert(*vault, incoming("d", {"2-aaa", "1-aaa"}, {{"v", "live"}})));
    REQUIRE(insert(*vault, incoming("d", {"4-bbb", "3-bbb", "2-bbb", "1-aaa"}, json::object(), true)));
    auto doc = vault->get("d");
    REQUIRE(doc);
    CHECK(doc->rev == "2-aaa");
    CHECK(doc->conflicts.empty());
    CHECK(*vault->documentCount() == 1);
    CHECK(vault->changesSince(0)->front().leafRevs == std::vector<std::string>{"2-aaa", "4-bbb"});

    REQUIRE(insert(*vault, incoming("d", {"3-ccc", "2-aaa"}, json::object(), true)));
    CHECK(vault->get("d").error().is(VaultError::DocumentDeleted));
    CHECK(vault->changesSince(0)->front().rev == "4-bbb");
    CHECK(*vault->documentCount() == 0);
}

TEST_CASE("histories inserted out of order give the same stored tree", "[vault][replication][history]") {
    const std::vector<RevisionInsert> inserts{
        incoming("doc", {"1-a"}, {{"v", 1}}),
        incoming("doc", {"2-b", "1-a"}, {{"v", 2}}),
        incoming("doc", {"4-d", "3-c"}, {{"v", 4}}),  // stemmed: the link 3-c → 2-b comes later
        incoming("doc", {"3-c", "2-b"}, {{"v", 3}}),
        incoming("doc", {"2-x", "1-a"}, {{"v", 20}}),
    };
    std::vector<std::size_t> order{0, 1, 2, 3, 4};
    std::optional<std::vector<RevisionNode>> reference;
    int runs = 0;
    do {
        VaultFixture fixture;
        {
            auto vault = fixture.create();
            for (auto i : order)
                REQUIRE(insert(*vault, inserts[i]));
        }
        auto vault = fixture.open();  // compare what was stored, not what was cached
        const auto nodes = vault->revisionTree("doc")->nodes();
        if (!reference)
            reference = nodes;
        REQUIRE(nodes == *reference);
        auto doc = vault->get("doc");
        REQUIRE(doc);
        REQUIRE(doc->rev == "4-d");
        REQUIRE(doc->body["v"] == 4);
        REQUIRE(doc->conflicts == std::vector<std::string>{"2-x"});
        ++runs;
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(runs == 120);
    REQUIRE(reference->size() == 5);
}

TEST_CASE("a refused revision is set aside and the rest of the batch goes in", "[vault][replication]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    REQUIRE(insert(*vault, incoming("x", {"2-b", "1-a"}, {{"v", 1}})));
    const std::vector<RevisionInsert> batch{
        incoming("good:1", {"1-a"}, {{"v", 1}}),
        incoming("x", {"3-c", "2-zzz"}, {{"v", 1}}),            // a new branch from a stemmed root
        incoming("bad:history", {"3-c", "1-a"}, {{"v", 1}}),  // generations skip
        incoming("_bad:id", {"1-a"}, {{"v", 1}}),
        incoming("bad:body", {"1-a"}, {{"_secret", 1}}),
        incoming("good:2", {"1-a"}, {{"v", 2}}),
    };
    auto outcomes = vault->insertRevisions(batch);
    REQUIRE(outcomes);
    REQUIRE(outcomes->size() == batch.size());
    CHECK((*outcomes)[0].added);
    CHECK((*outcomes)[1].added);
    CHECK((*outcomes)[2].error->is(VaultError::InvalidRevision));
    CHECK((*outcomes)[3].error->is(VaultError::InvalidDocumentId));
    CHECK((*outcomes)[4].error->is(VaultError::InvalidDocument));
    CHECK((*outcomes)[5].added);
    CHECK(vault->get("good:1").ok());
    CHECK(vault->get("good:2").ok());
    CHECK(vault->get("bad:history").error().is(VaultError::DocumentNotFound));
    CHECK(vault->verify().ok());
}

TEST_CASE("missing revisions are computed for _revs_diff", "[vault][replication]") {
    VaultFixture fixture;
    auto vault = fixture.create();
    REQUIRE(insert(*vault, incoming("a", {"2-b", "1-a"}, {{"v", 1}})));
    const std::vector<std::string> asked{"1-a", "2-b", "3-c", "2-q"};
    CHECK(*vault->missingRevisions("a", asked) == std::vector<std::string>{"3-c", "2-q"});
    CHECK(*vault->missingRevisions("unknown", asked) == asked);
}
