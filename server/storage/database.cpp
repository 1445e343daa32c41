#include "storage/database.h"

#include "storage/sql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <unordered_map>

namespace okpay::server {

namespace {
// A thread's connections (one per Database, by its id) and their prepared statements; removed when the thread
// finishes (QThreadStorage deletes its value then). Looked up without QSqlDatabase's global registry and its lock.
struct ThreadConnections
{
    struct Connection
    {
        QString name;
        QSqlDatabase db;
    };
    QHash<QString, Connection> byDatabase;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;  // key: Database id + '\n' + SQL
    void close(const QString &databaseId)
    {
        for (auto it = statements.begin(); it != statements.end();)
            it = it->first.startsWith(databaseId + u'\n') ? statements.erase(it) : std::next(it);
        Connection connection = byDatabase.take(databaseId);
        connection.db.close();
        connection.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection.name);
    }
    ~ThreadConnections()
    {
        for (const QString &id : byDatabase.keys())
            close(id);
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

QString Database::threadConnectionName() const
{
    return QStringLiteral("okpay-%1-%2").arg(m_id).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    if (g_connections.hasLocalData()) {
        ThreadConnections *mine = g_connections.localData();
        const auto it = mine->byDatabase.constFind(m_id);
        if (it != mine->byDatabase.cend() && it->db.isOpen())
            return it->db;
    }
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() || db.open())
            return db;
    }
    return openConnection(name);
}

QSqlQuery &Database::prepared(const QString &sql) const
{
    const QSqlDatabase db = connection();
    if (!db.isOpen() || !g_connections.hasLocalData())
        throw SqlError("no database connection: " + db.lastError().text().toStdString());
    ThreadConnections *mine = g_connections.localData();
    const QString key = m_id + u'\n' + sql;
    auto it = mine->statements.find(key);
    if (it == mine->statements.end()) {
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            throw SqlError("prepare failed: " + query->lastError().text().toStdString() + " in: " + sql.left(120).toStdString());
        it = mine->statements.emplace(key, std::move(query)).first;
    }
    it->second->finish();  // in case a caller left it mid-rows (an exception): no read snapshot stays open
    return *it->second;
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
    g_connections.localData()->byDatabase.insert(m_id, {name, db});
    return db;
}

void Database::closeThreadConnection() const
{
    if (g_connections.hasLocalData() && g_connections.localData()->byDatabase.contains(m_id))
        g_connections.localData()->close(m_id);
}

} // namespace okpay::server
