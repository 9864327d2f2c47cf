// intake-bench-sync: the replicator against pouchdb-server on loopback, with
// PouchDB itself (pouchdb-node, default replication options) and one raw
// _bulk_docs POST as baselines measured in the same run.
//
// It prints one JSON object per line on stdout, like intake-bench-store:
//   {"metric": "push_10k_ratio_vs_pouchdb", "value": 0.31, "unit": "ratio"}
//
//   intake-bench-sync [--docs 10000] [--big 100000] [--batch 500] [--runs 3] [--sweep]
//   intake-bench-sync --pull-child URL VAULT KEYHEX BATCH   (internal: the RSS run)

#include "bench_support.h"
#include "demo_data.h"
#include "pouchdb_node.h"
#include "pouchdb_peer.h"

#include "intake/core/config.h"
#include "intake/core/vault.h"
#include "intake/sync/replication_store.h"
#include "intake/sync/replicator.h"

#include <CLI/CLI.hpp>
#include <curl/curl.h>

#include <cstdio>
#include <fstream>
#include <iostream>

using namespace intake;
using namespace intake::bench;
using nlohmann::json;

namespace {

class WallClock final : public Clock {
public:
    std::chrono::sys_time<std::chrono::milliseconds> now() const override {
        return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
    }
    std::chrono::year_month_day today() const override {
        return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(now())};
    }
};

// The demo year's records, repeated with fresh ids up to `count`.
std::vector<test::DemoRecord> records(std::size_t count) {
    const auto year = test::generateDemoYear(*Config::fromDocuments(Config::gothenburgSeed()));
    std::vector<test::DemoRecord> out;
    out.reserve(count);
    for (std::size_t i = 0; out.size() < count; ++i) {
        const auto& [id, body] = year[i % year.size()];
        out.emplace_back(i < year.size() ? id : id + "-" + std::to_string(i / year.size()), body);
    }
    return out;
}

std::unique_ptr<Vault> newVault(const std::filesystem::path& path, const VaultKey& key) {
    return must(Vault::create({path, key, std::nullopt}), "create vault");
}

void fill(Vault& vault, const std::vector<test::DemoRecord>& docs) {
    std::vector<PutRequest> batch;
    for (const auto& [id, body] : docs) {
        batch.push_back({id, body, {}, false});
        if (batch.size() == 2000) {
            must(vault.putAll(batch), "fill");
            batch.clear();
        }
    }
    if (!batch.empty())
        must(vault.putAll(batch), "fill");
}

std::unique_ptr<sync::Replicator> replicator(Vault& vault, const std::string& url, std::size_t batch, bool push,
                                             bool pull, const Clock& clock) {
    sync::ReplicationOptions options;
    options.batchSize = batch;
    options.push = push;
    options.pull = pull;
    return must(sync::Replicator::create(vault, must(sync::RemoteEndpoint::parse(url), "url"), {}, options, clock),
                "replicator");
}

std::size_t appendBody(char* data, std::size_t size, std::size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

// One raw POST of `body` to `url`: the server's own limit for these documents.
double rawPost(const std::string& url, const std::string& body) {
    CURL* curl = curl_easy_init();
    check(curl != nullptr, "curl_easy_init");
    std::string answer;
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    long status = 0;
    const double ms = timeMs([&] {
        check(curl_easy_perform(curl) == CURLE_OK, "raw _bulk_docs POST");
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    });
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    check(status == 201, "raw _bulk_docs answered 201");
    return ms;
}

std::size_t remoteDocCount(const std::string& url) {
    auto client = must(sync::CouchClient::create(must(sync::RemoteEndpoint::parse(url), "url")), "client");
    auto changes = must(client.changes("0"), "changes");
    return changes.changes.size();
}

// The peak resident memory of this process since it started (or exec'd):
// VmHWM, in MiB. (getrusage's ru_maxrss would also count what a forked child
// inherited from the parent before exec.)
double ownPeakRssMb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with("VmHWM:"))
            return std::stod(line.substr(6)) / 1024.0;
    }
    throw BenchFailure("no VmHWM in /proc/self/status");
}

// The pull of `url` into a fresh vault, in a process of its own that
// reports its peak RSS.
double pullPeakRssMb(const std::string& url, const std::filesystem::path& vaultPath, const VaultKey& key,
                     std::size_t batch) {
    { auto vault = newVault(vaultPath, key); }
    const auto self = std::filesystem::read_symlink("/proc/self/exe").string();
    const auto command = "'" + self + "' --pull-child '" + url + "' '" + vaultPath.string() + "' " + key.hex() + " " +
                         std::to_string(batch);
    FILE* child = popen(command.c_str(), "r");
    check(child != nullptr, "popen");
    char buffer[128] = {};
    const bool read = std::fgets(buffer, sizeof buffer, child) != nullptr;
    check(pclose(child) == 0 && read, "the pull child succeeded");
    return std::stod(buffer);
}

int pullChild(const std::string& url, const std::string& path, const std::string& keyHex, std::size_t batch) {
    auto key = VaultKey::fromHex(keyHex);
    check(key.has_value(), "key");
    auto vault = must(Vault::open({path, *key, std::nullopt}), "open");
    WallClock clock;
    auto pull = replicator(*vault, url, batch, false, true, clock);
    const auto report = must(pull->pullOnce(), "pull");
    check(report.pulled > 0, "the pull child pulled");
    std::cout << ownPeakRssMb() << std::endl;
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Sync benchmark: the replicator vs PouchDB and a raw _bulk_docs POST"};
    std::size_t docsCount = 10000, bigCount = 100000, batch = 500;
    bool sweep = false;
    int runs = 3;
    std::vector<std::string> pullChildArgs;
    app.add_option("--docs", docsCount, "documents for the push/pull comparison");
    app.add_option("--big", bigCount, "documents already in sync for the incremental and RSS runs (0: skip)");
    app.add_option("--batch", batch, "replicator batch size");
    app.add_option("--runs", runs, "runs per figure (the median is printed)")->check(CLI::Range(1, 99));
    app.add_flag("--sweep", sweep, "also time push and pull at several batch sizes");
    app.add_option("--pull-child", pullChildArgs, "internal")->expected(4);
    CLI11_PARSE(app, argc, argv);

    try {
        if (!pullChildArgs.empty())
            return pullChild(pullChildArgs[0], pullChildArgs[1], pullChildArgs[2], std::stoul(pullChildArgs[3]));

        ScratchFolder scratch(std::filesystem::temp_directory_path(), "intake-bench-sync");
        test::PouchPeer peer;
        WallClock clock;
        const auto key = must(VaultKey::random(), "key");
        const auto docs = records(docsCount);
        emitWhole("docs", static_cast<double>(docs.size()), "docs");
        emit("batch", batch, "docs");

        // Each figure is the median of `runs`, each run into a fresh database
        // (and a fresh vault for pulls), the three contenders taking turns.
        auto source = newVault(scratch.path() / "source.vault", key);
        fill(*source, docs);
        std::vector<json> plain;
        for (const auto& [id, body] : docs) {
            auto doc = body;
            doc["_id"] = id;
            plain.push_back(std::move(doc));
        }
        const auto docsFile = scratch.path() / "docs.jsonl";
        test::writeJsonLines(docsFile, plain);
        // The same revisions our push sends, in one request.
        sync::ReplicationStore store(*source);
        json bulk{{"new_edits", false}, {"docs", json::array()}};
        for (const auto& [id, body] : docs) {
            auto doc = must(source->get(id), "get");
            bulk["docs"].push_back(must(store.revisionForPush(id, doc.rev), "revision"));
        }
        const auto bulkText = bulk.dump();

        // --- push -----------------------------------------------------------
        std::vector<double> oursPush, pouchPush, raw, oursPull, pouchPull;
        std::string pulledDb;
        for (int run = 0; run < runs; ++run) {
            const auto suffix = "-" + std::to_string(run);
            const auto oursDb = peer.createDatabase("ours" + suffix);
            auto pusher = replicator(*source, oursDb, batch, true, false, clock);
            const auto requestsBefore = pusher->requestCount();
            oursPush.push_back(timeMs([&] { check(must(pusher->pushOnce(), "push").pushed == docs.size(), "all pushed"); }));
            if (run == 0) {
                emitWhole("push_10k_requests", static_cast<double>(pusher->requestCount() - requestsBefore), "requests");
                pulledDb = oursDb;
            }

            const auto pouchDb = peer.createDatabase("pouch-push" + suffix);
            const auto pouch = test::runPouchTool({"bench-push", "--docs", docsFile.string(), "--target", pouchDb});
            check(pouch.at("docs_written").get<std::size_t>() == docs.size(), "PouchDB pushed all");
            pouchPush.push_back(pouch.at("ms").get<double>());

            const auto rawDb = peer.createDatabase("raw-bulk" + suffix);
            raw.push_back(rawPost(rawDb + "/_bulk_docs", bulkText));
            check(remoteDocCount(rawDb) == docs.size(), "raw POST stored all");
        }
        emitMs("push_10k_ms", median(oursPush));
        emitMs("pouchdb_push_10k_ms", median(pouchPush));
        emitMs("raw_bulk_docs_10k_ms", median(raw));
        emit("push_10k_ratio_vs_pouchdb", rounded(median(oursPush) / median(pouchPush), 3), "ratio");
        emit("push_10k_ratio_vs_bulk", rounded(median(oursPush) / median(raw), 3), "ratio");

        // --- pull -----------------------------------------------------------
        for (int run = 0; run < runs; ++run) {
            auto target = newVault(scratch.path() / ("target-" + std::to_string(run) + ".vault"), key);
            auto puller = replicator(*target, pulledDb, batch, false, true, clock);
            oursPull.push_back(
                timeMs([&] { check(must(puller->pullOnce(), "pull").pulled == docs.size(), "all pulled"); }));
            const auto pouch = test::runPouchTool({"bench-pull", "--source", pulledDb});
            check(pouch.at("docs_written").get<std::size_t>() == docs.size(), "PouchDB pulled all");
            pouchPull.push_back(pouch.at("ms").get<double>());
        }
        emitMs("pull_10k_ms", median(oursPull));
        emitMs("pouchdb_pull_10k_ms", median(pouchPull));
        emit("pull_10k_ratio_vs_pouchdb", rounded(median(oursPull) / median(pouchPull), 3), "ratio");

        if (sweep) {
            for (const std::size_t size : {100, 250, 500, 1000, 2000}) {
                auto sweepSource = newVault(scratch.path() / ("sweep-" + std::to_string(size) + ".vault"), key);
                fill(*sweepSource, docs);
                const auto db = peer.createDatabase("sweep-" + std::to_string(size));
                auto p = replicator(*sweepSource, db, size, true, false, clock);
                const double pushMs = timeMs([&] { must(p->pushOnce(), "sweep push"); });
                auto sweepTarget = newVault(scratch.path() / ("sweep-pull-" + std::to_string(size) + ".vault"), key);
                auto q = replicator(*sweepTarget, db, size, false, true, clock);
                const double pullMs = timeMs([&] { must(q->pullOnce(), "sweep pull"); });
                emitMs("sweep_push_10k_ms_batch_" + std::to_string(size), pushMs);
                emitMs("sweep_pull_10k_ms_batch_" + std::to_string(size), pullMs);
            }
        }

        // --- 100,000 in sync: one more document; peak RSS of a full pull -----
        if (bigCount > 0) {
            auto big = newVault(scratch.path() / "big.vault", key);
            fill(*big, records(bigCount));
            const auto bigDb = peer.createDatabase("big");
            auto both = replicator(*big, bigDb, batch, true, true, clock);
            emitMs("push_100k_ms", timeMs([&] { must(both->pushOnce(), "push 100k"); }));
            must(both->syncOnce(), "first sync");
            std::vector<double> samples;
            std::vector<double> requests;
            for (int i = 0; i < 8; ++i) {
                must(big->put({"contact:incremental-" + std::to_string(i), json{{"type", "contact"}, {"count", i}}, {}, false}),
                     "put one");
                const auto before = both->requestCount();
                samples.push_back(timeMs([&] { check(must(both->syncOnce(), "incremental").pushed == 1, "one pushed"); }));
                requests.push_back(static_cast<double>(both->requestCount() - before));
                if (i == 0) {  // warm-up: the first pull after the big push had nothing to see
                    samples.clear();
                    requests.clear();
                }
            }
            emitMs("incremental_1_ms", median(samples));
            emitMs("incremental_1_max_ms", percentile(samples, 1.0));
            check(*std::min_element(requests.begin(), requests.end()) == *std::max_element(requests.begin(), requests.end()),
                  "an incremental sync makes the same number of requests each time");
            emitWhole("incremental_1_requests", requests.front(), "requests");
            emit("pull_100k_peak_rss_mb", rounded(pullPeakRssMb(bigDb, scratch.path() / "rss.vault", key, batch), 1), "MB");
        }
    } catch (const std::exception& failure) {
        std::cerr << "intake-bench-sync: " << failure.what() << "\n";
        return 1;
    }
    return 0;
}
