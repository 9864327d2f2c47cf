#pragma once

#include "intake/core/result.h"
#include "intake/platform/key_store.h"

#include <string>

namespace intake::sync {

// How this device proves who it is to the central CouchDB.
//  Basic:   HTTP Basic on every request (only ever over TLS, or to loopback).
//  Session: POST /_session once, then the AuthSession cookie; the password is
//           sent again only when the server answers 401 (expired session).
struct Credentials {
    enum class Scheme { Basic, Session } scheme = Scheme::Basic;
    std::string user;
    std::string password;

    bool operator==(const Credentials&) const = default;
};

// Reads the key store secret `name`: JSON
//   {"scheme": "basic" | "session", "user": "...", "password": "..."}
// KeyStoreError::KeyMissing when there is no such secret (the device must be
// enrolled), KeyStoreError::KeyMalformed when it is not of that shape (the
// detail says what is wrong, never the content); Unavailable as the store says.
// The user must be non-empty and without ':' (HTTP Basic cannot carry it).
Result<Credentials> loadCredentials(platform::KeyStore& store, const std::string& name);

// Writes `credentials` as that JSON under `name`, replacing what is there.
// KeyStoreError::KeyMalformed when the user is empty or holds ':'.
Result<void> storeCredentials(platform::KeyStore& store, const std::string& name, const Credentials& credentials);

}  // namespace intake::sync
