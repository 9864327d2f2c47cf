// intake-bench-capture: measures what staff wait for around capture and
// reporting. Today: the full yearly statistics (core/statistics.h) over a year
// of all three services read from encrypted vaults, with the same computation
// over the same bodies in memory as the baseline in the same run.
//
// It prints one JSON object per line on stdout,
//     {"metric": NAME, "value": X, "unit": U}
// Progress goes to stderr. It exits non-zero, saying what failed, if a vault
// call fails or a check is false. It works in a fresh mkdtemp folder and
// removes it at the end.
//
//     intake-bench-capture [--dir PATH] [--runs N] [--quick]
//
//   --dir PATH  make the scratch folder inside PATH (default: $TMPDIR or /tmp)
//   --runs N    timed runs per figure (default 5; the median is reported)
//   --quick     a demo year with the usual outreach volume (about 20,000
//               records) instead of 50,000+, for a fast sanity run
//
// The workload: tests/support/demo_data.h's deterministic demo year 2026 of
// the seed config (Welcome House ~10,000 visits, ~800 counselling
// applications, ~5,300 bed nights) with outreach contacts and referrals scaled
// up (contactScale 9) so that the year holds at least 50,000 records. As in
// production, family counselling applications go to a vault of their own with
// its own key; everything else to the social-services vault. Both are
// imported in putAll batches of 1,000, closed and reopened before timing.
//
// Figures:
//   stats_records            records in the year (both vaults)
//   import_docs_per_s        the putAll import of them (context, not a goal)
//   stats_year_ms            statistics::compute(vaults, config, calendar year
//                            2026): Vault::forEach over each record type in
//                            both vaults, decrypting and parsing one document
//                            at a time into the running figures (no document
//                            is kept), and every figure for the year and the
//                            year before. Median of --runs. Goal: <= 1,000 ms.
//   stats_year_max_ms        slowest of those runs
//   stats_read_only_ms       the same Vault::forEach calls alone, visiting and
//                            dropping each document (median): the share of
//                            stats_year_ms that is reading the store
//   stats_year_in_memory_ms  statistics::compute over the same bodies already
//                            in memory (median): the baseline
//   stats_year_ratio_vs_memory  stats_year_ms / stats_year_in_memory_ms
//   export_csv_ms            toCsv of the report (median), and export_rows
//   call_next_ms             WelcomeQueue::callNext with 1,000 visitors waiting
//                            for one service (median of 100 calls; also
//                            call_next_p99_ms), and plain_call_next_ms on an
//                            unencrypted vault, with call_next_ratio_vs_plain.
//                            Goal: <= 5 ms.
//   peak_rss_before_stats_kib  peak resident memory before the first
//                            statistics run: the demo year's records, their
//                            bodies copied for the in-memory baseline, and the
//                            import. What the statistics add is peak_rss_kib
//                            minus this (the call_next part adds next to nothing)
//   peak_rss_kib             peak resident memory of the whole process
// Runs alternate between the vault and the in-memory computation so that
// noise from the rest of the machine falls on both alike.

#include "bench_support.h"
#include "demo_data.h"

#include "intake/core/config.h"
#include "intake/core/statistics.h"
#include "intake/core/welcome_queue.h"
#include "intake/core/vault.h"
#include "intake/core/vault_key.h"

#include <nlohmann/json.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace intake::bench;

void progress(const std::string& text) { std::cerr << "intake-bench-capture: " << text << std::endl; }

struct Vaults {
    intake::VaultConfig social;
    intake::VaultConfig counselling;
};

// Writes the year into the two vaults; returns the summed putAll wall time.
double importYear(const Vaults& configs, const std::vector<intake::test::DemoRecord>& records) {
    auto social = must(intake::Vault::create(configs.social), "creating the social-services vault");
    auto counselling = must(intake::Vault::create(configs.counselling), "creating the counselling vault");
    check(social->encrypted() && counselling->encrypted(), "both vaults are encrypted");
    std::vector<intake::PutRequest> socialBatch, counsellingBatch;
    double ms = 0;
    auto flush = [&](intake::Vault& vault, std::vector<intake::PutRequest>& batch) {
        if (batch.empty())
            return;
        std::optional<intake::Result<std::vector<intake::Document>>> stored;
        ms += timeMs([&] { stored.emplace(vault.putAll(std::span<const intake::PutRequest>(batch))); });
        check(must(std::move(*stored), "putAll").size() == batch.size(), "putAll stores every document");
        batch.clear();
    };
    for (const auto& [id, body] : records) {
        const bool isCounselling = body.value("type", std::string()) == "application";
        auto& batch = isCounselling ? counsellingBatch : socialBatch;
        batch.push_back(intake::PutRequest{id, body, "", false});
        if (batch.size() == 1'000)
            flush(isCounselling ? *counselling : *social, batch);
    }
    flush(*social, socialBatch);
    flush(*counselling, counsellingBatch);
    const auto total = must(social->documentCount(), "documentCount") + must(counselling->documentCount(), "documentCount");
    check(total == static_cast<std::int64_t>(records.size()), "every record is in a vault");
    return ms;
}

int usage(std::ostream& out, int code) {
    out << "usage: intake-bench-capture [--dir PATH] [--runs N] [--quick]\n"
           "  --dir PATH  make the scratch folder inside PATH (default: $TMPDIR or /tmp)\n"
           "  --runs N    timed runs per figure, median reported (default 5)\n"
           "  --quick     the usual outreach volume (~20,000 records) instead of 50,000+\n";
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    std::optional<fs::path> parent;
    bool quick = false;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quick") {
            quick = true;
        } else if (arg == "--dir" && i + 1 < argc) {
            parent = fs::path(argv[++i]);
        } else if (arg == "--runs" && i + 1 < argc) {
            runs = std::atoi(argv[++i]);
            if (runs < 1)
                return usage(std::cerr, 2);
        } else if (arg == "--help" || arg == "-h") {
            return usage(std::cout, 0);
        } else {
            std::cerr << "intake-bench-capture: unknown or incomplete argument " << arg << "\n";
            return usage(std::cerr, 2);
        }
    }

    try {
        if (!parent) {
            const char* tmp = std::getenv("TMPDIR");
            parent = fs::path(tmp && *tmp ? tmp : "/tmp");
        }
        ScratchFolder folder(*parent, "intake-bench-capture");
        progress("working in " + folder.path().string() + (quick ? " (quick)" : ""));

        auto config = must(intake::Config::fromDocuments(intake::Config::gothenburgSeed()), "loading the seed config");
        intake::test::DemoOptions options;
        options.contactScale = quick ? 1.0 : 9.0;
        progress("generating the demo year " + std::to_string(options.year));
        const auto records = intake::test::generateDemoYear(config, options);
        if (!quick)
            check(records.size() >= 50'000, "the year holds at least 50,000 records");
        emitWhole("stats_records", static_cast<double>(records.size()), "records");
        std::vector<nlohmann::json> bodies;
        bodies.reserve(records.size());
        for (const auto& [id, body] : records)
            bodies.push_back(body);

        const Vaults configs{
            intake::VaultConfig{folder.path() / "social.vault", must(intake::VaultKey::random(), "a random key"),
                                std::nullopt},
            intake::VaultConfig{folder.path() / "counselling.vault", must(intake::VaultKey::random(), "a random key"),
                                std::nullopt},
        };
        progress("importing " + std::to_string(records.size()) + " records in putAll batches of 1,000");
        const double importMs = importYear(configs, records);
        emitWhole("import_docs_per_s", static_cast<double>(records.size()) / (importMs / 1000.0), "docs/s");

        // Reopened: the timed reads start from a closed, checkpointed file.
        auto social = must(intake::Vault::open(configs.social), "reopening the social-services vault");
        auto counselling = must(intake::Vault::open(configs.counselling), "reopening the counselling vault");
        intake::Vault* const vaults[] = {social.get(), counselling.get()};
        const auto period = intake::statistics::Period::calendarYear(options.year);
        const double rssBeforeStats = peakRssKib();

        // Untimed first pass of each: also the check that both give the same report.
        const auto fromVaults = must(intake::statistics::compute(std::span<intake::Vault* const>(vaults), config, period),
                                     "statistics from the vaults");
        const auto inMemory = intake::statistics::compute(bodies, config, period);
        const auto exportRows = intake::statistics::rows(fromVaults);
        check(exportRows == intake::statistics::rows(inMemory), "the vaults and the bodies give the same statistics");
        check(fromVaults.current.welcomeHouse.total.visits > 0, "the year has visits");

        progress("statistics: " + std::to_string(runs) + " runs from the vaults and in memory, alternated");
        std::vector<double> vaultMs, memoryMs, readMs, csvMs;
        for (int run = 0; run < runs; ++run) {
            auto fromVault = [&] {
                vaultMs.push_back(timeMs([&] {
                    const auto report = intake::statistics::compute(std::span<intake::Vault* const>(vaults), config, period);
                    check(report.ok(), "statistics from the vaults");
                }));
            };
            auto fromMemory = [&] {
                memoryMs.push_back(timeMs([&] {
                    const auto report = intake::statistics::compute(bodies, config, period);
                    check(report.current.welcomeHouse.total.visits > 0, "statistics in memory");
                }));
            };
            if (run % 2 == 0) {
                fromVault();
                fromMemory();
            } else {
                fromMemory();
                fromVault();
            }
            readMs.push_back(timeMs([&] {
                std::size_t documents = 0;
                const std::function<intake::Result<bool>(intake::Document&&)> count =
                    [&](intake::Document&&) -> intake::Result<bool> {
                    ++documents;
                    return true;
                };
                for (auto* vault : vaults) {
                    for (const auto type : intake::statistics::kRecordTypes) {
                        const auto read = vault->forEach({.type = std::string(type)}, count);
                        if (!read.ok())
                            throw BenchFailure("forEach failed: " + describe(read.error()));
                    }
                }
                check(documents > 0, "the vaults answer");
            }));
            csvMs.push_back(timeMs([&] { check(!intake::statistics::toCsv(fromVaults).empty(), "a CSV"); }));
        }
        const double statsMs = median(vaultMs);
        const double memoryMedian = median(memoryMs);
        emitMs("stats_year_ms", statsMs);
        emitMs("stats_year_max_ms", *std::max_element(vaultMs.begin(), vaultMs.end()));
        emitMs("stats_read_only_ms", median(readMs));
        emitMs("stats_year_in_memory_ms", memoryMedian);
        emit("stats_year_ratio_vs_memory", rounded(statsMs / memoryMedian, 3), "ratio");
        emitMs("export_csv_ms", median(csvMs));
        emitWhole("export_rows", static_cast<double>(exportRows.size()), "rows");
        if (statsMs > 1000.0)
            progress("stats_year_ms is above its goal of 1,000 ms");

        // --- call_next_ms ------------------------------------------------------
        // A staff member taps "call next" with 1,000 visitors waiting for one
        // service: the queue query, the choice of the first in arrival order,
        // and the durable write of the call with its audit entry. The same
        // code on an unencrypted vault is the baseline.
        progress("call_next: 1,000 visitors waiting, 100 calls, encrypted and plain");
        {
            // A Monday; the community guide runs every weekday.
            intake::ManualClock clock(std::chrono::sys_days(std::chrono::year_month_day(
                                          std::chrono::year(2026), std::chrono::month(11), std::chrono::day(23))) +
                                          std::chrono::hours(7),
                                      std::chrono::minutes(60));
            std::array<std::vector<double>, 2> callMs;
            for (int variant = 0; variant < 2; ++variant) {
                intake::VaultConfig queueConfig{folder.path() / (variant == 0 ? "queue.vault" : "queue-plain.vault"),
                                                std::nullopt, std::nullopt};
                if (variant == 0)
                    queueConfig.key = must(intake::VaultKey::random(), "a random key");
                auto queueVault = must(intake::Vault::create(queueConfig), "creating the queue vault");
                std::vector<std::unique_ptr<intake::WelcomeQueue>> kiosks;
                for (unsigned slot = 1; slot <= 4; ++slot)
                    kiosks.push_back(std::make_unique<intake::WelcomeQueue>(
                        *queueVault, config, clock, intake::TicketIssuer{"welcome-house", slot, 4},
                        "kiosk-" + std::to_string(slot)));
                for (int visitor = 0; visitor < 1000; ++visitor) {
                    clock.advance(std::chrono::milliseconds(1500));
                    auto checkedIn = kiosks[static_cast<std::size_t>(visitor) % 4]->checkIn(
                        {"community_guide", "ar", visitor % 3 == 0, std::nullopt, std::nullopt,
                         visitor % 2 == 0 ? std::optional<std::string>("V" + std::to_string(1000 + visitor))
                                          : std::nullopt});
                    check(checkedIn.ok(), "checking in a visitor");
                }
                auto& desk = *kiosks[3];
                check(must(desk.waiting("community_guide"), "the queue").size() == 1000, "1,000 visitors wait");
                for (int call = 0; call < 100; ++call) {
                    clock.advance(std::chrono::seconds(30));
                    callMs[static_cast<std::size_t>(variant)].push_back(timeMs([&] {
                        must(desk.callNext("community_guide", "staff-1", "desk 1"), "call next");
                    }));
                }
                check(must(desk.waiting("community_guide"), "the queue").size() == 900, "100 were called");
            }
            auto p99 = [](std::vector<double> values) {
                std::sort(values.begin(), values.end());
                return values[static_cast<std::size_t>(std::ceil(0.99 * static_cast<double>(values.size()))) - 1];
            };
            emitMs("call_next_ms", median(callMs[0]));
            emitMs("call_next_p99_ms", p99(callMs[0]));
            emitMs("plain_call_next_ms", median(callMs[1]));
            emit("call_next_ratio_vs_plain", rounded(median(callMs[0]) / median(callMs[1]), 3), "ratio");
            if (median(callMs[0]) > 5.0)
                progress("call_next_ms is above its goal of 5 ms");
        }

        emitWhole("peak_rss_before_stats_kib", rssBeforeStats, "KiB");
        emitWhole("peak_rss_kib", peakRssKib(), "KiB");
        progress("done");
    } catch (const BenchFailure& failure) {
        std::cerr << "intake-bench-capture: FAILED: " << failure.what() << "\n";
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "intake-bench-capture: FAILED with an exception: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
