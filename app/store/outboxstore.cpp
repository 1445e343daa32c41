#include "store/outboxstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace okpay {

namespace {
constexpr auto kColumns = "id, kind, client_id, path, payload, state, attempts, last_error, created_at, next_attempt_at, result_id";

QString stateName(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Queued: return QStringLiteral("queued");
    case OutboxItem::State::Sending: return QStringLiteral("sending");
    case OutboxItem::State::Sent: return QStringLiteral("sent");
    case OutboxItem::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

OutboxItem::State stateFrom(const QString &name)
{
    if (name == u"sending")
        return OutboxItem::State::Sending;
    if (name == u"sent")
        return OutboxItem::State::Sent;
    if (name == u"failed")
        return OutboxItem::State::Failed;
    return OutboxItem::State::Queued;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) : QStringLiteral("");
}

OutboxItem fromRow(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toString();
    item.kind = q.value(1).toString();
    item.clientId = q.value(2).toString();
    item.path = q.value(3).toString();
    item.payload = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    item.state = stateFrom(q.value(5).toString());
    item.attempts = q.value(6).toInt();
    item.lastError = q.value(7).toString();
    item.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    item.nextAttemptAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    item.resultId = q.value(10).toString();
    return item;
}

QList<OutboxItem> readAll(QSqlQuery &q)
{
    QList<OutboxItem> items;
    if (q.exec()) {
        while (q.next())
            items.append(fromRow(q));
    }
    return items;
}
} // namespace

std::optional<OutboxItem> OutboxStore::enqueue(const QString &kind, const QString &path, QJsonObject payload, const QDateTime &now)
{
    OutboxItem item;
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.kind = kind;
    item.path = path;
    payload.insert(QStringLiteral("client_id"), item.clientId);
    item.payload = payload;
    item.createdAt = now;
    item.nextAttemptAt = now;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox (%1, updated_at) VALUES (?, ?, ?, ?, ?, 'queued', 0, NULL, ?, ?, NULL, ?)")
                  .arg(QLatin1String(kColumns)));
    for (const QVariant &v : {QVariant(item.id), QVariant(kind), QVariant(item.clientId), QVariant(path),
                              QVariant(QJsonDocument(payload).toJson(QJsonDocument::Compact)), QVariant(iso(now)),
                              QVariant(iso(now)), QVariant(iso(now))})
        q.addBindValue(v);
    if (!q.exec())
        return std::nullopt;
    return item;
}

QList<OutboxItem> OutboxStore::all() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox ORDER BY rowid").arg(QLatin1String(kColumns)));
    return readAll(q);
}

QList<OutboxItem> OutboxStore::ofKinds(const QStringList &kinds) const
{
    QSqlQuery q(m_db);
    QStringList marks;
    for (qsizetype i = 0; i < kinds.size(); ++i)
        marks << QStringLiteral("?");
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE kind IN (%2) ORDER BY rowid").arg(QLatin1String(kColumns), marks.join(u',')));
    for (const QString &kind : kinds)
        q.addBindValue(kind);
    return readAll(q);
}

QList<OutboxItem> OutboxStore::due(const QDateTime &now, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY rowid LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(iso(now));
    q.addBindValue(limit);
    return readAll(q);
}

std::optional<OutboxItem> OutboxStore::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

bool OutboxStore::setState(const QString &id, OutboxItem::State from, OutboxItem::State to, const QString &error,
                           const QDateTime &now, const QDateTime &nextAttemptAt, bool countAttempt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, updated_at = ?, next_attempt_at = ?, "
                             "attempts = attempts + ? WHERE id = ? AND state = ?"));
    q.addBindValue(stateName(to));
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error.left(500)));
    q.addBindValue(iso(now));
    q.addBindValue(iso(nextAttemptAt));
    q.addBindValue(countAttempt ? 1 : 0);
    q.addBindValue(id);
    q.addBindValue(stateName(from));
    return q.exec() && q.numRowsAffected() == 1;
}

bool OutboxStore::markSending(const QString &id, const QDateTime &now)
{
    return setState(id, OutboxItem::State::Queued, OutboxItem::State::Sending, {}, now, now, true);
}

bool OutboxStore::markSent(const QString &id, const QDateTime &now, const QString &resultId)
{
    if (!setState(id, OutboxItem::State::Sending, OutboxItem::State::Sent, {}, now, now, false))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET result_id = ? WHERE id = ?"));
    q.addBindValue(resultId.isEmpty() ? QVariant() : QVariant(resultId));
    q.addBindValue(id);
    return q.exec();
}

bool OutboxStore::requeue(const QString &id, const QString &reason, const QDateTime &nextAttemptAt)
{
    return setState(id, OutboxItem::State::Sending, OutboxItem::State::Queued, reason, QDateTime::currentDateTimeUtc(),
                    nextAttemptAt, false);
}

bool OutboxStore::markFailed(const QString &id, const QString &reason, const QDateTime &now)
{
    return setState(id, OutboxItem::State::Sending, OutboxItem::State::Failed, reason, now, now, false);
}

bool OutboxStore::retry(const QString &id, const QDateTime &now)
{
    return setState(id, OutboxItem::State::Failed, OutboxItem::State::Queued, {}, now, now, false);
}

bool OutboxStore::discard(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state IN ('queued', 'failed', 'sent')"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

int OutboxStore::recoverInterrupted(const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ? WHERE state = 'sending'"));
    q.addBindValue(iso(now));
    return q.exec() ? q.numRowsAffected() : 0;
}

} // namespace okpay
