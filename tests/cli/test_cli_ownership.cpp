// IT staff run `intake` as root; the kiosk service runs as its own user.
// What a root command makes in the data folder goes to the folder's owner.

#include "cli_runner.h"
#include "temp_folder.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

using intake::test::CliDevice;
using intake::test::TempFolder;

TEST_CASE("files root's intake makes in a service's data folder belong to the service's user", "[cli][ownership]") {
    if (::geteuid() != 0) {
        WARN("not root: root's commands cannot be tried here; only that nothing changes owners");
        TempFolder folder;
        CliDevice device(folder / "data");
        std::ofstream(folder / "p.json") << R"({"role":"kiosk","device_id":"kiosk-1","central_url":""})";
        REQUIRE(device.run({"enrol", "--profile", (folder / "p.json").string()}).exitCode == 0);
        struct stat info {};
        REQUIRE(::stat((folder / "data" / "profile.json").c_str(), &info) == 0);
        CHECK(info.st_uid == ::geteuid());
        return;
    }
    TempFolder folder;
    const auto data = folder / "data";
    std::filesystem::create_directories(data);
    constexpr uid_t kService = 65534;  // nobody: any user other than root
    constexpr gid_t kServiceGroup = 65534;
    REQUIRE(::chown(data.c_str(), kService, kServiceGroup) == 0);
    std::ofstream(folder / "p.json") << R"({"role":"reception","device_id":"reception-1","central_url":""})";
    CliDevice device(data);
    const auto enrolled = device.run({"enrol", "--profile", (folder / "p.json").string()});
    INFO(enrolled.err);
    REQUIRE(enrolled.exitCode == 0);
    const auto verified = device.run({"vault", "verify"});
    REQUIRE(verified.exitCode == 0);

    std::size_t files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(data)) {
        struct stat info {};
        REQUIRE(::lstat(entry.path().c_str(), &info) == 0);
        INFO(entry.path().string());
        CHECK(info.st_uid == kService);
        CHECK(info.st_gid == kServiceGroup);
        ++files;
    }
    CHECK(files >= 5);  // profile, two vaults with key checks, the key folder and its keys

    // A folder that root owns stays root's: nothing is given away.
    const auto own = folder / "root-data";
    CliDevice rootDevice(own);
    REQUIRE(rootDevice.run({"enrol", "--profile", (folder / "p.json").string()}).exitCode == 0);
    struct stat info {};
    REQUIRE(::stat((own / "profile.json").c_str(), &info) == 0);
    CHECK(info.st_uid == 0);
}
