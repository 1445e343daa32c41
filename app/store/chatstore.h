#pragma once
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace okpay {

// One live chat as the cache remembers it: the server's last description of the session, the highest persisted
// event seq already applied (where the push channel resumes), and how far the agent has read the user's messages.
struct CachedChatSession
{
    QString id;
    QString status;  // queued, active, ended
    QJsonObject json;
    qint64 lastSeq = 0;
    qint64 agentReadSeq = 0;
};

// Live chats in the per-user cache: sessions, their messages (each once, by seq) and saved transcripts, so an open
// chat resumes after a restart without losing or repeating a message. Counters only move forward.
class ChatStore
{
public:
    explicit ChatStore(QSqlDatabase db) : m_db(std::move(db)) {}

    bool saveSession(const QJsonObject &session);  // insert or update from a ChatSession; keeps the counters
    std::optional<CachedChatSession> session(const QString &id) const;
    std::optional<CachedChatSession> latestOpen() const;  // the newest chat that has not ended
    bool setStatus(const QString &id, const QString &status);
    bool advanceLastSeq(const QString &id, qint64 seq);
    bool advanceAgentReadSeq(const QString &id, qint64 seq);

    bool addMessage(const QString &sessionId, const QJsonObject &message);  // a ChatMessage; a known seq is ignored
    QList<QJsonObject> messages(const QString &sessionId, int limit = 2000) const;  // the newest `limit`, oldest first

    bool saveTranscript(const QString &id, const QString &text);
    QString transcript(const QString &id) const;

    // A chat asked for that had not started yet (its client id, first message and topic), kept until the server
    // has it, so the first message survives the app stopping meanwhile. An empty object forgets it.
    bool savePendingStart(const QJsonObject &start);
    std::optional<QJsonObject> pendingStart() const;

private:
    bool advance(const char *column, const QString &id, qint64 seq);
    QSqlDatabase m_db;
};

} // namespace okpay
