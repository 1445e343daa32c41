#include "chat/chatqueue.h"

#include "chat/chatlog.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

namespace {
qint64 secsPerPosition(const QSqlDatabase &db, int fallbackPerPositionSecs)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT created_at, accepted_at FROM chat_sessions WHERE accepted_at IS "
                                             "NOT NULL ORDER BY accepted_at DESC LIMIT :n"),
                          {{":n", 20}});
    qint64 total = 0;
    int count = 0;
    while (q.next()) {
        total += qMax<qint64>(0, fromSqlTime(q.value(0).toString()).secsTo(fromSqlTime(q.value(1).toString())));
        ++count;
    }
    return count > 0 ? qMax<qint64>(1, total / count) : fallbackPerPositionSecs;
}
} // namespace

qint64 ChatQueue::estimatedWaitSecs(const QSqlDatabase &db, qint64 position, int fallbackPerPositionSecs)
{
    return qMin<qint64>(86400, position * secsPerPosition(db, fallbackPerPositionSecs));
}

void ChatQueue::announcePositions(const QSqlDatabase &db, EventBus *bus, int fallbackPerPositionSecs)
{
    if (!bus)
        return;
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT id, last_seq FROM chat_sessions WHERE status = :queued "
                                             "ORDER BY created_at, id LIMIT 200"),
                          {{":queued", QStringLiteral("queued")}});
    QList<std::pair<QString, qint64>> queued;
    while (q.next())
        queued.append({q.value(0).toString(), q.value(1).toLongLong()});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 perPosition = secsPerPosition(db, fallbackPerPositionSecs);
    for (qsizetype i = 0; i < queued.size(); ++i) {
        const qint64 position = i + 1;
        const QJsonObject payload{{QStringLiteral("position"), position},
                                  {QStringLiteral("estimated_wait_seconds"),
                                   qMin<qint64>(86400, position * perPosition)}};
        ChatLog::notifyEphemeral(bus, ChatLog::ephemeralEvent(queued[i].first, QStringLiteral("queue_position"),
                                                              queued[i].second, payload, now));
    }
}

} // namespace okpay::server
