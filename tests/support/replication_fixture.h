#pragma once

// Devices (vaults with a replicator) and a way to read revision trees from a
// vault and from a remote database, for the replication tests.

#include "pouchdb_peer.h"
#include "vault_fixture.h"

#include "intake/core/clock.h"
#include "intake/core/vault.h"
#include "intake/sync/couch_client.h"
#include "intake/sync/replicator.h"

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace intake::test {

// Per document: every leaf as "rev deleted? <ancestry newest first>", sorted.
// Two stores with equal maps hold the same revision trees (a tree is the
// union of its leaves' ancestries).
using TreeMap = std::map<std::string, std::vector<std::string>>;

inline std::string leafLine(const std::string& rev, bool deleted, const std::vector<std::string>& ancestry) {
    std::string line = rev + (deleted ? " deleted" : " live");
    for (const auto& ancestor : ancestry)
        line += " " + ancestor;
    return line;
}

inline TreeMap vaultTrees(Vault& vault) {
    TreeMap trees;
    auto changes = vault.changesSince(0);
    REQUIRE(changes.ok());
    for (const auto& change : *changes) {
        auto tree = vault.revisionTree(change.id);
        REQUIRE(tree.ok());
        auto& leaves = trees[change.id];
        for (const auto& rev : change.leafRevs)
            leaves.push_back(leafLine(rev, tree->find(rev)->deleted, tree->ancestry(rev)));
        std::sort(leaves.begin(), leaves.end());
    }
    return trees;
}

inline sync::CouchClient clientFor(const std::string& databaseUrl) {
    auto endpoint = sync::RemoteEndpoint::parse(databaseUrl);
    REQUIRE(endpoint.ok());
    auto client = sync::CouchClient::create(*endpoint);
    REQUIRE(client.ok());
    return std::move(*client);
}

inline TreeMap remoteTrees(const std::string& databaseUrl) {
    auto client = clientFor(databaseUrl);
    auto changes = client.changes("0");
    REQUIRE(changes.ok());
    std::vector<std::pair<std::string, std::string>> wanted;
    for (const auto& change : changes->changes)
        for (const auto& rev : change.revs)
            wanted.emplace_back(change.id, rev);
    TreeMap trees;
    for (std::size_t from = 0; from < wanted.size(); from += 2000) {
        const std::vector<std::pair<std::string, std::string>> part(
            wanted.begin() + static_cast<std::ptrdiff_t>(from),
            wanted.begin() + static_cast<std::ptrdiff_t>(std::min(wanted.size(), from + 2000)));
        auto docs = client.bulkGet(part);
        REQUIRE(docs.ok());
        REQUIRE(docs->size() == part.size());
        for (const auto& doc : *docs) {
            const auto id = doc.at("_id").get<std::string>();
            if (id.starts_with("_design/"))
                continue;
            std::vector<std::string> ancestry;
            auto generation = doc.at("_revisions").at("start").get<int>();
            for (const auto& hash : doc.at("_revisions").at("ids"))
                ancestry.push_back(std::to_string(generation--) + "-" + hash.get<std::string>());
            trees[id].push_back(leafLine(doc.at("_rev").get<std::string>(), doc.value("_deleted", false), ancestry));
        }
    }
    for (auto& [id, leaves] : trees)
        std::sort(leaves.begin(), leaves.end());
    return trees;
}

// The winning revision of every document in a vault.
inline std::map<std::string, std::string> vaultWinners(Vault& vault) {
    std::map<std::string, std::string> winners;
    auto changes = vault.changesSince(0);
    REQUIRE(changes.ok());
    for (const auto& change : *changes)
        winners[change.id] = change.rev;
    return winners;
}

// A tablet or kiosk: its own vault and a replicator for one remote database.
class Device {
public:
    explicit Device(std::string databaseUrl, sync::ReplicationOptions options = {})
        : clock_(std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + std::chrono::hours(9),
                 std::chrono::minutes(60)),
          vault_(fixture_.create()), url_(std::move(databaseUrl)), options_(options) {}

    Vault& vault() { return *vault_; }
    ManualClock& clock() { return clock_; }
    const VaultFixture& fixture() const { return fixture_; }

    sync::Replicator& replicator() {
        if (!replicator_) {
            auto endpoint = sync::RemoteEndpoint::parse(url_);
            REQUIRE(endpoint.ok());
            auto made = sync::Replicator::create(*vault_, *endpoint, {}, options_, clock_);
            if (!made)
                FAIL("replicator: " << made.error().name() << " " << made.error().detail());
            replicator_ = std::move(*made);
        }
        return *replicator_;
    }

    sync::SyncReport sync() {
        auto report = replicator().syncOnce();
        if (!report)
            FAIL("sync: " << report.error().name() << " " << report.error().detail());
        return *report;
    }
    sync::SyncReport push() {
        auto report = replicator().pushOnce();
        if (!report)
            FAIL("push: " << report.error().name() << " " << report.error().detail());
        return *report;
    }
    sync::SyncReport pull() {
        auto report = replicator().pullOnce();
        if (!report)
            FAIL("pull: " << report.error().name() << " " << report.error().detail());
        return *report;
    }

    // Closes and reopens the vault (as after a restart); the replicator is made anew.
    void restart() {
        replicator_.reset();
        vault_.reset();
        vault_ = fixture_.open();
    }

private:
    VaultFixture fixture_;
    ManualClock clock_;
    std::unique_ptr<Vault> vault_;
    std::string url_;
    sync::ReplicationOptions options_;
    std::unique_ptr<sync::Replicator> replicator_;
};

}  // namespace intake::test
