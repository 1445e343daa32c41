#include "store/chatstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace okpay {

namespace {
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<CachedChatSession> readSession(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CachedChatSession{q.value(0).toString(), q.value(1).toString(),
                             QJsonDocument::fromJson(q.value(2).toByteArray()).object(), q.value(3).toLongLong(),
                             q.value(4).toLongLong()};
}

constexpr auto kSessionColumns = "id, status, json, last_seq, agent_read_seq";
} // namespace

bool ChatStore::saveSession(const QJsonObject &session)
{
    const QString id = session.value(u"id").toString();
    if (id.isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO chat_sessions (id, status, json, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET status = excluded.status, json = excluded.json, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(id);
    q.addBindValue(session.value(u"status").toString(QStringLiteral("queued")));
    q.addBindValue(compact(session));
    q.addBindValue(nowText());
    return q.exec();
}

std::optional<CachedChatSession> ChatStore::session(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM chat_sessions WHERE id = ?").arg(QLatin1String(kSessionColumns)));
    q.addBindValue(id);
    return readSession(q);
}

std::optional<CachedChatSession> ChatStore::latestOpen() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM chat_sessions WHERE status <> 'ended' ORDER BY updated_at DESC, rowid DESC LIMIT 1")
                  .arg(QLatin1String(kSessionColumns)));
    return readSession(q);
}

bool ChatStore::setStatus(const QString &id, const QString &status)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE chat_sessions SET status = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(nowText());
    q.addBindValue(id);
    return q.exec();
}

bool ChatStore::advance(const char *column, const QString &id, qint64 seq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE chat_sessions SET %1 = MAX(%1, ?) WHERE id = ?").arg(QLatin1String(column)));
    q.addBindValue(seq);
    q.addBindValue(id);
    return q.exec();
}

bool ChatStore::advanceLastSeq(const QString &id, qint64 seq)
{
    return advance("last_seq", id, seq);
}

bool ChatStore::advanceAgentReadSeq(const QString &id, qint64 seq)
{
    return advance("agent_read_seq", id, seq);
}

bool ChatStore::addMessage(const QString &sessionId, const QJsonObject &message)
{
    const qint64 seq = message.value(u"seq").toInteger();
    if (sessionId.isEmpty() || seq <= 0)
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO chat_messages (session_id, seq, client_id, author, body, created_at, json) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString clientId = message.value(u"client_id").toString();
    for (const QVariant &v : {QVariant(sessionId), QVariant(seq), clientId.isEmpty() ? QVariant() : QVariant(clientId),
                              QVariant(message.value(u"author_role").toString()), QVariant(message.value(u"body").toString()),
                              QVariant(message.value(u"created_at").toString()), QVariant(compact(message))})
        q.addBindValue(v);
    return q.exec();
}

QList<QJsonObject> ChatStore::messages(const QString &sessionId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json FROM (SELECT seq, json FROM chat_messages WHERE session_id = ? ORDER BY seq DESC "
                             "LIMIT ?) ORDER BY seq"));
    q.addBindValue(sessionId);
    q.addBindValue(limit);
    QList<QJsonObject> out;
    if (q.exec()) {
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    }
    return out;
}

bool ChatStore::saveTranscript(const QString &id, const QString &text)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE chat_sessions SET transcript = ? WHERE id = ?"));
    q.addBindValue(text);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

QString ChatStore::transcript(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT transcript FROM chat_sessions WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

namespace {
const QString PendingStartDraft = QStringLiteral("chat-start");  // a row of the drafts table (cache step 5)
} // namespace

bool ChatStore::savePendingStart(const QJsonObject &start)
{
    QSqlQuery q(m_db);
    if (start.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM drafts WHERE name = ?"));
        q.addBindValue(PendingStartDraft);
        return q.exec();
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts (name, json, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(PendingStartDraft);
    q.addBindValue(QString::fromUtf8(QJsonDocument(start).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec();
}

std::optional<QJsonObject> ChatStore::pendingStart() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json FROM drafts WHERE name = ?"));
    q.addBindValue(PendingStartDraft);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonObject start = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    if (start.isEmpty())
        return std::nullopt;
    return start;
}

} // namespace okpay
