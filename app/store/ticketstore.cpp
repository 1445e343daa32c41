#include "store/ticketstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace okpay {

bool TicketStore::upsert(const QList<TicketSummary> &tickets)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tickets (id, number, subject, status, category, updated_at, json) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const TicketSummary &t : tickets) {
        for (const QVariant &v : {QVariant(t.id), QVariant(t.number), QVariant(t.subject.isNull() ? QStringLiteral("") : t.subject),
                                  QVariant(t.status), QVariant(t.category.isNull() ? QStringLiteral("") : t.category),
                                  QVariant(t.updatedAt.toUTC().toString(Qt::ISODateWithMs)),
                                  QVariant(QJsonDocument(t.json).toJson(QJsonDocument::Compact))})
            q.addBindValue(v);
        if (!q.exec()) {
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}

namespace {
TicketSummary summaryFrom(const QSqlQuery &q)
{
    return TicketSummary{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs),
                         QJsonDocument::fromJson(q.value(6).toByteArray()).object()};
}
} // namespace

QList<TicketSummary> TicketStore::list(const QString &status, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(status.isEmpty()
                  ? QStringLiteral("SELECT id, number, subject, status, category, updated_at, json FROM tickets ORDER BY updated_at DESC, id LIMIT ?")
                  : QStringLiteral("SELECT id, number, subject, status, category, updated_at, json FROM tickets WHERE status = ? "
                                   "ORDER BY updated_at DESC, id LIMIT ?"));
    if (!status.isEmpty())
        q.addBindValue(status);
    q.addBindValue(limit);
    QList<TicketSummary> out;
    if (q.exec()) {
        while (q.next())
            out.append(summaryFrom(q));
    }
    return out;
}

std::optional<TicketSummary> TicketStore::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, number, subject, status, category, updated_at, json FROM tickets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return summaryFrom(q);
}

int TicketStore::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace okpay
