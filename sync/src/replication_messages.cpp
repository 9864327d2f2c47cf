#include "replication_messages.h"

#include "intake/core/json_limits.h"

#include <curl/curl.h>

#include <algorithm>

#include <cctype>
#include <exception>

namespace intake::sync::messages {

using nlohmann::json;

namespace {

Error badShape(const std::string& what, const std::string& why) {
    return Error(SyncError::BadResponse, what + ": " + why);
}

bool startsWithNoCase(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    }
    return true;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

// A parsed body, or a discarded value (not JSON, or too deep).
json parseOrDiscard(std::string_view body) {
    auto parsed = parseJson(body);
    if (!parsed)
        return json(json::value_t::discarded);
    return std::move(*parsed);
}

}  // namespace

bool nestedDeeperThan(std::string_view text, std::size_t limit) { return jsonTextNestedDeeperThan(text, limit); }

std::optional<json> parseJson(std::string_view body) {
    if (nestedDeeperThan(body, kMaxNesting))
        return std::nullopt;
    try {
        json parsed = json::parse(body.begin(), body.end(), nullptr, false);
        if (parsed.is_discarded())
            return std::nullopt;
        return parsed;
    } catch (const std::exception&) {
        return std::nullopt;  // out of memory; nothing else throws with allow_exceptions off
    }
}

ErrorBody parseErrorBody(std::string_view body) {
    ErrorBody result;
    try {
        const auto parsed = parseJson(body);
        if (!parsed || !parsed->is_object())
            return result;
        if (const auto it = parsed->find("error"); it != parsed->end() && it->is_string())
            result.error = it->get<std::string>();
        if (const auto it = parsed->find("reason"); it != parsed->end() && it->is_string())
            result.reason = it->get<std::string>();
    } catch (const std::exception&) {
        return {};
    }
    return result;
}

Error statusError(long status, std::string_view body, const std::string& what) {
    std::string detail = what + ": HTTP " + std::to_string(status);
    const std::string name = parseErrorBody(body).error;
    if (!name.empty())
        detail += " (" + name + ")";
    const long s = status;
    if (s >= 300 && s < 400)
        return Error(SyncError::BadResponse, detail + ", a redirect (not followed)");
    if (s == 401)
        return Error(SyncError::Unauthorized, detail);
    if (s == 403)
        return Error(SyncError::Forbidden, detail);
    if (s == 404)
        return Error(SyncError::NotFound, detail);
    if (s == 408)
        return Error(SyncError::Timeout, detail);
    if (s == 429 || s >= 500)
        return Error(SyncError::ServerBusy, detail);
    return Error(SyncError::BadResponse, detail);
}

bool isMissingDocument(long status, std::string_view body) {
    if (status != 404)
        return false;
    const std::string reason = parseErrorBody(body).reason;
    return reason == "missing" || reason == "deleted";
}

bool bulkGetUnsupported(long status, std::string_view body) {
    if (status == 400 || status == 405 || status == 501)
        return true;
    if (status != 404)
        return false;
    // A 404 for the database itself is not "no _bulk_get".
    const std::string reason = parseErrorBody(body).reason;
    return reason != "no_db_file" && reason != "Database does not exist.";
}

bool databaseReady(long status, std::string_view body) {
    if (status == 412)
        return true;  // it exists already (the body says so, in whatever words)
    if (status != 200 && status != 201 && status != 202)
        return false;
    const auto parsed = parseJson(body);
    return parsed && parsed->is_object();
}

bool onlyLongpollPreamble(std::string_view body) {
    std::string compact;
    for (char c : body) {
        if (!std::isspace(static_cast<unsigned char>(c)))
            compact += c;
        if (compact.size() > 16)
            return false;
    }
    return std::string_view(R"({"results":[)").starts_with(compact);
}

std::optional<std::string_view> sessionCookie(std::string_view headerLine) {
    constexpr std::string_view setCookie = "set-cookie:";
    if (!startsWithNoCase(headerLine, setCookie))
        return std::nullopt;
    std::string_view cookie = trimmed(headerLine.substr(setCookie.size()));
    constexpr std::string_view name = "AuthSession=";
    if (!cookie.starts_with(name))
        return std::nullopt;
    cookie.remove_prefix(name.size());
    return trimmed(cookie.substr(0, cookie.find(';')));
}

std::optional<std::chrono::sys_seconds> serverDate(std::string_view headerLine) {
    constexpr std::string_view date = "date:";
    // A real Date line is about 37 bytes; a long one is not worth a copy.
    if (!startsWithNoCase(headerLine, date) || headerLine.size() > 128)
        return std::nullopt;
    const std::string value(trimmed(headerLine.substr(date.size())));
    const time_t parsed = curl_getdate(value.c_str(), nullptr);
    if (parsed <= 0)
        return std::nullopt;
    return std::chrono::sys_seconds(std::chrono::seconds(parsed));
}

Result<json> parseServerInfo(std::string_view body) {
    const std::string what = "server info";
    try {
        auto parsed = parseJson(body);
        if (!parsed)
            return badShape(what, "body is not JSON");
        if (!parsed->is_object())
            return badShape(what, "not an object");
        return std::move(*parsed);
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

Result<std::map<std::string, std::vector<std::string>>> parseRevsDiff(
    std::string_view body, const std::map<std::string, std::vector<std::string>>& asked) {
    const std::string what = "_revs_diff";
    try {
        const auto parsed = parseJson(body);
        if (!parsed)
            return badShape(what, "body is not JSON");
        if (!parsed->is_object())
            return badShape(what, "not an object");
        std::map<std::string, std::vector<std::string>> missing;
        for (const auto& [id, entry] : parsed->items()) {
            if (!asked.count(id))
                return badShape(what, "unasked id " + id);
            if (!entry.is_object())
                return badShape(what, "entry for " + id + " is not an object");
            const auto list = entry.find("missing");
            if (list == entry.end())
                continue;
            if (!list->is_array())
                return badShape(what, "missing of " + id + " is not an array");
            // Only revisions that were offered: another one would be looked
            // up in the vault as if it were a leaf to send.
            const auto& offered = asked.at(id);
            std::vector<std::string> revs;
            for (const auto& rev : *list) {
                if (!rev.is_string())
                    return badShape(what, "a missing revision of " + id + " is not a string");
                if (std::find(offered.begin(), offered.end(), rev.get_ref<const std::string&>()) == offered.end())
                    return badShape(what, "asked for a revision of " + id + " that was not offered");
                revs.push_back(rev.get<std::string>());
            }
            if (!revs.empty())
                missing[id] = std::move(revs);
        }
        return missing;
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

Result<std::vector<DocResult>> parseBulkDocsResults(std::string_view body, std::vector<DocResult> sent) {
    const std::string what = "_bulk_docs";
    try {
        const json parsed = parseOrDiscard(body);
        if (!parsed.is_array())
            return badShape(what, "not an array");
        for (const auto& entry : parsed) {
            if (!entry.is_object())
                return badShape(what, "an entry is not an object");
            const auto error = entry.find("error");
            if (error == entry.end())
                continue;  // {ok:true, id, rev} (PouchDB lists successes too)
            const auto id = entry.find("id");
            if (id == entry.end() || !id->is_string())
                return badShape(what, "an error entry has no id");
            const std::string docId = id->get<std::string>();
            std::string rev;
            if (const auto r = entry.find("rev"); r != entry.end() && r->is_string())
                rev = r->get<std::string>();
            // Not a refusal we can name: the push must stop here rather than
            // set the document aside and move its checkpoint past it.
            if (!error->is_string())
                return badShape(what, "an error of " + docId + " is not a string");
            const std::string name = error->get<std::string>();
            // The server's `reason` may echo the document (a validation
            // function's message), so only the error's name is kept.
            bool matched = false;
            for (auto& result : sent) {
                if (result.id == docId && !result.error && (rev.empty() || rev == result.rev)) {
                    result.error = Error(SyncError::Rejected, docId + ": " + name);
                    matched = true;
                    if (!rev.empty())
                        break;
                }
            }
            if (!matched)
                return badShape(what, "an error for an unsent document " + docId);
        }
        return sent;
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

Result<ChangesPage> parseChanges(std::string_view body, const std::string& what) {
    try {
        const auto parsed = parseJson(body);
        if (!parsed)
            return badShape(what, "body is not JSON");
        if (!parsed->is_object())
            return badShape(what, "not an object");
        const json& answer = *parsed;
        const auto results = answer.find("results");
        const auto lastSeq = answer.find("last_seq");
        if (results == answer.end() || !results->is_array())
            return badShape(what, "no results array");
        if (lastSeq == answer.end() || lastSeq->is_null() || !(lastSeq->is_string() || lastSeq->is_number()))
            return badShape(what, "no last_seq");
        ChangesPage page;
        page.lastSeq = *lastSeq;
        for (const auto& row : *results) {
            if (!row.is_object())
                return badShape(what, "a row is not an object");
            const auto seq = row.find("seq");
            const auto id = row.find("id");
            const auto revs = row.find("changes");
            if (seq == row.end() || !(seq->is_string() || seq->is_number()))
                return badShape(what, "a row has no seq");
            if (id == row.end() || !id->is_string())
                return badShape(what, "a row has no id");
            const std::string docId = id->get<std::string>();
            if (revs == row.end() || !revs->is_array() || revs->empty())
                return badShape(what, "row " + docId + " has no changes");
            Change change;
            change.seq = *seq;
            change.id = docId;
            for (const auto& rev : *revs) {
                const auto r = rev.is_object() ? rev.find("rev") : rev.end();
                if (!rev.is_object() || r == rev.end() || !r->is_string())
                    return badShape(what, "row " + docId + " has a change without rev");
                change.revs.push_back(r->get<std::string>());
            }
            if (const auto deleted = row.find("deleted"); deleted != row.end()) {
                if (!deleted->is_boolean())
                    return badShape(what, "row " + docId + " has a non-boolean deleted");
                change.deleted = deleted->get<bool>();
            }
            if (const auto doc = row.find("doc"); doc != row.end() && !doc->is_null()) {
                const auto docId2 = doc->is_object() ? doc->find("_id") : doc->end();
                const auto docRev = doc->is_object() ? doc->find("_rev") : doc->end();
                if (!doc->is_object() || docRev == doc->end() || !docRev->is_string() || docId2 == doc->end() ||
                    !docId2->is_string() || docId2->get_ref<const std::string&>() != docId)
                    return badShape(what, "row " + docId + " has a malformed doc");
                change.doc = *doc;
            }
            page.changes.push_back(std::move(change));
        }
        return page;
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

bool isRevisionedDocument(const json& doc) {
    if (!doc.is_object())
        return false;
    const auto id = doc.find("_id");
    const auto rev = doc.find("_rev");
    return id != doc.end() && id->is_string() && rev != doc.end() && rev->is_string();
}

Result<BulkGetAnswer> parseBulkGet(std::string_view body) {
    const std::string what = "_bulk_get";
    try {
        const json parsed = parseOrDiscard(body);
        if (!parsed.is_object())
            return badShape(what, "not an object");
        const auto results = parsed.find("results");
        if (results == parsed.end() || !results->is_array())
            return badShape(what, "no results array");
        BulkGetAnswer answer;
        for (const auto& result : *results) {
            if (!result.is_object())
                return badShape(what, "a result is not an object");
            const auto resultId = result.find("id");
            const auto list = result.find("docs");
            if (list == result.end() || !list->is_array())
                return badShape(what, "a result has no docs array");
            for (const auto& item : *list) {
                if (!item.is_object())
                    return badShape(what, "an item is not an object");
                if (const auto ok = item.find("ok"); ok != item.end()) {
                    if (!isRevisionedDocument(*ok))
                        return badShape(what, "an ok item is not a document");
                    answer.docs.push_back(*ok);
                    continue;
                }
                // A "missing" or not_found the client cannot attribute would be
                // dropped silently and the checkpoint would pass the revision.
                if (const auto missing = item.find("missing"); missing != item.end()) {
                    if (resultId == result.end() || !resultId->is_string() || !missing->is_string())
                        return badShape(what, "a missing item without id or revision");
                    answer.retry.emplace_back(resultId->get<std::string>(), missing->get<std::string>());
                    continue;
                }
                const auto error = item.find("error");
                if (error == item.end() || !error->is_object())
                    return badShape(what, "an item is neither ok, missing nor error");
                std::string id;
                if (const auto i = error->find("id"); i != error->end() && i->is_string())
                    id = i->get<std::string>();
                std::string name;
                if (const auto e = error->find("error"); e != error->end() && e->is_string())
                    name = e->get<std::string>();
                if (name == "not_found") {
                    const auto r = error->find("rev");
                    if (r == error->end() || !r->is_string() || id.empty())
                        return badShape(what, "a not_found item without id or revision");
                    answer.retry.emplace_back(id, r->get<std::string>());
                    continue;
                }
                if (name == "forbidden")
                    return Error(SyncError::Forbidden, what + ": " + id);
                if (name == "unauthorized")
                    return Error(SyncError::Unauthorized, what + ": " + id);
                return badShape(what, "error " + name + " for " + id);
            }
        }
        return answer;
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

Result<json> parseRevisionedDocument(std::string_view body, const std::string& what) {
    try {
        json doc = parseOrDiscard(body);
        if (!isRevisionedDocument(doc))
            return badShape(what, "not a document");
        return doc;
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

Result<json> parseLocalDocument(std::string_view body, const std::string& what) {
    try {
        json doc = parseOrDiscard(body);
        if (!doc.is_object())
            return badShape(what, "not an object");
        return doc;
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

Result<std::string> parsePutRevision(std::string_view body, const std::string& what) {
    try {
        const json answer = parseOrDiscard(body);
        const auto rev = answer.is_object() ? answer.find("rev") : answer.end();
        if (rev == answer.end() || !rev->is_string())
            return badShape(what, "no rev in the answer");
        return rev->get<std::string>();
    } catch (const std::exception&) {
        return badShape(what, "unexpected answer");
    }
}

}  // namespace intake::sync::messages
