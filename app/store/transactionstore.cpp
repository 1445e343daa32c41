#include "store/transactionstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace okpay {

namespace {
constexpr auto kColumns = "id, created_at, updated_at, type, direction, status, currency, amount, fee, total, description, "
                          "method_kind, reference, failure_reason, card_last4";

// QSQLITE binds a null QString as NULL; the NOT NULL text columns get '' instead.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

Transaction fromRow(const QSqlQuery &q)
{
    const Currency currency = Currency::fromCode(q.value(6).toString()).value_or(Currency::usd());
    Transaction t;
    t.id = q.value(0).toString();
    t.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    t.updatedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    t.type = q.value(3).toString();
    t.direction = q.value(4).toString();
    t.status = q.value(5).toString();
    t.amount = Money(q.value(7).toLongLong(), currency);
    t.fee = Money(q.value(8).toLongLong(), currency);
    t.total = Money(q.value(9).toLongLong(), currency);
    t.description = q.value(10).toString();
    t.methodKind = q.value(11).toString();
    t.reference = q.value(12).toString();
    t.failureReason = q.value(13).toString();
    t.cardLast4 = q.value(14).toString();
    return t;
}

// " WHERE ..." for the filter, with its values appended to binds.
QString whereClause(const TransactionFilter &f, QVariantList *binds)
{
    QStringList conditions;
    if (!f.type.isEmpty()) {
        conditions << QStringLiteral("type = ?");
        *binds << f.type;
    }
    if (!f.status.isEmpty()) {
        conditions << QStringLiteral("status = ?");
        *binds << f.status;
    }
    if (!f.currency.isEmpty()) {
        conditions << QStringLiteral("currency = ?");
        *binds << f.currency;
    }
    if (!f.text.trimmed().isEmpty()) {
        QString condition = QStringLiteral("(instr(lower(description), ?) > 0 OR instr(lower(coalesce(reference, '')), ?) > 0");
        const QString needle = f.text.trimmed().toLower().left(100);
        *binds << needle << needle;
        for (const auto &[type, kind] : f.describedAs) {
            condition += QStringLiteral(" OR (type = ? AND method_kind = ?)");
            *binds << type << kind;
        }
        conditions << condition + u')';
    }
    if (f.from.isValid()) {
        conditions << QStringLiteral("created_at >= ?");
        *binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        conditions << QStringLiteral("created_at < ?");
        *binds << f.to.addDays(1).toString(Qt::ISODate);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}
QString orderBy(TransactionFilter::Sort sort)
{
    switch (sort) {
    case TransactionFilter::Sort::NewestFirst:
        return QStringLiteral("created_at DESC, id DESC");
    case TransactionFilter::Sort::OldestFirst:
        return QStringLiteral("created_at ASC, id ASC");
    case TransactionFilter::Sort::LargestFirst:
        return QStringLiteral("amount DESC, id DESC");
    case TransactionFilter::Sort::SmallestFirst:
        return QStringLiteral("amount ASC, id ASC");
    }
    return QStringLiteral("created_at DESC, id DESC");
}
} // namespace

bool TransactionStore::upsert(const QList<Transaction> &transactions)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO transactions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    for (const Transaction &t : transactions) {
        for (const QVariant &v : {QVariant(t.id), QVariant(isoUtc(t.createdAt)), QVariant(isoUtc(t.updatedAt)), QVariant(t.type),
                                  QVariant(t.direction), QVariant(t.status), QVariant(t.amount.currency().code()),
                                  QVariant(t.amount.minor()), QVariant(t.fee.minor()), QVariant(t.total.minor()),
                                  text(t.description), QVariant(t.methodKind), QVariant(t.reference), QVariant(t.failureReason),
                                  QVariant(t.cardLast4)})
            q.addBindValue(v);
        if (!q.exec()) {
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}

int TransactionStore::count(const TransactionFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM transactions") + whereClause(filter, &binds));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<Transaction> TransactionStore::page(int offset, int limit, const TransactionFilter &filter) const
{
    // Positions are found on the index alone (rowid only), then just the page's rows are read.
    QVariantList binds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString order = orderBy(filter.sort);
    q.prepare(QStringLiteral("SELECT %1 FROM transactions WHERE rowid IN (SELECT rowid FROM transactions%2 "
                             "ORDER BY %3 LIMIT ? OFFSET ?) ORDER BY %3")
                  .arg(QLatin1String(kColumns), whereClause(filter, &binds), order));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(qMax(0, limit));
    q.addBindValue(qMax(0, offset));
    QList<Transaction> rows;
    if (q.exec()) {
        while (q.next())
            rows.append(fromRow(q));
    }
    return rows;
}

std::optional<Transaction> TransactionStore::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM transactions WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

} // namespace okpay
