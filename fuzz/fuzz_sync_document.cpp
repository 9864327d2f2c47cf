// Documents arriving by sync: a JSON array of revisions as _bulk_get?revs=true
// delivers them (with _id, _rev, _revisions, _deleted), inserted into a real
// SQLCipher vault through ReplicationStore::insertPulled, then the conflict
// policies, the needs-attention list and a person's choices from it, and
// every record type's fromJson/validate on each body.

#include "fuzz_support.h"
#include "replication_messages.h"

#include "intake/sync/conflict_policy.h"
#include "intake/sync/needs_attention.h"
#include "intake/sync/replication_store.h"

#include <map>
#include <set>

using namespace intake;
using namespace intake::sync;
using nlohmann::json;

namespace {

// Each input's documents are purged after it, so that inputs do not depend on
// each other (a crash reproduces from its input alone); a fresh vault now and
// then all the same.
constexpr std::size_t kRenewEvery = 2000;
constexpr std::size_t kVerifyEvery = 500;
// More documents in one input add little but time.
constexpr std::size_t kMaxDocuments = 64;

fuzz::ScratchVault* scratch = nullptr;

// Removes the input's documents from the vault, whatever way the input ends.
struct PurgeAfter {
    Vault& vault;
    std::vector<std::string> ids;
    ~PurgeAfter() {
        for (const auto& id : ids)
            (void)vault.purge(id);
    }
};

// After a resolve, a document of the batch is either settled or left for a person.
void checkSettled(Vault& vault, const std::string& id, const std::set<std::string>& remote) {
    auto leaves = liveLeaves(vault, id);
    if (!leaves)
        return;
    if (leaves->size() < 2)
        return;
    const auto decision = decideConflict(*leaves, remote);
    INTAKE_FUZZ_CHECK(decision.rule == "none");
}

void checkAttention(Vault& vault) {
    auto items = needsAttention(vault);
    if (!items)
        return;
    for (const auto& item : *items) {
        INTAKE_FUZZ_CHECK(!item.id.empty());
        INTAKE_FUZZ_CHECK(item.reason == "unresolved_conflict" || item.reason == "displaced_allocation" ||
                          item.reason == "rejected_by_server");
        if (item.reason == "unresolved_conflict") {
            INTAKE_FUZZ_CHECK(item.revs.size() >= 2);
        }
    }
    // What a person does from the list: keep one leaf of the first conflict,
    // settle the first displaced allocation.
    for (const auto& item : *items) {
        if (item.reason != "unresolved_conflict")
            continue;
        if (keepRevision(vault, item.id, item.revs.back())) {
            auto leaves = liveLeaves(vault, item.id);
            INTAKE_FUZZ_CHECK(!leaves || leaves->size() <= 1);
        }
        break;
    }
    for (const auto& item : *items) {
        if (item.reason != "displaced_allocation")
            continue;
        if (settleDisplaced(vault, item.id)) {
            auto doc = vault.get(item.id);
            if (doc) {
                const auto displaced = doc->body.find("displaced");
                INTAKE_FUZZ_CHECK(displaced == doc->body.end() || !displaced->is_array() || displaced->empty());
            }
        }
        break;
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static fuzz::ScratchVault vault("sync-document", kRenewEvery);
    scratch = &vault;
    (void)fuzz::gothenburg();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Bodies reach the store through the client's parser, which refuses deep nesting.
    const auto parsed = messages::parseJson(fuzz::asText(data, size));
    if (!parsed || !parsed->is_array() || parsed->size() > kMaxDocuments)
        return 0;
    const std::vector<json> docs(parsed->begin(), parsed->end());
    const auto context = fuzz::validationContext(fuzz::gothenburg());
    for (const auto& doc : docs)
        fuzz::checkAsEveryRecordType(doc, context);

    Vault& vault = scratch->next();
    PurgeAfter purge{vault, {}};
    for (const auto& doc : docs) {
        if (doc.is_object() && doc.contains("_id") && doc["_id"].is_string())
            purge.ids.push_back(doc["_id"].get<std::string>());
    }
    ReplicationStore store(vault);
    auto summary = store.insertPulled(docs);
    if (!summary) {
        // A malformed batch is refused whole; storage errors are not expected on tmpfs.
        INTAKE_FUZZ_CHECK(summary.error().is(SyncError::BadResponse));
        return 0;
    }
    INTAKE_FUZZ_CHECK(summary->added + summary->refused.size() <= docs.size());

    std::vector<std::string> ids;
    std::map<std::string, std::set<std::string>> remote;
    std::set<std::string> refused;
    for (const auto& entry : summary->refused) {
        INTAKE_FUZZ_CHECK(!entry.reason.empty());
        refused.insert(entry.id + "\n" + entry.rev);
    }
    for (const auto& doc : docs) {
        const auto id = doc["_id"].get<std::string>();
        const auto rev = doc["_rev"].get<std::string>();
        ids.push_back(id);
        remote[id].insert(rev);
        // Every revision that was not refused is in the vault now.
        if (!refused.count(id + "\n" + rev)) {
            const std::vector<std::string> revs{rev};
            auto missing = vault.missingRevisions(id, revs);
            INTAKE_FUZZ_CHECK(missing.ok() && missing->empty());
        }
    }

    auto resolved = store.resolveConflicts(ids, remote);
    if (resolved) {
        for (const auto& [id, revs] : remote)
            checkSettled(vault, id, revs);
        // A second pass finds nothing left to settle.
        auto again = store.resolveConflicts(ids, remote);
        INTAKE_FUZZ_CHECK(again.ok() && *again == 0);
    }
    checkAttention(vault);

    if (scratch->uses() % kVerifyEvery == 0)
        INTAKE_FUZZ_CHECK(vault.verify().ok());
    return 0;
}
