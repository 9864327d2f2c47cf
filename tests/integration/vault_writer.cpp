// A child process for the durability and locking tests.
//   vault_writer PATH KEYHEX write   writes records until killed; after each
//                                    durable commit prints "<id> <rev>"
//   vault_writer PATH KEYHEX hold    opens the vault, prints "open", waits
// Exit code 2 with the error's name on stderr if the vault will not open.

#include "intake/core/vault.h"

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace {

void report(const std::string& id, const std::string& rev) {
    const std::string line = id + " " + rev + "\n";
    // write(2), not a buffered stream: once printed, the parent must see it.
    (void)!::write(STDOUT_FILENO, line.data(), line.size());
}

nlohmann::json record(long n) {
    return {{"type", "visit"}, {"site", "centrum"}, {"day", "2026-11-22"}, {"status", "waiting"},
            {"n", n}, {"first_name", "Hawa"}, {"note", std::string(static_cast<std::size_t>(50 + n % 400), 'x')}};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4)
        return 64;
    auto key = intake::VaultKey::fromHex(argv[2]);
    if (!key)
        return 64;
    auto vault = intake::Vault::open({argv[1], *key, std::nullopt});
    if (!vault) {
        std::cerr << vault.error().name() << "\n";
        return 2;
    }
    if (std::strcmp(argv[3], "hold") == 0) {
        report("open", "-");
        for (;;)
            pause();
    }
    const std::string prefix = "visit:" + std::to_string(getpid()) + "-";
    std::string lastId, lastRev;
    for (long n = 0;; ++n) {
        const std::string id = prefix + std::to_string(n);
        if (n % 5 == 3 && !lastId.empty()) {
            // Update the previous record, or delete it every so often.
            auto body = record(n);
            body["status"] = "served";
            auto done = (n % 15 == 3) ? (*vault)->remove(lastId, lastRev) : (*vault)->put({lastId, body, lastRev, false});
            if (!done)
                return 3;
            report(lastId, done->rev);
            lastId.clear();
        } else if (n % 7 == 6) {
            std::vector<intake::PutRequest> batch;
            for (int i = 0; i < 3; ++i)
                batch.push_back({id + "." + std::to_string(i), record(n), "", false});
            auto done = (*vault)->putAll(batch);
            if (!done)
                return 3;
            for (const auto& doc : *done)
                report(doc.id, doc.rev);
        } else {
            auto done = (*vault)->put({id, record(n), "", false});
            if (!done)
                return 3;
            report(id, done->rev);
            lastId = id;
            lastRev = done->rev;
        }
        if (n % 10 == 0) {
            if (!(*vault)->putLocal("_local/writer-progress", {{"n", n}}))
                return 3;
        }
    }
}
