#include "services/chattranscript.h"

#include "services/chatevent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSaveFile>

namespace okpay {

namespace {
// Local time with its offset, the same in every language, so a transcript can be compared and searched.
QString localTime(const QJsonValue &iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString utcOffset()
{
    const int secs = QDateTime::currentDateTime().offsetFromUtc();
    return QStringLiteral("%1%2:%3").arg(secs < 0 ? QChar(u'-') : QChar(u'+')).arg(qAbs(secs) / 3600, 2, 10, QChar(u'0')).arg(qAbs(secs) % 3600 / 60, 2, 10, QChar(u'0'));
}
} // namespace

QString ChatTranscript::toText(const QJsonObject &session, const QList<QJsonObject> &messages)
{
    QStringList lines;
    lines << tr("OKPay live chat: %1").arg(session.value(u"subject").toString().left(200));
    lines << tr("Chat ID: %1").arg(session.value(u"id").toString().left(64));
    const QString agent = session.value(u"agent").toObject().value(u"display_name").toString().left(100);
    if (!agent.isEmpty())
        lines << tr("Agent: %1 (verified OKPay agent)").arg(agent);
    if (const QString started = localTime(session.value(u"created_at")); !started.isEmpty())
        lines << tr("Started: %1").arg(started);
    if (const QString ended = localTime(session.value(u"ended_at")); !ended.isEmpty())
        lines << tr("Ended: %1").arg(ended);
    const QJsonObject rating = session.value(u"rating").toObject();
    if (rating.value(u"score").isDouble()) {
        const QString comment = rating.value(u"comment").toString().left(2000);
        lines << (comment.isEmpty() ? tr("Your rating: %1 of 5").arg(rating.value(u"score").toInt())
                                    : tr("Your rating: %1 of 5 (%2)").arg(rating.value(u"score").toInt()).arg(comment));
    }
    lines << tr("Times are local time (UTC%1).").arg(utcOffset());
    lines << QString();
    for (const QJsonObject &raw : messages) {
        const auto m = ChatEvent::cleanMessage(raw);
        if (!m)
            continue;
        const QString role = m->value(u"author_role").toString();
        const QString author = role == u"user" ? tr("You")
                               : role == u"agent" ? tr("%1 (agent)").arg(m->value(u"author_name").toString())
                                                  : tr("OKPay");
        lines << QStringLiteral("[%1] %2: %3").arg(localTime(m->value(u"created_at")), author, m->value(u"body").toString());
        for (const QJsonValue &a : m->value(u"attachments").toArray())
            lines << QStringLiteral("    ") + tr("Attachment: %1").arg(a.toObject().value(u"filename").toString());
    }
    return lines.join(u'\n') + u'\n';
}

QString ChatTranscript::toText(const QJsonObject &transcript)
{
    QList<QJsonObject> messages;
    for (const QJsonValue &m : transcript.value(u"messages").toArray())
        messages.append(m.toObject());
    return toText(transcript.value(u"session").toObject(), messages);
}

bool ChatTranscript::write(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    const QByteArray bytes = text.toUtf8();
    return file.write(bytes) == bytes.size() && file.commit();
}

} // namespace okpay
