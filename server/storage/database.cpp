#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>
#include <QUuid>

namespace okpay::server {

namespace {
// Removes a thread's connections when the thread finishes (QThreadStorage deletes its value then).
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};
QThreadStorage<ThreadConnections *> g_connections;
} // namespace

std::shared_ptr<Database> Database::open(const QString &url, QString *error)
{
    std::shared_ptr<Database> db(new Database());
    db->m_id = QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (url.startsWith(u"sqlite:")) {
        db->m_dialect = SqlDialect::Sqlite;
        db->m_path = url.mid(7);
        if (db->m_path.isEmpty()) {
            *error = QStringLiteral("--db sqlite: needs a file path");
            return nullptr;
        }
    } else if (url.startsWith(u"postgres://") || url.startsWith(u"postgresql://")) {
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2) {
            *error = QStringLiteral("--db postgres URL must look like postgres://user:pass@host:port/db");
            return nullptr;
        }
        db->m_dialect = SqlDialect::Postgres;
        db->m_host = parsed.host();
        db->m_port = parsed.port(5432);
        db->m_user = parsed.userName();
        db->m_password = parsed.password();
        db->m_databaseName = parsed.path().mid(1);
    } else {
        *error = QStringLiteral("--db must be sqlite:PATH or postgres://user:pass@host:port/db");
        return nullptr;
    }
    const QSqlDatabase first = db->connection();
    if (!first.isOpen()) {
        *error = QStringLiteral("cannot open the database: %1").arg(first.lastError().text());
        return nullptr;
    }
    return db;
}

Database::~Database()
{
    closeThreadConnection();
}

QSqlDatabase Database::connection() const
{
    const QString name = QStringLiteral("okpay-%1-%2").arg(m_id).arg(quintptr(QThread::currentThreadId()), 0, 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() || db.open())
            return db;
    }
    return openConnection(name);
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    const bool sqlite = m_dialect == SqlDialect::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (sqlite) {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setPassword(m_password);
        db.setDatabaseName(m_databaseName);
    }
    if (!db.open())
        return db;
    if (sqlite) {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    if (!g_connections.hasLocalData())
        g_connections.setLocalData(new ThreadConnections);
    g_connections.localData()->names.append(name);
    return db;
}

void Database::closeThreadConnection() const
{
    if (!g_connections.hasLocalData())
        return;
    QStringList &names = g_connections.localData()->names;
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        if (names.at(i).startsWith(QStringLiteral("okpay-%1-").arg(m_id))) {
            QSqlDatabase::database(names.at(i), false).close();
            QSqlDatabase::removeDatabase(names.at(i));
            names.removeAt(i);
        }
    }
}

} // namespace okpay::server
