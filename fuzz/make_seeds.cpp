// Writes the seed corpora of the fuzz targets: realistic inputs built from the
// demo year (tests/support/demo_data.h), the seed config and the protocol's
// answers as CouchDB and PouchDB give them. Run by hand after a change to the
// records or the protocol, and commit the output:
//   cmake --build build --target intake-fuzz-make-seeds && build/fuzz/intake-fuzz-make-seeds fuzz/corpus
// Files are rewritten; stale ones are not removed. The demo data is made up.

#include "demo_data.h"
#include "fuzz_support.h"

#include "intake/core/counselling.h"
#include "intake/core/sealed_envelope.h"

#include <cstring>
#include <fstream>
#include <iostream>
#include <map>

using namespace intake;
using nlohmann::json;
using namespace std::chrono;

namespace {

std::filesystem::path root;

void write(const std::string& target, const std::string& name, const std::string& bytes) {
    const auto folder = root / target;
    std::filesystem::create_directories(folder);
    std::ofstream out(folder / name, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot write " + (folder / name).string());
}

// A selector byte (and flags) before the body.
std::string with(std::initializer_list<unsigned> prefix, const std::string& body) {
    std::string bytes;
    for (unsigned byte : prefix)
        bytes.push_back(static_cast<char>(byte));
    return bytes + body;
}

// A stable 32-hex-digit revision hash for a label (FNV-1a, twice).
std::string hash(const std::string& label) {
    std::uint64_t a = 1469598103934665603ull, b = 1099511628211ull * 7;
    for (unsigned char c : label) {
        a = (a ^ c) * 1099511628211ull;
        b = (b ^ c) * 1469598103934665603ull + 1;
    }
    char text[33];
    std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(a),
                  static_cast<unsigned long long>(b));
    return text;
}

// A revision as _bulk_get?revs=true answers it: generation `generation`, its
// ancestors named by `label`.
json revisioned(const std::string& id, json body, int generation, const std::string& label = "main",
                bool deleted = false) {
    json ids = json::array();
    for (int g = generation; g >= 1; --g)
        ids.push_back(hash(id + label + std::to_string(g)));
    body["_id"] = id;
    body["_rev"] = std::to_string(generation) + "-" + ids[0].get<std::string>();
    body["_revisions"] = {{"start", generation}, {"ids", ids}};
    if (deleted)
        body["_deleted"] = true;
    return body;
}

// Two leaves on one parent: generation 2 on a shared generation 1.
std::pair<json, json> conflicting(const std::string& id, json first, json second) {
    const std::string parent = hash(id + "parent");
    auto leaf = [&](json body, const std::string& label) {
        const std::string own = hash(id + label);
        body["_id"] = id;
        body["_rev"] = "2-" + own;
        body["_revisions"] = {{"start", 2}, {"ids", {own, parent}}};
        return body;
    };
    return {leaf(std::move(first), "left"), leaf(std::move(second), "right")};
}

std::map<std::string, test::DemoRecord> firstOfEachType(const std::vector<test::DemoRecord>& year) {
    std::map<std::string, test::DemoRecord> first;
    for (const auto& record : year) {
        const auto type = record.second.value("type", std::string());
        if (!first.count(type))
            first.emplace(type, record);
    }
    return first;
}

void replicationResponses(const std::map<std::string, test::DemoRecord>& samples) {
    const std::string t = "fuzz-replication-response";
    const auto& [visitId, visitBody] = samples.at("visit");
    const json visit = revisioned(visitId, visitBody, 1);
    const json bed = revisioned(samples.at("bed_night").first, samples.at("bed_night").second, 3);

    // _changes: PouchDB (numbers) and CouchDB (strings) sequences, with and without docs.
    json rows = json::array();
    int seq = 0;
    for (const auto& [type, record] : samples) {
        json row = {{"seq", ++seq}, {"id", record.first}, {"changes", {{{"rev", "1-" + hash(record.first)}}}}};
        row["doc"] = record.second;
        row["doc"]["_id"] = record.first;
        row["doc"]["_rev"] = "1-" + hash(record.first);
        rows.push_back(row);
    }
    rows.push_back({{"seq", ++seq}, {"id", "visit:01KAQ3J8X4TTB6M0W0ZG3V2Q5N"}, {"deleted", true},
                    {"changes", {{{"rev", "2-" + hash("gone")}}}}});
    write(t, "changes-include-docs", with({0}, json{{"results", rows}, {"last_seq", seq}}.dump()));
    write(t, "changes-couchdb",
          with({0}, R"({"results":[{"seq":"3-g1AAAABteJzLYWBgYMpgTmHgz8tPSTV0MDQy1zMAQsMcoEQiQ1L9____szKYE1lygQLsZiamhmkmZihKcRqRxwIkGRqA1H-ogSxgA4wNTA0tzQ3QzcgCALVmH5I","id":"bed_night:overnight-centrum:2026-11-22:10","changes":[{"rev":"2-aaa"},{"rev":"2-bbb"}]}],"last_seq":"3-g1AAAABteJzLYWBgYMpgTmHgz8tPSTV0MDQy1zMAQsMcoEQiQ1L9____szKYE1lygQLsZiamhmkmZihKcRqRxwIkGRqA1H-ogSxgA4wNTA0tzQ3QzcgCALVmH5I","pending":0})"));
    write(t, "changes-empty", with({0}, R"({"results":[],"last_seq":0})"));
    write(t, "longpoll-rows", with({1}, "{\"results\":[\n" + rows[0].dump() + "\n],\n\"last_seq\":1}\n"));
    write(t, "longpoll-timeout", with({1}, "{\"results\":[\n\n],\n\"last_seq\":42}\n"));
    write(t, "longpoll-preamble", with({1}, "{\"results\":[\n\n"));

    // _revs_diff
    const json diff = {{visitId, {{"missing", {"2-" + hash("x")}}, {"possible_ancestors", {visit["_rev"]}}}},
                       {bed["_id"], json::object()}};
    write(t, "revs-diff", with({2}, diff.dump()));
    write(t, "revs-diff-unasked", with({0x82}, diff.dump()));
    write(t, "revs-diff-empty", with({2}, "{}"));

    // _bulk_docs results: PouchDB lists successes, CouchDB only errors.
    const json results = json::array({{{"ok", true}, {"id", visitId}, {"rev", visit["_rev"]}},
                                      {{"id", "evil"}, {"rev", "1-" + hash("evil")}, {"error", "forbidden"},
                                       {"reason", "no bad documents"}},
                                      {{"id", bed["_id"]}, {"error", "conflict"}, {"reason", "Document update conflict."}}});
    write(t, "bulk-docs-results", with({3}, results.dump()));
    write(t, "bulk-docs-unsent", with({0x83}, results.dump()));
    write(t, "bulk-docs-ok", with({3}, "[]"));

    // _bulk_get?revs=true: ok, missing (PouchDB), not_found, forbidden.
    json bulk = {{"results", json::array()}};
    for (const auto& [type, record] : samples)
        bulk["results"].push_back({{"id", record.first}, {"docs", {{{"ok", revisioned(record.first, record.second, 2)}}}}});
    bulk["results"].push_back({{"id", "a"}, {"docs", {{{"missing", "2-b"}}}}});
    bulk["results"].push_back(
        {{"id", "e"},
         {"docs", {{{"error", {{"id", "e"}, {"rev", "1-e"}, {"error", "not_found"}, {"reason", "missing"}}}}}}});
    write(t, "bulk-get", with({4}, bulk.dump()));
    write(t, "bulk-get-forbidden",
          with({4}, R"({"results":[{"id":"f","docs":[{"error":{"id":"f","rev":"1-f","error":"forbidden","reason":"no"}}]}]})"));
    write(t, "bulk-get-deleted",
          with({4}, json{{"results", {{{"id", visitId},
                                      {"docs", {{{"ok", revisioned(visitId, json::object(), 3, "main", true)}}}}}}}}
                        .dump()));
    write(t, "single-get", with({5}, bed.dump()));

    // Session: the login answer's headers as libcurl passes them, one line each.
    write(t, "session-headers",
          with({6}, "HTTP/1.1 200 OK\r\nSet-Cookie: AuthSession=a2lvc2s6NjZGRjQxMjM6yJ0iWQ8; Version=1; Path=/; "
                    "HttpOnly\r\nContent-Type: application/json\r\nCache-Control: must-revalidate\r\n\r\n"));
    write(t, "session-logout", with({6}, "set-cookie:   AuthSession=; Version=1; Path=/; HttpOnly\r\n"));

    // Error bodies; two bytes pick the status: 100 + (b0 * 256 + b1) % 500.
    const std::pair<long, std::string> errors[] = {
        {404, R"({"error":"not_found","reason":"missing"})"},
        {404, R"({"error":"not_found","reason":"Database does not exist."})"},
        {401, R"({"error":"unauthorized","reason":"Name or password is incorrect."})"},
        {403, R"({"error":"forbidden","reason":"You are not allowed to access this db."})"},
        {409, R"({"error":"conflict","reason":"Document update conflict."})"},
        {400, R"({"error":"bad_request","reason":"unknown path"})"},
        {412, R"({"error":"file_exists","reason":"The database could not be created, the file already exists."})"},
        {500, R"({"error":"unknown_error","reason":"function_clause"})"},
        {200, R"({"ok":true})"},
        {302, "<html>moved</html>"},
    };
    for (const auto& [status, body] : errors) {
        const unsigned code = static_cast<unsigned>(status - 100);
        write(t, "error-" + std::to_string(status) + "-" + hash(body).substr(0, 6), with({7, code / 256, code % 256}, body));
    }

    write(t, "local-checkpoint",
          with({8}, R"({"_id":"_local/intake-6f1c","_rev":"0-3","session_id":"b3c1","source_last_seq":5,"history":[{"session_id":"b3c1","recorded_seq":5},{"session_id":"a9e0","recorded_seq":"2-g1AAAA"}]})"));
    write(t, "local-put-answer", with({8}, R"({"ok":true,"id":"_local/intake-6f1c","rev":"0-4"})"));
    write(t, "server-couchdb",
          with({9}, R"({"couchdb":"Welcome","version":"3.3.3","git_sha":"40afbcfc7","uuid":"8d0b7ba1","features":["access-ready","partitioned"],"vendor":{"name":"The Apache Software Foundation"}})"));
    write(t, "server-pouchdb",
          with({9}, R"({"express-pouchdb":"Welcome!","version":"4.2.0","pouchdb-adapters":["leveldb"],"vendor":{"name":"PouchDB authors","version":"4.2.0"},"uuid":"0c3b5f2e"})"));
}

void syncDocuments(const std::map<std::string, test::DemoRecord>& samples) {
    const std::string t = "fuzz-sync-document";
    json all = json::array();
    for (const auto& [type, record] : samples) {
        const json doc = revisioned(record.first, record.second, 1 + static_cast<int>(all.size() % 3));
        write(t, "type-" + type, json::array({doc}).dump());
        all.push_back(doc);
    }
    write(t, "every-type", all.dump());
    json config = json::array();
    for (const auto& doc : Config::gothenburgSeed())
        config.push_back(revisioned(doc.value("_id", std::string("config:x")), doc, 1));
    write(t, "config", config.dump());

    const auto& [bedId, bedBody] = samples.at("bed_night");
    json later = bedBody;
    later["given_at"] = "2026-11-22T22:10:00Z";
    later["given_by"] = "worker-2";
    later["person_code"] = "QM7R2";
    auto [left, right] = conflicting(bedId, bedBody, later);
    write(t, "bed-night-conflict", json::array({left, right}).dump());
    json displaced = bedBody;
    displaced["displaced"] = json::array({{{"rev", "2-" + hash("lost")}, {"given_at", "2026-11-22T22:10:00Z"},
                                           {"given_by", "worker-2"}, {"person_code", "QM7R2"}, {"gender", "woman"},
                                           {"filled_by", "field"}}});
    write(t, "bed-night-displaced", json::array({revisioned(bedId, displaced, 3)}).dump());
    write(t, "bed-night-deleted",
          json::array({left, revisioned(bedId, json::object(), 3, "right-deleted", true)}).dump());

    const auto& [visitId, visitBody] = samples.at("visit");
    json called = visitBody, served = visitBody;
    called["status"] = "called";
    called["called_at"] = "2026-11-23T08:40:00Z";
    served["status"] = "served";
    served["called_at"] = "2026-11-23T08:35:00Z";
    served["ended_at"] = "2026-11-23T08:50:00Z";
    auto [v1, v2] = conflicting(visitId, called, served);
    write(t, "visit-conflict", json::array({v1, v2}).dump());
    const auto& [contactId, contactBody] = samples.at("contact");
    json recount = contactBody;
    recount["count"] = 7;
    auto [c1, c2] = conflicting(contactId, contactBody, recount);
    write(t, "contact-conflict-no-rule", json::array({c1, c2}).dump());
    auto [m1, m2] = conflicting(visitId, visitBody, contactBody);
    write(t, "mixed-types-conflict", json::array({m1, m2}).dump());
    json reserved = visitBody;
    reserved["_attachments"] = json::object();
    write(t, "reserved-field", json::array({revisioned(visitId, reserved, 1)}).dump());
    write(t, "deleted", json::array({revisioned(visitId, json::object(), 4, "main", true)}).dump());
}

void configs() {
    const std::string t = "fuzz-config";
    const auto& seed = Config::gothenburgSeed();
    write(t, "gothenburg", json(seed).dump());
    for (const auto& doc : seed)
        write(t, "single-" + doc.value("kind", std::string("x")), json::array({doc}).dump());
    // The app reads the sites and services together, the rest on their own.
    json sitesAndServices = json::array();
    json withoutCounselling = json::array();
    for (const auto& doc : seed) {
        if (doc["kind"] == "sites" || doc["kind"] == "services")
            sitesAndServices.push_back(doc);
        if (doc["kind"] != "counselling")
            withoutCounselling.push_back(doc);
    }
    write(t, "sites-and-services", sitesAndServices.dump());
    write(t, "without-counselling", withoutCounselling.dump());
    const json small = json::array(
        {{{"_id", "config:sites"}, {"type", "config"}, {"kind", "sites"},
          {"sites", {{{"id", "north"}, {"name", {{"sv", "Norr"}}}, {"ticket_issuers", 2},
                      {"closed_dates", {"2026-12-24"}}}}}},
         {{"_id", "config:services"}, {"type", "config"}, {"kind", "services"},
          {"services",
           {{{"id", "employment"}, {"site", "north"}, {"letter", "E"}, {"name", {{"en", "Employment"}}},
             {"schedule", {{"monthly", {{"nth", -1}, {"weekday", 3}}}, {"extra_dates", {"2026-12-02"}},
                           {"closed_dates", {"2026-11-25"}}}},
             {"minutes_per_visit", 30}, {"desks", 2}, {"bookable", false}},
            {{"id", "advice"}, {"site", "north"}, {"letter", "B"}, {"name", {{"ar", "نصيحة"}}},
             {"schedule", {{"weekdays", {1, 3, 5}}, {"monthly", {{"nth", 2}, {"weekday", 6}}}}}}}}},
         {{"_id", "config:options"}, {"type", "config"}, {"kind", "options"},
          {"options", {{"gender", {"woman", "man"}}, {"area", {"north"}}}}}});
    write(t, "small-variant", small.dump());
}

void userInputs(const Config& config, const std::map<std::string, test::DemoRecord>& samples) {
    const std::string t = "fuzz-user-input";
    enum : unsigned { name, text, phone, pnr, luhn, date, dateTime, choice, range, pin, record, counselling,
                      checkIn, booking, contact, referral, concern, bed };
    const std::pair<const char*, std::string> names[] = {
        {"latin", "  Sara \t Ahmadi "}, {"arabic", "سارا احمدی"}, {"cyrillic", "Дарина Коваленко"},
        {"geez", "ሳባ ተስፋዬ"}, {"zwnj", "مهر\u200cناز"}, {"nbsp", "Anna\u00a0Maria\u202fLind"}};
    for (const auto& [label, value] : names) {
        write(t, std::string("name-") + label, with({name, 0x50}, value));
        write(t, std::string("name-required-") + label, with({name, 0x51}, value));
    }
    write(t, "text", with({text, 0x40}, "Needs a place tonight.\r\nSpeaks some English.\t "));
    const std::pair<const char*, std::string> phones[] = {
        {"mobile", "070-123 45 67"}, {"stockholm", "08-123 456 78"}, {"international", "+963 944 567 890"},
        {"double-zero", "0046 70 123 45 67"}, {"persian-digits", "۰۷۰۱۲۳۴۵۶۷"}, {"arabic-digits", "٠٧٠١٢٣٤٥٦٧"},
        {"brackets", "(070) 123.45.67"}};
    for (const auto& [label, value] : phones)
        write(t, std::string("phone-") + label, with({phone, 0}, value));
    const std::pair<const char*, std::string> numbers[] = {
        {"short", "811218-9876"},   {"long", "19811218-9876"}, {"plus", "121212+1212"},
        {"coordination", "701063-2391"}, {"no-separator", "201212121212"}, {"spaces", " 8112189876 "}};
    for (const auto& [label, value] : numbers)
        write(t, std::string("pnr-") + label, with({pnr, 0xfc}, value));
    write(t, "luhn", with({luhn, 0}, "8112189876"));
    write(t, "date", with({date, 0x35}, "2026-11-23"));
    write(t, "date-invalid", with({date, 0x35}, "2026-02-30"));
    write(t, "datetime-utc", with({dateTime, 0x20}, "2026-11-23T08:15:00Z"));
    write(t, "datetime-offset", with({dateTime, 0x21}, "2026-11-23t09:15:00.250+01:00"));
    write(t, "choice", with({choice, 1}, "ar"));
    std::int64_t values[3] = {17, 0, 99};
    write(t, "range", with({range, 0}, std::string(reinterpret_cast<const char*>(values), sizeof values)));
    write(t, "pin", with({pin, 0}, "482913"));
    write(t, "pin-short", with({pin, 0}, "1234"));
    for (const auto& [type, sample] : samples)
        write(t, "record-" + type, with({record, 0}, sample.second.dump()));

    const json form = {{"adults", {{{"first_name", "  Sara  "}, {"last_name", "Ahmadi"}, {"phone", "070-123 45 67"}},
                                   {{"first_name", "Dawit"}, {"email", "dawit@example.org"}}}},
                       {"contact", "phone"}, {"small_children", true}, {"language", "fa"},
                       {"interpreter_needed", true}, {"interpreter_language", "prs"},
                       {"preferred_provider", "st-lukas"}, {"single_session", true}, {"consent", true}};
    write(t, "counselling-form", with({counselling, 0}, form.dump()));
    write(t, "counselling-will-call",
          with({counselling, 0}, json{{"adults", json::array()}, {"contact", "will_call"},
                                      {"will_call_at", "2026-11-24T10:00:00+01:00"}, {"language", "ar"},
                                      {"consent", true}}
                                     .dump()));

    const auto today = fuzz::fixedClock().today();
    const auto running = config.servicesRunning("welcome-house", today);
    if (running.empty())
        throw std::runtime_error("no service runs on the fixed day");
    write(t, "kiosk-check-in",
          with({checkIn, 0}, json{{"service", running.front()->id}, {"language", "ar"}, {"first_visit", true},
                                  {"first_name", "Sara"}, {"interpreter_language", "ar"}}
                                 .dump()));
    write(t, "kiosk-check-in-code",
          with({checkIn, 0}, json{{"service", running.back()->id}, {"language", "uk"}, {"visitor_code", "K4M7Q2"}}
                                 .dump()));
    for (const auto& service : config.services()) {
        if (!service.bookable || service.site != "welcome-house")
            continue;
        const auto days = config.nextDays(service, today, 1);
        if (days.empty())
            continue;
        write(t, "kiosk-booking",
              with({booking, 0}, json{{"service", service.id}, {"day", formatIsoDate(days.front())},
                                      {"language", "so"}, {"phone", "070-123 45 67"}, {"sms_consent", true}}
                                     .dump()));
        break;
    }
    write(t, "outreach-contact-anonymous",
          with({contact, 0}, json{{"area", "centrum"}, {"anonymous", true}, {"count", 4}, {"gender", "not_stated"},
                                  {"age_band", "unknown"}, {"needs", {"food"}}, {"actions", {"supplies_given"}}}
                                 .dump()));
    write(t, "outreach-contact-named",
          with({contact, 0}, json{{"area", "hisingen"}, {"anonymous", false}, {"count", 1}, {"alias", "Micke"},
                                  {"name", "Mikael Berg"}, {"consent", true}, {"person_code", "PX4K9"},
                                  {"gender", "man"}, {"age_band", "36-50"}, {"place", "Nils Ericson terminal"}}
                                 .dump()));
    write(t, "outreach-referral",
          with({referral, 0}, json{{"at", "2026-11-23T08:00:00Z"}, {"person_code", "PX4K9"}, {"alias", "Micke"},
                                   {"unit", "housing_unit"}, {"reason", "Needs housing"}, {"consent", true},
                                   {"status", "sent"}}
                                  .dump()));
    write(t, "outreach-concern",
          with({concern, 0}, json{{"created_at", "2026-11-23T08:00:00Z"}, {"child_age", 9},
                                  {"concern", "Alone at the station at night"}, {"area", "centrum"},
                                  {"reference", "CR4K9QX2"}, {"status", "draft"}, {"edit", "Seen again"},
                                  {"edit_age", 10}}
                                 .dump()));
    const auto* shelter = config.shelters().empty() ? nullptr : &config.shelters().front();
    if (!shelter)
        throw std::runtime_error("the seed config has no shelter");
    for (const auto& place : {shelter->beds.front(), shelter->beds.back()}) {
        write(t, "outreach-bed-" + place.filledBy,
              with({bed, 0}, json{{"shelter", shelter->id}, {"night", "2026-11-22"}, {"bed", place.number},
                                  {"filled_by", place.filledBy}, {"person_code", "PX4K9"}, {"alias", "Micke"},
                                  {"gender", "man"}}
                                 .dump()));
    }
}

void sealedEnvelopes(const Config& config, const std::vector<test::DemoRecord>& year) {
    const std::string t = "fuzz-sealed-envelope";
    const auto& sealing = config.counsellingSealing();
    if (!sealing)
        throw std::runtime_error("the seed config has no counselling key");
    int written = 0;
    for (const auto& [id, body] : year) {
        if (body.value("type", std::string()) != "application" || !body.contains("sealed"))
            continue;
        json line = body;
        line["_id"] = id;
        line["_rev"] = "1-" + hash(id);
        write(t, "stored-application-" + std::to_string(written), with({0}, line.dump()));
        if (written == 0) {
            json moved = line;
            moved["_id"] = "application:01KAQ3J8X4TTB6M0W0ZG3V2Q5N";
            write(t, "stored-application-other-id", with({0}, moved.dump()));
            write(t, "envelope-other-id", with({2}, body["sealed"].dump()));
        }
        if (++written == 3)
            break;
    }
    write(t, "not-an-application", with({0}, R"({"_id":"visit:01KAQ3J8X4TTB6M0W0ZG3V2Q5N","type":"visit"})"));
    const char* const kId = "application:01KAQ3J8X4TTB6M0W0ZG3V2Q5N";
    const json people = {{"adults", {{{"first_name", "Sara"}, {"last_name", "Ahmadi"}, {"phone", "+46701234567"}}}}};
    auto envelope = sealed::sealJson(sealing->publicKeyPem, people, kId, "application");
    if (!envelope)
        throw std::runtime_error("sealing failed");
    write(t, "envelope", with({2}, envelope->dump()));
    write(t, "plaintext-adults", with({1}, people.dump()));
    write(t, "plaintext-will-call",
          with({1}, R"({"adults":[],"will_call_at":"2026-11-24T10:00:00+01:00"})"));
    write(t, "plaintext-clash", with({1}, R"({"contact":"email"})"));
    write(t, "plaintext-not-json", with({1}, "adults: Sara"));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " <fuzz/corpus folder>\n";
        return 2;
    }
    root = argv[1];
    try {
        const Config& config = fuzz::gothenburg();
        test::DemoOptions options;
        options.contactScale = 0.05;
        const auto year = test::generateDemoYear(config, options);
        const auto samples = firstOfEachType(year);
        for (const char* type : {"visit", "application", "contact", "bed_night", "referral", "concern_report"}) {
            if (!samples.count(type))
                throw std::runtime_error(std::string("the demo year has no ") + type);
        }
        auto withExtras = samples;
        withExtras.emplace("booking_request",
                           test::DemoRecord{"booking_request:01KAQ3J8X4TTB6M0W0ZG3V2Q5Q",
                                            {{"type", "booking_request"}, {"kind", "welcome_house"},
                                             {"site", "welcome-house"}, {"service", "housing"},
                                             {"requested_day", "2026-11-25"}, {"language", "uk"},
                                             {"phone", "+46701234567"}, {"sms_consent", true},
                                             {"requested_at", "2026-11-23T08:20:00Z"}, {"status", "requested"}}});
        withExtras.emplace("slot", test::DemoRecord{"slot:01KAQ3J8X4TTB6M0W0ZG3V2Q5N",
                                                    {{"type", "slot"}, {"provider", "st-lukas"},
                                                     {"kind", "single_session"}, {"starts_at", "2026-12-01T09:00:00Z"},
                                                     {"ends_at", "2026-12-01T10:00:00Z"}, {"status", "open"}}});
        withExtras.emplace("audit", test::DemoRecord{"audit:01KAQ3J8X4TTB6M0W0ZG3V2Q5P",
                                                     {{"type", "audit"}, {"at", "2026-11-23T07:45:00Z"},
                                                      {"actor", "worker-1"}, {"device", "tablet-1"},
                                                      {"action", "open"}, {"record_id", "referral:01KAQ3J8X4TTB6M0W0ZG3V2Q5N"},
                                                      {"record_type", "referral"}}});
        withExtras.emplace("config", test::DemoRecord{"config:options", Config::gothenburgSeed().back()});
        replicationResponses(withExtras);
        syncDocuments(withExtras);
        configs();
        userInputs(config, withExtras);
        sealedEnvelopes(config, year);
    } catch (const std::exception& error) {
        std::cerr << "intake-fuzz-make-seeds: " << error.what() << "\n";
        return 1;
    }
    std::cout << "seeds written under " << root.string() << "\n";
    return 0;
}
