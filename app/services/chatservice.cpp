#include "services/chatservice.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "core/clock.h"
#include "services/chatevent.h"
#include "store/chatstore.h"

#include <QLocale>
#include <QUuid>

namespace okpay {

namespace {
constexpr int kTypingEveryMs = 3000;   // openapi.yaml: "Send at most every 3 seconds"
constexpr int kTypingPauseMs = 4000;   // no keystroke for this long: "stopped typing"
constexpr int kAgentTypingMs = 8000;   // an agent "typing" that is not repeated fades out

QString apiLocale()
{
    return QLocale().name().startsWith(u"zh") ? QStringLiteral("zh_CN") : QStringLiteral("en");
}
} // namespace

ChatService::ChatService(ApiClient *client, TokenSource *tokens, ChatStore *store, OutboxStore *outbox, OutboxSender *sender,
                         const Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_clock(clock), m_channel(client, tokens),
      m_outgoing(outbox, sender, clock, &m_model), m_followUp(client, store)
{
    m_model.setLocale(QLocale());
    connect(&m_channel, &ChatChannel::eventReceived, this, &ChatService::applyEvent);
    connect(&m_channel, &ChatChannel::stateChanged, this, &ChatService::onChannelState);
    m_agentTypingExpiry.setSingleShot(true);
    connect(&m_agentTypingExpiry, &QTimer::timeout, this, [this] { setAgentTyping(false); });
    m_typingStop.setSingleShot(true);
    connect(&m_typingStop, &QTimer::timeout, this, [this] {
        if (m_typingSent)
            sendTyping(false);
    });
}

ChatService::~ChatService()
{
    m_channel.disconnect(this);
    m_channel.close();
}

void ChatService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state != State::Queued)
        setQueue(0, -1);
    if (state == State::Ended) {
        m_channel.close();
        m_typingStop.stop();
        setAgentTyping(false);
        if (!m_transcriptRequested) {
            m_transcriptRequested = true;
            m_followUp.fetchTranscript();
        }
    }
    emit stateChanged(state);
}

void ChatService::call(const QByteArray &method, const QString &path, std::optional<QJsonObject> body,
                       std::function<void(const QJsonObject &)> done, std::function<void(const ApiError &)> failed)
{
    ApiRequestSpec spec;
    spec.method = method;
    spec.path = path;
    spec.json = std::move(body);
    spec.carriesClientId = spec.json && spec.json->contains(u"client_id");
    m_client->send(spec, this, [done = std::move(done), failed = std::move(failed)](const ApiResult &result) {
        if (result.ok()) {
            if (done)
                done(result.json.object());
        } else if (failed) {
            failed(*result.error);
        }
    });
}

bool ChatService::resume()
{
    if (m_state == State::Starting || m_state == State::Queued || m_state == State::Active)
        return true;  // already following it
    const auto cached = m_store->latestOpen();
    if (!cached)
        return restorePendingStart();
    m_channel.close();
    m_model.clear();
    m_sessionId = cached->id;
    m_transcriptRequested = false;
    keepSession(cached->json, false);
    m_readSent = 0;
    for (const QJsonObject &message : m_store->messages(m_sessionId))
        m_model.addMessage(message);
    m_model.setReadUpTo(cached->agentReadSeq);
    m_outgoing.setSession(m_sessionId);
    applySession(m_session);
    if (m_state != State::Ended) {
        m_channel.open(m_sessionId, cached->lastSeq);
        refreshSession();
    }
    return true;
}

// A chat that had not started when the app stopped: shown as failed with its message, to try again with the same
// client id (the server then hands back the chat if it did get it, so it is never started twice).
bool ChatService::restorePendingStart()
{
    const auto pending = m_store->pendingStart();
    if (!pending || m_state != State::Idle)
        return false;
    const QString clientId = pending->value(u"client_id").toString();
    if (clientId.isEmpty() || clientId.size() > 64) {
        m_store->savePendingStart({});
        return false;
    }
    m_startClientId = clientId;
    m_firstMessage = pending->value(u"first_message").toString().left(10000);
    m_topic = pending->value(u"topic").toString().left(200);
    m_error = tr("Your chat had not started when OKPay Wallet closed. Your message is kept: try again.");
    if (!m_firstMessage.isEmpty())
        m_model.setPending(QList<ChatMessageModel::PendingMessage>{ChatMessageModel::PendingMessage{{}, {}, m_firstMessage, {}, m_clock.now(), ChatMessageModel::Delivery::Failed, m_error}});
    setState(State::Failed);
    return false;  // nothing to follow yet
}

void ChatService::start(const QString &firstMessage, const QString &topic)
{
    if (m_state == State::Starting)
        return;
    if (m_state == State::Queued || m_state == State::Active) {
        send(firstMessage);  // a chat is open already: this is just the next message
        return;
    }
    clearSession();
    m_firstMessage = firstMessage.trimmed();
    m_topic = topic.trimmed();
    m_startClientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store->savePendingStart({{QStringLiteral("client_id"), m_startClientId},
                               {QStringLiteral("first_message"), m_firstMessage},
                               {QStringLiteral("topic"), m_topic}});
    retryStart();
}

void ChatService::reset()
{
    if (m_state == State::Starting || m_state == State::Queued || m_state == State::Active)
        return;
    clearSession();
    m_firstMessage.clear();
    m_startClientId.clear();
    m_store->savePendingStart({});
    m_error.clear();
    setState(State::Idle);
}

void ChatService::clearSession()
{
    m_channel.close();
    if (!m_sessionId.isEmpty())
        m_outgoing.setSession({});
    m_model.clear();
    m_sessionId.clear();
    keepSession({}, false);
    setAgent({}, false);
    m_transcriptRequested = false;
    m_readSent = 0;
}

void ChatService::retryStart()
{
    if (m_startClientId.isEmpty())
        return;
    m_error.clear();
    setState(State::Starting);
    if (!m_firstMessage.isEmpty())
        m_model.setPending(QList<ChatMessageModel::PendingMessage>{ChatMessageModel::PendingMessage{{}, {}, m_firstMessage, {}, m_clock.now(), ChatMessageModel::Delivery::Sending, {}}});
    // The agent sees the subject in the queue: the topic, or the start of the question.
    QString subject = m_topic.isEmpty() ? m_firstMessage.section(u'\n', 0, 0).left(80).trimmed() : m_topic.left(200);
    if (subject.isEmpty())
        subject = tr("Live chat");
    // The first message goes through the outbox once the session exists, so it is sent exactly once like the rest.
    call("POST", QStringLiteral("/v1/chat/sessions"),
         QJsonObject{{QStringLiteral("client_id"), m_startClientId}, {QStringLiteral("subject"), subject}, {QStringLiteral("locale"), apiLocale()}},
         [this](const QJsonObject &session) { adoptSession(session); },
         [this](const ApiError &error) {
             if (m_state != State::Starting)
                 return;
             m_model.setPending(QList<ChatMessageModel::PendingMessage>());
             if (error.code == u"support_closed") {
                 m_error = ApiErrorText::codeMessage(error);
                 m_startClientId.clear();
                 m_store->savePendingStart({});  // no chat now: the closed state offers to leave the message
                 return setState(State::Closed);
             }
             m_error = ApiErrorText::userMessage(error);
             if (!m_firstMessage.isEmpty())
                 m_model.setPending(QList<ChatMessageModel::PendingMessage>{ChatMessageModel::PendingMessage{{}, {}, m_firstMessage, {}, m_clock.now(), ChatMessageModel::Delivery::Failed, m_error}});
             setState(State::Failed);
         });
}

void ChatService::adoptSession(const QJsonObject &session)
{
    const QString id = session.value(u"id").toString();
    if (m_state != State::Starting)
        return;
    if (id.isEmpty() || id.size() > 64) {
        m_error = tr("The chat could not be started: the server's answer was not understood.");
        return setState(State::Failed);
    }
    m_sessionId = id;
    m_startClientId.clear();
    keepSession(session);
    const auto cached = m_store->session(id);  // the server may hand back a chat this app already follows
    m_model.setPending(QList<ChatMessageModel::PendingMessage>());
    for (const QJsonObject &message : m_store->messages(id))
        m_model.addMessage(message);
    if (cached)
        m_model.setReadUpTo(cached->agentReadSeq);
    m_outgoing.setSession(id);
    applySession(session);
    m_channel.open(id, cached ? cached->lastSeq : 0);
    if (!m_firstMessage.isEmpty() && m_outgoing.send(m_firstMessage))
        m_firstMessage.clear();
    if (m_firstMessage.isEmpty())
        m_store->savePendingStart({});  // the server has the chat and the outbox the message
}

void ChatService::keepSession(const QJsonObject &session, bool save)
{
    m_session = session;
    if (save)
        m_store->saveSession(session);
    m_followUp.setSession(session);
}

void ChatService::applySession(const QJsonObject &session)
{
    const QString status = session.value(u"status").toString();
    const QJsonObject agent = session.value(u"agent").toObject();
    const QString agentName = agent.value(u"display_name").toString().left(100).trimmed();
    if (!agentName.isEmpty() && !agent.value(u"id").toString().isEmpty())
        setAgent(agentName, true);
    if (status == u"ended")
        return setState(State::Ended);
    if (status == u"active")
        return setState(State::Active);
    setState(State::Queued);
    const int position = session.value(u"queue_position").toInt();
    setQueue(position >= 1 && position <= 100000 ? position : 0, m_waitSecs);
}

void ChatService::refreshSession()
{
    const QString id = m_sessionId;
    call("GET", QStringLiteral("/v1/chat/sessions/%1").arg(id), std::nullopt,
         [this, id](const QJsonObject &session) {
             if (id != m_sessionId || session.value(u"id").toString() != id)
                 return;
             keepSession(session);
             applySession(session);
         },
         [this, id](const ApiError &error) {
             if (id != m_sessionId || error.httpStatus != 404)
                 return;  // offline: the cached state stands until the channel is back
             m_store->setStatus(id, QStringLiteral("ended"));
             m_error = tr("This chat is no longer available. Start a new chat if you still need help.");
             m_channel.close();
             setState(State::Failed);
         });
}

void ChatService::setOutsideHours(const QString &reason)
{
    if (m_state == State::Starting || m_state == State::Queued || m_state == State::Active)
        return;
    m_error = reason;
    setState(State::Closed);
}

bool ChatService::send(const QString &text)
{
    if (m_state != State::Queued && m_state != State::Active)
        return false;
    m_typingStop.stop();
    if (m_typingSent)
        sendTyping(false);
    return m_outgoing.send(text);
}

void ChatService::userTyping()
{
    if (m_state != State::Queued && m_state != State::Active)
        return;
    if (!m_typingSent || m_typingSentAt.elapsed() >= kTypingEveryMs)
        sendTyping(true);
    m_typingStop.start(kTypingPauseMs);
}

void ChatService::sendTyping(bool typing)
{
    m_typingSent = typing;
    if (typing)
        m_typingSentAt.restart();
    // Ephemeral: a lost "typing" does not matter, so it is neither queued nor retried.
    call("POST", QStringLiteral("/v1/chat/sessions/%1/typing").arg(m_sessionId), QJsonObject{{QStringLiteral("is_typing"), typing}}, {});
}

void ChatService::markRead()
{
    const qint64 upTo = m_model.lastAgentSeq();
    if (m_sessionId.isEmpty() || upTo <= m_readSent)
        return;
    const qint64 before = m_readSent;
    m_readSent = upTo;
    const QString id = m_sessionId;
    call("POST", QStringLiteral("/v1/chat/sessions/%1/read").arg(id), QJsonObject{{QStringLiteral("up_to_seq"), upTo}}, {},
         [this, id, before, upTo](const ApiError &) {
             if (id == m_sessionId && m_readSent == upTo)
                 m_readSent = before;  // say it again next time
         });
}

void ChatService::end()
{
    if (m_sessionId.isEmpty() || m_state == State::Ended)
        return;
    const QString id = m_sessionId;
    call("POST", QStringLiteral("/v1/chat/sessions/%1/end").arg(id), QJsonObject{},
         [this, id](const QJsonObject &session) {
             if (id != m_sessionId)
                 return;
             keepSession(session);
             applySession(session);
         },
         [this](const ApiError &error) { emit errorOccurred(ApiErrorText::userMessage(error)); });
}

void ChatService::leaveMessage(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const QString id = m_outgoing.enqueueTicket(tr("Message left outside live chat hours"), text);
    if (id.isEmpty())
        return emit errorOccurred(tr("The message could not be saved on this computer. Copy it and try again later."));
    m_firstMessage.clear();
    emit messageLeft(id);
}

void ChatService::applyEvent(const QJsonObject &raw)
{
    const auto event = ChatEvent::read(raw);
    if (!event || m_sessionId.isEmpty() || event->sessionId != m_sessionId)
        return;  // unreadable, or about another chat: ignored
    applyParsed(*event);
    if (!event->ephemeral)
        m_store->advanceLastSeq(m_sessionId, event->seq);  // after the event's data is stored: a crash replays it
}

void ChatService::applyParsed(const ChatEvent &event)
{
    switch (event.type) {
    case ChatEvent::Type::Message: {
        m_store->addMessage(m_sessionId, event.message);
        m_model.addMessage(event.message);
        if (event.message.value(u"author_role").toString() == u"user") {
            m_outgoing.refresh();  // its outbox item is done
        } else {
            setAgentTyping(false);
            emit agentMessageArrived(event.message.value(u"seq").toInteger());
        }
        break;
    }
    case ChatEvent::Type::Read:
        if (event.authorRole == u"agent") {
            m_store->advanceAgentReadSeq(m_sessionId, event.upToSeq);
            m_model.setReadUpTo(event.upToSeq);
        }
        break;
    case ChatEvent::Type::Typing:
        if (event.authorRole == u"agent" && m_state == State::Active) {
            setAgentTyping(event.isTyping);
            if (event.isTyping)
                m_agentTypingExpiry.start(kAgentTypingMs);
        }
        break;
    case ChatEvent::Type::AgentJoined:
        m_session.insert(QStringLiteral("status"), QStringLiteral("active"));
        m_session.insert(QStringLiteral("queue_position"), QJsonValue());
        m_session.insert(QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), event.agentId}, {QStringLiteral("display_name"), event.agentName}});
        keepSession(m_session);
        setAgent(event.agentName, true);
        if (m_state == State::Queued || m_state == State::Starting)
            setState(State::Active);
        break;
    case ChatEvent::Type::QueuePosition:
        if (m_state == State::Queued)
            setQueue(event.position, event.waitSecs);
        break;
    case ChatEvent::Type::Ended:
        m_session.insert(QStringLiteral("status"), QStringLiteral("ended"));
        m_session.insert(QStringLiteral("ended_by"), event.endedBy);
        if (event.sentAt.isValid())
            m_session.insert(QStringLiteral("ended_at"), event.sentAt.toUTC().toString(Qt::ISODateWithMs));
        keepSession(m_session);
        setState(State::Ended);
        break;
    }
}

void ChatService::setAgent(const QString &name, bool verified)
{
    if (m_agentName == name && m_agentVerified == verified)
        return;
    m_agentName = name;
    m_agentVerified = verified;
    emit agentChanged(name, verified);
}

void ChatService::setQueue(int position, int waitSecs)
{
    if (m_position == position && m_waitSecs == waitSecs)
        return;
    m_position = position;
    m_waitSecs = waitSecs;
    emit queueChanged(position, waitSecs);
}

void ChatService::setAgentTyping(bool typing)
{
    if (!typing)
        m_agentTypingExpiry.stop();
    if (m_agentTyping == typing)
        return;
    m_agentTyping = typing;
    emit agentTypingChanged(typing);
}

void ChatService::onChannelState(ChatChannel::State state)
{
    bool reconnecting = false;
    switch (state) {
    case ChatChannel::State::Connected:
        m_everConnected = true;
        m_outgoing.sendNow();  // what waited in the outbox while the connection was down goes now
        break;
    case ChatChannel::State::Connecting:
    case ChatChannel::State::Reconnecting:
        reconnecting = m_everConnected;  // the first connection is part of starting, not a reconnect
        break;
    case ChatChannel::State::Failed:
        refreshSession();  // gone (404) → Failed with a reason; otherwise the cached state stands
        break;
    case ChatChannel::State::Idle:
    case ChatChannel::State::Ended:
        break;
    }
    if (m_reconnecting != reconnecting) {
        m_reconnecting = reconnecting;
        emit connectionChanged(reconnecting);
    }
}

} // namespace okpay
