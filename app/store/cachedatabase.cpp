#include "store/cachedatabase.h"

#include "store/cacheschema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace okpay {

CacheDatabase::CacheDatabase(QString filePath)
    : m_path(std::move(filePath)), m_connection(QStringLiteral("okpay-cache-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

CacheDatabase::~CacheDatabase()
{
    closeConnection();
}

int CacheDatabase::latestVersion()
{
    return int(cacheSchemaSteps().size());
}

QSqlDatabase CacheDatabase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

int CacheDatabase::schemaVersion() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

void CacheDatabase::closeConnection()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool CacheDatabase::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return true;
}

// A readable SQLite file whose schema can be read and that is not from a newer version of the app. (A full
// quick_check would read every page: too slow at start-up for a large cache.)
bool CacheDatabase::isHealthy()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next())
        return false;
    const int version = schemaVersion();
    return version >= 0 && version <= latestVersion();
}

bool CacheDatabase::migrate(int maxVersion)
{
    const auto &steps = cacheSchemaSteps();
    const int target = maxVersion < 0 ? int(steps.size()) : qMin(maxVersion, int(steps.size()));
    QSqlDatabase database = db();
    for (int version = schemaVersion(); version < target; ++version) {
        if (!database.transaction())
            return false;
        QSqlQuery q(database);
        for (const QString &statement : steps.at(version)) {
            if (!q.exec(statement)) {
                m_error = q.lastError().text();
                database.rollback();
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !database.commit()) {
            m_error = q.lastError().text();
            database.rollback();
            return false;
        }
    }
    return true;
}

CacheDatabase::OpenResult CacheDatabase::open(int maxVersion)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const bool existed = QFileInfo::exists(m_path) && QFileInfo(m_path).size() > 0;
    if (openConnection() && isHealthy() && migrate(maxVersion))
        return existed ? OpenResult::Opened : OpenResult::Created;

    // Unreadable, corrupt or from the future: keep it for diagnosis, start empty; the server has the truth.
    closeConnection();
    m_movedAside = m_path + QStringLiteral(".corrupt-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    QFile::rename(m_path, m_movedAside);
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    if (openConnection() && isHealthy() && migrate(maxVersion))
        return OpenResult::Rebuilt;
    closeConnection();
    return OpenResult::Failed;
}

} // namespace okpay
