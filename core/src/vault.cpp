#include "intake/core/vault.h"

#include "intake/core/text.h"
#include "durable_file.h"
#include "key_check.h"
#include "sqlite_connection.h"
#include "vault_schema.h"

#include <openssl/evp.h>

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <thread>
#include <cerrno>
#include <set>
#include <system_error>

namespace intake {

namespace {

constexpr std::size_t kMaxIdBytes = 512;
constexpr const char* kLocalPrefix = "_local/";
constexpr const char* kIndexedFields[] = {"type", "site", "day", "status"};

Result<void> validateId(const std::string& id) {
    if (id.empty() || id.size() > kMaxIdBytes)
        return Error(VaultError::InvalidDocumentId, "empty or too long");
    if (!text::isValidUtf8(id) || text::hasControlCharacters(id))
        return Error(VaultError::InvalidDocumentId, "not clean UTF-8");
    if (id.front() == '_')
        return Error(VaultError::InvalidDocumentId, "ids starting with '_' are reserved");
    return {};
}

// Serialises a body for storage, refusing what CouchDB would refuse.
Result<std::string> serializeBody(const nlohmann::json& body) {
    if (!body.is_object())
        return Error(VaultError::InvalidDocument, "body is not a JSON object");
    for (const auto& [key, value] : body.items()) {
        if (!key.empty() && key.front() == '_')
            return Error(VaultError::InvalidDocument, "reserved field " + key);
    }
    try {
        return body.dump();
    } catch (const nlohmann::json::exception&) {
        return Error(VaultError::InvalidDocument, "body holds invalid UTF-8");
    }
}

Result<nlohmann::json> parseStoredBody(std::string_view text) {
    auto parsed = nlohmann::json::parse(text, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
        return Error(VaultError::Damaged, "stored body is not JSON");
    return parsed;
}

// "<generation>-<32 hex>" from the parent, the deletion flag and the body, so
// the same edit made twice (a retry) gives the same revision, as in CouchDB.
std::string makeRevision(int generation, const std::string& parentRev, bool deleted, const std::string& body) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    EVP_DigestUpdate(ctx, parentRev.data(), parentRev.size());
    EVP_DigestUpdate(ctx, deleted ? "\n1\n" : "\n0\n", 3);
    EVP_DigestUpdate(ctx, body.data(), body.size());
    EVP_DigestFinal_ex(ctx, digest.data(), &length);
    EVP_MD_CTX_free(ctx);
    static constexpr char digits[] = "0123456789abcdef";
    std::string rev = std::to_string(generation) + "-";
    for (std::size_t i = 0; i < 16; ++i) {
        rev += digits[digest[i] >> 4];
        rev += digits[digest[i] & 0xf];
    }
    return rev;
}

std::optional<std::string> indexedField(const nlohmann::json* body, const char* name) {
    if (!body)
        return std::nullopt;
    const auto it = body->find(name);
    if (it == body->end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

}  // namespace

namespace detail {

// A write transaction that rolls back unless committed, and hands out
// change-sequence numbers that are only persisted with the commit.
class WriteTransaction {
public:
    static Result<WriteTransaction> begin(sqlite::Connection& db) {
        INTAKE_TRY(db.exec("BEGIN IMMEDIATE"));
        WriteTransaction transaction(db);
        auto seq = lastSequence(db);
        if (!seq)
            return seq.error();
        transaction.seq_ = *seq;
        return transaction;
    }

    // The highest sequence handed out: the newest document's, or the floor
    // that purge leaves when it removes the newest one. Derived rather than
    // stored, so a commit writes no extra page for it.
    static Result<std::int64_t> lastSequence(sqlite::Connection& db) {
        auto statement = db.cached(
            "SELECT max(coalesce((SELECT max(seq) FROM docs), 0), (SELECT value FROM meta WHERE key = 'seq_floor'))");
        if (!statement)
            return statement.error();
        auto row = (*statement)->step();
        if (!row)
            return row.error();
        const auto seq = (*statement)->integer(0);
        (*statement)->reset();
        return seq;
    }

    WriteTransaction(WriteTransaction&& other) noexcept
        : db_(other.db_), open_(other.open_), seq_(other.seq_) {
        other.open_ = false;
    }
    WriteTransaction(const WriteTransaction&) = delete;
    ~WriteTransaction() {
        if (open_)
            (void)db_.exec("ROLLBACK");
    }

    std::int64_t nextSequence() { return ++seq_; }

    std::int64_t currentSequence() const { return seq_; }

    Result<void> commit() {
        INTAKE_TRY(db_.exec("COMMIT"));
        open_ = false;
        return {};
    }

private:
    explicit WriteTransaction(sqlite::Connection& db) : db_(db), open_(true) {}
    sqlite::Connection& db_;
    bool open_;
    std::int64_t seq_ = 0;
};

}  // namespace detail

using detail::WriteTransaction;

nlohmann::json Document::toJson() const {
    nlohmann::json json = body;
    json["_id"] = id;
    json["_rev"] = rev;
    if (deleted)
        json["_deleted"] = true;
    return json;
}

struct Vault::StoredDoc {
    std::int64_t docKey = 0;
    std::string winningRev;
    bool deleted = false;
    RevisionTree tree;
};

Vault::Vault(std::unique_ptr<sqlite::Connection> db, std::filesystem::path path, bool encrypted)
    : db_(std::move(db)), path_(std::move(path)), encrypted_(encrypted) {}

Vault::~Vault() = default;

Result<std::unique_ptr<Vault>> Vault::create(const VaultConfig& config) {
    std::error_code ec;
    if (std::filesystem::exists(config.path.string() + "-wal", ec))
        return Error(VaultError::AlreadyExists, "a journal of an earlier vault is there");
    // Created here, owner-only and exclusively; SQLite gives the -wal the same mode.
    const int fd = ::open(config.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return Error(VaultError::AlreadyExists, "path is taken");
        return errno == EACCES || errno == EROFS ? Error(VaultError::ReadOnly, "cannot create the file")
                                                 : durable::fromErrno(errno, "create vault file");
    }
    ::close(fd);
    auto vault = openFile(config, true);
    if (!vault)
        std::filesystem::remove(config.path, ec);  // nothing was stored in it yet
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const VaultConfig& config) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(config.path, ec))
        return Error(VaultError::NotFound, "no vault file");
    // SQLite would take an empty file for a new database; for a vault that
    // already existed it means the contents were lost.
    if (std::filesystem::file_size(config.path, ec) == 0 && !ec)
        return Error(VaultError::Damaged, "the vault file is empty");
    return openFile(config, false);
}

namespace {

// Gives SQLCipher the raw key and the cipher parameters, before any read.
Result<void> applyKey(sqlite::Connection& db, const VaultKey& key) {
    // The x'..' form hands SQLCipher the raw key: no key derivation per open.
    std::string rawKey = "x'" + key.hex() + "'";
    const int rc = sqlite3_key(db.handle(), rawKey.data(), static_cast<int>(rawKey.size()));
    wipe(rawKey);
    if (rc != SQLITE_OK)
        return sqlite::toError(rc, db.handle(), "key");
    // Explicit cipher parameters, so the file means the same under SQLCipher
    // 3.4 (Debian) and 4.x (tablets), where cipher_compatibility = 3 selects
    // these; 3.4 ignores that pragma.
    INTAKE_TRY(db.exec("PRAGMA cipher_compatibility = 3"));
    INTAKE_TRY(db.exec("PRAGMA cipher_page_size = 4096"));
    INTAKE_TRY(db.exec("PRAGMA kdf_iter = 64000"));
    return db.exec("PRAGMA cipher_use_hmac = ON");
}

// Opens a connection in exclusive locking mode and proves the file decrypts.
// Exclusive locking makes the vault one process's at a time, and keeps the
// WAL index in memory (no -shm file).
// `uri` is a plain path, or a file: URI for the read-only probe.
Result<std::unique_ptr<sqlite::Connection>> openConnection(const VaultConfig& config, const std::string& uri,
                                                           int flags) {
    auto connection = sqlite::Connection::open(uri, flags | SQLITE_OPEN_NOMUTEX);
    if (!connection)
        return connection.error();
    auto& db = **connection;
    if (config.key)
        INTAKE_TRY(applyKey(db, *config.key));
    INTAKE_TRY(db.exec("PRAGMA locking_mode = EXCLUSIVE"));
    sqlite3_busy_timeout(db.handle(), 200);
    if (auto probe = db.queryInteger("SELECT count(*) FROM sqlite_master"); !probe) {
        const auto& error = probe.error();
        if (error.is(VaultError::Damaged) && config.key) {
            switch (keycheck::compare(config.path, *config.key)) {
            case keycheck::Match::Same: return Error(VaultError::Damaged, "key is right, file does not decrypt");
            case keycheck::Match::Different: return Error(VaultError::WrongKey);
            case keycheck::Match::Missing: return Error(VaultError::Unreadable);
            }
        }
        return error;
    }
    return connection;
}

// immutable=1 makes SQLite read the main file only: no locks, no WAL, no
// writes, whatever happens. Enough to prove the key on page 1.
std::string immutableUri(const std::filesystem::path& path) {
    std::string uri = "file:";
    for (char c : std::filesystem::absolute(path).string()) {
        if (c == '%' || c == '?' || c == '#') {
            static constexpr char digits[] = "0123456789ABCDEF";
            uri += '%';
            uri += digits[static_cast<unsigned char>(c) >> 4];
            uri += digits[static_cast<unsigned char>(c) & 0xf];
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

}  // namespace

Result<std::unique_ptr<Vault>> Vault::openFile(const VaultConfig& config, bool creating) {
    if (!creating) {
        // Nothing may change a vault that the key does not open. The key check
        // answers without opening the file; otherwise a read-only connection
        // probes it, since closing a read-write one would checkpoint its WAL.
        if (config.key && keycheck::compare(config.path, *config.key) == keycheck::Match::Different)
            return Error(VaultError::WrongKey);
        const auto uri = immutableUri(config.path);
        auto probe = openConnection(config, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        if (!probe && probe.error().is(VaultError::Damaged)) {
            // The probe takes no lock: another process may have been writing
            // page 1 at that instant. Look once more before saying "damaged".
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            probe = openConnection(config, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        }
        if (!probe)
            return probe.error();
    }
    auto connection = openConnection(config, config.path.string(), SQLITE_OPEN_READWRITE);
    if (!connection)
        return connection.error();
    auto& db = **connection;

    auto mode = db.queryText("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (*mode != "wal")
        return Error(VaultError::Io, "cannot switch to WAL");
    INTAKE_TRY(db.exec("PRAGMA synchronous = FULL"));
    // Sorts and temporary tables stay in memory: never plaintext on disk.
    INTAKE_TRY(db.exec("PRAGMA temp_store = MEMORY"));
    // Freed pages are zeroed, so a purged record is gone from the file.
    INTAKE_TRY(db.exec("PRAGMA secure_delete = ON"));
    // A 16 MiB page cache (SQLite's default is 2 MiB): every page read again
    // from disk must be decrypted again, and the id and revision indexes of a
    // busy vault outgrow the default. See docs/benchmarks.md.
    INTAKE_TRY(db.exec("PRAGMA cache_size = -16384"));
    // Checkpoint the WAL every 32 MiB rather than every 4 MiB: a checkpoint
    // runs inside the commit that crosses the mark, and the default made one
    // put in a hundred wait for it. The app also calls checkpoint() when idle.
    INTAKE_TRY(db.exec("PRAGMA wal_autocheckpoint = 8192"));
    // Take and keep the write lock now, so a second opener fails at once.
    INTAKE_TRY(db.exec("BEGIN IMMEDIATE"));
    INTAKE_TRY(db.exec("COMMIT"));

    auto version = schema::migrate(db, schema::migrations());
    if (!version)
        return version.error();
    if (config.maxPages)
        INTAKE_TRY(db.exec("PRAGMA max_page_count = " + std::to_string(*config.maxPages)));

    if (config.key) {
        if (keycheck::compare(config.path, *config.key) != keycheck::Match::Same)
            INTAKE_TRY(keycheck::write(config.path, *config.key));
    }
    if (creating)
        INTAKE_TRY(durable::syncFolder(durable::folderOf(config.path)));
    return std::unique_ptr<Vault>(new Vault(std::move(*connection), config.path, config.key.has_value()));
}

Result<std::optional<Vault::StoredDoc>> Vault::loadDoc(const std::string& id) {
    auto docStmt = db_->cached("SELECT doc_key, winning_rev, deleted FROM docs WHERE id = ?");
    if (!docStmt)
        return docStmt.error();
    auto& doc = **docStmt;
    doc.bind(1, id);
    auto row = doc.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredDoc>();
    StoredDoc stored;
    stored.docKey = doc.integer(0);
    stored.winningRev = doc.text(1);
    stored.deleted = doc.integer(2) != 0;
    doc.reset();

    auto revStmt = db_->cached("SELECT rev, generation, parent, deleted FROM revs WHERE doc_key = ?");
    if (!revStmt)
        return revStmt.error();
    auto& revs = **revStmt;
    revs.bind(1, stored.docKey);
    std::vector<RevisionNode> nodes;
    INTAKE_TRY(revs.forEachRow([&](sqlite::Statement& revRow) {
        nodes.push_back({revRow.text(0), static_cast<int>(revRow.integer(1)), revRow.text(2), revRow.integer(3) != 0});
    }));
    stored.tree = RevisionTree(std::move(nodes));
    return std::optional<StoredDoc>(std::move(stored));
}

Result<void> Vault::saveTree(WriteTransaction& transaction, std::optional<StoredDoc>& stored, const std::string& id,
                             const RevisionTree& before, const RevisionTree& after, const std::string& newRev,
                             const NewBody* newBody) {
    const auto* winner = after.winner();
    if (!winner)
        return Error(VaultError::Internal, "tree without a winner");
    const bool conflicted = !after.conflicts().empty();

    // The indexed columns follow the winner's body.
    std::optional<nlohmann::json> winnerBody;
    const nlohmann::json* winnerJson = nullptr;
    if (!winner->deleted) {
        if (winner->rev == newRev && newBody) {
            winnerJson = newBody->json;
        } else {
            auto loaded = loadBody(stored->docKey, winner->rev);
            if (!loaded)
                return loaded.error();
            winnerBody = std::move(*loaded);
            if (winnerBody)
                winnerJson = &*winnerBody;
        }
    }
    std::array<std::optional<std::string>, 4> fields;
    for (std::size_t i = 0; i < fields.size(); ++i)
        fields[i] = indexedField(winnerJson, kIndexedFields[i]);

    const auto seq = transaction.nextSequence();
    std::int64_t docKey = 0;
    if (!stored) {
        auto stmt = db_->cached(
            "INSERT INTO docs (id, seq, winning_rev, deleted, conflicted, type, site, day, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!stmt)
            return stmt.error();
        auto& insert = **stmt;
        insert.bind(1, id).bind(2, seq).bind(3, winner->rev);
        insert.bind(4, std::int64_t{winner->deleted}).bind(5, std::int64_t{conflicted});
        for (std::size_t i = 0; i < fields.size(); ++i)
            insert.bindOptional(static_cast<int>(6 + i), fields[i] ? &*fields[i] : nullptr);
        INTAKE_TRY(insert.run());
        docKey = sqlite3_last_insert_rowid(db_->handle());
    } else {
        auto stmt = db_->cached(
            "UPDATE docs SET seq = ?, winning_rev = ?, deleted = ?, conflicted = ?, "
            "type = ?, site = ?, day = ?, status = ? WHERE doc_key = ?");
        if (!stmt)
            return stmt.error();
        auto& update = **stmt;
        update.bind(1, seq).bind(2, winner->rev);
        update.bind(3, std::int64_t{winner->deleted}).bind(4, std::int64_t{conflicted});
        for (std::size_t i = 0; i < fields.size(); ++i)
            update.bindOptional(static_cast<int>(5 + i), fields[i] ? &*fields[i] : nullptr);
        update.bind(9, stored->docKey);
        INTAKE_TRY(update.run());
        docKey = stored->docKey;
    }

    for (const auto& node : after.nodes()) {
        const bool leaf = after.isLeaf(node.rev);
        const auto* old = before.find(node.rev);
        if (!old) {
            auto stmt = db_->cached(
                "INSERT INTO revs (doc_key, rev, generation, parent, deleted, leaf, body) VALUES (?, ?, ?, ?, ?, ?, ?)");
            if (!stmt)
                return stmt.error();
            auto& insert = **stmt;
            insert.bind(1, docKey).bind(2, node.rev).bind(3, std::int64_t{node.generation});
            if (node.parent.empty())
                insert.bindNull(4);
            else
                insert.bind(4, node.parent);
            insert.bind(5, std::int64_t{node.deleted}).bind(6, std::int64_t{leaf});
            const bool keepBody = leaf && node.rev == newRev && newBody;
            insert.bindOptional(7, keepBody ? &newBody->text : nullptr);
            INTAKE_TRY(insert.run());
        } else if (old->parent != node.parent || before.isLeaf(node.rev) != leaf) {
            // A leaf that gained a child loses its body, as compaction would.
            auto stmt = db_->cached(
                "UPDATE revs SET parent = ?, leaf = ?, body = CASE WHEN ? THEN body ELSE NULL END "
                "WHERE doc_key = ? AND rev = ?");
            if (!stmt)
                return stmt.error();
            auto& update = **stmt;
            if (node.parent.empty())
                update.bindNull(1);
            else
                update.bind(1, node.parent);
            update.bind(2, std::int64_t{leaf}).bind(3, std::int64_t{leaf}).bind(4, docKey).bind(5, node.rev);
            INTAKE_TRY(update.run());
        }
    }
    return {};
}

Result<std::optional<nlohmann::json>> Vault::loadBody(std::int64_t docKey, const std::string& rev) {
    auto stmt = db_->cached("SELECT body FROM revs WHERE doc_key = ? AND rev = ?");
    if (!stmt)
        return stmt.error();
    auto& row = **stmt;
    row.bind(1, docKey).bind(2, rev);
    auto found = row.step();
    if (!found)
        return found.error();
    if (!*found || row.isNull(0)) {
        row.reset();
        return std::optional<nlohmann::json>();
    }
    auto body = parseStoredBody(row.textView(0));
    row.reset();
    if (!body)
        return body.error();
    return std::optional<nlohmann::json>(std::move(*body));
}

Result<Document> Vault::putLocked(WriteTransaction& transaction, const PutRequest& request) {
    INTAKE_TRY(validateId(request.id));
    // Tombstones keep no fields: a deleted record leaves nothing readable.
    auto body = serializeBody(request.deleted ? nlohmann::json::object() : request.body);
    if (!body)
        return body.error();

    auto loaded = loadDoc(request.id);
    if (!loaded)
        return loaded.error();
    auto& stored = *loaded;

    auto resultFor = [&](std::string rev) {
        return Document{request.id, std::move(rev), request.deleted,
                        request.deleted ? nlohmann::json::object() : request.body, {}};
    };
    if (stored) {
        // The same edit again (a retry after a lost answer) is already stored.
        const auto* retriedParent = request.parentRev.empty() ? nullptr : stored->tree.find(request.parentRev);
        if (retriedParent || request.parentRev.empty()) {
            const int retryGeneration = retriedParent ? retriedParent->generation + 1 : 1;
            auto retryRev = makeRevision(retryGeneration, request.parentRev, request.deleted, *body);
            // Only while it is still a leaf: a revision edited or deleted
            // since is history, and the same body again is a new edit (a bed
            // given, freed, and given again in the same second).
            if (stored->tree.isLeaf(retryRev))
                return resultFor(std::move(retryRev));
        }
    }
    std::string parent;
    if (!stored) {
        if (!request.parentRev.empty() || request.deleted)
            return Error(request.deleted ? VaultError::DocumentNotFound : VaultError::Conflict, "no such document");
    } else if (request.parentRev.empty()) {
        // Creating over a tombstone extends the deleted branch, as CouchDB does.
        if (!stored->deleted)
            return Error(VaultError::Conflict, "document exists; give its revision");
        parent = stored->winningRev;
    } else {
        const auto* node = stored->tree.find(request.parentRev);
        if (!node || !stored->tree.isLeaf(request.parentRev) || node->deleted)
            return Error(VaultError::Conflict, "revision is not a current leaf");
        parent = request.parentRev;
    }

    const int generation = parent.empty() ? 1 : stored->tree.find(parent)->generation + 1;
    const auto rev = makeRevision(generation, parent, request.deleted, *body);
    RevisionTree before = stored ? stored->tree : RevisionTree();
    RevisionTree after = before;
    INTAKE_TRY(after.addChild(parent, rev, request.deleted));
    const NewBody newBody{*body, &request.body};
    INTAKE_TRY(saveTree(transaction, stored, request.id, before, after, rev, &newBody));
    return resultFor(rev);
}

Result<Document> Vault::put(const PutRequest& request) {
    auto results = putAll(std::span(&request, 1));
    if (!results)
        return results.error();
    return std::move(results->front());
}

Result<std::vector<Document>> Vault::putAll(std::span<const PutRequest> requests) {
    std::lock_guard lock(mutex_);
    auto transaction = WriteTransaction::begin(*db_);
    if (!transaction)
        return transaction.error();
    std::vector<Document> results;
    results.reserve(requests.size());
    for (const auto& request : requests) {
        auto done = putLocked(*transaction, request);
        if (!done)
            return done.error();
        results.push_back(std::move(*done));
    }
    INTAKE_TRY(transaction->commit());
    return results;
}

Result<Document> Vault::remove(const std::string& id, const std::string& rev) {
    return put(PutRequest{id, nlohmann::json::object(), rev, true});
}

Result<Document> Vault::get(const std::string& id, const std::string& rev) {
    std::lock_guard lock(mutex_);
    INTAKE_TRY(validateId(id));
    auto loaded = loadDoc(id);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return Error(VaultError::DocumentNotFound);
    const auto& stored = **loaded;
    const std::string target = rev.empty() ? stored.winningRev : rev;
    const auto* node = stored.tree.find(target);
    if (!node)
        return Error(VaultError::DocumentNotFound, "no such revision");
    if (rev.empty() && node->deleted)
        return Error(VaultError::DocumentDeleted);

    Document doc{id, target, node->deleted, nlohmann::json::object(), stored.tree.conflicts()};
    auto body = loadBody(stored.docKey, target);
    if (!body)
        return body.error();
    if (!*body) {
        if (node->deleted)
            return doc;
        return Error(VaultError::DocumentNotFound, "revision body was compacted away");
    }
    doc.body = std::move(**body);
    return doc;
}

Result<void> Vault::forEach(const DocumentQuery& query, const std::function<Result<bool>(Document&&)>& visit) {
    std::lock_guard lock(mutex_);
    // The sort by id carries only ids and keys; each body is read as its row
    // is visited, so a large type is never held (bodies and all) in SQLite's sorter.
    std::string sql = "SELECT d.id, d.winning_rev, d.doc_key FROM docs d WHERE d.deleted = 0";
    std::vector<const std::string*> values;
    const std::pair<const char*, const std::optional<std::string>*> filters[] = {
        {" AND d.type = ?", &query.type},
        {" AND d.site = ?", &query.site},
        {" AND d.day = ?", &query.day},
        {" AND d.status = ?", &query.status},
    };
    for (const auto& [clause, value] : filters) {
        if (*value) {
            sql += clause;
            values.push_back(&**value);
        }
    }
    sql += " ORDER BY d.id";
    if (query.limit > 0)
        sql += " LIMIT " + std::to_string(query.limit);
    auto stmt = db_->prepare(sql);
    if (!stmt)
        return stmt.error();
    for (std::size_t i = 0; i < values.size(); ++i)
        stmt->bind(static_cast<int>(i + 1), *values[i]);
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        auto id = stmt->text(0);
        auto rev = stmt->text(1);
        auto body = loadBody(stmt->integer(2), rev);
        if (!body)
            return body.error();
        if (!*body)
            return Error(VaultError::Damaged, "winning revision without a body");
        auto more = visit(Document{std::move(id), std::move(rev), false, std::move(**body), {}});
        if (!more)
            return more.error();
        if (!*more)
            return {};
    }
}

Result<std::vector<Document>> Vault::query(const DocumentQuery& query) {
    std::vector<Document> docs;
    INTAKE_TRY(forEach(query, [&](Document&& doc) -> Result<bool> {
        docs.push_back(std::move(doc));
        return true;
    }));
    return docs;
}

Result<bool> Vault::insertLocked(WriteTransaction& transaction, const RevisionInsert& revision) {
    INTAKE_TRY(validateId(revision.id));
    if (revision.history.empty())
        return Error(VaultError::InvalidRevision, "empty history");
    auto body = serializeBody(revision.body);
    if (!body)
        return body.error();
    auto loaded = loadDoc(revision.id);
    if (!loaded)
        return loaded.error();
    auto& stored = *loaded;
    RevisionTree before = stored ? stored->tree : RevisionTree();
    RevisionTree after = before;
    auto added = after.insertHistory(revision.history, revision.deleted);
    if (!added)
        return added.error();
    if (!*added && after.nodes() == before.nodes())
        return false;  // nothing new, not even a missing link
    const NewBody newBody{*body, &revision.body};
    INTAKE_TRY(saveTree(transaction, stored, revision.id, before, after, revision.history.front(),
                        *added ? &newBody : nullptr));
    return *added;
}

Result<std::vector<InsertOutcome>> Vault::insertRevisions(std::span<const RevisionInsert> revisions) {
    std::lock_guard lock(mutex_);
    auto transaction = WriteTransaction::begin(*db_);
    if (!transaction)
        return transaction.error();
    std::vector<InsertOutcome> outcomes;
    outcomes.reserve(revisions.size());
    for (const auto& revision : revisions) {
        // A savepoint per document: a refused one is undone alone.
        INTAKE_TRY(db_->exec("SAVEPOINT one_document"));
        auto added = insertLocked(*transaction, revision);
        if (added) {
            outcomes.push_back({*added, std::nullopt});
            (void)db_->exec("RELEASE one_document");
            continue;
        }
        const auto& error = added.error();
        const bool storageFailure = error.domain() != ErrorDomain::Vault || error.is(VaultError::Full) ||
                                    error.is(VaultError::Io) || error.is(VaultError::Damaged) ||
                                    error.is(VaultError::InUse) || error.is(VaultError::Internal);
        if (storageFailure)
            return error;
        (void)db_->exec("ROLLBACK TO one_document");
        (void)db_->exec("RELEASE one_document");
        outcomes.push_back({false, error});
    }
    INTAKE_TRY(transaction->commit());
    return outcomes;
}

Result<RevisionTree> Vault::revisionTree(const std::string& id) {
    std::lock_guard lock(mutex_);
    auto loaded = loadDoc(id);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return Error(VaultError::DocumentNotFound);
    return std::move((*loaded)->tree);
}

Result<std::vector<std::string>> Vault::missingRevisions(const std::string& id, std::span<const std::string> revs) {
    std::lock_guard lock(mutex_);
    auto loaded = loadDoc(id);
    if (!loaded)
        return loaded.error();
    std::vector<std::string> missing;
    for (const auto& rev : revs) {
        if (!*loaded || !(*loaded)->tree.contains(rev))
            missing.push_back(rev);
    }
    return missing;
}

Result<std::vector<Change>> Vault::changesSince(std::int64_t seq, std::size_t limit) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare(
        "SELECT doc_key, seq, id, winning_rev, deleted FROM docs WHERE seq > ? ORDER BY seq" +
        (limit > 0 ? " LIMIT " + std::to_string(limit) : std::string()));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, seq);
    std::vector<Change> changes;
    std::vector<std::int64_t> keys;
    INTAKE_TRY(stmt->forEachRow([&](sqlite::Statement& row) {
        keys.push_back(row.integer(0));
        changes.push_back(Change{row.integer(1), row.text(2), row.text(3), row.integer(4) != 0, {}});
    }));
    auto leafStmt = db_->cached("SELECT rev, generation, deleted FROM revs WHERE doc_key = ? AND leaf = 1");
    if (!leafStmt)
        return leafStmt.error();
    for (std::size_t i = 0; i < changes.size(); ++i) {
        std::vector<RevisionNode> nodes;
        INTAKE_TRY((*leafStmt)->bind(1, keys[i]).forEachRow([&](sqlite::Statement& row) {
            nodes.push_back({row.text(0), static_cast<int>(row.integer(1)), {}, row.integer(2) != 0});
        }));
        const RevisionTree leafSet(std::move(nodes));  // parentless, so all leaves
        for (const auto* node : leafSet.leavesByPriority())
            changes[i].leafRevs.push_back(node->rev);
    }
    return changes;
}

Result<std::int64_t> Vault::lastSequence() {
    std::lock_guard lock(mutex_);
    return WriteTransaction::lastSequence(*db_);
}

Result<std::vector<std::string>> Vault::conflictedDocuments() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT id FROM docs WHERE conflicted = 1 ORDER BY id");
    if (!stmt)
        return stmt.error();
    std::vector<std::string> ids;
    INTAKE_TRY(stmt->forEachRow([&](sqlite::Statement& row) { ids.push_back(row.text(0)); }));
    return ids;
}

namespace {

Result<std::string> localId(const std::string& id) {
    const std::string full = id.rfind(kLocalPrefix, 0) == 0 ? id : kLocalPrefix + id;
    const auto name = full.substr(std::char_traits<char>::length(kLocalPrefix));
    if (name.empty() || full.size() > kMaxIdBytes || !text::isValidUtf8(full) || text::hasControlCharacters(full))
        return Error(VaultError::InvalidDocumentId, "bad local id");
    return full;
}

}  // namespace

Result<LocalDocument> Vault::putLocal(const std::string& id, const nlohmann::json& body) {
    std::lock_guard lock(mutex_);
    auto full = localId(id);
    if (!full)
        return full.error();
    auto text = serializeBody(body);
    if (!text)
        return text.error();
    auto transaction = WriteTransaction::begin(*db_);
    if (!transaction)
        return transaction.error();
    std::int64_t revision = 1;
    {
        auto stmt = db_->cached("SELECT rev FROM local_docs WHERE id = ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, *full);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (*row)
            revision = (*stmt)->integer(0) + 1;
        (*stmt)->reset();
    }
    auto stmt = db_->cached("INSERT OR REPLACE INTO local_docs (id, rev, body) VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    INTAKE_TRY((*stmt)->bind(1, *full).bind(2, revision).bind(3, *text).run());
    INTAKE_TRY(transaction->commit());
    return LocalDocument{*full, "0-" + std::to_string(revision), body};
}

Result<LocalDocument> Vault::getLocal(const std::string& id) {
    std::lock_guard lock(mutex_);
    auto full = localId(id);
    if (!full)
        return full.error();
    auto stmt = db_->cached("SELECT rev, body FROM local_docs WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, *full);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(VaultError::DocumentNotFound);
    const auto revision = (*stmt)->integer(0);
    auto body = parseStoredBody((*stmt)->textView(1));
    (*stmt)->reset();
    if (!body)
        return body.error();
    return LocalDocument{*full, "0-" + std::to_string(revision), std::move(*body)};
}

Result<void> Vault::removeLocal(const std::string& id) {
    std::lock_guard lock(mutex_);
    auto full = localId(id);
    if (!full)
        return full.error();
    auto stmt = db_->cached("DELETE FROM local_docs WHERE id = ?");
    if (!stmt)
        return stmt.error();
    INTAKE_TRY((*stmt)->bind(1, *full).run());
    if (db_->changes() == 0)
        return Error(VaultError::DocumentNotFound);
    return {};
}

Result<void> Vault::purge(const std::string& id) {
    auto purged = purgeIf(id, std::nullopt);
    if (!purged)
        return purged.error();
    return {};
}

Result<bool> Vault::purgeIfUnchanged(const std::string& id, std::int64_t seq) {
    return purgeIf(id, seq);
}

Result<bool> Vault::purgeIf(const std::string& id, std::optional<std::int64_t> expectedSeq) {
    std::lock_guard lock(mutex_);
    INTAKE_TRY(validateId(id));
    auto transaction = WriteTransaction::begin(*db_);
    if (!transaction)
        return transaction.error();
    auto key = db_->cached("SELECT doc_key, seq FROM docs WHERE id = ?");
    if (!key)
        return key.error();
    (*key)->bind(1, id);
    auto row = (*key)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(VaultError::DocumentNotFound);
    const auto docKey = (*key)->integer(0);
    const auto seq = (*key)->integer(1);
    (*key)->reset();
    if (expectedSeq && seq != *expectedSeq)
        return false;  // written since: that change must not be lost
    // The sequence must never go back, or a reader holding it would miss
    // the next change: remember how far it got.
    auto floor = db_->cached("UPDATE meta SET value = ? WHERE key = 'seq_floor'");
    if (!floor)
        return floor.error();
    INTAKE_TRY((*floor)->bind(1, transaction->currentSequence()).run());
    auto revs = db_->cached("DELETE FROM revs WHERE doc_key = ?");
    if (!revs)
        return revs.error();
    INTAKE_TRY((*revs)->bind(1, docKey).run());
    auto docs = db_->cached("DELETE FROM docs WHERE doc_key = ?");
    if (!docs)
        return docs.error();
    INTAKE_TRY((*docs)->bind(1, docKey).run());
    INTAKE_TRY(transaction->commit());
    return true;
}

Result<std::int64_t> Vault::changeCount(std::int64_t sinceSeq) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->cached("SELECT count(*) FROM docs WHERE seq > ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sinceSeq);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const auto count = *row ? (*stmt)->integer(0) : 0;
    (*stmt)->reset();
    return count;
}

Result<void> Vault::verify() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("PRAGMA integrity_check");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(VaultError::Damaged, "integrity_check returned nothing");
    const auto finding = stmt->text(0);
    if (finding != "ok")
        return Error(VaultError::Damaged, finding);
    return {};
}

Result<void> Vault::checkpoint() {
    std::lock_guard lock(mutex_);
    return db_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Result<std::int64_t> Vault::documentCount() {
    std::lock_guard lock(mutex_);
    return db_->queryInteger("SELECT count(*) FROM docs WHERE deleted = 0");
}

// --- key rotation (issue #5) ------------------------------------------------

namespace {

bool isKeyProblem(const Error& error) {
    return error.is(VaultError::WrongKey) || error.is(VaultError::Unreadable) || error.is(VaultError::Damaged);
}

// Every page of the main file decrypts under `key`. Reads the file only
// (immutable: no lock, no journal, no WAL), so it says what a crash now
// would leave.
Result<void> mainFileOpensWith(const std::filesystem::path& path, const VaultKey& key) {
    auto probe = openConnection(VaultConfig{path, key, std::nullopt}, immutableUri(path),
                                SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    if (!probe)
        return probe.error();
    auto finding = (*probe)->queryText("PRAGMA quick_check");
    if (!finding)
        return finding.error();
    if (*finding != "ok")
        return Error(VaultError::Damaged, *finding);
    return {};
}

}  // namespace

Result<Vault::Reopened> Vault::openAfterRekey(const VaultConfig& config, const VaultKey& previousKey) {
    if (!config.key)
        return Error(VaultError::Internal, "openAfterRekey needs the new key in the config");
    auto withNew = open(config);
    if (withNew)
        return Reopened{std::move(*withNew), false};
    if (!isKeyProblem(withNew.error()))
        return withNew.error();
    // A failed open with the new key may have rolled back the hot journal of
    // an interrupted rekey, so the old key is tried after it, never before.
    VaultConfig previous = config;
    previous.key = previousKey;
    auto withPrevious = open(previous);
    if (withPrevious)
        return Reopened{std::move(*withPrevious), true};
    if (!isKeyProblem(withPrevious.error()))
        return withPrevious.error();
    if (withNew.error().is(VaultError::Damaged))
        return withNew.error();
    return withPrevious.error();
}

Result<void> Vault::rekey(const VaultKey& newKey) {
    std::lock_guard lock(mutex_);
    if (!encrypted_)
        return Error(VaultError::Internal, "a vault without encryption has no key to change");
    if (rekeyFailed_)
        return Error(VaultError::Internal, "an earlier key change failed; close the vault and open it again");
    auto& db = *db_;

    // The rollback journal holds every page once, after the WAL has been
    // moved into the main file.
    std::error_code ec;
    const auto size = std::filesystem::file_size(path_, ec);
    std::error_code walEc;
    const auto walSize = std::filesystem::file_size(path_.string() + "-wal", walEc);
    const std::uint64_t needed = size + (walEc ? 0 : walSize) + (std::uint64_t{1} << 20);
    struct statvfs space {};
    if (!ec && ::statvfs(durable::folderOf(path_).c_str(), &space) == 0 &&
        static_cast<std::uint64_t>(space.f_bavail) * space.f_frsize < needed)
        return Error(VaultError::Full, "no room for the rekey journal");

    // 1. Out of WAL: this checkpoints the WAL into the main file and deletes it.
    auto mode = db.queryText("PRAGMA journal_mode = TRUNCATE");
    if (!mode)
        return mode.error();
    auto backToWal = [&db]() -> Result<void> {
        auto wal = db.queryText("PRAGMA journal_mode = WAL");
        if (!wal)
            return wal.error();
        if (*wal != "wal")
            return Error(VaultError::Io, "cannot switch back to WAL");
        return {};
    };
    if (*mode != "truncate") {
        INTAKE_TRY(backToWal());
        return Error(VaultError::Io, "cannot leave WAL mode for the key change");
    }

    // 2. No key check while the file may be under either key.
    if (::unlink(keycheck::pathFor(path_).c_str()) != 0 && errno != ENOENT) {
        auto error = durable::fromErrno(errno, "remove key check");
        INTAKE_TRY(backToWal());
        return error;
    }
    if (auto synced = durable::syncFolder(durable::folderOf(path_)); !synced) {
        INTAKE_TRY(backToWal());
        return synced.error();
    }

    // 3. SQLCipher answers SQLITE_OK even when its transaction rolled back,
    // and may then leave this connection writing under the new key while it
    // reads under the old one; hence step 4.
    std::string rawKey = "x'" + newKey.hex() + "'";
    const int rc = sqlite3_rekey(db.handle(), rawKey.data(), static_cast<int>(rawKey.size()));
    wipe(rawKey);

    // 4. The main file is entirely under the new key, and so is this
    // connection (its cache dropped, page 1 read again from the file).
    auto committed = rc == SQLITE_OK ? mainFileOpensWith(path_, newKey)
                                     : Result<void>(sqlite::toError(rc, db.handle(), "rekey"));
    if (committed) {
        sqlite3_db_release_memory(db.handle());
        auto reads = db.queryInteger("SELECT count(*) FROM sqlite_master");
        if (!reads)
            committed = reads.error();
    }
    if (!committed) {
        rekeyFailed_ = true;
        (void)db.exec("PRAGMA query_only = ON");
        return Error(VaultError::Io, "the key change did not complete (" + committed.error().name() +
                                         "); close the vault and open it with openAfterRekey");
    }

    // 5. Committed: the rest only restores the usual state.
    if (auto wal = backToWal(); !wal) {
        rekeyFailed_ = true;
        return wal.error();
    }
    return keycheck::write(path_, newKey);
}

}  // namespace intake
