#pragma once
#include <QSqlDatabase>
#include <QString>

namespace okpay::server {

// Checks that the objects a ticket or email refers to belong to the caller, outside any transaction.
class TicketReferences
{
public:
    // The wallet's transactions table belongs to the funding area; without it no transaction id can be valid.
    static bool transactionBelongsTo(const QSqlDatabase &db, const QString &transactionId, const QString &userId);
    static bool ticketBelongsTo(const QSqlDatabase &db, const QString &ticketId, const QString &userId);
    // name and email of a user, for author names and mail addresses.
    static std::pair<QString, QString> userNameAndEmail(const QSqlDatabase &db, const QString &userId);
};

} // namespace okpay::server
