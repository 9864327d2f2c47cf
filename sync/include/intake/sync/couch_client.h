#pragma once

#include "intake/core/result.h"
#include "intake/sync/remote_endpoint.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace intake::sync {

struct ClientOptions {
    std::chrono::milliseconds connectTimeout{std::chrono::seconds(10)};
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(60)};
    // PEM bundle of trusted CAs instead of the system's.
    std::optional<std::string> caFile;
    // "sha256//<base64>" (CURLOPT_PINNEDPUBLICKEY); a mismatch is SyncError::TlsFailure.
    std::optional<std::string> pinnedPublicKey;
    // user, password (HTTP Basic).
    std::optional<std::pair<std::string, std::string>> basicAuth;
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
};

struct ChangesPage {
    std::vector<Change> changes;
    nlohmann::json lastSeq;
};

// The HTTP side of the CouchDB replication protocol, over one libcurl easy
// handle (one kept-alive connection, reused). TLS is always verified;
// redirects are never followed (they are SyncError::BadResponse). Every
// failure is a value: transport and HTTP errors map to SyncError codes, and
// any body that is not the JSON shape expected is SyncError::BadResponse.
// Error details carry ids and status codes, never document contents.
// Not thread-safe: one client per thread.
class CouchClient {
public:
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
    Result<ChangesPage> changes(const std::string& since, std::size_t limit = 0);
    // POST _bulk_get?revs=true (falls back to GET <id>?rev=&revs=true when the
    // server has no _bulk_get). Revisions the server does not have are left out.
    Result<std::vector<nlohmann::json>> bulkGet(const std::vector<std::pair<std::string, std::string>>& revisions);
    // _local/<id> (id without the "_local/" prefix); nullopt when absent.
    Result<std::optional<nlohmann::json>> getLocal(const std::string& id);
    // Writes _local/<id>, replacing whatever is there (the current _rev is
    // fetched when the body has none).
    Result<void> putLocal(const std::string& id, nlohmann::json body);

private:
    struct Impl;
    explicit CouchClient(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace intake::sync
