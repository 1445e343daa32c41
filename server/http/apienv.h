#pragma once
#include "storage/database.h"

#include <QThreadPool>
#include <memory>

namespace okpay {
class Clock;
}

namespace okpay::server {

class EventBus;
class Mailer;
class RateLimiter;
class TokenService;
struct ServerConfig;

// What every handler can reach: the database, the clock, the configuration and the shared services. Owned by
// ApiServer; handlers get it through ApiRequest::env.
struct ApiEnv
{
    std::shared_ptr<Database> db;
    const Clock *clock = nullptr;
    const ServerConfig *config = nullptr;
    RateLimiter *rateLimiter = nullptr;
    TokenService *tokens = nullptr;
    EventBus *events = nullptr;
    Mailer *mailer = nullptr;
};

} // namespace okpay::server
