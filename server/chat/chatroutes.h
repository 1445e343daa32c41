#pragma once
#include "storage/migrations.h"

class QHttpServer;

namespace okpay::server {

class ApiRouter;
struct ApiEnv;

// Live chat: sessions, messages, typing, read, end, rating, transcript, long-poll events, the WebSocket push at
// /v1/chat/ws, and the agent's queue and chat endpoints. Migrations 400–499.
void registerChatRoutes(ApiRouter &router, QHttpServer &http, const ApiEnv &env);
QList<Migration> chatMigrations();

} // namespace okpay::server
