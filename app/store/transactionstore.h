#pragma once
#include "core/transaction.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace okpay {

// Which transactions a list shows.
struct TransactionFilter
{
    QString type;      // empty = all
    QString status;
    QString currency;
    QString text;      // in the description or reference
    QDate from;        // inclusive, in UTC days; invalid = open
    QDate to;          // inclusive
    bool isEmpty() const
    {
        return type.isEmpty() && status.isEmpty() && currency.isEmpty() && text.isEmpty() && !from.isValid() && !to.isValid();
    }
};

// Cached transactions, newest first. Pages are read by position through the (created_at, id) index, touching only
// the rows of the page, so a million cached transactions never load at once.
class TransactionStore
{
public:
    explicit TransactionStore(QSqlDatabase db) : m_db(std::move(db)) {}

    bool upsert(const QList<Transaction> &transactions);
    int count(const TransactionFilter &filter = {}) const;
    // Rows [offset, offset + limit) in newest-first order.
    QList<Transaction> page(int offset, int limit, const TransactionFilter &filter = {}) const;
    std::optional<Transaction> find(const QString &id) const;

private:
    QSqlDatabase m_db;
};

} // namespace okpay
