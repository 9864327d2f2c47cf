// Interop with PouchDB itself (pouchdb-node 7.3.1 through tests/peer/pouch-tool.js):
// what PouchDB writes to the server, conflicts included, replicates into a
// vault and back out unchanged, and what a vault pushes replicates into PouchDB.
#include "pouchdb_node.h"
#include "replication_fixture.h"
#include "temp_folder.h"

#include <catch2/catch.hpp>

using namespace intake;
using namespace intake::test;
using nlohmann::json;

namespace {

// The canonical form of pouch-tool's `dump`, made from a vault: every leaf of
// every document with its body and ancestry.
json vaultDump(Vault& vault) {
    json docs = json::object();
    auto changes = vault.changesSince(0);
    REQUIRE(changes.ok());
    for (const auto& change : *changes) {
        auto tree = vault.revisionTree(change.id);
        REQUIRE(tree.ok());
        json leaves = json::array();
        std::vector<std::string> revs = change.leafRevs;
        std::sort(revs.begin(), revs.end(), [](const std::string& a, const std::string& b) {
            const auto ra = *RevisionId::parse(a), rb = *RevisionId::parse(b);
            return std::tie(ra.generation, ra.hash) < std::tie(rb.generation, rb.hash);
        });
        for (const auto& rev : revs) {
            auto doc = vault.get(change.id, rev);
            REQUIRE(doc.ok());
            json ids = json::array();
            for (const auto& ancestor : tree->ancestry(rev))
                ids.push_back(RevisionId::parse(ancestor)->hash);
            leaves.push_back(json{{"rev", rev},
                                  {"deleted", doc->deleted},
                                  {"body", doc->body},
                                  {"revisions", {{"start", RevisionId::parse(rev)->generation}, {"ids", ids}}}});
        }
        docs[change.id] = leaves;
    }
    return json{{"docs", docs}};
}

json revisioned(const std::string& id, const std::vector<std::string>& hashesNewestFirst, json body) {
    body["_id"] = id;
    body["_rev"] = std::to_string(hashesNewestFirst.size()) + "-" + hashesNewestFirst.front();
    body["_revisions"] = {{"start", hashesNewestFirst.size()}, {"ids", hashesNewestFirst}};
    return body;
}

std::string hash(char c) { return std::string(32, c); }

}  // namespace

TEST_CASE("documents and conflicts written by PouchDB go through a vault unchanged", "[sync][pouchdb][interop]") {
    PouchPeer peer;
    TempFolder scratch;
    const auto written = peer.createDatabase("written-by-pouchdb");
    // Notes have no conflict rule, so their conflicts stay as PouchDB made them.
    json spec{{"docs",
               {json{{"_id", "note:plain"}, {"type", "note"}, {"text", "hej"}, {"n", 1}},
                json{{"_id", "note:edited"}, {"type", "note"}, {"v", 1}},
                json{{"_id", "note:edited"}, {"type", "note"}, {"v", 2}},
                json{{"_id", "note:gone"}, {"type", "note"}},
                json{{"_id", "note:gone"}, {"_deleted", true}},
                revisioned("note:conflict", {hash('a'), hash('r')}, {{"type", "note"}, {"side", "a"}}),
                revisioned("note:conflict", {hash('b'), hash('r')}, {{"type", "note"}, {"side", "b"}}),
                revisioned("note:conflict", {hash('c'), hash('b'), hash('r')}, {{"type", "note"}, {"side", "c"}}),
                json{{"_id", "note:unicode"}, {"type", "note"}, {"text", "مرحبا · Привіт · ሰላም"}}}}};
    writeJsonFile(scratch / "spec.json", spec);
    runPouchTool({"write", "--target", written, "--spec", (scratch / "spec.json").string()});
    const auto fromPouch = runPouchTool({"dump", "--source", written});
    REQUIRE(fromPouch["docs"].size() == 5);
    REQUIRE(fromPouch["docs"]["note:conflict"].size() == 2);

    Device device(written);
    device.pull();
    CHECK(vaultDump(device.vault()) == fromPouch);

    // And back out to a fresh database: byte for byte what PouchDB wrote.
    const auto back = peer.createDatabase("back-from-vault");
    {
        sync::ReplicationOptions pushOnly;
        pushOnly.pull = false;
        auto endpoint = sync::RemoteEndpoint::parse(back);
        REQUIRE(endpoint.ok());
        auto replicator = sync::Replicator::create(device.vault(), *endpoint, {}, pushOnly, device.clock());
        REQUIRE(replicator.ok());
        REQUIRE((*replicator)->pushOnce().ok());
    }
    CHECK(runPouchTool({"dump", "--source", back}) == fromPouch);
}

TEST_CASE("what a vault pushes replicates into PouchDB", "[sync][pouchdb][interop]") {
    PouchPeer peer;
    TempFolder scratch;
    const auto db = peer.createDatabase("from-vault");
    Device device(db);
    Vault& vault = device.vault();
    auto first = vault.put({"contact:1", json{{"type", "contact"}, {"count", 1}}, "", false});
    REQUIRE(first.ok());
    REQUIRE(vault.put({"contact:1", json{{"type", "contact"}, {"count", 2}}, first->rev, false}).ok());
    auto gone = vault.put({"contact:2", json{{"type", "contact"}, {"count", 5}}, "", false});
    REQUIRE(gone.ok());
    REQUIRE(vault.remove("contact:2", gone->rev).ok());
    RevisionInsert branch{"contact:1", {"2-" + hash('f'), first->rev}, false, json{{"type", "contact"}, {"count", 7}}};
    REQUIRE(vault.insertRevisions(std::span(&branch, 1)).ok());
    REQUIRE(vault.put({"visit:1", json{{"type", "visit"}, {"status", "waiting"}, {"language", "ti"}}, "", false}).ok());
    const auto expected = vaultDump(vault);

    device.push();
    const auto local = (scratch / "pouch-local").string();
    const auto replicated = runPouchTool({"replicate", "--source", db, "--target", local});
    CHECK(replicated["doc_write_failures"] == 0);
    CHECK(runPouchTool({"dump", "--source", local}) == expected);
    CHECK(runPouchTool({"dump", "--source", db}) == expected);
}
