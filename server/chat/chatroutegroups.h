#pragma once
#include "chat/chatsettings.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"

#include <optional>

namespace okpay::server {

class ApiRouter;
struct ChatSession;

// The route groups registerChatRoutes() puts together, and what they share.
void registerChatSessionRoutes(ApiRouter &router, const ChatSettings &settings);
void registerChatMessageRoutes(ApiRouter &router, const ChatSettings &settings);
void registerAgentChatRoutes(ApiRouter &router, const ChatSettings &settings);

// A query parameter that must be an integer in [min, max] (default when absent); 400 invalid_request otherwise.
std::optional<qint64> queryInteger(const ApiRequest &r, const QString &key, qint64 min, qint64 max, qint64 fallback,
                                   std::optional<QHttpServerResponse> *error);
QHttpServerResponse chatEnded();

// The contract's Seq maximum (2^53 - 1, safe in JSON numbers).
constexpr qint64 kMaxSeq = 9007199254740991LL;

} // namespace okpay::server
