// Runs a fuzz target over the files of the folders it is given (the seed
// corpus and the past crashes), for builds without libFuzzer: so that the
// normal test suite, and the ASan/UBSan one, replays them. A folder that is
// missing or holds no file fails the run: the test must not pass without
// running anything.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
// Defined by the targets that need set-up.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " FOLDER...\n";
        return 2;
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    std::size_t total = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path folder = argv[i];
        std::error_code ec;
        if (!std::filesystem::is_directory(folder, ec)) {
            std::cerr << folder.string() << ": not a folder\n";
            return 1;
        }
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
        if (ec) {
            std::cerr << folder.string() << ": " << ec.message() << "\n";
            return 1;
        }
        if (files.empty()) {
            std::cerr << folder.string() << ": no inputs\n";
            return 1;
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            std::ifstream in(file, std::ios::binary);
            if (!in) {
                std::cerr << file.string() << ": cannot read\n";
                return 1;
            }
            const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            // Named first, so that a crash report says which input it was.
            std::cerr << "replaying " << file.filename().string() << "\n";
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        }
        std::cout << folder.string() << ": " << files.size() << " inputs replayed\n";
        total += files.size();
    }
    std::cout << total << " inputs replayed, no crash\n";
    return 0;
}
