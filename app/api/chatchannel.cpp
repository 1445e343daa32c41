#include "api/chatchannel.h"

#include "api/apiclient.h"
#include "api/tokensource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

namespace okpay {

namespace {
constexpr int kFailuresBeforeLongPoll = 3;
constexpr int kCloseTokenExpired = 4401;
constexpr int kCloseForbidden = 4403;
constexpr int kCloseUnknownSession = 4404;
} // namespace

ChatChannel::ChatChannel(ApiClient *client, TokenSource *tokens, QObject *parent)
    : QObject(parent), m_client(client), m_tokens(tokens)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_transport == Transport::WebSocket)
            connectSocket();
        else
            poll();
    });
}

ChatChannel::~ChatChannel()
{
    close();
}

void ChatChannel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ChatChannel::open(const QString &sessionId, qint64 afterSeq, Transport transport)
{
    close();
    m_sessionId = sessionId;
    m_lastSeq = afterSeq;
    m_transport = transport;
    m_failures = 0;
    setState(State::Connecting);
    if (transport == Transport::WebSocket)
        connectSocket();
    else
        poll();
}

void ChatChannel::close()
{
    m_reconnect.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_state != State::Ended && m_state != State::Failed)
        setState(State::Idle);
}

QUrl ChatChannel::socketUrl() const
{
    QUrl url = m_client->baseUrl();
    url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/v1/chat/ws"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("session_id"), m_sessionId);
    query.addQueryItem(QStringLiteral("after_seq"), QString::number(m_lastSeq));
    url.setQuery(query);
    return url;
}

void ChatChannel::connectSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_wasConnected = false;
    QNetworkRequest request(socketUrl());
    request.setRawHeader("Authorization", "Bearer " + m_tokens->accessToken().toLatin1());
    request.setRawHeader("User-Agent", ApiClient::userAgent());
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_wasConnected = true;
        m_failures = 0;
        m_refreshedForThisFailure = false;
        setState(State::Connected);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ChatChannel::onText);
    connect(m_socket, &QWebSocket::disconnected, this, &ChatChannel::onDisconnected);
    m_socket->open(request);
}

void ChatChannel::accept(const QJsonObject &event)
{
    const bool ephemeral = event.value(u"ephemeral").toBool();
    const qint64 seq = event.value(u"seq").toInteger(-1);
    if (!ephemeral) {
        if (seq <= m_lastSeq)
            return;  // already seen (replay overlap after a reconnect)
        m_lastSeq = seq;
    }
    emit eventReceived(event);
    if (event.value(u"type").toString() == u"ended" && !ephemeral) {
        close();
        setState(State::Ended);
    }
}

void ChatChannel::onText(const QString &text)
{
    if (text.size() > 256 * 1024)
        return;  // not a chat event; never let a hostile frame grow memory
    const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
    if (event.value(u"type").isString() && event.value(u"seq").isDouble())
        accept(event);
}

void ChatChannel::onDisconnected()
{
    if (!m_socket || m_state == State::Ended)
        return;
    // The chat's end arrives as an "ended" event (handled in accept); a bare close, even with code 1000, is a
    // dropped connection to resume.
    const int code = int(m_socket->closeCode());
    if (code == kCloseForbidden || code == kCloseUnknownSession) {
        close();
        return setState(State::Failed);
    }
    if (!m_wasConnected)
        ++m_failures;
    if (code == kCloseTokenExpired && !m_refreshedForThisFailure) {
        m_refreshedForThisFailure = true;
        setState(State::Reconnecting);
        m_tokens->refreshAccessToken(this, [this](bool ok) {
            if (ok)
                connectSocket();
            else {
                close();
                setState(State::Failed);
            }
        });
        return;
    }
    if (m_failures >= kFailuresBeforeLongPoll)
        m_transport = Transport::LongPoll;  // upgrades keep failing here: a proxy, probably
    scheduleReconnect();
}

void ChatChannel::scheduleReconnect()
{
    setState(State::Reconnecting);
    const int ceiling = qMin(30'000, 500 << qMin(m_failures, 6));
    m_reconnect.start(int(QRandomGenerator::global()->bounded(ceiling / 2, ceiling + 1)));
}

void ChatChannel::poll()
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/chat/sessions/%1/events").arg(m_sessionId);
    spec.query.addQueryItem(QStringLiteral("after_seq"), QString::number(m_lastSeq));
    spec.query.addQueryItem(QStringLiteral("timeout"), QStringLiteral("25"));
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (m_transport != Transport::LongPoll || m_state == State::Ended || m_state == State::Idle)
            return;
        if (!result.ok()) {
            if (result.error->httpStatus == 404 || result.error->httpStatus == 403) {
                close();
                return setState(State::Failed);
            }
            ++m_failures;
            return scheduleReconnect();
        }
        m_failures = 0;
        setState(State::Connected);
        for (const QJsonValue &event : result.json.object().value(u"events").toArray())
            accept(event.toObject());
        if (m_state != State::Ended)
            poll();
    });
}

void ChatChannel::dropConnectionForTest()
{
    if (m_socket)
        m_socket->abort();
}

} // namespace okpay
