#include "intake/sync/couch_client.h"

#include "replication_messages.h"

#include <curl/curl.h>

#include <atomic>
#include <exception>
#include <mutex>
#include <string_view>

namespace intake::sync {

using nlohmann::json;

namespace {

struct EasyDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct MultiDeleter {
    void operator()(CURLM* handle) const { curl_multi_cleanup(handle); }
};
struct ListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

struct Response {
    long status = 0;
    std::string body;
    // A longpoll given up on (the server ignored its timeout); status and body are meaningless.
    bool gaveUp = false;
};

// Per-request adjustments.
struct Transfer {
    // A longpoll: the server may stay silent this long before it answers.
    std::optional<std::chrono::milliseconds> serverWait;
};

// How often a transfer in progress looks at the stop token and the longpoll
// deadline, even when nothing arrives.
constexpr int kPollMilliseconds = 100;

// Wakes the transfer loop when the stop token is triggered (from any thread).
struct Wakeup {
    CURLM* multi;
    void operator()() const noexcept { curl_multi_wakeup(multi); }
};

bool globalInit() {
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; });
    return ok;
}

Error statusError(const Response& response, const std::string& what) {
    return messages::statusError(response.status, response.body, what);
}

Error badShape(const std::string& what, const std::string& why) {
    return Error(SyncError::BadResponse, what + ": " + why);
}

bool isMissingDocument(const Response& response) {
    return messages::isMissingDocument(response.status, response.body);
}

bool isSuccess(long status) { return status >= 200 && status < 300; }

}  // namespace

struct CouchClient::Impl {
    std::unique_ptr<CURLM, MultiDeleter> multi;
    std::unique_ptr<CURL, EasyDeleter> easy;
    ClientOptions options;
    std::string databaseUrl;
    std::string serverUrl;  // with a trailing slash
    std::string sessionCookie;  // the AuthSession value; empty: not logged in
    std::atomic<std::uint64_t> requests{0};
    static constexpr std::size_t kMaxHeaderBytes = 256 * 1024;
    std::atomic<std::int64_t> serverDate{0};  // seconds since the epoch; 0: none seen
    std::stop_token stopToken;
    // Per transfer.
    std::string* sink = nullptr;
    bool overflow = false;
    std::size_t headerBytes = 0;  // every header line of this answer, 1xx ones included
    bool headerOverflow = false;
    std::optional<std::string> offeredCookie;  // AuthSession in a Set-Cookie of this answer
    // Last member: destroyed first, so no wake-up can reach a dead multi handle.
    std::optional<std::stop_callback<Wakeup>> stopCallback;

    ~Impl() {
        stopCallback.reset();
        wipe(sessionCookie);
    }

    bool usesSession() const {
        return options.credentials && options.credentials->scheme == Credentials::Scheme::Session;
    }

    static size_t write(char* data, size_t size, size_t count, void* user) {
        auto* self = static_cast<Impl*>(user);
        const size_t bytes = size * count;
        if (self->sink->size() + bytes > self->options.maxResponseBytes) {
            self->overflow = true;
            return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
        }
        self->sink->append(data, bytes);
        return bytes;
    }

    // Picks the AuthSession cookie out of Set-Cookie headers.
    static size_t header(char* data, size_t size, size_t count, void* user) {
        auto* self = static_cast<Impl*>(user);
        const size_t bytes = size * count;
        // Headers without end (or endless 1xx answers) would be retried as
        // "offline" for ever: past the cap they are a bad answer.
        self->headerBytes += bytes;
        if (self->headerBytes > kMaxHeaderBytes) {
            self->headerOverflow = true;
            return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
        }
        if (const auto cookie = messages::sessionCookie(std::string_view(data, bytes))) {
            if (self->offeredCookie)
                wipe(*self->offeredCookie);
            self->offeredCookie = std::string(*cookie);
        }
        // The server's clock, to notice a device clock that is wrong.
        if (const auto date = messages::serverDate(std::string_view(data, bytes)))
            self->serverDate.store(date->time_since_epoch().count(), std::memory_order_relaxed);
        return bytes;
    }

    // Aborts a transfer in progress (CURLE_ABORTED_BY_CALLBACK) once stopped.
    static int progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
        return static_cast<Impl*>(user)->stopToken.stop_requested() ? 1 : 0;
    }

    Error cancelled(const std::string& what) const { return Error(SyncError::Cancelled, what + ": stopped"); }

    std::string escape(const std::string& text) {
        char* escaped = curl_easy_escape(easy.get(), text.data(), static_cast<int>(text.size()));
        if (!escaped)
            return {};
        std::string result(escaped);
        curl_free(escaped);
        return result;
    }

    // A document path segment: "_design/" stays literal, the rest is escaped.
    std::string docPath(const std::string& id) {
        static const std::string design = "_design/";
        if (id.rfind(design, 0) == 0)
            return design + escape(id.substr(design.size()));
        return escape(id);
    }

    Error transportError(CURLcode code, const std::string& what) {
        const std::string detail = what + ": " + curl_easy_strerror(code);
        switch (code) {
        case CURLE_ABORTED_BY_CALLBACK:
            return Error(SyncError::Cancelled, detail);
        case CURLE_OPERATION_TIMEDOUT:
            return Error(SyncError::Timeout, detail);
        case CURLE_OUT_OF_MEMORY:  // libcurl's own cap on one header line
            return Error(SyncError::BadResponse, what + ": a header line too long");
        case CURLE_WRITE_ERROR:
            if (headerOverflow)
                return Error(SyncError::BadResponse,
                             what + ": headers larger than " + std::to_string(kMaxHeaderBytes) + " bytes");
            if (overflow)
                return Error(SyncError::BadResponse,
                             what + ": response larger than " + std::to_string(options.maxResponseBytes) + " bytes");
            return Error(SyncError::BadResponse, detail);
        case CURLE_FILESIZE_EXCEEDED:
            return Error(SyncError::BadResponse,
                         what + ": response larger than " + std::to_string(options.maxResponseBytes) + " bytes");
        case CURLE_BAD_CONTENT_ENCODING:
        case CURLE_WEIRD_SERVER_REPLY:
        case CURLE_TOO_MANY_REDIRECTS:
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_HTTP2:
        case CURLE_HTTP2_STREAM:
            return Error(SyncError::BadResponse, detail);
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_INVALIDCERTSTATUS:
        case CURLE_SSL_CRL_BADFILE:
            return Error(SyncError::TlsFailure, detail);
        default:
            // Refused, unresolvable, reset, nothing received, ...
            return Error(SyncError::Offline, detail);
        }
    }

    // One HTTP exchange. Fails only on transport errors (and Cancelled); the
    // caller judges the status. `authenticate`: send the credentials (not
    // for the login itself).
    Result<Response> send(const char* method, const std::string& url, const std::string* body,
                          const std::string& what, const Transfer& transfer, bool authenticate) {
        if (stopToken.stop_requested())
            return cancelled(what);
        CURL* h = easy.get();
        curl_easy_reset(h);  // keeps the connection cache
        Response response;
        sink = &response.body;
        overflow = false;
        headerBytes = 0;
        headerOverflow = false;
        if (offeredCookie)
            wipe(*offeredCookie);
        offeredCookie.reset();

        std::unique_ptr<curl_slist, ListDeleter> headers;
        auto addHeader = [&headers](const char* header) {
            curl_slist* next = curl_slist_append(headers.get(), header);
            if (next) {
                (void)headers.release();
                headers.reset(next);
            }
        };
        addHeader("Accept: application/json");
        addHeader("Expect:");  // no 100-continue round trip before large bodies
        if (body)
            addHeader("Content-Type: application/json");

        // Longpoll: the server's silent wait (and the grace after it) is added
        // to the stall limit and the overall cap.
        const std::chrono::milliseconds extra =
            transfer.serverWait ? *transfer.serverWait + kLongpollGrace : std::chrono::milliseconds(0);
        const auto extraSeconds = std::chrono::ceil<std::chrono::seconds>(extra);

        bool set = true;
        auto opt = [&set](CURLcode code) { set = set && code == CURLE_OK; };
        opt(curl_easy_setopt(h, CURLOPT_URL, url.c_str()));
        opt(curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https"));
        opt(curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L));
        opt(curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L));
        opt(curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L));
        opt(curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L));
        opt(curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""));
        opt(curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L));
        opt(curl_easy_setopt(h, CURLOPT_USERAGENT, "Intake"));
        opt(curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connectTimeout.count())));
        if (options.lowSpeedLimit > 0 && options.lowSpeedTime.count() > 0) {
            opt(curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, static_cast<long>(options.lowSpeedLimit)));
            opt(curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME,
                                 static_cast<long>((options.lowSpeedTime + extraSeconds).count())));
        }
        if (options.requestTimeout.count() > 0)
            opt(curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>((options.requestTimeout + extra).count())));
        opt(curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.maxResponseBytes)));
        opt(curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &Impl::write));
        opt(curl_easy_setopt(h, CURLOPT_WRITEDATA, this));
        opt(curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &Impl::header));
        opt(curl_easy_setopt(h, CURLOPT_HEADERDATA, this));
        opt(curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L));
        opt(curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &Impl::progress));
        opt(curl_easy_setopt(h, CURLOPT_XFERINFODATA, this));
        opt(curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get()));
        if (options.caFile)
            opt(curl_easy_setopt(h, CURLOPT_CAINFO, options.caFile->c_str()));
        if (options.pinnedPublicKey)
            opt(curl_easy_setopt(h, CURLOPT_PINNEDPUBLICKEY, options.pinnedPublicKey->c_str()));
        std::string cookie;
        if (authenticate && options.credentials) {
            if (options.credentials->scheme == Credentials::Scheme::Basic) {
                opt(curl_easy_setopt(h, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC)));
                opt(curl_easy_setopt(h, CURLOPT_USERNAME, options.credentials->user.c_str()));
                opt(curl_easy_setopt(h, CURLOPT_PASSWORD, options.credentials->password.c_str()));
            } else if (!sessionCookie.empty()) {
                cookie = "AuthSession=" + sessionCookie;
                opt(curl_easy_setopt(h, CURLOPT_COOKIE, cookie.c_str()));
            }
        }
        const std::string m = method;
        if (m == "GET") {
            opt(curl_easy_setopt(h, CURLOPT_HTTPGET, 1L));
        } else {
            opt(curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method));
            const char* data = body ? body->data() : "";
            const curl_off_t size = body ? static_cast<curl_off_t>(body->size()) : 0;
            opt(curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, size));
            opt(curl_easy_setopt(h, CURLOPT_POSTFIELDS, data));
        }
        if (!set) {
            sink = nullptr;
            wipe(cookie);
            return Error(SyncError::TlsFailure, what + ": libcurl refused an option (TLS or protocol setting)");
        }

        // Drive the transfer, waking at least every kPollMilliseconds (and at
        // once on a stop request) to look at the stop token and the deadline.
        CURLM* mh = multi.get();
        if (curl_multi_add_handle(mh, h) != CURLM_OK) {
            sink = nullptr;
            wipe(cookie);
            return Error(SyncError::Offline, what + ": libcurl could not start the transfer");
        }
        requests.fetch_add(1, std::memory_order_relaxed);
        std::optional<std::chrono::steady_clock::time_point> giveUpAt;
        if (transfer.serverWait)
            giveUpAt = std::chrono::steady_clock::now() + *transfer.serverWait + kLongpollGrace;
        CURLcode code = CURLE_OK;
        bool done = false;
        bool stopped = false;
        bool multiFailed = false;
        for (;;) {
            int running = 0;
            if (curl_multi_perform(mh, &running) != CURLM_OK) {
                multiFailed = true;
                break;
            }
            int queued = 0;
            while (CURLMsg* message = curl_multi_info_read(mh, &queued)) {
                if (message->msg == CURLMSG_DONE && message->easy_handle == h) {
                    done = true;
                    code = message->data.result;
                }
            }
            if (done)
                break;
            if (stopToken.stop_requested()) {
                stopped = true;
                break;
            }
            if (giveUpAt && std::chrono::steady_clock::now() >= *giveUpAt && messages::onlyLongpollPreamble(response.body)) {
                response.gaveUp = true;
                break;
            }
            if (curl_multi_poll(mh, nullptr, 0, kPollMilliseconds, nullptr) != CURLM_OK) {
                multiFailed = true;
                break;
            }
        }
        // Leaves a finished connection in the multi handle's cache; one still
        // in use (stopped, given up) is closed.
        curl_multi_remove_handle(mh, h);
        sink = nullptr;
        wipe(cookie);
        // The header list dies here; make sure the handle no longer points to it.
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, static_cast<curl_slist*>(nullptr));
        if (stopped || (code == CURLE_ABORTED_BY_CALLBACK && stopToken.stop_requested()))
            return cancelled(what);
        if (multiFailed)
            return Error(SyncError::Offline, what + ": libcurl failed to drive the transfer");
        if (response.gaveUp)
            return response;
        if (code != CURLE_OK)
            return transportError(code, what);
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response.status);
        if (offeredCookie && usesSession()) {
            wipe(sessionCookie);
            sessionCookie = *offeredCookie;  // a refreshed session (or an empty one: logged out)
        }
        return response;
    }

    // POST /_session with the credentials: keeps the AuthSession cookie.
    Result<void> login() {
        const Credentials& credentials = *options.credentials;
        const std::string what = "login as " + credentials.user;
        wipe(sessionCookie);
        std::string text;
        {
            json request = {{"name", credentials.user}, {"password", credentials.password}};
            try {
                text = request.dump();
            } catch (const json::exception&) {
                wipe(request["password"].get_ref<std::string&>());
                return Error(SyncError::Unauthorized, what + ": the user name or password is not valid UTF-8");
            }
            wipe(request["password"].get_ref<std::string&>());
        }
        auto response = send("POST", serverUrl + "_session", &text, what, Transfer{}, /*authenticate=*/false);
        wipe(text);
        if (!response)
            return response.error();
        if (response->status == 401 || response->status == 403)
            return Error(SyncError::Unauthorized, what + ": HTTP " + std::to_string(response->status) +
                                                      " (name or password not accepted)");
        if (!isSuccess(response->status))
            return statusError(*response, what);
        // CouchDB answers {"ok":true,...}; a cookie alone, from whatever
        // answered, is not a login.
        const auto answer = messages::parseJson(response->body);
        if (!answer || !answer->is_object() || answer->value("ok", json()) != json(true)) {
            wipe(sessionCookie);
            return badShape(what, "the answer is not a session");
        }
        if (sessionCookie.empty())
            return badShape(what, "the answer set no AuthSession cookie");
        return {};
    }

    // One request with the configured credentials: logs in first when a
    // session is needed, and once more (repeating the request) on a 401.
    Result<Response> perform(const char* method, const std::string& url, const std::string* body,
                             const std::string& what, const Transfer& transfer = {}) {
        bool freshLogin = false;
        if (usesSession() && sessionCookie.empty()) {
            INTAKE_TRY(login());
            freshLogin = true;
        }
        auto response = send(method, url, body, what, transfer, /*authenticate=*/true);
        if (usesSession() && !freshLogin && response && !response->gaveUp && response->status == 401) {
            INTAKE_TRY(login());  // the session expired or the server forgot it
            response = send(method, url, body, what, transfer, /*authenticate=*/true);
        }
        return response;
    }

    // A request whose answer must be a 2xx: its body, for a messages:: parser.
    Result<std::string> call(const char* method, const std::string& url, const json* body, const std::string& what) {
        std::string text;
        if (body) {
            try {
                text = body->dump();
            } catch (const json::exception&) {
                return Error(SyncError::Rejected, what + ": request is not valid UTF-8 JSON");
            }
        }
        auto response = perform(method, url, body ? &text : nullptr, what);
        if (!response)
            return response.error();
        if (!isSuccess(response->status))
            return statusError(*response, what);
        return std::move(response->body);
    }
};

CouchClient::CouchClient(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CouchClient::CouchClient(CouchClient&&) noexcept = default;
CouchClient& CouchClient::operator=(CouchClient&&) noexcept = default;
CouchClient::~CouchClient() = default;

const std::string& CouchClient::databaseUrl() const { return impl_->databaseUrl; }

Result<CouchClient> CouchClient::create(const RemoteEndpoint& endpoint, ClientOptions options) {
    if (!globalInit())
        return Error(SyncError::Offline, "curl_global_init failed");
    auto impl = std::make_unique<Impl>();
    impl->multi.reset(curl_multi_init());
    impl->easy.reset(curl_easy_init());
    if (!impl->multi || !impl->easy)
        return Error(SyncError::Offline, "curl_easy_init failed");
    if (options.maxResponseBytes == 0)
        options.maxResponseBytes = 1;
    impl->options = std::move(options);
    impl->databaseUrl = endpoint.databaseUrl();
    const auto slash = impl->databaseUrl.rfind('/');
    const auto schemeEnd = impl->databaseUrl.find("://");
    if (slash == std::string::npos || schemeEnd == std::string::npos || slash < schemeEnd + 3)
        return Error(SyncError::InvalidUrl, "the URL names no database");
    impl->serverUrl = impl->databaseUrl.substr(0, slash + 1);
    return CouchClient(std::move(impl));
}

Result<json> CouchClient::serverInfo() {
    try {
        auto body = impl_->call("GET", impl_->serverUrl, nullptr, "server info");
        if (!body)
            return body.error();
        return messages::parseServerInfo(*body);
    } catch (const std::exception&) {
        return badShape("server info", "unexpected answer");
    }
}

Result<void> CouchClient::ensureDatabase() {
    auto response = impl_->perform("PUT", impl_->databaseUrl, nullptr, "create database");
    if (!response)
        return response.error();
    if (messages::databaseReady(response->status, response->body))
        return {};
    return statusError(*response, "create database");
}

Result<std::map<std::string, std::vector<std::string>>> CouchClient::revsDiff(
    const std::map<std::string, std::vector<std::string>>& revisions) {
    const std::string what = "_revs_diff";
    if (revisions.empty())
        return std::map<std::string, std::vector<std::string>>();
    try {
        json request = json::object();
        for (const auto& [id, revs] : revisions)
            request[id] = revs;
        auto body = impl_->call("POST", impl_->databaseUrl + "/_revs_diff", &request, what);
        if (!body)
            return body.error();
        return messages::parseRevsDiff(*body, revisions);
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

Result<std::vector<DocResult>> CouchClient::bulkDocsNoNewEdits(const std::vector<json>& docs) {
    const std::string what = "_bulk_docs";
    std::vector<DocResult> results;
    if (docs.empty())
        return results;
    try {
        for (std::size_t i = 0; i < docs.size(); ++i) {
            const json& doc = docs[i];
            if (!doc.is_object() || !doc.contains("_id") || !doc["_id"].is_string() || !doc.contains("_rev") ||
                !doc["_rev"].is_string())
                return Error(SyncError::Rejected, what + ": document " + std::to_string(i) + " has no _id or _rev");
            results.push_back(DocResult{doc["_id"].get<std::string>(), doc["_rev"].get<std::string>(), std::nullopt});
        }
        const json request = {{"docs", docs}, {"new_edits", false}};
        std::string text;
        try {
            text = request.dump();
        } catch (const json::exception&) {
            return Error(SyncError::Rejected, what + ": a document is not valid UTF-8 JSON");
        }
        auto response = impl_->perform("POST", impl_->databaseUrl + "/_bulk_docs", &text, what);
        if (!response)
            return response.error();
        // 417: some documents failed validation; the array says which.
        if (!isSuccess(response->status) && response->status != 417)
            return statusError(*response, what);
        return messages::parseBulkDocsResults(response->body, std::move(results));
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

Result<ChangesPage> CouchClient::changes(const std::string& since, std::size_t limit, bool includeDocs) {
    const std::string what = "_changes";
    try {
        std::string url = impl_->databaseUrl + "/_changes?style=all_docs&since=" + impl_->escape(since);
        if (includeDocs)
            url += "&include_docs=true";
        if (limit > 0)
            url += "&limit=" + std::to_string(limit);
        auto body = impl_->call("GET", url, nullptr, what);
        if (!body)
            return body.error();
        return messages::parseChanges(*body, what);
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

Result<ChangesPage> CouchClient::changesLongpoll(const std::string& since, std::size_t limit,
                                                 std::chrono::milliseconds timeout) {
    const std::string what = "_changes (longpoll)";
    if (timeout.count() < 0)
        timeout = std::chrono::milliseconds(0);
    try {
        std::string url =
            impl_->databaseUrl + "/_changes?feed=longpoll&style=all_docs&since=" + impl_->escape(since);
        if (limit > 0)
            url += "&limit=" + std::to_string(limit);
        url += "&timeout=" + std::to_string(timeout.count());
        Transfer transfer;
        transfer.serverWait = timeout;
        auto response = impl_->perform("GET", url, nullptr, what, transfer);
        if (!response)
            return response.error();
        if (response->gaveUp)
            return changes(since, limit);  // the server ignores timeout: ask where the feed stands
        if (!isSuccess(response->status))
            return statusError(*response, what);
        return messages::parseChanges(response->body, what);
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

void CouchClient::setStopToken(std::stop_token token) {
    impl_->stopCallback.reset();
    impl_->stopToken = std::move(token);
    if (impl_->stopToken.stop_possible())
        impl_->stopCallback.emplace(impl_->stopToken, Wakeup{impl_->multi.get()});
}

std::uint64_t CouchClient::requestCount() const { return impl_->requests.load(std::memory_order_relaxed); }

std::optional<std::chrono::sys_seconds> CouchClient::lastServerDate() const {
    const auto seconds = impl_->serverDate.load(std::memory_order_relaxed);
    if (seconds <= 0)
        return std::nullopt;
    return std::chrono::sys_seconds(std::chrono::seconds(seconds));
}

Result<std::vector<json>> CouchClient::bulkGet(const std::vector<std::pair<std::string, std::string>>& revisions) {
    const std::string what = "_bulk_get";
    std::vector<json> docs;
    if (revisions.empty())
        return docs;
    try {
        json request = {{"docs", json::array()}};
        for (const auto& [id, rev] : revisions)
            request["docs"].push_back({{"id", id}, {"rev", rev}});
        std::string text;
        try {
            text = request.dump();
        } catch (const json::exception&) {
            return Error(SyncError::Rejected, what + ": an id is not valid UTF-8");
        }
        auto response = impl_->perform("POST", impl_->databaseUrl + "/_bulk_get?revs=true", &text, what);
        if (!response)
            return response.error();

        // One GET per revision: without _bulk_get, and for revisions it
        // said were missing (PouchDB can answer {"missing": rev} for one it has).
        auto getEach = [&](const std::vector<std::pair<std::string, std::string>>& list) -> Result<void> {
            for (const auto& [id, rev] : list) {
                const std::string one = "GET " + id;
                auto single = impl_->perform(
                    "GET", impl_->databaseUrl + "/" + impl_->docPath(id) + "?revs=true&rev=" + impl_->escape(rev),
                    nullptr, one);
                if (!single)
                    return single.error();
                if (isMissingDocument(*single))
                    continue;
                if (!isSuccess(single->status))
                    return statusError(*single, one);
                auto doc = messages::parseRevisionedDocument(single->body, one);
                if (!doc)
                    return doc.error();
                docs.push_back(std::move(*doc));
            }
            return {};
        };
        if (messages::bulkGetUnsupported(response->status, response->body)) {
            INTAKE_TRY(getEach(revisions));
            return docs;
        }
        if (!isSuccess(response->status))
            return statusError(*response, what);

        auto answer = messages::parseBulkGet(response->body);
        if (!answer)
            return answer.error();
        docs = std::move(answer->docs);
        INTAKE_TRY(getEach(answer->retry));
        return docs;
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

Result<std::optional<json>> CouchClient::getLocal(const std::string& id) {
    const std::string what = "_local/" + id;
    try {
        auto response = impl_->perform("GET", impl_->databaseUrl + "/_local/" + impl_->escape(id), nullptr, what);
        if (!response)
            return response.error();
        if (isMissingDocument(*response))
            return std::optional<json>();
        if (!isSuccess(response->status))
            return statusError(*response, what);
        auto doc = messages::parseLocalDocument(response->body, what);
        if (!doc)
            return doc.error();
        return std::optional<json>(std::move(*doc));
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

Result<std::string> CouchClient::putLocal(const std::string& id, json body) {
    const std::string what = "_local/" + id;
    if (!body.is_object())
        return Error(SyncError::Rejected, what + ": not an object");
    try {
        body["_id"] = "_local/" + id;
        const bool hadRev = body.contains("_rev");
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (!hadRev || attempt > 0) {
                auto current = getLocal(id);
                if (!current)
                    return current.error();
                if (*current && (*current)->contains("_rev"))
                    body["_rev"] = (**current)["_rev"];
                else
                    body.erase("_rev");
            }
            std::string text;
            try {
                text = body.dump();
            } catch (const json::exception&) {
                return Error(SyncError::Rejected, what + ": not valid UTF-8 JSON");
            }
            auto response =
                impl_->perform("PUT", impl_->databaseUrl + "/_local/" + impl_->escape(id), &text, what);
            if (!response)
                return response.error();
            if (isSuccess(response->status))
                return messages::parsePutRevision(response->body, what);
            if (response->status != 409)
                return statusError(*response, what);
        }
        return Error(SyncError::Rejected, what + ": conflict");
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

}  // namespace intake::sync
