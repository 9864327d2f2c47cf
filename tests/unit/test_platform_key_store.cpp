#include "intake/platform/development_key_file_store.h"
#include "intake/platform/platform_key_store.h"
#include "intake/platform/systemd_credential_store.h"
#include "temp_folder.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>

using namespace intake;
using namespace intake::platform;

// INTAKE_EXPECTED_KEY_STORE is CMake's INTAKE_KEY_STORE (tests/CMakeLists.txt).

TEST_CASE("the platform key store is the one CMake chose", "[keys][factory]") {
    const std::string kind = INTAKE_EXPECTED_KEY_STORE;
    CHECK(std::string(platformKeyStoreKind()) == kind);

    test::TempFolder folder;
    std::ostringstream warnings;
    KeyStoreSettings settings;
    settings.developmentFolder = folder / "dev-keys";
    settings.warnings = &warnings;
    settings.credentialsDirectory = folder.path();
    auto store = makePlatformKeyStore(settings);
    REQUIRE(store);
    CHECK((dynamic_cast<SystemdCredentialStore*>(store.get()) != nullptr) == (kind == "systemd"));
    CHECK((dynamic_cast<DevelopmentKeyFileStore*>(store.get()) != nullptr) == (kind == "development"));

    if (kind == "systemd") {
        // It reads the folder it was given, and refuses to write.
        auto key = VaultKey::random();
        REQUIRE(key);
        {
            std::ofstream out(folder / "queue.key");
            out << key->hex() << "\n";
        }
        REQUIRE(::chmod((folder / "queue.key").c_str(), 0400) == 0);
        REQUIRE(store->load("queue"));
        CHECK(*store->load("queue") == *key);
        CHECK(store->store("queue", *key).error().is(KeyStoreError::ReadOnly));
        CHECK(warnings.str().empty());
    } else if (kind == "development") {
        CHECK(warnings.str().find("WARNING") != std::string::npos);
        auto key = loadOrCreate(*store, "queue");
        REQUIRE(key);
        CHECK(std::filesystem::exists(folder / "dev-keys/queue.key"));
    }
    // keychain: intake-keychain-tests runs it against a real Secret Service.
}
