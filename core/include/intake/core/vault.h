#pragma once

#include "intake/core/result.h"
#include "intake/core/revision_tree.h"
#include "intake/core/vault_key.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace intake {

namespace sqlite { class Connection; }
namespace detail { class WriteTransaction; }

struct VaultConfig {
    std::filesystem::path path;
    // std::nullopt opens the file without encryption. Only the benchmarks use
    // that, as the plain-SQLite baseline; every real vault has a key.
    std::optional<VaultKey> key;
    // A size cap in pages of 4 KiB (a storage quota; also how tests fill the
    // disk). Writes past it fail with VaultError::Full and change nothing.
    std::optional<std::uint32_t> maxPages;
};

// A document as the store and the replication protocol see it. `body` holds
// the fields without the reserved `_id`, `_rev` and `_deleted`.
struct Document {
    std::string id;
    std::string rev;
    bool deleted = false;
    nlohmann::json body = nlohmann::json::object();
    std::vector<std::string> conflicts;  // filled by get(); live losing leaves

    // The CouchDB JSON form: body plus _id, _rev and _deleted.
    nlohmann::json toJson() const;
};

struct PutRequest {
    std::string id;
    nlohmann::json body;     // a JSON object without reserved fields
    std::string parentRev;   // empty to create (or to recreate a deleted document)
    bool deleted = false;
};

// A revision arriving by replication (new_edits=false).
struct RevisionInsert {
    std::string id;
    std::vector<std::string> history;  // newest first; history[0] is the revision
    bool deleted = false;
    nlohmann::json body = nlohmann::json::object();
};

struct InsertOutcome {
    bool added = false;           // false: the revision was already here
    std::optional<Error> error;   // this document was refused; the rest went in
};

struct Change {
    std::int64_t seq = 0;
    std::string id;
    std::string rev;                     // the winner
    bool deleted = false;
    std::vector<std::string> leafRevs;   // every leaf, winner first (style=all_docs)
};

struct DocumentQuery {
    std::optional<std::string> type = std::nullopt;
    std::optional<std::string> site = std::nullopt;
    std::optional<std::string> day = std::nullopt;
    std::optional<std::string> status = std::nullopt;
    std::size_t limit = 0;  // 0: no limit
};

struct LocalDocument {
    std::string id;   // with the "_local/" prefix
    std::string rev;  // "0-<n>"
    nlohmann::json body;
};

// One encrypted vault: a SQLCipher file holding documents with their
// revision trees, a change sequence and _local/ documents.
//
// Every method is safe to call from several threads; calls are serialised.
// A vault is open in at most one process at a time (VaultError::InUse).
// A call that returns success has been committed durably (WAL with
// synchronous=FULL): it survives the process being killed and a power cut.
class Vault {
public:
    // Makes a new vault file. Fails with AlreadyExists if anything is at the path.
    static Result<std::unique_ptr<Vault>> create(const VaultConfig& config);
    // Opens an existing vault; NotFound if there is none.
    static Result<std::unique_ptr<Vault>> open(const VaultConfig& config);

    // Opens a vault whose key may have been changing when the device stopped
    // (see rekey()): tries config.key (the new key) first, then
    // `previousKey`. Whatever point a crash interrupted rekey() at, the vault
    // opens with exactly one of the two, and with nothing lost. When both are
    // refused the error is Damaged if a key check vouched for either key,
    // else the previous key's error.
    struct Reopened {
        std::unique_ptr<Vault> vault;
        bool withPreviousKey = false;  // true: the change never committed
    };
    static Result<Reopened> openAfterRekey(const VaultConfig& config, const VaultKey& previousKey);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    const std::filesystem::path& path() const { return path_; }
    bool encrypted() const { return encrypted_; }

    // --- documents (new_edits=true) -------------------------------------
    Result<Document> put(const PutRequest& request);
    // All or nothing: any failure leaves the vault as it was.
    Result<std::vector<Document>> putAll(std::span<const PutRequest> requests);
    // Leaves a tombstone revision on `rev`.
    Result<Document> remove(const std::string& id, const std::string& rev);
    // The winning revision, or a given one if it is a leaf. A deleted winner
    // gives DocumentDeleted unless `rev` names it.
    Result<Document> get(const std::string& id, const std::string& rev = {});
    Result<std::vector<Document>> query(const DocumentQuery& query);
    // The same documents one at a time, in id order (ids are time-ordered),
    // until `visit` returns false or an error. Nothing is held in memory
    // beyond the current document. `visit` must not call this vault.
    Result<void> forEach(const DocumentQuery& query, const std::function<Result<bool>(Document&&)>& visit);

    // --- replication ------------------------------------------------------
    Result<std::vector<InsertOutcome>> insertRevisions(std::span<const RevisionInsert> revisions);
    Result<RevisionTree> revisionTree(const std::string& id);
    // Of `revs`, those this vault does not have (for _revs_diff).
    Result<std::vector<std::string>> missingRevisions(const std::string& id, std::span<const std::string> revs);
    Result<std::vector<Change>> changesSince(std::int64_t seq, std::size_t limit = 0);
    Result<std::int64_t> lastSequence();
    // How many documents changed after `sinceSeq` (each counted once).
    Result<std::int64_t> changeCount(std::int64_t sinceSeq);
    Result<std::vector<std::string>> conflictedDocuments();

    // --- local-only -------------------------------------------------------
    Result<LocalDocument> putLocal(const std::string& id, const nlohmann::json& body);
    Result<LocalDocument> getLocal(const std::string& id);
    Result<void> removeLocal(const std::string& id);
    // Removes a document and all its revisions from this device only.
    Result<void> purge(const std::string& id);
    // purge() only if the document is unchanged since change `seq` (its
    // sequence is still `seq`); false, and nothing done, if it was written since.
    Result<bool> purgeIfUnchanged(const std::string& id, std::int64_t seq);

    // --- maintenance ------------------------------------------------------
    // Full PRAGMA integrity_check; Damaged with the first finding if it fails.
    Result<void> verify();
    Result<std::int64_t> documentCount();
    // Moves the WAL into the main file and empties it: for idle moments, so
    // that no user-facing commit pays for it.
    Result<void> checkpoint();

    // --- keys -------------------------------------------------------------
    // Re-encrypts every page under `newKey` (SQLCipher's rekey with the raw
    // key, as PRAGMA rekey = "x'<hex>'"), in place, in one transaction:
    //  1. checkpoint the WAL and switch to journal_mode=TRUNCATE, because
    //     SQLCipher's rekey is not crash-safe in WAL mode (the new pages sit
    //     in the WAL while page 1 of the main file, which every opener reads
    //     first, stays under the old key);
    //  2. delete the key check, durably, so that no opener is told
    //     "wrong key" or "damaged" by a key check for the other key;
    //  3. rekey: the rollback journal keeps every page under the old key;
    //     the commit point is the journal's truncation (fsynced);
    //  4. prove it: every page of the main file decrypts under the new key
    //     (quick_check on a read-only probe) and this connection reads under it;
    //  5. back to WAL, and write the new key check.
    // A crash before the commit point leaves a hot journal that the next
    // opener rolls back (the old key opens it); after it, the new key opens it.
    // The key check is missing until the next open writes it, so a wrong key
    // meanwhile reads as Unreadable. Open with openAfterRekey() while the
    // outcome is unknown, and keep the old key until this returned success.
    //
    // Needs free space for a journal as large as the vault (Full otherwise,
    // nothing changed). Any failure after step 3 started leaves this
    // connection refusing writes (it may hold half of each key): close the
    // vault and open it with openAfterRekey().
    Result<void> rekey(const VaultKey& newKey);

private:
    Vault(std::unique_ptr<sqlite::Connection> db, std::filesystem::path path, bool encrypted);
    static Result<std::unique_ptr<Vault>> openFile(const VaultConfig& config, bool creating);

    struct StoredDoc;
    struct NewBody {
        const std::string& text;
        const nlohmann::json* json;
    };
    Result<std::optional<StoredDoc>> loadDoc(const std::string& id);
    // The stored body of one revision; nullopt when it has none (compacted,
    // a tombstone, or no such row).
    Result<std::optional<nlohmann::json>> loadBody(std::int64_t docKey, const std::string& rev);
    Result<Document> putLocked(detail::WriteTransaction& transaction, const PutRequest& request);
    Result<bool> purgeIf(const std::string& id, std::optional<std::int64_t> expectedSeq);
    Result<bool> insertLocked(detail::WriteTransaction& transaction, const RevisionInsert& revision);
    Result<void> saveTree(detail::WriteTransaction& transaction, std::optional<StoredDoc>& stored,
                          const std::string& id, const RevisionTree& before, const RevisionTree& after,
                          const std::string& newRev, const NewBody* newBody);

    std::unique_ptr<sqlite::Connection> db_;
    std::filesystem::path path_;
    bool encrypted_;
    bool rekeyFailed_ = false;  // this connection's keys are in doubt; see rekey()
    std::mutex mutex_;
};

}  // namespace intake
