#include "storage/sql.h"

#include <QSqlError>

namespace okpay::server {

QSqlQuery sqlExec(const QSqlDatabase &db, const QString &sql, SqlBindings bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (bindings.size() == 0) {  // DDL cannot be prepared on PostgreSQL; nothing to bind anyway
        if (!query.exec(sql))
            throw SqlError("exec failed: " + query.lastError().text().toStdString() + " in: " + sql.left(120).toStdString());
        return query;
    }
    if (!query.prepare(sql))
        throw SqlError("prepare failed: " + query.lastError().text().toStdString() + " in: " + sql.left(120).toStdString());
    for (const auto &[name, value] : bindings) {
        // A null QString means "empty text" in our code; SQL NULL is bound only as an explicit QVariant().
        const bool nullString = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(QString::fromLatin1(name), nullString ? QVariant(QString::fromLatin1("")) : value);
    }
    if (!query.exec())
        throw SqlError("exec failed: " + query.lastError().text().toStdString() + " in: " + sql.left(120).toStdString());
    return query;
}

bool sqlFetchOne(QSqlQuery &query)
{
    return query.next();
}

SqlTransaction::SqlTransaction(const QSqlDatabase &db, SqlDialect dialect) : m_db(db)
{
    QSqlQuery begin(m_db);
    if (!begin.exec(dialect == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        throw SqlError("begin failed: " + begin.lastError().text().toStdString());
}

SqlTransaction::~SqlTransaction()
{
    if (!m_done) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void SqlTransaction::commit()
{
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        throw SqlError("commit failed: " + commit.lastError().text().toStdString());
    m_done = true;
}

} // namespace okpay::server
