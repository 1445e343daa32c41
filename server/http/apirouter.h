#pragma once
#include "http/apirequest.h"
#include "http/apiresponse.h"

#include <QHttpServer>
#include <functional>

class QThreadPool;

namespace okpay::server {

struct ApiEnv;

// Who may call a route.
enum class Access { Public, OptionalUser, User, VerifiedUser, Agent };
// What the body must be: JSON (415 otherwise, when there is a body), anything (uploads), or nothing.
enum class BodyKind { Json, Any };

// Registers API routes on QHttpServer. Each request is copied into an ApiRequest on the event loop, checked for size
// and content type, then handled on a worker pool (database work never runs on the event loop): the bearer token
// is verified, the handler runs with this thread's database connection, and failures become JSON errors.
// Two pools: the general one, and a read lane for the quick indexed reads every sync makes (addRead). A lane of one
// thread on SQLite stays busy and takes requests back to back instead of waking a sleeping worker for each: the
// balances went from a third to a half of /healthz's rate. Slow work (password hashing, uploads) never queues there.
class ApiRouter
{
public:
    using Handler = std::function<QHttpServerResponse(const ApiRequest &)>;
    using IdHandler = std::function<QHttpServerResponse(const ApiRequest &, const QString &id)>;

    ApiRouter(QHttpServer &http, QThreadPool &pool, QThreadPool &readPool, const ApiEnv &env)
        : m_http(http), m_pool(pool), m_readPool(readPool), m_env(env) {}

    void add(QHttpServerRequest::Method method, const QString &path, Access access, Handler handler,
             BodyKind body = BodyKind::Json, qint64 maxBody = 64 * 1024);
    // path contains one "<arg>" (an object id, checked against the contract's Id pattern before the handler runs).
    void addWithId(QHttpServerRequest::Method method, const QString &path, Access access, IdHandler handler,
                   BodyKind body = BodyKind::Json, qint64 maxBody = 64 * 1024);

    // A GET without a body that reads a few indexed rows (and at most now and then settles something due): the
    // read lane.
    void addRead(const QString &path, Access access, Handler handler);

    static bool isValidId(const QString &id);

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder, Access access, BodyKind body,
                  qint64 maxBody, Handler handler, QThreadPool &pool);
    QHttpServer &m_http;
    QThreadPool &m_pool;
    QThreadPool &m_readPool;
    const ApiEnv &m_env;
};

} // namespace okpay::server
