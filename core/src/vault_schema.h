#pragma once

// Internal to core: the vault's SQL schema and its forward migrations.

#include "intake/core/result.h"
#include "sqlite_connection.h"

#include <span>
#include <vector>

namespace intake::schema {

// Migration i takes a vault from user_version i to i + 1.
struct Migration {
    const char* description;
    std::vector<const char*> statements;
};

// The migrations of this build, oldest first.
std::span<const Migration> migrations();

// The user_version this build writes.
int currentVersion();

// Applies the pending migrations, each in its own transaction with its
// user_version bump, so a crash leaves the vault at a whole version.
// A vault newer than the list gives TooNew and is left untouched.
Result<int> migrate(sqlite::Connection& db, std::span<const Migration> list);

}  // namespace intake::schema
