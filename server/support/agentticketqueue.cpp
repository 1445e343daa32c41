#include "support/agentticketqueue.h"

#include "support/ticketstore.h"

#include "storage/sql.h"

namespace okpay::server {

QJsonArray openTicketsForAgents(const QSqlDatabase &db, int limit)
{
    QSqlQuery q = sqlExec(db,
                          QStringLiteral("SELECT %1 FROM support_tickets t WHERE t.status = :s "
                                         "ORDER BY t.updated_at, t.id LIMIT :lim")
                              .arg(TicketStore::columns()),
                          {{":s", QStringLiteral("open")}, {":lim", qBound(1, limit, 200)}});
    QJsonArray tickets;
    while (q.next())
        tickets.append(TicketStore::ticketJson(q));
    return tickets;
}

} // namespace okpay::server
