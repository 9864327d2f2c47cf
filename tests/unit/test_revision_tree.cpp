#include "intake/core/revision_tree.h"

#include <catch2/catch.hpp>

#include <algorithm>

using intake::RevisionId;
using intake::RevisionNode;
using intake::RevisionTree;
using intake::VaultError;

namespace {

// Builds a tree from (rev, parent, deleted) triples given in any order.
RevisionTree tree(std::vector<RevisionNode> nodes) {
    for (auto& node : nodes)
        node.generation = RevisionId::parse(node.rev)->generation;
    return RevisionTree(std::move(nodes));
}

}  // namespace

TEST_CASE("revision ids parse as generation and hash", "[revision]") {
    auto id = RevisionId::parse("12-abc123");
    REQUIRE(id);
    CHECK(id->generation == 12);
    CHECK(id->hash == "abc123");
    CHECK(id->str() == "12-abc123");
    for (const char* bad : {"", "-abc", "0-abc", "x-abc", "3-", "3", "3-ab c", "-1-abc", "3-ab-c", "1a-bc"})
        CHECK_FALSE(RevisionId::parse(bad));
}

TEST_CASE("the winner follows CouchDB's rule on hand-made vectors", "[revision][winner]") {
    SECTION("same generation: the greater hash wins, the other is a conflict") {
        const auto t = tree({{"1-a", 0, "", false}, {"2-b", 0, "1-a", false}, {"2-c", 0, "1-a", false}});
        CHECK(t.winner()->rev == "2-c");
        CHECK(t.conflicts() == std::vector<std::string>{"2-b"});
    }
    SECTION("a live leaf beats a deleted one with a greater hash") {
        const auto t = tree({{"1-a", 0, "", false}, {"2-z", 0, "1-a", true}, {"2-b", 0, "1-a", false}});
        CHECK(t.winner()->rev == "2-b");
        CHECK(t.conflicts().empty());
        CHECK(t.deletedConflicts() == std::vector<std::string>{"2-z"});
    }
    SECTION("a live leaf beats a longer deleted branch") {
        const auto t = tree({{"1-a", 0, "", false}, {"2-b", 0, "1-a", false}, {"3-c", 0, "2-b", true},
                             {"2-d", 0, "1-a", false}});
        CHECK(t.winner()->rev == "2-d");
    }
    SECTION("the higher generation beats the greater hash") {
        const auto t = tree({{"1-a", 0, "", false}, {"2-f", 0, "1-a", false}, {"2-b", 0, "1-a", false},
                             {"3-a", 0, "2-b", false}});
        CHECK(t.winner()->rev == "3-a");
        CHECK(t.conflicts() == std::vector<std::string>{"2-f"});
    }
    SECTION("generations compare as numbers, not text") {
        std::vector<RevisionNode> nodes{{"1-a", 0, "", false}};
        std::string parent = "1-a";
        for (int g = 2; g <= 10; ++g) {
            const auto rev = std::to_string(g) + "-a";
            nodes.push_back({rev, 0, parent, false});
            parent = rev;
        }
        nodes.push_back({"9-z", 0, "8-a", false});
        const auto t = tree(nodes);
        CHECK(t.winner()->rev == "10-a");
        CHECK(t.conflicts() == std::vector<std::string>{"9-z"});
    }
    SECTION("when every leaf is deleted the highest deleted leaf wins") {
        const auto t = tree({{"1-a", 0, "", false}, {"2-a", 0, "1-a", true}, {"2-b", 0, "1-a", false},
                             {"3-b", 0, "2-b", true}});
        CHECK(t.winner()->rev == "3-b");
        CHECK(t.winner()->deleted);
        CHECK(t.conflicts().empty());
    }
    SECTION("a single linear history has no conflict") {
        const auto t = tree({{"1-a", 0, "", false}, {"2-b", 0, "1-a", false}, {"3-c", 0, "2-b", false}});
        CHECK(t.winner()->rev == "3-c");
        CHECK(t.conflicts().empty());
        CHECK(t.ancestry("3-c") == std::vector<std::string>{"3-c", "2-b", "1-a"});
        CHECK_FALSE(t.isLeaf("2-b"));
    }
}

TEST_CASE("two branches made by new edits become a conflict", "[revision][conflict]") {
    RevisionTree t;
    REQUIRE(t.addChild("", "1-root", false));
    REQUIRE(t.addChild("1-root", "2-aaa", false));
    REQUIRE(t.addChild("1-root", "2-bbb", false));
    CHECK(t.winner()->rev == "2-bbb");
    CHECK(t.conflicts() == std::vector<std::string>{"2-aaa"});
    // Resolving: delete the losing branch.
    REQUIRE(t.addChild("2-aaa", "3-ccc", true));
    CHECK(t.winner()->rev == "2-bbb");
    CHECK(t.conflicts().empty());

    SECTION("addChild refuses what would break the tree") {
        CHECK(t.addChild("1-root", "3-x", false).error().is(VaultError::InvalidRevision));
        CHECK(t.addChild("9-none", "10-x", false).error().is(VaultError::InvalidRevision));
        CHECK(t.addChild("", "2-x", false).error().is(VaultError::InvalidRevision));
        CHECK(t.addChild("2-bbb", "3-ccc", false).error().is(VaultError::InvalidRevision));
    }
}

TEST_CASE("histories inserted in any order give the same tree", "[revision][history]") {
    struct Insert {
        std::vector<std::string> history;
        bool deleted;
    };
    // Every parent link appears in at least one history, some only in stemmed ones.
    const std::vector<Insert> inserts = {
        {{"2-b", "1-a"}, false},
        {{"3-c", "2-b"}, false},
        {{"4-e", "3-c"}, false},
        {{"2-d", "1-a"}, false},
        {{"3-f", "2-d"}, true},
        {{"1-a"}, false},
    };
    std::vector<std::size_t> order(inserts.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;

    RevisionTree reference;
    for (auto i : order)
        REQUIRE(reference.insertHistory(inserts[i].history, inserts[i].deleted));
    REQUIRE(reference.nodes().size() == 6);
    CHECK(reference.winner()->rev == "4-e");
    CHECK(reference.ancestry("4-e") == std::vector<std::string>{"4-e", "3-c", "2-b", "1-a"});
    CHECK(reference.deletedConflicts() == std::vector<std::string>{"3-f"});

    int permutations = 0;
    while (std::next_permutation(order.begin(), order.end())) {
        RevisionTree t;
        for (auto i : order)
            REQUIRE(t.insertHistory(inserts[i].history, inserts[i].deleted));
        REQUIRE(t.nodes() == reference.nodes());
        REQUIRE(t.winner()->rev == reference.winner()->rev);
        ++permutations;
    }
    CHECK(permutations == 719);
}

TEST_CASE("inserting with history reports what was new and refuses lies", "[revision][history]") {
    RevisionTree t;
    const std::vector<std::string> full{"3-c", "2-b", "1-a"};
    CHECK(*t.insertHistory(full, false));
    CHECK_FALSE(*t.insertHistory(full, false));  // replayed: already there
    const std::vector<std::string> ancestor{"2-b", "1-a"};
    CHECK_FALSE(*t.insertHistory(ancestor, false));
    CHECK(t.isLeaf("3-c"));
    CHECK_FALSE(t.isLeaf("2-b"));

    SECTION("gaps in generations") {
        const std::vector<std::string> gap{"5-x", "3-c"};
        CHECK(t.insertHistory(gap, false).error().is(VaultError::InvalidRevision));
    }
    SECTION("a known revision with another parent") {
        const std::vector<std::string> other{"3-c", "2-zzz"};
        CHECK(t.insertHistory(other, false).error().is(VaultError::InvalidRevision));
    }
    SECTION("repeated or malformed entries, or nothing at all") {
        const std::vector<std::string> repeated{"2-q", "2-q"};
        const std::vector<std::string> malformed{"banana"};
        CHECK(t.insertHistory(repeated, false).error().is(VaultError::InvalidRevision));
        CHECK(t.insertHistory(malformed, false).error().is(VaultError::InvalidRevision));
        CHECK(t.insertHistory({}, false).error().is(VaultError::InvalidRevision));
    }
    // Nothing refused changed the tree.
    CHECK(t.nodes().size() == 3);
}
