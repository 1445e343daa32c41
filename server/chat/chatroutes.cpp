#include "chat/chatroutes.h"

namespace okpay::server {

void registerChatRoutes(ApiRouter &, QHttpServer &, const ApiEnv &)
{
}

QList<Migration> chatMigrations()
{
    return {};
}

} // namespace okpay::server
