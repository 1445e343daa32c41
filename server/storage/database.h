#pragma once
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>

namespace okpay::server {

enum class SqlDialect { Sqlite, Postgres };

// The server's database: opened from a --db URL, one QSqlDatabase connection per thread (created on first use in
// that thread and closed when the thread ends), so handlers on the worker pool never share a connection.
class Database
{
public:
    // "sqlite:PATH" or "postgres://user:pass@host:port/db". nullopt with a reason (never containing the password).
    static std::shared_ptr<Database> open(const QString &url, QString *error);
    ~Database();

    SqlDialect dialect() const { return m_dialect; }
    // This thread's connection, opened on first use (WAL and a busy timeout on SQLite).
    QSqlDatabase connection() const;
    // A statement prepared once per thread connection and kept, for the hottest reads (a statement is parsed in
    // microseconds, but that is most of a cheap GET). Bind, exec, read every row, then finish(): the same SQL must
    // not be run again on this thread while its rows are still being read. The reference lives as long as the
    // thread's connection.
    QSqlQuery &prepared(const QString &sql) const;
    // Closes this thread's connection (the main thread at shutdown; worker threads close theirs when they end).
    void closeThreadConnection() const;

private:
    Database() = default;
    QSqlDatabase openConnection(const QString &name) const;
    QString threadConnectionName() const;
    SqlDialect m_dialect = SqlDialect::Sqlite;
    QString m_path;  // SQLite file
    QString m_host, m_user, m_password, m_databaseName;
    int m_port = 5432;
    QString m_id;  // distinguishes connection names of several Database objects in one process
};

} // namespace okpay::server
