#include "intake/sync/credentials.h"

#include <nlohmann/json.hpp>

namespace intake::sync {

using nlohmann::json;

namespace {

bool isValidUser(const std::string& user) {
    return !user.empty() && user.find(':') == std::string::npos;
}

Error malformed(const std::string& name, const char* why) {
    return Error(KeyStoreError::KeyMalformed, "credentials " + name + ": " + why);
}

// Overwrites the strings held by a parsed JSON value (the password is one of them).
void wipeJson(json& value) {
    if (value.is_string()) {
        wipe(value.get_ref<std::string&>());
    } else if (value.is_structured()) {
        for (auto& item : value)
            wipeJson(item);
    }
}

}  // namespace

Result<Credentials> loadCredentials(platform::KeyStore& store, const std::string& name) {
    auto secret = store.loadSecret(name);
    if (!secret)
        return secret.error();
    json parsed = json::parse(*secret, nullptr, /*allow_exceptions=*/false);
    wipe(*secret);
    struct Wiper {
        json& value;
        ~Wiper() { wipeJson(value); }
    } wiper{parsed};

    if (parsed.is_discarded())
        return malformed(name, "not JSON");
    if (!parsed.is_object())
        return malformed(name, "not a JSON object");
    const auto scheme = parsed.find("scheme");
    const auto user = parsed.find("user");
    const auto password = parsed.find("password");
    if (scheme == parsed.end() || !scheme->is_string())
        return malformed(name, "no \"scheme\" string");
    if (user == parsed.end() || !user->is_string())
        return malformed(name, "no \"user\" string");
    if (password == parsed.end() || !password->is_string())
        return malformed(name, "no \"password\" string");

    Credentials credentials;
    const auto& schemeName = scheme->get_ref<const std::string&>();
    if (schemeName == "basic")
        credentials.scheme = Credentials::Scheme::Basic;
    else if (schemeName == "session")
        credentials.scheme = Credentials::Scheme::Session;
    else
        return malformed(name, "\"scheme\" is neither \"basic\" nor \"session\"");
    credentials.user = user->get<std::string>();
    if (!isValidUser(credentials.user))
        return malformed(name, "\"user\" is empty or contains ':'");
    credentials.password = password->get<std::string>();
    return credentials;
}

Result<void> storeCredentials(platform::KeyStore& store, const std::string& name, const Credentials& credentials) {
    if (!isValidUser(credentials.user))
        return malformed(name, "\"user\" is empty or contains ':'");
    json document = {
        {"scheme", credentials.scheme == Credentials::Scheme::Session ? "session" : "basic"},
        {"user", credentials.user},
        {"password", credentials.password},
    };
    std::string text;
    try {
        text = document.dump();
    } catch (const json::exception&) {
        wipeJson(document);
        return malformed(name, "user or password is not valid UTF-8");
    }
    wipeJson(document);
    auto stored = store.storeSecret(name, text);
    wipe(text);
    return stored;
}

}  // namespace intake::sync
