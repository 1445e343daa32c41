#include "services/chatevent.h"

#include <QDateTime>
#include <QJsonArray>

namespace okpay {

namespace {
constexpr qint64 kMaxSeq = 9007199254740991;  // openapi.yaml Seq maximum (2^53 - 1)
constexpr int kMaxBody = 5000;
constexpr int kMaxName = 100;
constexpr int kMaxAttachments = 10;

std::optional<qint64> seqOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 0 || d > double(kMaxSeq) || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

bool isRole(const QString &role)
{
    return role == u"user" || role == u"agent" || role == u"system";
}

// Printable text only: control and format characters (bidi overrides) would let a sender disguise what is shown.
QString cleanText(const QString &text, int max, bool keepNewlines)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), max));
    for (const QChar c : text) {
        if (out.size() >= max)
            break;
        if ((keepNewlines && (c == u'\n' || c == u'\t')) || c == QChar(0x200C) || c == QChar(0x200D))
            out.append(c);  // joiners: emoji sequences and some scripts need them
        else if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            out.append(c);
    }
    return out;
}

std::optional<QJsonObject> cleanAttachment(const QJsonValue &value)
{
    const QJsonObject a = value.toObject();
    const QString id = a.value(u"id").toString();
    if (id.isEmpty() || id.size() > 64)
        return std::nullopt;
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("filename"), cleanText(a.value(u"filename").toString(), 255, false)},
                       {QStringLiteral("content_type"), a.value(u"content_type").toString().left(100)},
                       {QStringLiteral("size_bytes"), qBound(qint64(0), a.value(u"size_bytes").toInteger(), qint64(100) * 1024 * 1024)}};
}
} // namespace

std::optional<QJsonObject> ChatEvent::cleanMessage(const QJsonObject &m)
{
    const auto seq = seqOf(m.value(u"seq"));
    const QString role = m.value(u"author_role").toString();
    const QString body = cleanText(m.value(u"body").toString(), kMaxBody, true);
    const QDateTime created = QDateTime::fromString(m.value(u"created_at").toString(), Qt::ISODateWithMs);
    if (!seq || *seq == 0 || !isRole(role) || !m.value(u"body").isString() || !created.isValid())
        return std::nullopt;
    const QJsonValue clientId = m.value(u"client_id");
    QJsonArray attachments;
    for (const QJsonValue &a : m.value(u"attachments").toArray()) {
        if (attachments.size() >= kMaxAttachments)
            break;
        if (auto clean = cleanAttachment(a))
            attachments.append(*clean);
    }
    return QJsonObject{{QStringLiteral("seq"), *seq},
                       {QStringLiteral("client_id"), clientId.isString() ? QJsonValue(clientId.toString().left(64)) : QJsonValue()},
                       {QStringLiteral("author_role"), role},
                       {QStringLiteral("author_name"), cleanText(m.value(u"author_name").toString(), kMaxName, false)},
                       {QStringLiteral("body"), body},
                       {QStringLiteral("attachments"), attachments},
                       {QStringLiteral("created_at"), created.toUTC().toString(Qt::ISODateWithMs)}};
}

std::optional<ChatEvent> ChatEvent::read(const QJsonObject &event)
{
    ChatEvent out;
    const QString type = event.value(u"type").toString();
    const auto seq = seqOf(event.value(u"seq"));
    out.sessionId = event.value(u"session_id").toString();
    if (!seq || out.sessionId.isEmpty() || out.sessionId.size() > 64)
        return std::nullopt;
    out.seq = *seq;
    out.ephemeral = event.value(u"ephemeral").toBool();
    out.sentAt = QDateTime::fromString(event.value(u"sent_at").toString(), Qt::ISODateWithMs);
    const QJsonObject payload = event.value(type).toObject();
    if (type == u"message") {
        auto message = cleanMessage(payload);
        if (!message)
            return std::nullopt;
        out.type = Type::Message;
        out.message = *message;
    } else if (type == u"typing") {
        out.type = Type::Typing;
        out.authorRole = payload.value(u"author_role").toString();
        if (!isRole(out.authorRole) || !payload.value(u"is_typing").isBool())
            return std::nullopt;
        out.isTyping = payload.value(u"is_typing").toBool();
    } else if (type == u"read") {
        out.type = Type::Read;
        out.authorRole = payload.value(u"author_role").toString();
        const auto upTo = seqOf(payload.value(u"up_to_seq"));
        if (!isRole(out.authorRole) || !upTo || *upTo > out.seq)
            return std::nullopt;
        out.upToSeq = *upTo;
    } else if (type == u"agent_joined") {
        out.type = Type::AgentJoined;
        out.agentId = payload.value(u"id").toString().left(64);
        out.agentName = cleanText(payload.value(u"display_name").toString(), kMaxName, false).trimmed();
        if (out.agentId.isEmpty() || out.agentName.isEmpty())
            return std::nullopt;
    } else if (type == u"queue_position") {
        out.type = Type::QueuePosition;
        const QJsonValue position = payload.value(u"position");
        const QJsonValue wait = payload.value(u"estimated_wait_seconds");
        if (!position.isDouble() || position.toDouble() < 1 || position.toDouble() > 100000)
            return std::nullopt;
        out.position = position.toInt();
        out.waitSecs = wait.isDouble() && wait.toDouble() >= 0 && wait.toDouble() <= 86400 ? wait.toInt() : -1;
    } else if (type == u"ended") {
        out.type = Type::Ended;
        out.endedBy = payload.value(u"ended_by").toString();
        if (!isRole(out.endedBy))
            out.endedBy = QStringLiteral("system");
    } else {
        return std::nullopt;
    }
    return out;
}

} // namespace okpay
