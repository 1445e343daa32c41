#pragma once
#include "core/transaction.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <optional>
#include <utility>

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
    // The order of the list; each one has its own index, so any of them pages a million rows without sorting them.
    enum class Sort { NewestFirst, OldestFirst, LargestFirst, SmallestFirst };
    Sort sort = Sort::NewestFirst;
    // (type, method kind) pairs whose description in the app's language contains text: the cache holds the server's
    // English words, so "借记卡" finds debit card top-ups this way (filled in by the services layer).
    QList<std::pair<QString, QString>> describedAs = {};
    bool isEmpty() const  // no row is left out (the order does not count)
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
    // Rows [offset, offset + limit) in the filter's order.
    QList<Transaction> page(int offset, int limit, const TransactionFilter &filter = {}) const;
    std::optional<Transaction> find(const QString &id) const;

private:
    QSqlDatabase m_db;
};

} // namespace okpay
