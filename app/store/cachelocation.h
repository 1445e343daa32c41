#pragma once
#include <QString>
#include <optional>

namespace okpay {

// Where a user's cache database lives: one SQLite file per account under the app's data directory.
class CacheLocation
{
public:
    explicit CacheLocation(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    // The file for a server and account. The name is a hash of both, so a hostile or odd user id ("../x", "",
    // very long, non-ASCII) can never escape the directory or collide across servers.
    QString databaseFile(const QString &serverUrl, const QString &userId) const;
    const QString &dataDir() const { return m_dataDir; }

private:
    QString m_dataDir;
};

} // namespace okpay
