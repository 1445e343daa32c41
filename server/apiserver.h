#pragma once
#include "config/serverconfig.h"
#include "http/apienv.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace okpay {
class Clock;
}

namespace okpay::server {

class ApiRouter;

// The whole server: database and migrations, the worker pool, shared services and every area's routes.
class ApiServer
{
public:
    ApiServer(std::shared_ptr<Database> db, ServerConfig config, const Clock &clock);
    ~ApiServer();

    // Runs the migrations; false with a reason when the schema cannot be brought up to date.
    bool migrate(QString *error);
    bool enableTls(const QString &certFile, const QString &keyFile, QString *error);
    // Returns the bound port, 0 on failure.
    quint16 listen(const QHostAddress &host, quint16 port);
    // Graceful stop: closes the listening sockets, lets in-flight requests finish and their responses go out
    // (the event loop keeps running meanwhile), then calls done. Gives up waiting after 25 s.
    void beginShutdown(std::function<void()> done);
    // Waits for handlers still on the pool, then closes the database connections.
    void shutdown();

    const ApiEnv &env() const { return m_env; }
    QHttpServer &http() { return m_http; }
    bool tls() const { return m_tls; }

private:
    void registerRoutes();
    ServerConfig m_config;
    ApiEnv m_env;
    QThreadPool m_pool;
    QThreadPool m_readPool;  // ApiRouter::addRead
    QHttpServer m_http;
    std::unique_ptr<ApiRouter> m_router;
    struct Services;
    std::unique_ptr<Services> m_services;
    bool m_tls = false;
};

} // namespace okpay::server
