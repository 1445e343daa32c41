#include "support/ticketreferences.h"

#include "storage/sql.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTicketRefs, "okpay.support.references")

namespace okpay::server {

bool TicketReferences::transactionBelongsTo(const QSqlDatabase &db, const QString &transactionId, const QString &userId)
{
    if (!db.tables().contains(QStringLiteral("transactions")))
        return false;
    try {
        QSqlQuery q = sqlExec(db, QStringLiteral("SELECT 1 FROM transactions WHERE id = :id AND user_id = :u"),
                              {{":id", transactionId}, {":u", userId}});
        return sqlFetchOne(q);
    } catch (const SqlError &) {
        // A schema this check does not know: refuse the reference rather than fail the whole ticket.
        qCWarning(lcTicketRefs) << "event=transaction_lookup_failed";
        return false;
    }
}

bool TicketReferences::ticketBelongsTo(const QSqlDatabase &db, const QString &ticketId, const QString &userId)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT 1 FROM support_tickets WHERE id = :id AND user_id = :u"),
                          {{":id", ticketId}, {":u", userId}});
    return sqlFetchOne(q);
}

std::pair<QString, QString> TicketReferences::userNameAndEmail(const QSqlDatabase &db, const QString &userId)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT name, email FROM users WHERE id = :id"), {{":id", userId}});
    if (!sqlFetchOne(q))
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

} // namespace okpay::server
