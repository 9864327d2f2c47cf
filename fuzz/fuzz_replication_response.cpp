// The server's answers in the replication protocol, as CouchClient reads them
// (sync/src/replication_messages.h). The first byte picks the endpoint (low
// five bits), a flag (0x80) and deep nesting (0x60 both set: fuzz::expandNesting,
// costly, so only a quarter of the selectors); the
// rest is the body (or, for the session, the header lines; for error bodies,
// two bytes of HTTP status first).

#include "fuzz_support.h"
#include "replication_messages.h"

#include <algorithm>
#include <set>

using namespace intake;
using namespace intake::sync;
using intake::fuzz::asText;
using nlohmann::json;

namespace {

enum Endpoint : std::uint8_t {
    kChanges = 0,
    kLongpoll = 1,
    kRevsDiff = 2,
    kBulkDocs = 3,
    kBulkGet = 4,
    kSingleGet = 5,
    kSession = 6,
    kErrorBody = 7,
    kLocal = 8,
    kServerInfo = 9,
    kEndpoints = 10,
};

bool sameError(const Error& a, const Error& b) { return a.name() == b.name() && a.detail() == b.detail(); }

template <typename T>
bool sameOutcome(const Result<T>& a, const Result<T>& b, bool (*same)(const T&, const T&)) {
    if (a.ok() != b.ok())
        return false;
    return a.ok() ? same(*a, *b) : sameError(a.error(), b.error());
}

void checkBadResponse(const Error& error, const std::string& what) {
    INTAKE_FUZZ_CHECK(error.is(SyncError::BadResponse));
    INTAKE_FUZZ_CHECK(error.detail().starts_with(what + ": "));
}

// Any body: parseJson agrees with the depth scan, and what it returns
// survives a dump and a parse unchanged.
void checkJson(std::string_view body) {
    const auto parsed = messages::parseJson(body);
    if (messages::nestedDeeperThan(body, messages::kMaxNesting)) {
        INTAKE_FUZZ_CHECK(!parsed);
        return;
    }
    if (!parsed)
        return;
    INTAKE_FUZZ_CHECK(fuzz::depthOf(*parsed) <= messages::kMaxNesting);
    const auto again = messages::parseJson(parsed->dump());
    INTAKE_FUZZ_CHECK(again && *again == *parsed);
}

bool sameChanges(const ChangesPage& a, const ChangesPage& b) {
    if (a.lastSeq != b.lastSeq || a.changes.size() != b.changes.size())
        return false;
    for (std::size_t i = 0; i < a.changes.size(); ++i) {
        const auto &x = a.changes[i], &y = b.changes[i];
        if (x.seq != y.seq || x.id != y.id || x.revs != y.revs || x.deleted != y.deleted || x.doc != y.doc)
            return false;
    }
    return true;
}

void changes(std::string_view body, bool longpoll) {
    const std::string what = longpoll ? "_changes (longpoll)" : "_changes";
    if (longpoll && messages::onlyLongpollPreamble(body)) {
        // A preamble is never a whole answer.
        INTAKE_FUZZ_CHECK(!messages::parseChanges(body, what).ok());
    }
    const auto page = messages::parseChanges(body, what);
    INTAKE_FUZZ_CHECK(sameOutcome(page, messages::parseChanges(body, what), &sameChanges));
    if (!page) {
        checkBadResponse(page.error(), what);
        return;
    }
    INTAKE_FUZZ_CHECK(page->lastSeq.is_string() || page->lastSeq.is_number());
    for (const auto& change : page->changes) {
        INTAKE_FUZZ_CHECK(change.seq.is_string() || change.seq.is_number());
        INTAKE_FUZZ_CHECK(!change.revs.empty());
        if (change.doc) {
            INTAKE_FUZZ_CHECK(messages::isRevisionedDocument(*change.doc));
            INTAKE_FUZZ_CHECK((*change.doc)["_id"] == change.id);
        }
    }
}

// The ids the client asked about: those of the answer, less one when the
// flag says so (then that id is "unasked").
std::map<std::string, std::vector<std::string>> askedFor(std::string_view body, bool dropFirst) {
    std::map<std::string, std::vector<std::string>> asked{{"visit:01KAQ3J8X4TTB6M0W0ZG3V2Q5N", {"1-a"}}};
    const auto parsed = messages::parseJson(body);
    if (parsed && parsed->is_object()) {
        for (const auto& [id, entry] : parsed->items())
            asked[id] = {"1-x"};
    }
    if (dropFirst && !asked.empty())
        asked.erase(asked.begin());
    return asked;
}

bool sameDiff(const std::map<std::string, std::vector<std::string>>& a,
              const std::map<std::string, std::vector<std::string>>& b) {
    return a == b;
}

void revsDiff(std::string_view body, bool dropFirst) {
    const auto asked = askedFor(body, dropFirst);
    const auto diff = messages::parseRevsDiff(body, asked);
    INTAKE_FUZZ_CHECK(sameOutcome(diff, messages::parseRevsDiff(body, asked), &sameDiff));
    if (!diff) {
        checkBadResponse(diff.error(), "_revs_diff");
        return;
    }
    for (const auto& [id, revs] : *diff) {
        INTAKE_FUZZ_CHECK(asked.count(id) == 1);
        INTAKE_FUZZ_CHECK(!revs.empty());
    }
}

// What the client sent: the ids and revs the answer names, less one when the
// flag says so, plus one the answer does not name.
std::vector<DocResult> sentFor(std::string_view body, bool dropFirst) {
    std::vector<DocResult> sent{{"visit:01KAQ3J8X4TTB6M0W0ZG3V2Q5N", "1-a", std::nullopt}};
    const auto parsed = messages::parseJson(body);
    if (parsed && parsed->is_array()) {
        for (const auto& entry : *parsed) {
            if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_string())
                continue;
            const auto rev = entry.value("rev", json()).is_string() ? entry["rev"].get<std::string>() : "1-x";
            sent.push_back({entry["id"].get<std::string>(), rev, std::nullopt});
        }
    }
    if (dropFirst && sent.size() > 1)
        sent.erase(sent.begin() + 1);
    return sent;
}

bool sameDocResults(const std::vector<DocResult>& a, const std::vector<DocResult>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].rev != b[i].rev || a[i].error.has_value() != b[i].error.has_value())
            return false;
        if (a[i].error && !sameError(*a[i].error, *b[i].error))
            return false;
    }
    return true;
}

void bulkDocs(std::string_view body, bool dropFirst) {
    const auto sent = sentFor(body, dropFirst);
    const auto results = messages::parseBulkDocsResults(body, sent);
    INTAKE_FUZZ_CHECK(sameOutcome(results, messages::parseBulkDocsResults(body, sent), &sameDocResults));
    if (!results) {
        checkBadResponse(results.error(), "_bulk_docs");
        return;
    }
    INTAKE_FUZZ_CHECK(results->size() == sent.size());
    for (std::size_t i = 0; i < sent.size(); ++i) {
        const auto& result = (*results)[i];
        INTAKE_FUZZ_CHECK(result.id == sent[i].id && result.rev == sent[i].rev);
        if (result.error) {
            INTAKE_FUZZ_CHECK(result.error->is(SyncError::Rejected));
            INTAKE_FUZZ_CHECK(result.error->detail().starts_with(result.id + ": "));
        }
    }
}

bool sameBulkGet(const messages::BulkGetAnswer& a, const messages::BulkGetAnswer& b) {
    return a.docs == b.docs && a.retry == b.retry;
}

void bulkGet(std::string_view body) {
    const auto answer = messages::parseBulkGet(body);
    INTAKE_FUZZ_CHECK(sameOutcome(answer, messages::parseBulkGet(body), &sameBulkGet));
    if (!answer) {
        const auto& error = answer.error();
        INTAKE_FUZZ_CHECK(error.is(SyncError::BadResponse) || error.is(SyncError::Forbidden) ||
                          error.is(SyncError::Unauthorized));
        INTAKE_FUZZ_CHECK(error.detail().starts_with("_bulk_get: "));
        return;
    }
    for (const auto& doc : answer->docs)
        INTAKE_FUZZ_CHECK(messages::isRevisionedDocument(doc));
}

void singleGet(std::string_view body) {
    const auto doc = messages::parseRevisionedDocument(body, "GET a");
    if (!doc) {
        checkBadResponse(doc.error(), "GET a");
        return;
    }
    INTAKE_FUZZ_CHECK(messages::isRevisionedDocument(*doc));
}

void session(std::string_view lines) {
    // Header lines as libcurl hands them over, one at a time: the session
    // cookie and the server's Date.
    while (!lines.empty()) {
        const auto end = lines.find('\n');
        const auto line = lines.substr(0, end == std::string_view::npos ? lines.size() : end + 1);
        lines.remove_prefix(line.size());
        if (const auto date = messages::serverDate(line)) {
            // Only a "Date:" line gives a time, and only a positive one.
            INTAKE_FUZZ_CHECK(line.size() > 5 && (line[0] == 'd' || line[0] == 'D'));
            INTAKE_FUZZ_CHECK(date->time_since_epoch().count() > 0);
        }
        const auto cookie = messages::sessionCookie(line);
        if (!cookie)
            continue;
        // A view into the line, with no ';' and nothing to trim.
        INTAKE_FUZZ_CHECK(cookie->data() >= line.data() && cookie->data() + cookie->size() <= line.data() + line.size());
        INTAKE_FUZZ_CHECK(cookie->find(';') == std::string_view::npos);
        if (!cookie->empty()) {
            INTAKE_FUZZ_CHECK(cookie->front() != ' ' && cookie->back() != ' ');
            INTAKE_FUZZ_CHECK(cookie->front() != '\r' && cookie->back() != '\n');
        }
    }
}

void errorBody(long status, std::string_view body) {
    const auto parsed = messages::parseErrorBody(body);
    const Error error = messages::statusError(status, body, "GET a");
    // The detail names the request, the status and the error name: never the reason.
    std::string expected = "GET a: HTTP " + std::to_string(status);
    if (!parsed.error.empty())
        expected += " (" + parsed.error + ")";
    INTAKE_FUZZ_CHECK(error.detail().starts_with(expected));
    INTAKE_FUZZ_CHECK(error.detail().size() <= expected.size() + 32);
    if (status == 401)
        INTAKE_FUZZ_CHECK(error.is(SyncError::Unauthorized));
    else if (status == 403)
        INTAKE_FUZZ_CHECK(error.is(SyncError::Forbidden));
    else if (status == 404)
        INTAKE_FUZZ_CHECK(error.is(SyncError::NotFound));
    else if (status == 429 || status >= 500)
        INTAKE_FUZZ_CHECK(error.is(SyncError::ServerBusy));
    const bool missing = messages::isMissingDocument(status, body);
    INTAKE_FUZZ_CHECK(!missing || (status == 404 && (parsed.reason == "missing" || parsed.reason == "deleted")));
    const bool unsupported = messages::bulkGetUnsupported(status, body);
    INTAKE_FUZZ_CHECK(!unsupported || status == 400 || status == 404 || status == 405 || status == 501);
    const bool ready = messages::databaseReady(status, body);
    INTAKE_FUZZ_CHECK(!ready || status == 200 || status == 201 || status == 202 || status == 412);
}

void local(std::string_view body) {
    const auto doc = messages::parseLocalDocument(body, "_local/x");
    if (doc)
        INTAKE_FUZZ_CHECK(doc->is_object());
    else
        checkBadResponse(doc.error(), "_local/x");
    const auto rev = messages::parsePutRevision(body, "_local/x");
    if (!rev)
        checkBadResponse(rev.error(), "_local/x");
    else
        INTAKE_FUZZ_CHECK(doc.ok());
}

void serverInfo(std::string_view body) {
    const auto info = messages::parseServerInfo(body);
    if (info)
        INTAKE_FUZZ_CHECK(info->is_object());
    else
        checkBadResponse(info.error(), "server info");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    const std::uint8_t selector = data[0];
    const bool flag = (selector & 0x80) != 0;
    std::string_view body = asText(data + 1, size - 1);
    std::optional<std::string> expanded;
    if ((selector & 0x60) == 0x60) {
        expanded = fuzz::expandNesting(body);
        if (!expanded)
            return 0;
        body = *expanded;
    }
    switch ((selector & 0x1f) % kEndpoints) {
    case kChanges:
        changes(body, false);
        break;
    case kLongpoll:
        changes(body, true);
        break;
    case kRevsDiff:
        revsDiff(body, flag);
        break;
    case kBulkDocs:
        bulkDocs(body, flag);
        break;
    case kBulkGet:
        bulkGet(body);
        break;
    case kSingleGet:
        singleGet(body);
        break;
    case kSession:
        session(body);
        break;
    case kErrorBody: {
        if (body.size() < 2)
            return 0;
        const long status = 100 + (static_cast<unsigned char>(body[0]) * 256 + static_cast<unsigned char>(body[1])) % 500;
        errorBody(status, body.substr(2));
        break;
    }
    case kLocal:
        local(body);
        break;
    case kServerInfo:
        serverInfo(body);
        break;
    default:
        break;
    }
    checkJson(body);
    return 0;
}
