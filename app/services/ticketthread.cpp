#include "services/ticketthread.h"

#include "api/dtoreader.h"

#include <QJsonArray>

namespace okpay {

namespace {
const QStringList kStatuses{QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("solved"), QStringLiteral("closed")};

// A nullable timestamp: null or missing is an invalid QDateTime, anything else must parse.
QDateTime optionalTime(DtoReader &r, const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    return v.isNull() || v.isUndefined() ? QDateTime() : r.time(key);
}
} // namespace

bool TicketThread::isApiId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
    });
}

QJsonObject TicketThread::summaryJson(QJsonObject detail)
{
    detail.remove(QStringLiteral("messages"));
    return detail;
}

std::optional<TicketThread> TicketThread::fromTicket(const QJsonObject &json, QString *error)
{
    DtoReader r(json, QStringLiteral("ticket"));
    TicketThread t;
    t.ticket.id = r.string(QStringLiteral("id"), 1, 64);
    t.ticket.number = r.string(QStringLiteral("number"), 1, 32);
    t.ticket.subject = r.string(QStringLiteral("subject"), 1, 200);
    t.ticket.status = r.oneOf(QStringLiteral("status"), kStatuses);
    t.ticket.category = r.string(QStringLiteral("category"), 1, 64);
    t.ticket.updatedAt = r.time(QStringLiteral("updated_at"));
    t.ticket.json = summaryJson(json);
    t.transactionId = r.optionalString(QStringLiteral("transaction_id"), 64);
    t.relatedTicketId = r.optionalString(QStringLiteral("related_ticket_id"), 64);
    t.lastMessageAt = r.time(QStringLiteral("last_message_at"));
    t.solvedAt = optionalTime(r, json, QStringLiteral("solved_at"));
    t.reopenUntil = optionalTime(r, json, QStringLiteral("reopen_until"));
    const QJsonValue rating = json.value(u"rating");
    if (rating.isObject()) {
        DtoReader rr(rating.toObject(), QStringLiteral("ticket.rating"));
        t.ratingScore = int(rr.integer(QStringLiteral("score"), 1, 5));
        t.ratingComment = rr.optionalString(QStringLiteral("comment"), 2000);
        if (!rr.ok()) {
            *error = rr.error();
            return std::nullopt;
        }
    } else if (!rating.isNull() && !rating.isUndefined()) {
        *error = QStringLiteral("ticket.rating: not an object");
        return std::nullopt;
    }
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    if (!isApiId(t.ticket.id)) {
        *error = QStringLiteral("ticket.id: not an id");
        return std::nullopt;
    }
    return t;
}

std::optional<TicketMessage> TicketThread::messageFrom(const QJsonObject &json, QString *error)
{
    DtoReader r(json, QStringLiteral("message"));
    TicketMessage m;
    m.id = r.string(QStringLiteral("id"), 1, 64);
    m.clientId = r.optionalString(QStringLiteral("client_id"), 36);
    const QString role = r.oneOf(QStringLiteral("author_role"), {QStringLiteral("user"), QStringLiteral("agent"), QStringLiteral("system")});
    m.author = role == u"agent" ? TicketMessage::Author::Agent : role == u"system" ? TicketMessage::Author::System : TicketMessage::Author::User;
    m.authorName = r.string(QStringLiteral("author_name"), 0, 100);
    m.body = r.string(QStringLiteral("body"), 0, 20000);
    m.createdAt = r.time(QStringLiteral("created_at"));
    const QJsonArray files = r.array(QStringLiteral("attachments"), 10);
    for (const QJsonValue &file : files) {
        DtoReader f(file.toObject(), QStringLiteral("message.attachments"));
        TicketAttachmentInfo a;
        a.id = f.string(QStringLiteral("id"), 1, 64);
        a.fileName = f.string(QStringLiteral("filename"), 1, 255);
        a.contentType = f.oneOf(QStringLiteral("content_type"), {QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                                                 QStringLiteral("application/pdf"), QStringLiteral("text/plain")});
        a.sizeBytes = f.integer(QStringLiteral("size_bytes"), 1, 10 * 1024 * 1024);
        if (!file.isObject() || !f.ok() || !isApiId(a.id)) {
            *error = !file.isObject() ? QStringLiteral("message.attachments: not an object")
                     : !f.ok()        ? f.error()
                                      : QStringLiteral("message.attachments.id: not an id");
            return std::nullopt;
        }
        m.attachments.append(a);
    }
    if (!json.isEmpty() && r.ok())
        return m;
    *error = r.ok() ? QStringLiteral("message: empty") : r.error();
    return std::nullopt;
}

std::optional<TicketThread> TicketThread::fromDetail(const QJsonObject &json, QString *error)
{
    auto thread = fromTicket(json, error);
    if (!thread)
        return std::nullopt;
    DtoReader r(json, QStringLiteral("ticket"));
    const QJsonArray messages = r.array(QStringLiteral("messages"), 10000);
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    for (const QJsonValue &v : messages) {
        if (!v.isObject()) {
            *error = QStringLiteral("ticket.messages: not an object");
            return std::nullopt;
        }
        auto message = messageFrom(v.toObject(), error);
        if (!message)
            return std::nullopt;
        thread->messages.append(*message);
    }
    return thread;
}

} // namespace okpay
