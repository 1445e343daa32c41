#pragma once
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QSqlDatabase>
#include <QUrlQuery>

namespace okpay::server {

struct ApiEnv;

// Who is calling, once the bearer token has been checked.
struct AuthContext
{
    QString userId;
    QString sessionId;
    QString role;  // "user" or "agent"
    bool emailVerified = false;
    bool isAgent() const { return role == u"agent"; }
};

// A copy of everything a handler needs from the HTTP request, safe to use on a worker thread after the
// QHttpServerRequest is gone, plus the caller's identity and the server environment.
struct ApiRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;  // as received: copied on the event loop without reshaping
    QByteArray body;
    QHostAddress peer;
    std::optional<AuthContext> auth;
    const ApiEnv *env = nullptr;

    static ApiRequest from(const QHttpServerRequest &request);
    QByteArray header(const QByteArray &lowerCaseName) const;  // the first with that name, any case
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    const QString &userId() const { return auth->userId; }  // only for routes that require a user
    QSqlDatabase db() const;
};

} // namespace okpay::server
