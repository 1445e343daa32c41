#pragma once
#include <QSqlDatabase>
#include <QString>

namespace okpay {

// One user's offline cache: a SQLite file in WAL mode, brought to the current schema on open. A file that is
// corrupt or from a newer app version is moved aside ("<name>.corrupt-<time>") and a fresh cache is built; the
// caller tells the user once and refills it from the server. Use from the thread that opened it.
class CacheDatabase
{
public:
    enum class OpenResult { Opened, Created, Rebuilt, Failed };

    explicit CacheDatabase(QString filePath);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // maxVersion limits the migrations (tests open an older schema this way).
    OpenResult open(int maxVersion = -1);
    QSqlDatabase db() const;
    int schemaVersion() const;
    QString movedAsidePath() const { return m_movedAside; }
    QString lastError() const { return m_error; }

    static int latestVersion();

private:
    bool openConnection();
    bool isHealthy();
    bool migrate(int maxVersion);
    void closeConnection();
    QString m_path;
    QString m_connection;
    QString m_movedAside;
    QString m_error;
};

} // namespace okpay
