#include "intake/sync/remote_endpoint.h"

#include <catch2/catch.hpp>

using intake::SyncError;
using intake::sync::RemoteEndpoint;

TEST_CASE("remote databases must use TLS unless they are on this device", "[sync][endpoint]") {
    SECTION("https anywhere") {
        auto endpoint = RemoteEndpoint::parse("https://couch.goteborg.example:6984/welcome-house-centrum/");
        REQUIRE(endpoint);
        CHECK(endpoint->databaseUrl() == "https://couch.goteborg.example:6984/welcome-house-centrum");
        CHECK(endpoint->isTls());
        CHECK_FALSE(endpoint->isLoopback());
    }
    SECTION("plain http to loopback only") {
        for (const char* url : {"http://127.0.0.1:5984/db", "http://localhost:5984/db", "http://[::1]:5984/db",
                                "http://127.8.9.10/db"}) {
            auto endpoint = RemoteEndpoint::parse(url);
            REQUIRE(endpoint);
            CHECK(endpoint->isLoopback());
        }
        for (const char* url : {"http://10.0.0.5:5984/db", "http://couch.example/db", "http://localhost.evil.example/db",
                                "http://[::ffff:10.0.0.1]/db", "http://128.0.0.1/db"}) {
            auto endpoint = RemoteEndpoint::parse(url);
            REQUIRE_FALSE(endpoint);
            CHECK(endpoint.error().is(SyncError::InsecureUrl));
        }
    }
    SECTION("malformed or unsuitable URLs") {
        for (const char* url : {"", "not a url", "ftp://host/db", "https://host", "https://host/",
                                "https://user:secret@host/db", "https://host/db?x=1", "https://host/db#frag"}) {
            auto endpoint = RemoteEndpoint::parse(url);
            REQUIRE_FALSE(endpoint);
            CHECK(endpoint.error().is(SyncError::InvalidUrl));
        }
    }
}
