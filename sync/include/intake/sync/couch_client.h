#pragma once

#include "intake/core/result.h"
#include "intake/sync/credentials.h"
#include "intake/sync/remote_endpoint.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace intake::sync {

// Timeouts. A sync over a slow mobile link may move tens of megabytes in one
// _bulk_get or _bulk_docs, so no short whole-request timeout is used; instead:
//  - connectTimeout: TCP connect plus TLS handshake;
//  - stall detection (lowSpeedLimit/lowSpeedTime): a transfer slower than
//    lowSpeedLimit bytes per second for lowSpeedTime in a row is aborted as
//    SyncError::Timeout. A large transfer that keeps progressing is
//    never cut off by it; a dead or wedged connection is given up after
//    lowSpeedTime (libcurl counts in whole seconds and averages the speed
//    over the last few seconds, so a stall right after a burst of data is
//    noticed up to about 5 s later);
//  - requestTimeout: an overall cap on one request however fast it moves, a
//    last resort against a server that trickles forever (0: no cap). The
//    default lets a maxResponseBytes body through at about 40 kB/s.
// A longpoll (changesLongpoll) is idle by design while the server waits, so
// its wait plus kLongpollGrace is added to both lowSpeedTime and
// requestTimeout for that request.
struct ClientOptions {
    std::chrono::milliseconds connectTimeout{std::chrono::seconds(10)};
    std::size_t lowSpeedLimit = 1;  // bytes per second; 0 disables stall detection
    std::chrono::seconds lowSpeedTime{30};
    std::chrono::milliseconds requestTimeout{std::chrono::minutes(30)};
    // PEM bundle of trusted CAs instead of the system's.
    std::optional<std::string> caFile;
    // "sha256//<base64>" (CURLOPT_PINNEDPUBLICKEY); a mismatch is SyncError::TlsFailure.
    // Checked in addition to the certificate chain, not instead of it.
    std::optional<std::string> pinnedPublicKey;
    // None: anonymous. Basic: HTTP Basic on every request. Session: POST
    // /_session {name, password} before the first request, then the
    // AuthSession cookie on every request (a refreshed cookie in any answer
    // replaces it); on a 401 the client logs in again once and repeats that
    // request. A login the server refuses is SyncError::Unauthorized. The
    // password never appears in error details.
    std::optional<Credentials> credentials;
    // A larger (decoded) response body aborts the transfer: SyncError::BadResponse.
    std::size_t maxResponseBytes = std::size_t{64} * 1024 * 1024;
};

// Outcome of one document of bulkDocsNoNewEdits: error is SyncError::Rejected
// (detail: id and the server's reason) when the server refused it.
struct DocResult {
    std::string id;
    std::string rev;
    std::optional<Error> error;
};

struct Change {
    nlohmann::json seq;              // opaque: a number (PouchDB) or a string (CouchDB 2+)
    std::string id;
    std::vector<std::string> revs;   // the leaf revisions (style=all_docs)
    bool deleted = false;
    // With includeDocs: the winning revision itself (_id, _rev, fields).
    std::optional<nlohmann::json> doc;
};

struct ChangesPage {
    std::vector<Change> changes;
    nlohmann::json lastSeq;
};

// The HTTP side of the CouchDB replication protocol, over one libcurl easy
// handle (one kept-alive connection, reused), driven through a multi handle
// so that a stop token can interrupt any wait. TLS is always verified;
// redirects are never followed (they are SyncError::BadResponse). Every
// failure is a value: transport and HTTP errors map to SyncError codes, and
// any body that is not the JSON shape expected is SyncError::BadResponse.
// Error details carry ids and status codes, never document contents or
// passwords.
// Not thread-safe: one client per thread. Only a stop_source given through
// setStopToken may be triggered from another thread.
class CouchClient {
public:
    // How long after its `timeout` a longpoll waits for the server's own
    // (empty) answer before giving up on it (see changesLongpoll).
    static constexpr std::chrono::milliseconds kLongpollGrace{2000};

    static Result<CouchClient> create(const RemoteEndpoint& endpoint, ClientOptions options = {});

    CouchClient(CouchClient&&) noexcept;
    CouchClient& operator=(CouchClient&&) noexcept;
    CouchClient(const CouchClient&) = delete;
    CouchClient& operator=(const CouchClient&) = delete;
    ~CouchClient();

    const std::string& databaseUrl() const;

    // GET / on the server: its welcome object (e.g. "version", "uuid").
    Result<nlohmann::json> serverInfo();
    // PUT the database; an existing one is fine.
    Result<void> ensureDatabase();
    // POST _revs_diff: for each id, the given revisions the server lacks
    // (ids with none missing are left out).
    Result<std::map<std::string, std::vector<std::string>>> revsDiff(
        const std::map<std::string, std::vector<std::string>>& revisions);
    // POST _bulk_docs with new_edits:false. Each document needs _id and _rev
    // (and should carry _revisions). One DocResult per document, in order.
    Result<std::vector<DocResult>> bulkDocsNoNewEdits(const std::vector<nlohmann::json>& docs);
    // GET _changes?style=all_docs&since=<since>[&limit=<limit>] (limit 0: no limit).
    // includeDocs: each row also carries its winning revision (as PouchDB's
    // replicator reads first revisions through _all_docs), which spares a
    // _bulk_get for documents that have no history yet.
    Result<ChangesPage> changes(const std::string& since, std::size_t limit = 0, bool includeDocs = false);
    // GET _changes?feed=longpoll&style=all_docs&since=<since>[&limit=<limit>]&timeout=<ms>:
    // answers as soon as there is a change after `since`, or with an empty
    // page and the current lastSeq once `timeout` has passed with none.
    // Servers that ignore `timeout` (pouchdb-server 4.2.0 waits for a change
    // indefinitely) are given up on after timeout + kLongpollGrace, and a
    // plain changes(since, limit) answers instead (one more request).
    Result<ChangesPage> changesLongpoll(const std::string& since, std::size_t limit,
                                        std::chrono::milliseconds timeout);
    // POST _bulk_get?revs=true. GET <id>?rev=&revs=true for each revision
    // when the server has no _bulk_get, and for those it answered missing or
    // not_found (pouchdb-server may say {"missing": rev} of one it has).
    // Revisions the server really does not have are left out.
    Result<std::vector<nlohmann::json>> bulkGet(const std::vector<std::pair<std::string, std::string>>& revisions);
    // _local/<id> (id without the "_local/" prefix); nullopt when absent.
    Result<std::optional<nlohmann::json>> getLocal(const std::string& id);
    // Writes _local/<id>, replacing whatever is there (the current _rev is
    // fetched when the body has none).
    // Returns the new _rev (pass it in the next body to save a round trip;
    // a stale one is refetched and retried).
    Result<std::string> putLocal(const std::string& id, nlohmann::json body);

    // Once `token` is stopped, the request in progress is aborted within about
    // 100 ms (also while idle in a longpoll or waiting for a connection) and
    // every call fails with SyncError::Cancelled without sending anything,
    // until another token is set. Call between requests, on the client's thread.
    void setStopToken(std::stop_token token);

    // HTTP requests sent so far by this client, every attempt included
    // (session logins, a request repeated after a new login, the per-revision
    // GETs of the bulkGet fallback, the plain _changes after a longpoll the
    // server did not end). Calls refused before sending are not counted.
    std::uint64_t requestCount() const;
    // The server's clock (its Date header) at its latest answer; nullopt
    // before any answer carried one.
    std::optional<std::chrono::sys_seconds> lastServerDate() const;

private:
    struct Impl;
    explicit CouchClient(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace intake::sync
