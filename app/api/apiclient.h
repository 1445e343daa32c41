#pragma once
#include "api/apierror.h"
#include "api/retrypolicy.h"
#include "api/tlspolicy.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace okpay {

class TokenSource;

// One request to the OKPay API.
struct ApiRequestSpec
{
    QByteArray method = "GET";
    QString path;  // "/v1/wallet/balances"
    QUrlQuery query;
    std::optional<QJsonObject> json;
    QByteArray rawBody;  // uploads; with contentType
    QByteArray contentType;
    QByteArray idempotencyKey;     // money-moving POSTs: makes them safe to repeat
    bool carriesClientId = false;  // outbox writes de-duplicated by client_id: safe to repeat
    bool authenticated = true;
    bool rawResponse = false;  // downloads: the body is kept as bytes in ApiResult::body, not parsed as JSON
};

struct ApiResult
{
    std::optional<ApiError> error;  // empty on success
    int httpStatus = 0;
    QJsonDocument json;  // the parsed body on success (null for 204)
    QHash<QByteArray, QByteArray> headers;  // lower-case names
    int attempts = 0;
    QByteArray body{};  // the bytes on success, for a rawResponse request only
    bool ok() const { return !error.has_value(); }
};

// The REST client on one injected QNetworkAccessManager: adds identity headers and the bearer token, enforces the
// TLS policy, times out, limits the response size, retries what is safe to retry (RetryPolicy), and refreshes the
// access token once on a 401. Results arrive on the caller's thread; a callback is dropped if its context died.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *network, QUrl baseUrl, TokenSource *tokens, QObject *parent = nullptr);

    void setTlsPolicy(const TlsPolicy &policy) { m_tls = policy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setLanguage(const QString &language) { m_language = language; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    const QUrl &baseUrl() const { return m_baseUrl; }
    static QByteArray userAgent();

    void send(const ApiRequestSpec &spec, QObject *context, std::function<void(const ApiResult &)> done);

private:
    friend class ApiCall;
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    TokenSource *m_tokens;
    TlsPolicy m_tls;
    RetryPolicy m_retry;
    QString m_language = QStringLiteral("en");
    int m_timeoutMs = 30'000;
    qint64 m_maxResponseBytes = 10 * 1024 * 1024;
};

} // namespace okpay
