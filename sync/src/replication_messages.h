#pragma once

// The server's answers in the CouchDB replication protocol, read from their
// raw bodies: pure functions, no network, so that they can be fuzzed
// (fuzz/fuzz_replication_response.cpp) and tested without a server.
// CouchClient sends the requests and hands the bodies to these.
//
// Every function is total: nothing throws out of it, and a body that is not
// the expected shape is SyncError::BadResponse. Error details carry the
// `what` of the request, ids and status codes, never document contents.

#include "intake/core/result.h"
#include "intake/sync/couch_client.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace intake::sync::messages {

// nlohmann parses any depth without recursion, but copying, comparing and
// dumping the result recurse: a body of 100,000 nested brackets (200 kB)
// overflows the stack. The deepest legitimate answer (a _bulk_get result
// holding a record) is about 10 levels; anything past this is refused.
inline constexpr std::size_t kMaxNesting = 128;

// Arrays and objects nested deeper than `limit` anywhere in `text` (a
// linear scan that skips strings). For JSON text only; no validation.
bool nestedDeeperThan(std::string_view text, std::size_t limit);

// JSON text as a value; nullopt when it is not JSON or nests deeper than kMaxNesting.
std::optional<nlohmann::json> parseJson(std::string_view body);

// The CouchDB error body {"error": name, "reason": reason}; empty strings
// for what is absent or not a string, or when the body is not such an object.
struct ErrorBody {
    std::string error;
    std::string reason;
};
ErrorBody parseErrorBody(std::string_view body);

// The SyncError for an HTTP status the request did not expect. The detail
// names the request, the status and the error name (never the reason, which
// may echo contents).
Error statusError(long status, std::string_view body, const std::string& what);
// A 404 for a document rather than for the database (reason missing or deleted).
bool isMissingDocument(long status, std::string_view body);
// The answer of a POST _bulk_get from a server that has no _bulk_get.
bool bulkGetUnsupported(long status, std::string_view body);
// The answer of PUT <db>: created, or there already.
bool databaseReady(long status, std::string_view body);
// True while a longpoll answer holds nothing but the opening CouchDB and
// PouchDB send at once, and heartbeat newlines: no change has begun to arrive.
bool onlyLongpollPreamble(std::string_view body);
// The AuthSession value of a "Set-Cookie:" header line (header name matched
// case-insensitively, value up to ';', trimmed); nullopt for any other line.
// A view into `headerLine`, so that the secret is copied only where it is kept.
std::optional<std::string_view> sessionCookie(std::string_view headerLine);

// The time a "Date:" header line gives (RFC 9110 formats, read by
// curl_getdate); nullopt for any other line or a date that does not parse.
std::optional<std::chrono::sys_seconds> serverDate(std::string_view headerLine);

// GET /: the server's welcome object.
Result<nlohmann::json> parseServerInfo(std::string_view body);
// POST _revs_diff: per id, the revisions the server lacks (ids with none left
// out). An id that was not asked about is BadResponse.
Result<std::map<std::string, std::vector<std::string>>> parseRevsDiff(
    std::string_view body, const std::map<std::string, std::vector<std::string>>& asked);
// POST _bulk_docs (new_edits:false): `sent` holds one entry per document sent
// (id, rev, no error); each error entry marks its document SyncError::Rejected
// (detail: id, error name and the server's reason). An error for a document
// not sent is BadResponse.
Result<std::vector<DocResult>> parseBulkDocsResults(std::string_view body, std::vector<DocResult> sent);
// GET _changes (normal or longpoll): rows with string ids, at least one
// revision each, a boolean `deleted`, a `doc` (if any) that is an object with
// the row's _id and a string _rev; last_seq a string or a number.
Result<ChangesPage> parseChanges(std::string_view body, const std::string& what);

// POST _bulk_get?revs=true: the documents (objects with string _id and _rev)
// and the revisions to fetch one by one because the server answered them
// missing or not_found (id, rev). A forbidden or unauthorized item is
// SyncError::Forbidden / Unauthorized, any other error BadResponse.
struct BulkGetAnswer {
    std::vector<nlohmann::json> docs;
    std::vector<std::pair<std::string, std::string>> retry;
};
Result<BulkGetAnswer> parseBulkGet(std::string_view body);
// GET <id>?rev=&revs=true: an object with string _id and _rev.
Result<nlohmann::json> parseRevisionedDocument(std::string_view body, const std::string& what);
// A document as returned with revs=true: an object with string _id and _rev.
bool isRevisionedDocument(const nlohmann::json& doc);
// GET _local/<id>: an object.
Result<nlohmann::json> parseLocalDocument(std::string_view body, const std::string& what);
// PUT _local/<id>: the new revision from {"ok": true, "id": ..., "rev": ...}.
Result<std::string> parsePutRevision(std::string_view body, const std::string& what);

}  // namespace intake::sync::messages
