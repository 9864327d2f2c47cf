#include "sqlite_connection.h"

namespace intake::sqlite {

Error toError(int rc, sqlite3* db, std::string_view context) {
    std::string detail(context);
    if (db) {
        detail += ": ";
        detail += sqlite3_errmsg(db);
    }
    switch (rc & 0xff) {
    case SQLITE_FULL: return Error(VaultError::Full, std::move(detail));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return Error(VaultError::Damaged, std::move(detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Error(VaultError::InUse, std::move(detail));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH: return Error(VaultError::ReadOnly, std::move(detail));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_NOLFS: return Error(VaultError::Io, std::move(detail));
    default: return Error(ErrorDomain::Sqlite, rc, std::move(detail));
    }
}

Statement::~Statement() {
    if (stmt_)
        sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

Statement& Statement::bindOptional(int index, const std::string* text) {
    return text ? bind(index, *text) : bindNull(index);
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    auto error = toError(rc, db_, "step");
    sqlite3_reset(stmt_);
    return error;
}

Result<void> Statement::run() {
    return forEachRow([](Statement&) {});
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::string Statement::text(int column) const {
    return std::string(textView(column));
}

std::string_view Statement::textView(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!data)
        return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Result<std::unique_ptr<Connection>> Connection::open(const std::string& path, int flags) {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        auto error = toError(rc, db, "open");
        sqlite3_close(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Connection>(new Connection(db));
}

Connection::~Connection() {
    cache_.clear();  // statements must be finalized before the close
    sqlite3_close(db_);
}

Result<void> Connection::exec(std::string_view sql) {
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return toError(rc, db_, "exec");
    return {};
}

Result<Statement*> Connection::cached(const char* sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) {
        it->second->reset();
        return it->second.get();
    }
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    auto owned = std::make_unique<Statement>(std::move(*statement));
    auto* raw = owned.get();
    cache_.emplace(sql, std::move(owned));
    return raw;
}

Result<Statement> Connection::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return toError(rc, db_, "prepare");
    return Statement(db_, stmt);
}

namespace {

template <typename Read>
auto queryOne(Connection& db, std::string_view sql, Read read) -> Result<decltype(read(std::declval<Statement&>()))> {
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(VaultError::Internal, "query returned no row");
    return read(*statement);
}

}  // namespace

Result<std::int64_t> Connection::queryInteger(std::string_view sql) {
    return queryOne(*this, sql, [](Statement& s) { return s.integer(0); });
}

Result<std::string> Connection::queryText(std::string_view sql) {
    return queryOne(*this, sql, [](Statement& s) { return s.text(0); });
}

}  // namespace intake::sqlite
