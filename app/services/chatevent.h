#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace okpay {

// One chat push event (openapi.yaml ChatEvent) after checking every field the client uses: a wrong type, a value
// out of range, an unknown event type or a missing payload makes the whole event unreadable (nullopt), and strings
// are capped, so hostile or broken JSON from the channel is ignored instead of shown or trusted.
struct ChatEvent
{
    enum class Type { Message, Typing, Read, AgentJoined, QueuePosition, Ended };

    Type type = Type::Message;
    QString sessionId;
    qint64 seq = 0;
    bool ephemeral = false;
    QDateTime sentAt;     // invalid when the server did not say
    QJsonObject message;  // Message: a clean ChatMessage (see cleanMessage)
    QString authorRole;   // Typing, Read: "user", "agent" or "system"
    bool isTyping = false;
    qint64 upToSeq = 0;   // Read: never above the event's own seq
    QString agentId;      // AgentJoined
    QString agentName;
    int position = 0;     // QueuePosition (1-based)
    int waitSecs = -1;    // QueuePosition; -1 when the server has no estimate
    QString endedBy;      // Ended: "user", "agent" or "system"

    static std::optional<ChatEvent> read(const QJsonObject &event);
    // A ChatMessage reduced to the fields the client shows, each checked; nullopt when unusable.
    static std::optional<QJsonObject> cleanMessage(const QJsonObject &message);
};

} // namespace okpay
