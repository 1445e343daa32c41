#pragma once
#include "chat/chatsettings.h"

class QHttpServer;
class QThreadPool;

namespace okpay::server {

struct ApiEnv;

// GET /v1/chat/sessions/{id}/events: the long-poll fallback of the chat WebSocket. The route keeps the responder and
// returns at once; the database reads run on the chat pool, and the wait in between holds no thread: an EventBus
// waiter (opened before the first read, so nothing published in between is missed) answers when an event for the
// session is published here or on another instance, or when the timeout (capped at chat.long_poll_max_secs) expires.
class ChatLongPoll
{
public:
    static void registerRoute(QHttpServer &http, const ApiEnv &env, const ChatSettings &settings, QThreadPool *pool);
};

} // namespace okpay::server
