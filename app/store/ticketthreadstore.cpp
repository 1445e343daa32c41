#include "store/ticketthreadstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace okpay {

bool TicketThreadStore::replaceMessages(const QString &ticketId, const QList<QJsonObject> &messages)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM ticket_messages WHERE ticket_id = ?"));
    q.addBindValue(ticketId);
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT INTO ticket_messages (ticket_id, position, id, created_at, json) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; ok && i < messages.size(); ++i) {
        const QJsonObject &m = messages.at(i);
        q.addBindValue(ticketId);
        q.addBindValue(i);
        q.addBindValue(m.value(u"id").toString());
        q.addBindValue(m.value(u"created_at").toString());
        q.addBindValue(QJsonDocument(m).toJson(QJsonDocument::Compact));
        ok = q.exec();
    }
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

QList<QJsonObject> TicketThreadStore::messages(const QString &ticketId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json FROM (SELECT position, json FROM ticket_messages WHERE ticket_id = ? "
                             "ORDER BY position DESC LIMIT ?) ORDER BY position"));
    q.addBindValue(ticketId);
    q.addBindValue(limit);
    QList<QJsonObject> out;
    if (q.exec()) {
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    }
    return out;
}

int TicketThreadStore::messageCount(const QString &ticketId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ticket_messages WHERE ticket_id = ?"));
    q.addBindValue(ticketId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool TicketThreadStore::markRead(const QString &ticketId, const QString &lastMessageAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO ticket_reads (ticket_id, last_message_at) VALUES (?, ?) "
                             "ON CONFLICT (ticket_id) DO UPDATE SET last_message_at = MAX(last_message_at, excluded.last_message_at)"));
    q.addBindValue(ticketId);
    q.addBindValue(lastMessageAt);
    return q.exec();
}

QString TicketThreadStore::readMark(const QString &ticketId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT last_message_at FROM ticket_reads WHERE ticket_id = ?"));
    q.addBindValue(ticketId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList TicketThreadStore::unreadTicketIds() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Timestamps are the server's fixed-width UTC text, so they compare as strings.
    const bool ok = q.exec(QStringLiteral(
        "SELECT t.id FROM tickets t LEFT JOIN ticket_reads r ON r.ticket_id = t.id "
        "WHERE t.status IN ('pending', 'solved') AND json_extract(t.json, '$.last_message_at') > COALESCE(r.last_message_at, '') "
        "ORDER BY t.updated_at DESC"));
    QStringList ids;
    while (ok && q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace okpay
