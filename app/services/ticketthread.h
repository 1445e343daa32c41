#pragma once
#include "core/ticketsummary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace okpay {

// A file attached to a ticket message, as the server describes it.
struct TicketAttachmentInfo
{
    QString id;
    QString fileName;
    QString contentType;  // image/png, image/jpeg, application/pdf, text/plain
    qint64 sizeBytes = 0;
};

// One message of a ticket conversation.
struct TicketMessage
{
    enum class Author { User, Agent, System };
    QString id;
    QString clientId;  // the outbox item's client id for the user's own messages
    Author author = Author::User;
    QString authorName;
    QString body;
    QList<TicketAttachmentInfo> attachments;
    QDateTime createdAt;  // UTC
};

// A ticket with what the thread view needs beyond the summary: follow-up dates, the rating and the conversation.
struct TicketThread
{
    TicketSummary ticket;
    QString transactionId;    // may be empty
    QString relatedTicketId;  // may be empty
    QDateTime lastMessageAt;
    QDateTime solvedAt;     // invalid unless solved
    QDateTime reopenUntil;  // invalid unless solved
    int ratingScore = 0;    // 0: not rated
    QString ratingComment;
    QList<TicketMessage> messages;  // oldest first; empty when only the summary is known

    // Reads the contract's Ticket / TicketMessage / TicketDetail objects. Anything missing, mistyped or out of
    // range gives nullopt and a reason ("messages[2].author_role: unexpected value"), never a crash.
    static std::optional<TicketThread> fromTicket(const QJsonObject &json, QString *error);
    static std::optional<TicketThread> fromDetail(const QJsonObject &json, QString *error);
    static std::optional<TicketMessage> messageFrom(const QJsonObject &json, QString *error);
    // The ticket's JSON without its messages, as the ticket list keeps it.
    static QJsonObject summaryJson(QJsonObject detail);
    // An id the API can have given (openapi.yaml Id: [A-Za-z0-9_-]{1,64}), safe to put into a request path.
    static bool isApiId(const QString &id);
};

} // namespace okpay
