#pragma once

#include "intake/core/result.h"
#include "intake/sync/couch_client.h"
#include "intake/sync/remote_endpoint.h"

namespace intake::cli {

// A pushing device makes its database on first contact, as the app does.
// A transient failure is not an error here: the push that follows retries.
inline Result<void> preparePushDatabase(const sync::RemoteEndpoint& remote, const sync::ClientOptions& client) {
    auto couch = sync::CouchClient::create(remote, client);
    if (!couch)
        return couch.error();
    auto made = couch->ensureDatabase();
    if (!made && !made.error().mayBeTransient())
        return made.error();
    return {};
}

}  // namespace intake::cli
