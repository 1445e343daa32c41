#include "api/apicall.h"

#include "api/tokensource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace okpay {

namespace {
ApiError::Kind transportKind(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
        return ApiError::Kind::Timeout;
    default:
        return ApiError::Kind::Network;
    }
}
} // namespace

ApiCall::ApiCall(ApiClient &client, ApiRequestSpec spec, QObject *context, std::function<void(const ApiResult &)> done)
    : QObject(&client), m_client(client), m_spec(std::move(spec)), m_context(context), m_hadContext(context != nullptr),
      m_done(std::move(done))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

void ApiCall::start()
{
    if (TlsPolicy::checkServerUrl(m_client.m_baseUrl) != TlsPolicy::UrlCheck::Ok) {
        // Reported on the next turn of the event loop, like every other result.
        QTimer::singleShot(0, this, [this] {
            fail(ApiError::transport(ApiError::Kind::InsecureUrl, QStringLiteral("refusing to send over an insecure or invalid URL")));
        });
        return;
    }
    attempt();
}

void ApiCall::attempt()
{
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    QUrl url = m_client.m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + m_spec.path);
    url.setQuery(m_spec.query);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_client.m_tls.sslConfiguration());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("User-Agent", ApiClient::userAgent());
    request.setRawHeader("Accept", m_spec.rawResponse ? "*/*" : "application/json");
    request.setRawHeader("Accept-Language", m_client.m_language.toLatin1().replace('_', '-'));
    if (m_spec.authenticated && m_client.m_tokens) {
        const QString token = m_client.m_tokens->accessToken();
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    if (!m_spec.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_spec.idempotencyKey);
    QByteArray body = m_spec.rawBody;
    if (m_spec.json) {
        body = QJsonDocument(*m_spec.json).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    } else if (!m_spec.contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    }

    QNetworkReply *reply = m_client.m_network->sendCustomRequest(request, m_spec.method, body);
    m_reply = reply;
    m_client.m_tls.watch(reply);
    const qint64 limit = m_client.m_maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, limit](qint64 received, qint64 total) {
        if (received > limit || total > limit) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    m_timeout.start(m_client.m_timeoutMs);
}

ApiError ApiCall::errorFromReply(QNetworkReply *reply, const QByteArray &body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_tooLarge)
        return ApiError::transport(ApiError::Kind::TooLarge, QStringLiteral("response over the size limit"));
    if (m_timedOut)
        return ApiError::transport(ApiError::Kind::Timeout, QStringLiteral("no answer within %1 ms").arg(m_client.m_timeoutMs));
    if (reply->property("okpayPinMismatch").toBool())
        return ApiError::transport(ApiError::Kind::Tls, QStringLiteral("certificate key does not match the pinned keys"));
    if (status == 0)
        return ApiError::transport(transportKind(reply->error()), reply->errorString());
    ApiError error = ApiError::fromReply(status, body);
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok && retryAfter > 0)
        error.retryAfterSecs = qMin(retryAfter, 86400);
    return error;
}

void ApiCall::onFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_tooLarge || m_timedOut ? QByteArray() : reply->readAll();

    if (status >= 200 && status < 300 && !m_tooLarge && !m_timedOut) {
        ApiResult result;
        result.httpStatus = status;
        result.attempts = m_attempts;
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        if (m_spec.rawResponse) {
            result.body = body;
        } else if (!body.isEmpty()) {
            QJsonParseError parseError;
            result.json = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError || result.json.isNull()) {
                ApiError error = ApiError::transport(ApiError::Kind::Malformed, QStringLiteral("invalid JSON: ") + parseError.errorString());
                error.httpStatus = status;
                return fail(error);
            }
        }
        return finish(result);
    }

    ApiError error = errorFromReply(reply, body);
    if (error.kind == ApiError::Kind::Http && status == 401 && m_spec.authenticated && !m_refreshed && m_client.m_tokens) {
        m_refreshed = true;  // exactly one refresh per request, then the 401 stands
        m_client.m_tokens->refreshAccessToken(this, [this, error](bool refreshed) {
            if (refreshed)
                attempt();
            else
                fail(error);
        });
        return;
    }
    const bool safe = m_spec.method == "GET" || !m_spec.idempotencyKey.isEmpty() || m_spec.carriesClientId;
    if (const auto delay = m_client.m_retry.delayBeforeRetry(error, m_attempts, safe)) {
        QTimer::singleShot(*delay, this, &ApiCall::attempt);
        return;
    }
    fail(error);
}

void ApiCall::fail(ApiError error)
{
    error.method = m_spec.method;
    error.path = m_spec.path;
    ApiResult result;
    result.httpStatus = error.httpStatus;
    result.attempts = m_attempts;
    result.error = error;
    finish(result);
}

void ApiCall::finish(ApiResult result)
{
    if (!m_hadContext || m_context)
        m_done(result);
    deleteLater();
}

} // namespace okpay
