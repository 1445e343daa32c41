#include "http/apiresponse.h"

#include <QJsonDocument>

namespace okpay::server {

QHttpServerResponse jsonResponse(const QJsonObject &body, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse jsonResponse(QByteArray body, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), std::move(body), status);
}

QHttpServerResponse errorResponse(Status status, const QString &code, const QString &message, const QString &field)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return jsonResponse(QJsonObject{{QStringLiteral("error"), error}}, status);
}

QHttpServerResponse noContent()
{
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse tooManyRequests(int retryAfterSecs)
{
    QHttpServerResponse response = errorResponse(Status::TooManyRequests, QStringLiteral("rate_limited"),
                                                 QStringLiteral("Too many attempts; try again later"));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(qMax(1, retryAfterSecs)));
    return response;
}

QHttpServerResponse notFound(const QString &what)
{
    return errorResponse(Status::NotFound, QStringLiteral("not_found"), what);
}

QHttpServerResponse validationError(const QString &field, const QString &message, const QString &code)
{
    return errorResponse(Status::UnprocessableEntity, code, message, field);
}

} // namespace okpay::server
