#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace okpay::server {

struct AuthContext;

// One row of chat_sessions and its contract JSON (ChatSession).
struct ChatSession
{
    QString id, userId, userName, clientId, subject, transactionId, locale, status;
    QString agentId, agentName;
    qint64 lastSeq = 0, userReadSeq = 0, agentReadSeq = 0;
    QString createdAt, updatedAt, acceptedAt, endedAt, endedBy;
    std::optional<int> ratingScore;
    QString ratingComment, ratedAt;

    bool isEnded() const { return status == u"ended"; }
    bool isQueued() const { return status == u"queued"; }

    // forUpdate locks the row on PostgreSQL (SQLite transactions are already exclusive).
    static std::optional<ChatSession> load(const QSqlDatabase &db, const QString &id, bool forUpdate = false);
    static std::optional<ChatSession> findByClientId(const QSqlDatabase &db, const QString &userId, const QString &clientId);
    static std::optional<ChatSession> findOpen(const QSqlDatabase &db, const QString &userId);

    // The caller's role in this chat: "user" (its owner), "agent" (any agent may watch), or empty (not theirs: 404).
    QString roleOf(const AuthContext &auth) const;

    // 1-based position among queued chats (oldest first); 0 when not queued.
    qint64 queuePosition(const QSqlDatabase &db) const;
    QJsonObject toJson(const QSqlDatabase &db, bool agentView) const;
    QJsonObject ratingJson() const;
};

} // namespace okpay::server
