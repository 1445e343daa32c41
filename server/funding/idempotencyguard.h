#pragma once
#include "http/apirequest.h"
#include "http/apiresponse.h"

#include <functional>

namespace okpay::server {

// Stripe-style Idempotency-Key handling for money-moving POSTs. The key row (user, key, request hash) is inserted in
// its own statement before the work starts, so a concurrent duplicate finds it and gets 409; the finished response
// is stored on that row and replayed for the same key and body (Idempotent-Replayed: true); another body gets 422.
// Keys are kept 24 hours. Only executed outcomes are stored (success, insufficient_funds, card_declined); after a
// validation error or a server error the key is released for a corrected retry.
class IdempotencyGuard
{
public:
    static QHttpServerResponse run(const ApiRequest &request, const QString &scope,
                                   const std::function<QHttpServerResponse()> &work);
};

} // namespace okpay::server
