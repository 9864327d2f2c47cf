#pragma once

#include "intake/core/result.h"

#include <string>

namespace intake::sync {

// The remote database a vault replicates with, checked once when configured:
// https:// anywhere, plain http:// only to this device itself (loopback),
// no credentials inside the URL (they come from the key store).
class RemoteEndpoint {
public:
    static Result<RemoteEndpoint> parse(const std::string& url);

    // Normalised, without a trailing slash: "https://host:6984/db".
    const std::string& databaseUrl() const { return databaseUrl_; }
    const std::string& host() const { return host_; }
    bool isLoopback() const { return loopback_; }
    bool isTls() const { return tls_; }

private:
    std::string databaseUrl_;
    std::string host_;
    bool loopback_ = false;
    bool tls_ = false;
};

}  // namespace intake::sync
