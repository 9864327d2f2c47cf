#include "intake/sync/remote_endpoint.h"

#include <curl/curl.h>

#include <arpa/inet.h>

#include <memory>

namespace intake::sync {

namespace {

struct UrlDeleter {
    void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
struct CurlStringDeleter {
    void operator()(char* text) const { curl_free(text); }
};
using CurlString = std::unique_ptr<char, CurlStringDeleter>;

CurlString part(CURLU* url, CURLUPart which) {
    char* value = nullptr;
    if (curl_url_get(url, which, &value, 0) != CURLUE_OK)
        return nullptr;
    return CurlString(value);
}

// A literal loopback address or the name localhost; other names could
// resolve anywhere, so they do not count.
bool isLoopbackHost(std::string host) {
    if (host == "localhost")
        return true;
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    in_addr v4{};
    if (inet_pton(AF_INET, host.c_str(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    if (inet_pton(AF_INET6, host.c_str(), &v6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&v6);
    return false;
}

}  // namespace

Result<RemoteEndpoint> RemoteEndpoint::parse(const std::string& url) {
    std::unique_ptr<CURLU, UrlDeleter> handle(curl_url());
    if (!handle || curl_url_set(handle.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK)
        return Error(SyncError::InvalidUrl, "not a URL");
    const auto scheme = part(handle.get(), CURLUPART_SCHEME);
    const auto host = part(handle.get(), CURLUPART_HOST);
    if (!scheme || !host)
        return Error(SyncError::InvalidUrl, "no scheme or host");
    if (part(handle.get(), CURLUPART_USER) || part(handle.get(), CURLUPART_PASSWORD))
        return Error(SyncError::InvalidUrl, "credentials belong in the key store, not the URL");
    if (part(handle.get(), CURLUPART_QUERY) || part(handle.get(), CURLUPART_FRAGMENT))
        return Error(SyncError::InvalidUrl, "a database URL has no query or fragment");

    RemoteEndpoint endpoint;
    const std::string schemeText = scheme.get();
    endpoint.host_ = host.get();
    endpoint.loopback_ = isLoopbackHost(endpoint.host_);
    if (schemeText == "https")
        endpoint.tls_ = true;
    else if (schemeText != "http")
        return Error(SyncError::InvalidUrl, "scheme must be https or http");
    if (!endpoint.tls_ && !endpoint.loopback_)
        return Error(SyncError::InsecureUrl, endpoint.host_);

    const auto path = part(handle.get(), CURLUPART_PATH);
    std::string pathText = path ? path.get() : "/";
    while (pathText.size() > 1 && pathText.back() == '/')
        pathText.pop_back();
    if (pathText == "/")
        return Error(SyncError::InvalidUrl, "the URL names no database");
    const auto port = part(handle.get(), CURLUPART_PORT);
    endpoint.databaseUrl_ = schemeText + "://" + endpoint.host_ + (port ? std::string(":") + port.get() : "") + pathText;
    return endpoint;
}

}  // namespace intake::sync
