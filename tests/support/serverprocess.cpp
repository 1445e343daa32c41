#include "support/serverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace okpay::test {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::errorCode() const
{
    return json().value(u"error").toObject().value(u"code").toString();
}

namespace {
// Runs SQL on a PostgreSQL database given as a URL (admin work: create/drop databases).
bool pgExec(const QString &url, const QString &sql)
{
    const QUrl u(url);
    const QString name = QStringLiteral("okpay-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("pgExec failed: %s", qPrintable(q.lastError().text()));
        } else {
            qWarning("pg connect failed: %s", qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

ServerProcess::ServerProcess() : ServerProcess(Options{}) {}

ServerProcess::ServerProcess(const Options &options)
{
    start(options);
}

void ServerProcess::start(const Options &options)
{
    m_postgres = qEnvironmentVariable("OKPAY_TEST_DB") == u"postgres";
    if (!options.sharedDatabaseUrl.isEmpty()) {
        m_databaseUrl = options.sharedDatabaseUrl;
        m_ownsDatabase = false;
    } else if (m_postgres) {
        const QString admin = qEnvironmentVariable("OKPAY_TEST_PG_URL");
        if (admin.isEmpty()) {
            m_error = QStringLiteral("OKPAY_TEST_DB=postgres needs OKPAY_TEST_PG_URL (scripts/test sets both)");
            return;
        }
        m_pgDatabase = QStringLiteral("okpay_test_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!pgExec(admin, QStringLiteral("CREATE DATABASE ") + m_pgDatabase)) {
            m_error = QStringLiteral("cannot create the PostgreSQL test database");
            return;
        }
        QUrl url(admin);
        url.setPath(u'/' + m_pgDatabase);
        m_databaseUrl = url.toString();
    } else {
        m_databaseUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
    }

    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(options.port), QStringLiteral("--db"), m_databaseUrl};
    QJsonObject config = QJsonDocument::fromJson(options.configJson).object();
    config.insert(QStringLiteral("data_dir"), m_dir.filePath(QStringLiteral("data")));
    QFile configFile(m_dir.filePath(QStringLiteral("config.json")));
    configFile.open(QIODevice::WriteOnly);
    configFile.write(QJsonDocument(config).toJson());
    configFile.close();
    args << QStringLiteral("--config") << configFile.fileName() << options.extraArgs;

    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")));
    m_process.start(QStringLiteral(OKPAY_SERVER_BIN), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("okpay-server did not start");
        return;
    }
    static const QRegularExpression line(QStringLiteral("^listening on (https?://\\S+)"));
    QByteArray out;
    for (int i = 0; i < 300 && m_baseUrl.isEmpty(); ++i) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const auto match = line.match(QString::fromUtf8(out));
        if (match.hasMatch())
            m_baseUrl = QUrl(match.captured(1));
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    m_process.waitForReadyRead(200);  // lines printed right after the address (demo credentials)
    out += m_process.readAllStandardOutput();
    m_startupOutput = QString::fromUtf8(out);
    if (m_baseUrl.isEmpty()) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("okpay-server did not report its address: ") + QString::fromUtf8(log.readAll().right(2000));
    }
}

QString ServerProcess::logTail(int chars) const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    log.open(QIODevice::ReadOnly);
    return QString::fromUtf8(log.readAll().right(chars));
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(15000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    if (!m_pgDatabase.isEmpty() && m_ownsDatabase)
        pgExec(qEnvironmentVariable("OKPAY_TEST_PG_URL"), QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgDatabase + QStringLiteral(" WITH (FORCE)"));
}

void ServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(15000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_baseUrl.clear();
}

QString ServerProcess::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

HttpReply ServerProcess::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const QString &token, const QHash<QByteArray, QByteArray> &headers,
                                 const QByteArray &contentType)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setTransferTimeout(30000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;  // tests only: the product never spins nested loops
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

HttpReply ServerProcess::post(const QString &path, const QJsonObject &body, const QString &token,
                              const QHash<QByteArray, QByteArray> &headers)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, headers);
}

QString ServerProcess::registerUser(const QString &email, QString *userId, QString *refreshToken)
{
    const HttpReply reply = post(QStringLiteral("/v1/auth/register"),
                                 {{QStringLiteral("name"), QStringLiteral("Test User")},
                                  {QStringLiteral("email"), email},
                                  {QStringLiteral("phone"), QStringLiteral("+8613800138000")},
                                  {QStringLiteral("password"), QString::fromLatin1(kPassword)}});
    if (reply.status != 201) {
        qWarning("register failed: %d %s", reply.status, reply.body.constData());
        return {};
    }
    const QJsonObject json = reply.json();
    if (userId)
        *userId = json.value(u"user").toObject().value(u"id").toString();
    if (refreshToken)
        *refreshToken = json.value(u"refresh_token").toString();
    return json.value(u"access_token").toString();
}

QString ServerProcess::registerVerifiedUser(const QString &email, QString *userId, QString *refreshToken)
{
    const QString token = registerUser(email, userId, refreshToken);
    const HttpReply verified = post(QStringLiteral("/v1/auth/verify-email"), {{QStringLiteral("token"), mailedToken(email)}});
    if (verified.status != 204)
        qWarning("verify failed: %d %s", verified.status, verified.body.constData());
    return token;
}

QString ServerProcess::mailedToken(const QString &email) const
{
    QDir outbox(dataDir() + QStringLiteral("/mail-outbox"));
    const auto files = outbox.entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Time);
    static const QRegularExpression tokenPattern(QStringLiteral("token=([A-Za-z0-9_-]+)"));
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        file.open(QIODevice::ReadOnly);
        const QString text = QString::fromUtf8(file.readAll());
        if (!text.contains(QStringLiteral("To: ") + email + QStringLiteral("\r\n")))
            continue;
        const auto match = tokenPattern.match(text);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

bool ServerProcess::execSql(const QString &sql)
{
    if (m_databaseUrl.startsWith(u"sqlite:")) {
        const QString name = QStringLiteral("okpay-test-sqlite-") + QUuid::createUuid().toString(QUuid::Id128);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_databaseUrl.mid(7));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
    return pgExec(m_databaseUrl, sql);
}

bool ServerProcess::promoteToAgent(const QString &email)
{
    return execSql(QStringLiteral("UPDATE users SET role = 'agent' WHERE email = '%1'").arg(QString(email).remove(u'\'')));
}

} // namespace okpay::test
