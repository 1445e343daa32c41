#pragma once
#include "http/apirequest.h"
#include "http/apiresponse.h"

#include <optional>

namespace okpay::server {

// Keyset pagination over (sort key, id): the cursor is the last row's pair, base64url-encoded, opaque to clients.
struct PageRequest
{
    int limit = 50;
    QString afterKey;  // empty: first page
    QString afterId;
};

// Reads ?limit=1..200 (default 50) and ?cursor=; nullopt with *error set (400) when either is malformed.
std::optional<PageRequest> readPageRequest(const ApiRequest &request, std::optional<QHttpServerResponse> *error);
QString encodeCursor(const QString &key, const QString &id);

} // namespace okpay::server
