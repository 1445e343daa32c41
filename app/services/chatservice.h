#pragma once
#include "api/chatchannel.h"
#include "api/apierror.h"
#include "services/chatfollowup.h"
#include "services/chatmessagemodel.h"
#include "services/chatoutgoing.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace okpay {

class ApiClient;
class ChatStore;
class Clock;
class OutboxSender;
class OutboxStore;
class TokenSource;
struct ChatEvent;

// The signed-in user's live chat with support: starts a session (or resumes the open one from the cache after a
// restart, from the last applied sequence number), follows it over the ChatChannel (queue position, agent joined,
// messages, typing, read markers, end), sends the user's messages and images through the outbox (client_id,
// exactly once, across reconnects and restarts), and afterwards rates the chat and keeps its transcript. Outside
// chat hours it turns the typed text into a ticket ("leave a message").
class ChatService : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Queued, Active, Ended, Closed, Failed };
    Q_ENUM(State)
    ChatService(ApiClient *client, TokenSource *tokens, ChatStore *store, OutboxStore *outbox, OutboxSender *sender,
                const Clock &clock, QObject *parent = nullptr);
    ~ChatService() override;

    State state() const { return m_state; }
    QString errorText() const { return m_error; }  // why Failed or Closed, in the user's language
    QString sessionId() const { return m_sessionId; }
    int queuePosition() const { return m_position; }     // 0 when not queued
    int estimatedWaitSecs() const { return m_waitSecs; }  // -1 when unknown
    QString agentName() const { return m_agentName; }
    bool agentVerified() const { return m_agentVerified; }  // announced by the OKPay server, not claimed in a message
    bool agentTyping() const { return m_agentTyping; }
    bool isReconnecting() const { return m_reconnecting; }
    QString pendingText() const { return m_firstMessage; }  // what the user typed before the chat could start
    ChatMessageModel *messages() { return &m_model; }
    ChatFollowUp *followUp() { return &m_followUp; }  // rating and transcript of the chat
    ChatOutgoing *outgoing() { return &m_outgoing; }  // images to attach, "Try again" and "Discard" on failed messages

    bool resume();  // reopens the newest open chat of the cache (true if one is open now); false if there is none
    void start(const QString &firstMessage, const QString &topic = {});
    void retryStart();
    void reset();  // after an ended, closed or failed chat: back to Idle, ready for a new one
    void setOutsideHours(const QString &reason);  // the contact panel knows chat is closed: offer a ticket at once
    bool send(const QString &text);  // with the images attached so far; false if nothing could be queued
    void userTyping();  // call on every edit of the input; sends "typing" at most every 3 s and "stopped" after a pause
    void markRead();    // the user has seen everything shown
    void end();  // then followUp(): rating and transcript (fetched and saved by itself when the chat ends)
    void leaveMessage(const QString &text);

    void applyEvent(const QJsonObject &event);  // what the channel delivers (public for tests of hostile input)
    void dropConnectionForTest() { m_channel.dropConnectionForTest(); }

signals:
    void stateChanged(okpay::ChatService::State state);
    void queueChanged(int position, int estimatedWaitSecs);
    void agentChanged(const QString &name, bool verified);
    void agentTypingChanged(bool typing);
    void connectionChanged(bool reconnecting);
    void agentMessageArrived(qint64 seq);
    void errorOccurred(const QString &message);  // a request that failed; the state stays
    void messageLeft(const QString &outboxId);  // the leave-a-message ticket is in the outbox

private:
    void setState(State state);
    void clearSession();
    bool restorePendingStart();
    void adoptSession(const QJsonObject &session);
    void keepSession(const QJsonObject &session, bool save = true);
    void applySession(const QJsonObject &session);
    void applyParsed(const ChatEvent &event);
    void setAgent(const QString &name, bool verified);
    void setQueue(int position, int waitSecs);
    void setAgentTyping(bool typing);
    void onChannelState(ChatChannel::State state);
    void refreshSession();
    void sendTyping(bool typing);
    void call(const QByteArray &method, const QString &path, std::optional<QJsonObject> body,
              std::function<void(const QJsonObject &reply)> done, std::function<void(const ApiError &error)> failed = {});

    ApiClient *m_client;
    ChatStore *m_store;
    const Clock &m_clock;
    ChatChannel m_channel;
    ChatMessageModel m_model;
    ChatOutgoing m_outgoing;
    ChatFollowUp m_followUp;
    State m_state = State::Idle;
    QString m_error;
    QString m_sessionId;
    QJsonObject m_session;  // the server's last ChatSession, kept up to date by events
    QString m_startClientId;
    QString m_topic;
    QString m_firstMessage;
    int m_position = 0;
    int m_waitSecs = -1;
    QString m_agentName;
    bool m_agentVerified = false;
    bool m_agentTyping = false;
    bool m_reconnecting = false;
    bool m_everConnected = false;
    QTimer m_agentTypingExpiry;
    QTimer m_typingStop;
    QElapsedTimer m_typingSentAt;
    bool m_typingSent = false;
    qint64 m_readSent = 0;
    bool m_transcriptRequested = false;
};

} // namespace okpay
