#pragma once

// Internal to core: a thin RAII layer over the SQLCipher C API.

#include "intake/core/result.h"

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

namespace intake::sqlite {

// Maps a SQLite result code to the vault error a user can act on.
Error toError(int rc, sqlite3* db, std::string_view context);

class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }
    ~Statement();

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bindNull(int index);
    Statement& bindOptional(int index, const std::string* text);

    // SQLITE_ROW: true; SQLITE_DONE: false; anything else: error.
    Result<bool> step();
    // Calls onRow(*this) for every row, then resets. onRow may return a
    // Result<void>; an error from it stops the loop and is returned.
    template <typename OnRow>
    Result<void> forEachRow(OnRow&& onRow);
    Result<void> run();  // step to completion, expecting no rows
    void reset();

    std::int64_t integer(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const;  // valid until the next step
    bool isNull(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_;
};

class Connection {
public:
    static Result<std::unique_ptr<Connection>> open(const std::string& path, int flags);
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    sqlite3* handle() const { return db_; }
    Result<void> exec(std::string_view sql);
    // A statement from the per-connection cache, reset and ready to bind.
    Result<Statement*> cached(const char* sql);
    Result<Statement> prepare(std::string_view sql);
    // The first column of the first row of a statement that must return one.
    Result<std::int64_t> queryInteger(std::string_view sql);
    Result<std::string> queryText(std::string_view sql);
    std::int64_t changes() const { return sqlite3_changes(db_); }

private:
    explicit Connection(sqlite3* db) : db_(db) {}
    sqlite3* db_;
    std::unordered_map<const char*, std::unique_ptr<Statement>> cache_;
};

template <typename OnRow>
Result<void> Statement::forEachRow(OnRow&& onRow) {
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if constexpr (std::is_same_v<std::invoke_result_t<OnRow&, Statement&>, Result<void>>) {
            if (auto done = onRow(*this); !done) {
                reset();
                return done.error();
            }
        } else {
            onRow(*this);
        }
    }
    reset();
    return {};
}

}  // namespace intake::sqlite
