#include "apiserver.h"

#include "account/kycdocuments.h"

#include "auth/authroutes.h"
#include "auth/authschema.h"
#include "auth/ratelimiter.h"
#include "auth/tokenservice.h"
#include "chat/chatroutes.h"
#include "events/eventbus.h"
#include "funding/fundingroutes.h"
#include "support/supportroutes.h"
#include "http/apirouter.h"
#include "mail/mailer.h"
#include "security/securityroutes.h"
#include "storage/migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>

namespace okpay::server {

struct ApiServer::Services
{
    RateLimiter rateLimiter;
    std::unique_ptr<TokenService> tokens;
    std::unique_ptr<Mailer> mailer;
    std::unique_ptr<EventBus> events;
};

ApiServer::ApiServer(std::shared_ptr<Database> db, ServerConfig config, const Clock &clock)
    : m_config(std::move(config)), m_services(std::make_unique<Services>())
{
    m_services->tokens = std::make_unique<TokenService>(clock, m_config.accessTokenTtlSecs, m_config.refreshTokenTtlSecs);
    m_services->mailer = std::make_unique<Mailer>(QDir(m_config.dataDir).filePath(QStringLiteral("mail-outbox")));
    m_env.db = std::move(db);
    m_env.clock = &clock;
    m_env.config = &m_config;
    m_env.rateLimiter = &m_services->rateLimiter;
    m_env.tokens = m_services->tokens.get();
    m_env.mailer = m_services->mailer.get();
    m_services->events = std::make_unique<EventBus>(m_env.db);
    if (QString busError; !m_services->events->listen(&busError))
        qWarning("okpay-server: chat events stay on this instance: %s", qPrintable(busError));
    m_env.events = m_services->events.get();
    m_pool.setMaxThreadCount(qMax(4, QThread::idealThreadCount() * 2));
    m_pool.setExpiryTimeout(-1);  // keep workers (and their database connections) alive
    // SQLite reads take microseconds: one reader keeps up. Each PostgreSQL read waits on the network: several.
    m_readPool.setMaxThreadCount(m_env.db->dialect() == SqlDialect::Sqlite ? 1 : qMax(2, QThread::idealThreadCount()));
    m_readPool.setExpiryTimeout(-1);
    m_router = std::make_unique<ApiRouter>(m_http, m_pool, m_readPool, m_env);
    registerRoutes();
}

ApiServer::~ApiServer()
{
    shutdown();
}

bool ApiServer::migrate(QString *error)
{
    QList<Migration> all;
    all += authMigrations();
    all += kycDocumentMigrations();
    all += fundingMigrations();
    all += supportMigrations();
    all += chatMigrations();
    return Migrations::apply(*m_env.db, all, error);
}

void ApiServer::registerRoutes()
{
    m_http.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get,
                 [] { return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}); });
    // QtHttpServer 6.4 tries the rules in the order they were added: the wallet's reads, the requests every sync
    // makes, go first.
    registerFundingRoutes(*m_router);
    registerAccountCreationRoutes(*m_router);
    registerLoginRoutes(*m_router);
    registerSecurityRoutes(*m_router);
    registerTotpRoutes(*m_router);
    registerProfileRoutes(*m_router);
    registerKycDocumentRoutes(*m_router);
    registerSupportRoutes(*m_router);
    registerChatRoutes(*m_router, m_http, m_env);
    m_http.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(QByteArrayLiteral(R"({"error":{"code":"not_found","message":"No such endpoint"}})"),
                        QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode::NotFound);
    });
}

bool ApiServer::enableTls(const QString &certFile, const QString &keyFile, QString *error)
{
    QFile certIn(certFile);
    QFile keyIn(keyFile);
    if (!certIn.open(QIODevice::ReadOnly) || !keyIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key");
        return false;
    }
    const QSslCertificate cert(&certIn, QSsl::Pem);
    const QByteArray keyPem = keyIn.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        *error = QStringLiteral("the TLS certificate or key is not valid PEM");
        return false;
    }
    m_http.sslSetup(cert, key);
    m_tls = true;
    return true;
}

quint16 ApiServer::listen(const QHostAddress &host, quint16 port)
{
    return m_http.listen(host, port);
}

void ApiServer::beginShutdown(std::function<void()> done)
{
    for (QTcpServer *listener : m_http.servers())
        listener->close();
    auto *timer = new QTimer(&m_http);
    auto quietChecks = std::make_shared<int>(0);
    auto deadline = std::make_shared<QElapsedTimer>();
    deadline->start();
    // Idle pool for several consecutive checks means handlers are done and their responses were handed to the
    // sockets on the event loop.
    QObject::connect(timer, &QTimer::timeout, timer, [this, timer, quietChecks, deadline, done] {
        *quietChecks = m_pool.activeThreadCount() == 0 && m_readPool.activeThreadCount() == 0 ? *quietChecks + 1 : 0;
        if (*quietChecks >= 5 || deadline->elapsed() > 25000) {
            timer->stop();
            timer->deleteLater();
            done();
        }
    });
    timer->start(20);
}

void ApiServer::shutdown()
{
    m_readPool.waitForDone();
    m_pool.waitForDone();
    if (m_env.db)
        m_env.db->closeThreadConnection();
}

} // namespace okpay::server
