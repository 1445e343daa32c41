#pragma once
#include <QSqlDatabase>

namespace okpay::server {

class EventBus;

// The queue of chats waiting for an agent: wait estimates and the queue_position events sent when it moves.
class ChatQueue
{
public:
    // position × the mean wait of the last 20 accepted chats (or the configured per-position fallback), ≤ 1 day.
    static qint64 estimatedWaitSecs(const QSqlDatabase &db, qint64 position, int fallbackPerPositionSecs);
    // After a chat joined, left or was accepted: each queued chat (oldest 200) gets its new position.
    static void announcePositions(const QSqlDatabase &db, EventBus *bus, int fallbackPerPositionSecs);
};

} // namespace okpay::server
