#include "storage/migrations.h"

#include "storage/sql.h"

#include <QDateTime>
#include <QSqlError>
#include <algorithm>

namespace okpay::server {

bool Migrations::apply(const Database &db, QList<Migration> migrations, QString *error)
{
    std::sort(migrations.begin(), migrations.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    const QSqlDatabase conn = db.connection();
    const bool postgres = db.dialect() == SqlDialect::Postgres;
    try {
        if (postgres)
            sqlExec(conn, QStringLiteral("SELECT pg_advisory_lock(715517)"));
        sqlExec(conn, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, "
                                     "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        for (const Migration &m : std::as_const(migrations)) {
            QSqlQuery seen = sqlExec(conn, QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = :v"),
                                     {{":v", m.version}});
            if (seen.next())
                continue;
            SqlTransaction tx(conn, db.dialect());
            for (const QString &statement : m.statements)
                sqlExec(conn, statement);
            sqlExec(conn, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)"),
                    {{":v", m.version}, {":n", m.name},
                     {":t", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
            tx.commit();
        }
        if (postgres)
            sqlExec(conn, QStringLiteral("SELECT pg_advisory_unlock(715517)"));
    } catch (const SqlError &e) {
        *error = QString::fromStdString(e.what());
        if (postgres) {
            QSqlQuery unlock(conn);
            unlock.exec(QStringLiteral("SELECT pg_advisory_unlock(715517)"));
        }
        return false;
    }
    return true;
}

} // namespace okpay::server
