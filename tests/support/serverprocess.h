#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace okpay::test {

// One HTTP exchange with the server under test.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  // lower-case names
    QJsonObject json() const;
    QJsonArray items() const { return json().value(u"items").toArray(); }
    QString errorCode() const;
};

// A real okpay-server process on 127.0.0.1 (port 0) with a throwaway database: SQLite in a temporary directory,
// or a fresh PostgreSQL database when OKPAY_TEST_DB=postgres (OKPAY_TEST_PG_URL names the cluster's admin URL).
// Requests are made with QNetworkAccessManager over loopback, as the wallet does.
class ServerProcess
{
public:
    struct Options
    {
        QStringList extraArgs;      // e.g. {"--demo"}
        QByteArray configJson;      // written to a file and passed as --config when not empty
        QString sharedDatabaseUrl;  // start a second instance on another instance's database
        quint16 port = 0;           // 0: any free port (a restarted server can take its predecessor's port)
    };
    ServerProcess();
    explicit ServerProcess(const Options &options);
    ~ServerProcess();

    bool isRunning() const { return !m_baseUrl.isEmpty(); }
    // Stops the process (SIGTERM) but keeps its database and data directory, so another instance can take over.
    void stop();
    QString startError() const { return m_error; }
    QString startupOutput() const { return m_startupOutput; }  // stdout up to and including the "listening on" line
    QString logTail(int chars = 3000) const;  // the end of the server's log (stderr), for failure messages
    QUrl baseUrl() const { return m_baseUrl; }
    QString databaseUrl() const { return m_databaseUrl; }
    QString dataDir() const;  // attachments and the mail outbox
    bool usesPostgres() const { return m_postgres; }

    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QString &token = {}, const QHash<QByteArray, QByteArray> &headers = {},
                      const QByteArray &contentType = QByteArrayLiteral("application/json"));
    HttpReply get(const QString &path, const QString &token = {}) { return request("GET", path, {}, token); }
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {},
                   const QHash<QByteArray, QByteArray> &headers = {});

    // Registers a user, confirms the email through the link in the outbox mail, and returns the access token
    // (and the user id / refresh token through the out parameters).
    QString registerVerifiedUser(const QString &email, QString *userId = nullptr, QString *refreshToken = nullptr);
    QString registerUser(const QString &email, QString *userId = nullptr, QString *refreshToken = nullptr);
    // The token from the newest mail to this address whose body contains "token=" (verification or reset link).
    QString mailedToken(const QString &email) const;
    // Makes an existing user an agent (what `okpay-server admin create-agent` does), through SQL.
    bool promoteToAgent(const QString &email);
    // Runs SQL on the server's database (test setup only).
    bool execSql(const QString &sql);

    static constexpr auto kPassword = "vivid-Tundra-73-oscillate!";

private:
    void start(const Options &options);
    QProcess m_process;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_databaseUrl;
    QString m_pgDatabase;  // dropped at the end
    QString m_error;
    QString m_startupOutput;
    bool m_postgres = false;
    bool m_ownsDatabase = true;
};

} // namespace okpay::test
