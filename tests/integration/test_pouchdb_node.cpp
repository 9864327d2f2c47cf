// Proves the PouchDB side of the interop tests and of the sync benchmark baseline:
// tests/peer/pouch-tool.js (pouchdb-node 7.3.1) driven through runPouchTool()
// (tests/support/pouchdb_node.h), against a real pouchdb-server (PouchPeer).
#include "pouchdb_node.h"
#include "pouchdb_peer.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <curl/curl.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

using intake::test::PouchPeer;
using intake::test::runPouchTool;
using Catch::Matchers::Contains;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// A private directory under $TMPDIR, removed with its contents.
class ScratchDir {
public:
    ScratchDir() {
        std::error_code ec;
        fs::path base = fs::temp_directory_path(ec);
        if (ec) base = "/tmp";
        std::string templ = (base / "intake-pouchdb-node-test-XXXXXX").string();
        if (!::mkdtemp(templ.data())) throw std::system_error(errno, std::generic_category(), "mkdtemp");
        path_ = templ;
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    fs::path operator/(const std::string& name) const { return path_ / name; }

private:
    fs::path path_;
};

size_t appendBody(char* data, size_t size, size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

// GET url -> parsed JSON body (the server's own view, independent of PouchDB's client).
json httpGetJson(const std::string& url) {
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    REQUIRE(curl);
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(
        curl_slist_append(nullptr, "Accept: application/json"), &curl_slist_free_all);
    std::string body;
    curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl.get(), CURLOPT_NOPROXY, "*");
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &body);
    REQUIRE(curl_easy_perform(curl.get()) == CURLE_OK);
    long status = 0;
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
    INFO("GET " << url << " -> " << status);
    REQUIRE(status == 200);
    return json::parse(body);
}

std::string hashOf(const std::string& rev) { return rev.substr(rev.find('-') + 1); }

// Revision hashes for the new_edits:false branches (32 hex digits, like CouchDB's).
const std::string kRoot(32, '1');
const std::string kLeftMid(32, 'a');
const std::string kLeftTip(32, 'd');
const std::string kRight(32, 'b');
const std::string kDeletedBranch(32, 'c');

json interopSpec() {
    return {{"docs",
             json::array({
                 // Normal writes (PouchDB picks the revisions).
                 {{"_id", "alpha"}, {"title", "na\xC3\xAFve \xE2\x98\x83"}, {"n", 1}, {"tags", {"a", "b"}},
                  {"nested", {{"k", true}, {"z", nullptr}}}},
                 {{"_id", "beta"}, {"n", 2}},
                 {{"_id", "beta"}, {"n", 3}},  // an update: beta is at generation 2
                 {{"_id", "gone"}, {"n", 4}},
                 {{"_id", "gone"}, {"_deleted", true}},  // deleted by a normal edit
                 // Three conflicting branches from one root (new_edits:false), one of them deleted
                 // with a body of its own.
                 {{"_id", "clash"},
                  {"_rev", "3-" + kLeftTip},
                  {"_revisions", {{"start", 3}, {"ids", {kLeftTip, kLeftMid, kRoot}}}},
                  {"side", "left"},
                  {"mixed", {1, 2.5, "x", nullptr}}},
                 {{"_id", "clash"},
                  {"_rev", "2-" + kRight},
                  {"_revisions", {{"start", 2}, {"ids", {kRight, kRoot}}}},
                  {"side", "right"}},
                 {{"_id", "clash"},
                  {"_rev", "2-" + kDeletedBranch},
                  {"_revisions", {{"start", 2}, {"ids", {kDeletedBranch, kRoot}}}},
                  {"_deleted", true},
                  {"deleted_by", "tester"}},
             })}};
}

// Checks one leaf written by a normal edit, whose revision hashes PouchDB made up.
void checkNormalLeaf(const json& leaf, int generation, bool deleted, const json& body) {
    INFO(leaf.dump());
    const std::string rev = leaf.at("rev").get<std::string>();
    CHECK(rev.rfind(std::to_string(generation) + "-", 0) == 0);
    CHECK(leaf.at("deleted") == deleted);
    CHECK(leaf.at("revisions").at("start") == generation);
    REQUIRE(leaf.at("revisions").at("ids").size() == static_cast<std::size_t>(generation));
    CHECK(leaf.at("revisions").at("ids").at(0) == hashOf(rev));
    CHECK(leaf.at("body") == body);
}

}  // namespace

TEST_CASE("pouch-tool writes documents and conflicts that dump and replicate unchanged", "[pouchdb]") {
    PouchPeer peer;
    const std::string dbUrl = peer.createDatabase("interop");
    ScratchDir scratch;
    const fs::path specFile = scratch / "spec.json";
    intake::test::writeJsonFile(specFile, interopSpec());

    const json written = runPouchTool({"write", "--target", dbUrl, "--spec", specFile.string()});
    CHECK(written == json{{"written", 8}});

    const json dump = runPouchTool({"dump", "--source", dbUrl});
    INFO("server dump: " << dump.dump());
    const json& docs = dump.at("docs");
    REQUIRE(docs.size() == 4);

    REQUIRE(docs.at("alpha").size() == 1);
    checkNormalLeaf(docs["alpha"][0], 1, false,
                    {{"title", "na\xC3\xAFve \xE2\x98\x83"}, {"n", 1}, {"tags", {"a", "b"}},
                     {"nested", {{"k", true}, {"z", nullptr}}}});
    REQUIRE(docs.at("beta").size() == 1);
    checkNormalLeaf(docs["beta"][0], 2, false, {{"n", 3}});
    REQUIRE(docs.at("gone").size() == 1);
    checkNormalLeaf(docs["gone"][0], 2, true, json::object());

    // All three leaves of the conflict, sorted by (generation, hash), exactly as written.
    const json expectedClash = json::array({
        {{"rev", "2-" + kRight},
         {"deleted", false},
         {"revisions", {{"start", 2}, {"ids", {kRight, kRoot}}}},
         {"body", {{"side", "right"}}}},
        {{"rev", "2-" + kDeletedBranch},
         {"deleted", true},
         {"revisions", {{"start", 2}, {"ids", {kDeletedBranch, kRoot}}}},
         {"body", {{"deleted_by", "tester"}}}},
        {{"rev", "3-" + kLeftTip},
         {"deleted", false},
         {"revisions", {{"start", 3}, {"ids", {kLeftTip, kLeftMid, kRoot}}}},
         {"body", {{"side", "left"}, {"mixed", {1, 2.5, "x", nullptr}}}}},
    });
    CHECK(docs.at("clash") == expectedClash);

    // The server agrees, seen without PouchDB's client: the winner and the live conflict.
    const json clash = httpGetJson(dbUrl + "/clash?conflicts=true");
    CHECK(clash.at("_rev") == "3-" + kLeftTip);
    CHECK(clash.at("_conflicts") == json::array({"2-" + kRight}));
    CHECK(httpGetJson(dbUrl).at("doc_count") == 3);  // alpha, beta, clash (pouchdb-server has no doc_del_count)
    const std::string goneRev = docs["gone"][0].at("rev").get<std::string>();
    CHECK(httpGetJson(dbUrl + "/gone?rev=" + goneRev).value("_deleted", false));

    SECTION("server -> local LevelDB path -> new server db: the same canonical dump") {
        const std::string localPath = (scratch / "local-db").string();
        const json pulled = runPouchTool({"replicate", "--source", dbUrl, "--target", localPath});
        CHECK(pulled.at("docs_written") == 6);  // every leaf: 1 + 1 + 1 + 3
        CHECK(pulled.at("doc_write_failures") == 0);
        CHECK(fs::is_directory(localPath));

        const json localDump = runPouchTool({"dump", "--source", localPath});
        CHECK(localDump == dump);

        const std::string copyUrl = peer.createDatabase("interop-copy");
        const json pushed = runPouchTool({"replicate", "--source", localPath, "--target", copyUrl});
        CHECK(pushed.at("docs_written") == 6);
        CHECK(pushed.at("doc_write_failures") == 0);
        CHECK(runPouchTool({"dump", "--source", copyUrl}) == dump);
    }

    SECTION("a dump sees a change: it is not a constant") {
        const fs::path more = scratch / "more.json";
        intake::test::writeJsonFile(more, {{"docs", json::array({{{"_id", "alpha"}, {"n", 99}}})}});
        // A fresh local PouchDB makes a new, conflicting generation-1 revision of alpha.
        CHECK(runPouchTool({"write", "--target", dbUrl, "--spec", more.string()}) == json{{"written", 1}});
        const json after = runPouchTool({"dump", "--source", dbUrl});
        CHECK(after != dump);
        CHECK(after.at("docs").at("alpha").size() == 2);
        CHECK(after.at("docs").at("clash") == expectedClash);
    }
}

TEST_CASE("pouch-tool bench-push and bench-pull move 1,000 documents", "[pouchdb]") {
    PouchPeer peer;
    const std::string targetUrl = peer.createDatabase("bench");
    ScratchDir scratch;
    constexpr int kDocs = 1000;
    std::vector<json> docs;
    for (int i = 0; i < kDocs; ++i) {
        char id[32];
        std::snprintf(id, sizeof id, "contact-%05d", i);
        docs.push_back({{"_id", id}, {"type", "contact"}, {"name", "Person " + std::to_string(i)}, {"n", i}});
    }
    const fs::path docsFile = scratch / "docs.jsonl";
    intake::test::writeJsonLines(docsFile, docs);

    const json push = runPouchTool({"bench-push", "--docs", docsFile.string(), "--target", targetUrl});
    INFO("bench-push: " << push.dump());
    CHECK(push.at("docs_written") == kDocs);
    CHECK(push.at("doc_write_failures") == 0);
    CHECK(push.at("ms").get<double>() > 0.0);
    const json info = httpGetJson(targetUrl);
    CHECK(info.at("doc_count") == kDocs);
    CHECK(httpGetJson(targetUrl + "/contact-00999").at("name") == "Person 999");

    const json pull = runPouchTool({"bench-pull", "--source", targetUrl});
    INFO("bench-pull: " << pull.dump());
    CHECK(pull.at("docs_written") == kDocs);
    CHECK(pull.at("doc_write_failures") == 0);
    CHECK(pull.at("ms").get<double>() > 0.0);
}

TEST_CASE("runPouchTool reports failures with the exit status and stderr", "[pouchdb]") {
    SECTION("an unknown subcommand") {
        CHECK_THROWS_WITH(runPouchTool({"frobnicate"}),
                          Contains("exited with status 2") && Contains("unknown command"));
    }
    SECTION("a source database that does not exist") {
        PouchPeer peer;
        CHECK_THROWS_WITH(runPouchTool({"dump", "--source", peer.url() + "/missing"}),
                          Contains("exited with status 1") && Contains("404"));
        // The source was not created behind our back.
        const json dbs = httpGetJson(peer.url() + "/_all_dbs");
        CHECK(std::find(dbs.begin(), dbs.end(), "missing") == dbs.end());
    }
    SECTION("a timeout kills the tool") {
        CHECK_THROWS_WITH(runPouchTool({"dump", "--source", "/nonexistent"}, std::chrono::seconds(0)),
                          Contains("did not finish within 0 s"));
    }
}
