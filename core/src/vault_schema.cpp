#include "vault_schema.h"

#include <string>

namespace intake::schema {

namespace {

const std::vector<Migration> kMigrations = {
    {"documents, revision trees, change sequence and local documents",
     {
         "CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID",
         // The change sequence is max(docs.seq); purge raises this floor so
         // the sequence never goes back.
         "INSERT INTO meta (key, value) VALUES ('seq_floor', 0)",
         // One row per document, describing its winning revision. The indexed
         // columns are copied from the winner's body when it changes.
         "CREATE TABLE docs ("
         "  doc_key INTEGER PRIMARY KEY,"
         "  id TEXT NOT NULL UNIQUE,"
         "  seq INTEGER NOT NULL,"
         "  winning_rev TEXT NOT NULL,"
         "  deleted INTEGER NOT NULL,"
         "  conflicted INTEGER NOT NULL,"
         "  type TEXT, site TEXT, day TEXT, status TEXT)",
         "CREATE UNIQUE INDEX docs_by_seq ON docs (seq)",
         // Screens and statistics always ask by type; a query without one
         // scans. A second index by site cost a page on every write.
         "CREATE INDEX docs_by_type ON docs (type, site, day, status) WHERE deleted = 0",
         "CREATE INDEX docs_in_conflict ON docs (conflicted) WHERE conflicted = 1",
         // Every known revision. Bodies are kept for leaves only, as CouchDB's
         // compaction does: older bodies are not needed to replicate.
         "CREATE TABLE revs ("
         "  doc_key INTEGER NOT NULL REFERENCES docs (doc_key),"
         "  rev TEXT NOT NULL,"
         "  generation INTEGER NOT NULL,"
         "  parent TEXT,"
         "  deleted INTEGER NOT NULL,"
         "  leaf INTEGER NOT NULL,"
         "  body TEXT,"
         "  PRIMARY KEY (doc_key, rev)) WITHOUT ROWID",
         // _local/ documents: never replicated, never in the change sequence.
         "CREATE TABLE local_docs ("
         "  id TEXT PRIMARY KEY,"
         "  rev INTEGER NOT NULL,"
         "  body TEXT NOT NULL) WITHOUT ROWID",
     }},
};

}  // namespace

std::span<const Migration> migrations() {
    return kMigrations;
}

int currentVersion() {
    return static_cast<int>(kMigrations.size());
}

Result<int> migrate(sqlite::Connection& db, std::span<const Migration> list) {
    auto version = db.queryInteger("PRAGMA user_version");
    if (!version)
        return version.error();
    const auto target = static_cast<std::int64_t>(list.size());
    if (*version > target)
        return Error(VaultError::TooNew, "user_version " + std::to_string(*version));
    for (auto v = *version; v < target; ++v) {
        INTAKE_TRY(db.exec("BEGIN IMMEDIATE"));
        for (const char* statement : list[static_cast<std::size_t>(v)].statements) {
            auto done = db.exec(statement);
            if (!done) {
                (void)db.exec("ROLLBACK");
                return done.error();
            }
        }
        auto bumped = db.exec("PRAGMA user_version = " + std::to_string(v + 1));
        if (!bumped) {
            (void)db.exec("ROLLBACK");
            return bumped.error();
        }
        INTAKE_TRY(db.exec("COMMIT"));
    }
    return static_cast<int>(target);
}

}  // namespace intake::schema
