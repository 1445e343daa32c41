#include "http/apirouter.h"

#include "auth/tokenservice.h"
#include "http/apienv.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QPointer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcRequest, "okpay.request")

namespace okpay::server {

namespace {
bool isJson(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    return mime == "application/json";
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    default: return QStringLiteral("OTHER");
    }
}

QHttpServerResponse withStandardHeaders(QHttpServerResponse &&response)
{
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    if (!response.hasHeader(QByteArrayLiteral("Cache-Control")))
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return std::move(response);
}

QHttpServerResponse authenticateAndRun(ApiRequest &request, Access access, const ApiRouter::Handler &handler)
{
    if (access != Access::Public) {
        const QByteArray authorization = request.header("authorization");
        if (authorization.startsWith("Bearer "))
            request.auth = request.env->tokens->authenticate(request.db(), authorization.mid(7).trimmed());
        if (!request.auth && access != Access::OptionalUser)
            return errorResponse(Status::Unauthorized, QStringLiteral("unauthorized"),
                                 QStringLiteral("A valid access token is required"));
        if (access == Access::Agent && !request.auth->isAgent())
            return errorResponse(Status::Forbidden, QStringLiteral("forbidden"), QStringLiteral("Agents only"));
        if (access == Access::VerifiedUser && !request.auth->emailVerified)
            return errorResponse(Status::Forbidden, QStringLiteral("email_unverified"),
                                 QStringLiteral("Verify your email address before moving money"));
    }
    return handler(request);
}
} // namespace

bool ApiRouter::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

// Responder-based rather than QFuture-based: QtHttpServer 6.4 crashes when a future completes after its client went
// away (seen under wrk). The responder is written on the event loop, and only while its socket still exists.
void ApiRouter::dispatch(const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder, Access access,
                         BodyKind body, qint64 maxBody, Handler handler, QThreadPool &pool)
{
    ApiRequest request = ApiRequest::from(httpRequest);
    request.env = &m_env;
    if (request.body.size() > maxBody) {
        withStandardHeaders(errorResponse(Status::PayloadTooLarge, QStringLiteral("payload_too_large"),
                                          QStringLiteral("The request body is larger than %1 bytes").arg(maxBody)))
            .write(std::move(responder));
        return;
    }
    if (body == BodyKind::Json && !request.body.isEmpty() && !isJson(request.header("content-type"))) {
        withStandardHeaders(errorResponse(Status::UnsupportedMediaType, QStringLiteral("unsupported_media_type"),
                                          QStringLiteral("Send the body as application/json")))
            .write(std::move(responder));
        return;
    }

    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket(pending->socket());
    QObject *eventLoop = &m_http;
    pool.start([request = std::move(request), access, handler = std::move(handler), pending, socket, eventLoop]() mutable {
        QElapsedTimer timer;
        timer.start();
        QHttpServerResponse response = [&] {
            try {
                return authenticateAndRun(request, access, handler);
            } catch (const std::exception &e) {
                qCWarning(lcRequest).noquote() << QStringLiteral("event=handler_error method=%1 path=%2 error=\"%3\"")
                                                      .arg(methodName(request.method), request.path,
                                                           QString::fromUtf8(e.what()).left(300));
                return errorResponse(Status::InternalServerError, QStringLiteral("internal_error"),
                                     QStringLiteral("Something went wrong on our side; please try again"));
            }
        }();
        // Structured access log: no query strings, headers or bodies (they may hold tokens, card numbers, messages).
        qCInfo(lcRequest).noquote() << QStringLiteral("event=request method=%1 path=%2 status=%3 ms=%4 user=%5")
                                           .arg(methodName(request.method), request.path)
                                           .arg(int(response.statusCode()))
                                           .arg(timer.elapsed())
                                           .arg(request.auth ? request.auth->userId : QStringLiteral("-"));
        auto ready = std::make_shared<QHttpServerResponse>(withStandardHeaders(std::move(response)));
        QMetaObject::invokeMethod(eventLoop, [pending = std::move(pending), socket, ready] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                ready->write(std::move(*pending));
        }, Qt::QueuedConnection);
    });
}

void ApiRouter::add(QHttpServerRequest::Method method, const QString &path, Access access, Handler handler,
                    BodyKind body, qint64 maxBody)
{
    m_http.route(path, method, [this, access, body, maxBody, handler](const QHttpServerRequest &request,
                                                                      QHttpServerResponder &&responder) {
        dispatch(request, std::move(responder), access, body, maxBody, handler, m_pool);
    });
}

void ApiRouter::addRead(const QString &path, Access access, Handler handler)
{
    m_http.route(path, QHttpServerRequest::Method::Get, [this, access, handler](const QHttpServerRequest &request,
                                                                                QHttpServerResponder &&responder) {
        dispatch(request, std::move(responder), access, BodyKind::Json, 64 * 1024, handler, m_readPool);
    });
}

void ApiRouter::addWithId(QHttpServerRequest::Method method, const QString &path, Access access, IdHandler handler,
                          BodyKind body, qint64 maxBody)
{
    m_http.route(path, method, [this, access, body, maxBody, handler](const QString &id, const QHttpServerRequest &request,
                                                                      QHttpServerResponder &&responder) {
        if (!isValidId(id)) {
            withStandardHeaders(notFound()).write(std::move(responder));
            return;
        }
        dispatch(request, std::move(responder), access, body, maxBody, [handler, id](const ApiRequest &r) { return handler(r, id); },
                 m_pool);
    });
}

} // namespace okpay::server
