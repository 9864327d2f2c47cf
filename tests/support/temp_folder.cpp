#include "temp_folder.h"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace intake::test {

TempFolder::TempFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "intake-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempFolder::~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

}  // namespace intake::test
