// intake-bench-store: measures the vault store on an encrypted vault (random
// key) and, in the same run and with the same code and the same documents, on
// an unencrypted vault (key = std::nullopt, plain SQLite through SQLCipher),
// which is the baseline.
//
// It prints one JSON object per line on stdout,
//     {"metric": NAME, "value": X, "unit": U}
// where NAME is the encrypted figure and plain_NAME its baseline counterpart.
// Progress goes to stderr. See docs/benchmarks.md for what each figure means.
//
//     intake-bench-store [--dir PATH] [--quick] [--only put|import]
//
//   --dir PATH  make the scratch folder inside PATH (default: $TMPDIR or /tmp),
//               so the run can be pointed at the disk the vault will live on
//   --quick     every count divided by 10, for a fast sanity run
//   --only P    run one phase alone (put, or the two imports), to profile it
//               with perf or strace
//
// Phases, each run on both vaults with the operations alternated one by one
// (encrypted first on even steps, plain first on odd ones), so that noise from
// the rest of the machine falls on both alike:
//   put     10,000 single-document Vault::put calls on a fresh vault, each one a
//           durable transaction, each timed (after 100 untimed warm-up puts).
//           Each step also times a bare 4 KiB write + fdatasync on a scratch
//           file in the same folder: the floor of any durable commit there.
//   import_random_ids  100,000 documents with random (UUID-like) ids in putAll
//           batches of 1,000 into a fresh vault: the worst case for the indexes
//   close   closing the 100,000-document vault (checkpoints the WAL)
//   open    Vault::open + lastSequence() of that vault, median of 5
//   get     10,000 Vault::get of random ids from it (after 100 warm-up gets)
//   query   20 Vault::query by type + site + day, median
//   verify  Vault::verify (PRAGMA integrity_check) of that vault, once
//   import  the headline figure: 100,000 documents in batches of 1,000 with
//           ids that sort by time, as Intake's record ids do (type + ULID),
//           and the days in order, into fresh vaults
// Besides wall-clock times it reports, per put and per imported document, the
// CPU time of the calling thread and the bytes the process read and wrote
// (/proc/self/io rchar/wchar): figures that a noisy disk does not move.
// The workload is deterministic (fixed seed); only the key is random.

#include "bench_support.h"
#include "intake/core/vault.h"
#include "intake/core/vault_key.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
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
using Clock = std::chrono::steady_clock;
using namespace intake::bench;

std::string errnoText(const std::string& what) { return what + ": " + std::strerror(errno); }

// ---------------------------------------------------------------------------
// Measuring one call: wall clock, this thread's CPU time, process I/O bytes

double threadCpuMs() {
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        throw BenchFailure(errnoText("clock_gettime(CLOCK_THREAD_CPUTIME_ID)"));
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct IoSnapshot {
    std::uint64_t readBytes = 0;   // rchar: bytes read by read()/pread(), page cache or not
    std::uint64_t writeBytes = 0;  // wchar: bytes handed to write()/pwrite()
};

// /proc/self/io, kept open and re-read with pread. Absent outside Linux or
// in some sandboxes: then the I/O figures are left out.
class IoCounters {
public:
    IoCounters() : fd_(::open("/proc/self/io", O_RDONLY | O_CLOEXEC)) {
        if (fd_ >= 0) {
            // Reading the counters is itself a read(); measure what one costs.
            const auto a = snapshot();
            const auto b = snapshot();
            selfReadBytes_ = b.readBytes - a.readBytes;
        }
    }
    ~IoCounters() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    IoCounters(const IoCounters&) = delete;
    IoCounters& operator=(const IoCounters&) = delete;

    bool available() const { return fd_ >= 0; }

    IoSnapshot snapshot() const {
        IoSnapshot result;
        if (fd_ < 0)
            return result;
        char buffer[512];
        const ssize_t n = ::pread(fd_, buffer, sizeof buffer - 1, 0);
        if (n <= 0)
            throw BenchFailure(errnoText("reading /proc/self/io"));
        buffer[n] = '\0';
        unsigned long long rchar = 0;
        unsigned long long wchar = 0;
        if (std::sscanf(buffer, "rchar: %llu\nwchar: %llu", &rchar, &wchar) != 2)
            throw BenchFailure("cannot parse /proc/self/io");
        result.readBytes = rchar;
        result.writeBytes = wchar;
        return result;
    }

    // The one pread of the closing snapshot shows in its own rchar.
    std::uint64_t selfReadBytes() const { return selfReadBytes_; }

private:
    int fd_;
    std::uint64_t selfReadBytes_ = 0;
};

struct Cost {
    double wallMs = 0;
    double cpuMs = 0;
    std::uint64_t readBytes = 0;
    std::uint64_t writeBytes = 0;

    Cost& operator+=(const Cost& other) {
        wallMs += other.wallMs;
        cpuMs += other.cpuMs;
        readBytes += other.readBytes;
        writeBytes += other.writeBytes;
        return *this;
    }
};

// Runs call() and returns what it cost. The I/O and CPU readings bracket the
// wall-clock ones, so reading them is not in the wall-clock time.
template <typename Call>
Cost measure(const IoCounters& io, Call&& call) {
    const auto ioBefore = io.snapshot();
    const double cpuBefore = threadCpuMs();
    const auto wallBefore = Clock::now();
    call();
    const auto wallAfter = Clock::now();
    const double cpuAfter = threadCpuMs();
    const auto ioAfter = io.snapshot();
    Cost cost;
    cost.wallMs = std::chrono::duration<double, std::milli>(wallAfter - wallBefore).count();
    cost.cpuMs = cpuAfter - cpuBefore;
    const auto readDelta = ioAfter.readBytes - ioBefore.readBytes;
    cost.readBytes = readDelta > io.selfReadBytes() ? readDelta - io.selfReadBytes() : 0;
    cost.writeBytes = ioAfter.writeBytes - ioBefore.writeBytes;
    return cost;
}

// ---------------------------------------------------------------------------
// Output

void progress(const std::string& text) { std::cerr << "intake-bench-store: " << text << std::endl; }

double mean(const std::vector<double>& samples) {
    double sum = 0;
    for (double s : samples)
        sum += s;
    return samples.empty() ? 0.0 : sum / static_cast<double>(samples.size());
}

// ---------------------------------------------------------------------------
// Scratch folder and the bare-fdatasync probe

// Overwrites 4 KiB blocks of a 1 MiB file in turn and fdatasyncs each: what a
// WAL commit of one page costs on this file system, with no SQLite around it.
class SyncProbe {
public:
    explicit SyncProbe(const fs::path& path) : fd_(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) {
        if (fd_ < 0)
            throw BenchFailure(errnoText("creating " + path.string()));
        block_.fill('x');
    }
    ~SyncProbe() { ::close(fd_); }
    SyncProbe(const SyncProbe&) = delete;
    SyncProbe& operator=(const SyncProbe&) = delete;

    double writeAndSyncMs() {
        const auto offset = static_cast<off_t>((next_++ % 256) * block_.size());
        const auto start = Clock::now();
        if (::pwrite(fd_, block_.data(), block_.size(), offset) != static_cast<ssize_t>(block_.size()))
            throw BenchFailure(errnoText("probe pwrite"));
        if (::fdatasync(fd_) != 0)
            throw BenchFailure(errnoText("probe fdatasync"));
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    }

private:
    int fd_;
    std::size_t next_ = 0;
    std::array<char, 4096> block_{};
};

// ---------------------------------------------------------------------------
// Workload: deterministic visits

// SplitMix64: the same numbers with every compiler and standard library.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items) { return items[below(N)]; }

private:
    std::uint64_t state_;
};

constexpr std::uint64_t kSeed = 20240611;

constexpr std::array<const char*, 4> kSites = {"welcome-house-centrum", "welcome-house-noord", "harbour-hall",
                                               "station-annex"};
constexpr std::array<const char*, 6> kServices = {"community_guide", "legal_aid", "housing", "health_referral",
                                                  "language_cafe", "job_desk"};
constexpr std::array<const char*, 8> kLanguages = {"ar", "fa", "prs", "ti", "uk", "so", "ku", "nl"};
constexpr std::array<const char*, 3> kStatuses = {"waiting", "in_service", "served"};
// Arabic, Persian/Dari, Tigrinya, Ukrainian, Kurdish, Somali, Turkish names.
constexpr std::array<const char*, 16> kFirstNames = {
    "محمد", "فاطمة", "أحمد", "مريم", "زهرا", "علی", "حسین", "نرگس",
    "ሰላም", "ዮናስ", "Оксана", "Андрій", "Hêvî", "Xasan", "Ayşe", "Çağrı"};

constexpr int kDays = 200;  // visits spread over 200 days of 2024

// Day `index` counted from 2024-01-02, as "YYYY-MM-DD".
std::string dayString(int index) {
    static constexpr std::array<int, 12> monthDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int day = index + 1;
    std::size_t month = 0;
    while (day >= monthDays[month]) {
        day -= monthDays[month];
        ++month;
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "2024-%02d-%02d", static_cast<int>(month) + 1, day + 1);
    return buffer;
}

enum class IdOrder {
    Random,   // UUID-like ids and days in no order: documents from many devices
    Ordered,  // ids that sort by time, days ascending: an archive imported in order
};

class VisitGenerator {
public:
    // `total`: how many documents an ordered run makes, to spread them over the days.
    explicit VisitGenerator(std::uint64_t seed, IdOrder order = IdOrder::Random, std::size_t total = 1)
        : random_(seed), order_(order), total_(std::max<std::size_t>(total, 1)) {
        for (int i = 0; i < kDays; ++i)
            days_.push_back(dayString(i));
    }

    intake::PutRequest next() {
        static constexpr char digits[] = "0123456789abcdef";
        std::string id = "visit:";
        for (int half = 0; half < 2; ++half) {
            const std::uint64_t bits = random_.next();
            for (int i = 0; i < 16; ++i)
                id += digits[(bits >> (4 * i)) & 0xf];
        }
        const std::string* dayPointer = &days_[random_.below(days_.size())];
        if (order_ == IdOrder::Ordered) {
            dayPointer = &days_[std::min(days_.size() - 1, made_ * days_.size() / total_)];
            char ordered[48];
            std::snprintf(ordered, sizeof ordered, "visit:%s:%08zu", dayPointer->c_str(), made_);
            id = ordered;
        }
        ++made_;
        const std::string& day = *dayPointer;
        const char* language = random_.pick(kLanguages);
        const int hour = 8 + static_cast<int>(random_.below(9));
        const int minute = static_cast<int>(random_.below(60));
        char arrived[64];
        std::snprintf(arrived, sizeof arrived, "%sT%02d:%02d:00+01:00", day.c_str(), hour, minute);
        char ticket[32];
        std::snprintf(ticket, sizeof ticket, "%c-%03d", static_cast<char>('A' + random_.below(4)),
                      static_cast<int>(random_.below(1000)));
        // Braced lists are evaluated left to right, so the draws are in a fixed order.
        nlohmann::json body = {
            {"type", "visit"},
            {"site", random_.pick(kSites)},
            {"day", day},
            {"service", random_.pick(kServices)},
            {"language", language},
            {"interpreter_language", random_.below(3) == 0 ? "nl" : language},
            {"first_visit", random_.below(4) == 0},
            {"first_name", random_.pick(kFirstNames)},
            {"ticket", ticket},
            {"status", random_.pick(kStatuses)},
            {"arrived_at", arrived},
        };
        return intake::PutRequest{std::move(id), std::move(body), "", false};
    }

private:
    Random random_;
    IdOrder order_;
    std::size_t total_;
    std::size_t made_ = 0;
    std::vector<std::string> days_;
};

// ---------------------------------------------------------------------------
// The two vaults

struct Variant {
    const char* label;   // for messages and file names
    const char* prefix;  // metric name prefix: "" or "plain_"
    std::optional<intake::VaultKey> key;
};

intake::VaultConfig configFor(const Variant& variant, const fs::path& path) {
    return intake::VaultConfig{path, variant.key, std::nullopt};
}

std::unique_ptr<intake::Vault> createVault(const Variant& variant, const fs::path& path) {
    auto vault = must(intake::Vault::create(configFor(variant, path)),
                      std::string("creating the ") + variant.label + " vault");
    check(vault->encrypted() == variant.key.has_value(), "vault encryption is as asked");
    return vault;
}

std::uint64_t fileBytes(const fs::path& path) {
    std::uint64_t total = 0;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::error_code ec;
        const auto size = fs::file_size(path.string() + suffix, ec);
        if (!ec)
            total += size;
    }
    return total;
}

// Runs step(v, i) for both variants, alternating which goes first.
template <typename Step>
void alternate(std::size_t i, Step&& step) {
    const std::size_t first = i % 2;
    step(first, i);
    step(1 - first, i);
}

struct Counts {
    std::size_t puts = 10'000;
    std::size_t putWarmup = 100;
    std::size_t importDocs = 100'000;
    std::size_t batch = 1'000;
    std::size_t opens = 5;
    std::size_t gets = 10'000;
    std::size_t getWarmup = 100;
    std::size_t queries = 20;
};

struct Bench {
    const std::array<Variant, 2>& variants;
    const fs::path& folder;
    const Counts& counts;
    const IoCounters& io;

    std::string name(std::size_t v, const char* metric) const { return std::string(variants[v].prefix) + metric; }
    std::string what(const char* action, std::size_t v) const {
        return std::string(action) + " on the " + variants[v].label + " vault";
    }
};

// ---------------------------------------------------------------------------
// Phases

void benchPuts(const Bench& bench) {
    const auto& counts = bench.counts;
    progress("put: " + std::to_string(counts.puts) + " single-document transactions per vault");
    std::array<std::unique_ptr<intake::Vault>, 2> vaults;
    std::array<std::vector<double>, 2> samples;
    std::array<Cost, 2> totals;
    for (std::size_t v = 0; v < 2; ++v) {
        vaults[v] = createVault(bench.variants[v], bench.folder / (std::string("put-") + bench.variants[v].label + ".vault"));
        samples[v].reserve(counts.puts);
    }
    SyncProbe probe(bench.folder / "sync-probe");
    std::vector<double> syncSamples;
    VisitGenerator generator(kSeed);
    for (std::size_t i = 0; i < counts.putWarmup + counts.puts; ++i) {
        const auto request = generator.next();
        alternate(i, [&](std::size_t v, std::size_t step) {
            std::optional<intake::Result<intake::Document>> stored;
            const Cost cost = measure(bench.io, [&] { stored.emplace(vaults[v]->put(request)); });
            const auto doc = must(std::move(*stored), bench.what("put", v));
            check(doc.id == request.id && !doc.rev.empty(), "put returns the document and a revision");
            if (step >= counts.putWarmup) {
                samples[v].push_back(cost.wallMs);
                totals[v] += cost;
            }
        });
        const double syncMs = probe.writeAndSyncMs();
        if (i >= counts.putWarmup)
            syncSamples.push_back(syncMs);
    }
    for (std::size_t v = 0; v < 2; ++v) {
        const auto last = must(vaults[v]->lastSequence(), bench.what("lastSequence after the puts", v));
        check(last == static_cast<std::int64_t>(counts.putWarmup + counts.puts), "one change per put");
    }
    double p50[2];
    const auto n = static_cast<double>(counts.puts);
    for (std::size_t v = 0; v < 2; ++v) {
        p50[v] = percentile(samples[v], 0.50);
        emitMs(bench.name(v, "put_p50_ms"), p50[v]);
        emitMs(bench.name(v, "put_p90_ms"), percentile(samples[v], 0.90));
        emitMs(bench.name(v, "put_p99_ms"), percentile(samples[v], 0.99));
        emitMs(bench.name(v, "put_max_ms"), percentile(samples[v], 1.0));
        emitMs(bench.name(v, "put_mean_ms"), mean(samples[v]));
        emitMs(bench.name(v, "put_cpu_mean_ms"), totals[v].cpuMs / n);
        if (bench.io.available())
            emitWhole(bench.name(v, "put_write_bytes_mean"), static_cast<double>(totals[v].writeBytes) / n, "bytes");
    }
    emit("put_ratio_vs_plain", rounded(p50[0] / p50[1], 3), "ratio");
    emitMs("disk_sync_p50_ms", percentile(syncSamples, 0.50));
    emitMs("disk_sync_p99_ms", percentile(syncSamples, 0.99));
}

struct Imported {
    std::vector<std::string> ids;
    std::array<fs::path, 2> paths;
};

struct ImportRun {
    Imported imported;
    std::array<std::unique_ptr<intake::Vault>, 2> vaults;
    std::array<Cost, 2> totals;
    std::array<std::vector<double>, 2> batchMs;
    double docs = 0;
};

// putAll batches into a fresh vault of each kind, alternating batch by batch.
ImportRun runImport(const Bench& bench, const char* name, IdOrder order) {
    const auto& counts = bench.counts;
    ImportRun run;
    for (std::size_t v = 0; v < 2; ++v) {
        run.imported.paths[v] = bench.folder / (std::string(name) + "-" + bench.variants[v].label + ".vault");
        run.vaults[v] = createVault(bench.variants[v], run.imported.paths[v]);
    }
    const std::size_t batches = counts.importDocs / counts.batch;
    run.docs = static_cast<double>(batches * counts.batch);
    run.imported.ids.reserve(batches * counts.batch);
    VisitGenerator generator(kSeed + 1, order, batches * counts.batch);
    std::vector<intake::PutRequest> batch;
    for (std::size_t b = 0; b < batches; ++b) {
        batch.clear();
        for (std::size_t i = 0; i < counts.batch; ++i) {
            batch.push_back(generator.next());
            run.imported.ids.push_back(batch.back().id);
        }
        alternate(b, [&](std::size_t v, std::size_t) {
            std::optional<intake::Result<std::vector<intake::Document>>> stored;
            const Cost cost = measure(bench.io, [&] {
                stored.emplace(run.vaults[v]->putAll(std::span<const intake::PutRequest>(batch)));
            });
            const auto docs = must(std::move(*stored), bench.what("putAll", v));
            check(docs.size() == batch.size(), "putAll returns every document");
            run.totals[v] += cost;
            run.batchMs[v].push_back(cost.wallMs);
        });
    }
    for (std::size_t v = 0; v < 2; ++v) {
        const auto count = must(run.vaults[v]->documentCount(), bench.what("documentCount after the import", v));
        check(count == static_cast<std::int64_t>(run.docs), "every imported document is counted");
    }
    return run;
}

Imported benchImport(const Bench& bench) {
    const auto& counts = bench.counts;
    progress("import_random_ids: " + std::to_string(counts.importDocs) + " documents in putAll batches of " +
             std::to_string(counts.batch) + " per vault");
    auto run = runImport(bench, "import-random", IdOrder::Random);
    const std::size_t batches = run.batchMs[0].size();
    const std::size_t tenth = std::max<std::size_t>(1, batches / 10);
    double docsPerSecond[2];
    for (std::size_t v = 0; v < 2; ++v) {
        docsPerSecond[v] = run.docs / (run.totals[v].wallMs / 1000.0);
        emitWhole(bench.name(v, "import_random_ids_docs_per_s"), docsPerSecond[v], "docs/s");
        // The rate falls as the vault grows: the first and the last tenth.
        double firstMs = 0;
        double lastMs = 0;
        for (std::size_t b = 0; b < tenth; ++b) {
            firstMs += run.batchMs[v][b];
            lastMs += run.batchMs[v][batches - 1 - b];
        }
        const auto tenthDocs = static_cast<double>(tenth * counts.batch);
        emitWhole(bench.name(v, "import_random_ids_first_tenth_docs_per_s"), tenthDocs / (firstMs / 1000.0), "docs/s");
        emitWhole(bench.name(v, "import_random_ids_last_tenth_docs_per_s"), tenthDocs / (lastMs / 1000.0), "docs/s");
        emitMs(bench.name(v, "import_random_ids_batch_max_ms"), percentile(run.batchMs[v], 1.0));
        emit(bench.name(v, "import_random_ids_cpu_us_per_doc"), rounded(run.totals[v].cpuMs * 1000.0 / run.docs, 2), "us");
        if (bench.io.available()) {
            emitWhole(bench.name(v, "import_random_ids_write_bytes_per_doc"),
                      static_cast<double>(run.totals[v].writeBytes) / run.docs, "bytes");
            emitWhole(bench.name(v, "import_random_ids_read_bytes_per_doc"),
                      static_cast<double>(run.totals[v].readBytes) / run.docs, "bytes");
        }
    }
    emit("import_random_ids_ratio_vs_plain", rounded(docsPerSecond[1] / docsPerSecond[0], 3), "ratio");
    emit("import_random_ids_cpu_ratio_vs_plain", rounded(run.totals[0].cpuMs / run.totals[1].cpuMs, 3), "ratio");

    // Closing checkpoints the WAL into the main file.
    for (std::size_t v = 0; v < 2; ++v) {
        const auto start = Clock::now();
        run.vaults[v].reset();
        emitMs(bench.name(v, "close_ms"), std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    for (std::size_t v = 0; v < 2; ++v)
        emitWhole(bench.name(v, "file_bytes"), static_cast<double>(fileBytes(run.imported.paths[v])), "bytes");
    return std::move(run.imported);
}

// The same import with ids that sort by time and days in order: how much of
// the import cost is the random placement of new keys in the indexes.
void benchOrderedImport(const Bench& bench) {
    progress("import: " + std::to_string(bench.counts.importDocs) + " time-ordered documents per vault");
    auto run = runImport(bench, "ordered", IdOrder::Ordered);
    double docsPerSecond[2];
    for (std::size_t v = 0; v < 2; ++v) {
        docsPerSecond[v] = run.docs / (run.totals[v].wallMs / 1000.0);
        emitWhole(bench.name(v, "import_docs_per_s"), docsPerSecond[v], "docs/s");
        emit(bench.name(v, "import_cpu_us_per_doc"), rounded(run.totals[v].cpuMs * 1000.0 / run.docs, 2),
             "us");
        if (bench.io.available())
            emitWhole(bench.name(v, "import_write_bytes_per_doc"),
                      static_cast<double>(run.totals[v].writeBytes) / run.docs, "bytes");
    }
    emit("import_ratio_vs_plain", rounded(docsPerSecond[1] / docsPerSecond[0], 3), "ratio");
    for (std::size_t v = 0; v < 2; ++v) {
        run.vaults[v].reset();
        std::error_code ec;
        fs::remove(run.imported.paths[v], ec);  // not needed any more: keep the folder small
    }
}

void benchOpen(const Bench& bench, const Imported& imported) {
    progress("open: " + std::to_string(bench.counts.opens) + " opens of each " + std::to_string(imported.ids.size()) +
             "-document vault");
    std::array<std::vector<double>, 2> samples;
    for (std::size_t round = 0; round < bench.counts.opens; ++round) {
        alternate(round, [&](std::size_t v, std::size_t) {
            const auto start = Clock::now();
            const auto opened = must(intake::Vault::open(configFor(bench.variants[v], imported.paths[v])),
                                     bench.what("open", v));
            auto last = opened->lastSequence();
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            check(must(std::move(last), bench.what("lastSequence after open", v)) ==
                      static_cast<std::int64_t>(imported.ids.size()),
                  "the reopened vault has every change");
            samples[v].push_back(ms);
        });  // closed here, outside the timing
    }
    for (std::size_t v = 0; v < 2; ++v) {
        emitMs(bench.name(v, "open_ms"), median(samples[v]));
        emitMs(bench.name(v, "open_max_ms"), percentile(samples[v], 1.0));
    }
}

void benchReads(const Bench& bench, const Imported& imported) {
    const auto& counts = bench.counts;
    std::array<std::unique_ptr<intake::Vault>, 2> vaults;
    for (std::size_t v = 0; v < 2; ++v)
        vaults[v] = must(intake::Vault::open(configFor(bench.variants[v], imported.paths[v])), bench.what("reopen", v));

    progress("get: " + std::to_string(counts.gets) + " random gets per vault");
    std::array<std::vector<double>, 2> samples;
    Random random(kSeed + 2);
    for (std::size_t i = 0; i < counts.getWarmup + counts.gets; ++i) {
        const std::string& id = imported.ids[random.below(imported.ids.size())];
        alternate(i, [&](std::size_t v, std::size_t step) {
            const auto start = Clock::now();
            auto got = vaults[v]->get(id);
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            const auto doc = must(std::move(got), bench.what("get", v));
            check(doc.id == id && doc.body.value("type", "") == "visit", "get returns the visit");
            if (step >= counts.getWarmup)
                samples[v].push_back(ms);
        });
    }
    for (std::size_t v = 0; v < 2; ++v) {
        emitMs(bench.name(v, "get_p50_ms"), percentile(samples[v], 0.50));
        emitMs(bench.name(v, "get_p99_ms"), percentile(samples[v], 0.99));
    }

    progress("query: " + std::to_string(counts.queries) + " queries by type + site + day per vault");
    std::array<std::vector<double>, 2> queryMs;
    std::array<std::size_t, 2> found{0, 0};
    for (std::size_t i = 0; i < counts.queries; ++i) {
        intake::DocumentQuery query;
        query.type = "visit";
        query.site = kSites[i % kSites.size()];
        query.day = dayString(static_cast<int>((i * 37) % kDays));
        alternate(i, [&](std::size_t v, std::size_t) {
            const auto start = Clock::now();
            auto result = vaults[v]->query(query);
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            const auto docs = must(std::move(result), bench.what("query", v));
            for (const auto& doc : docs)
                check(doc.body.value("day", "") == *query.day && doc.body.value("site", "") == *query.site,
                      "query returns only matching visits");
            found[v] += docs.size();
            queryMs[v].push_back(ms);
        });
    }
    check(found[0] == found[1] && found[0] > 0, "both vaults answer the queries alike");
    for (std::size_t v = 0; v < 2; ++v)
        emitMs(bench.name(v, "query_day_ms"), median(queryMs[v]));
    emit("query_day_docs", rounded(static_cast<double>(found[0]) / static_cast<double>(counts.queries), 1), "docs");

    // Full integrity check of both vaults: proves the figures came from sound files.
    progress("verify: PRAGMA integrity_check of each vault");
    for (std::size_t v = 0; v < 2; ++v) {
        const auto start = Clock::now();
        must(vaults[v]->verify(), bench.what("verify", v));
        emitMs(bench.name(v, "verify_ms"), std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
}

int usage(std::ostream& out, int code) {
    out << "usage: intake-bench-store [--dir PATH] [--quick] [--only put|import]\n"
           "  --dir PATH  make the scratch folder inside PATH (default: $TMPDIR or /tmp)\n"
           "  --quick     divide every count by 10 for a fast sanity run\n"
           "  --only P    run only the put phase, or only the two imports (for profiling)\n";
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    std::optional<fs::path> parent;
    bool quick = false;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quick") {
            quick = true;
        } else if (arg == "--dir" && i + 1 < argc) {
            parent = fs::path(argv[++i]);
        } else if (arg == "--only" && i + 1 < argc && (std::string_view(argv[i + 1]) == "put" ||
                                                      std::string_view(argv[i + 1]) == "import")) {
            only = argv[++i];
        } else if (arg == "--help" || arg == "-h") {
            return usage(std::cout, 0);
        } else {
            std::cerr << "intake-bench-store: unknown or incomplete argument " << arg << "\n";
            return usage(std::cerr, 2);
        }
    }

    Counts counts;
    if (quick) {
        counts.puts /= 10;
        counts.putWarmup /= 10;
        counts.importDocs /= 10;
        counts.gets /= 10;
        counts.getWarmup /= 10;
    }

    try {
        if (!parent) {
            const char* tmp = std::getenv("TMPDIR");
            parent = fs::path(tmp && *tmp ? tmp : "/tmp");
        }
        ScratchFolder folder(*parent, "intake-bench-store");
        progress("working in " + folder.path().string() + (quick ? " (quick)" : ""));

        auto key = must(intake::VaultKey::random(), "making a random key");
        const std::array<Variant, 2> variants = {Variant{"encrypted", "", key},
                                                 Variant{"plain", "plain_", std::nullopt}};
        const IoCounters io;
        if (!io.available())
            progress("no /proc/self/io here: the byte counts are left out");
        const Bench bench{variants, folder.path(), counts, io};

        if (only.empty() || only == "put")
            benchPuts(bench);
        if (only.empty() || only == "import") {
            const auto imported = benchImport(bench);
            if (only.empty()) {
                benchOpen(bench, imported);
                benchReads(bench, imported);
            }
            benchOrderedImport(bench);
        }

        rusage resources{};
        if (getrusage(RUSAGE_SELF, &resources) != 0)
            throw BenchFailure(errnoText("getrusage"));
        emitWhole("peak_rss_kib", static_cast<double>(resources.ru_maxrss), "KiB");
        progress("done");
    } catch (const BenchFailure& failure) {
        std::cerr << "intake-bench-store: FAILED: " << failure.what() << "\n";
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "intake-bench-store: FAILED with an exception: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
