#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace okpay {

// A chat written out as plain text for the user to keep: subject, agent, start and end, rating, then one line per
// message with its local time and author (attachments named below). Built from the server's transcript
// (openapi.yaml ChatTranscript) or, offline, from the cached session and messages.
class ChatTranscript
{
    Q_DECLARE_TR_FUNCTIONS(ChatTranscript)

public:
    static QString toText(const QJsonObject &session, const QList<QJsonObject> &messages);
    static QString toText(const QJsonObject &transcript);  // {"session": ..., "messages": [...]}
    // Blocking file write (atomic, UTF-8): call from a worker thread.
    static bool write(const QString &path, const QString &text);
};

} // namespace okpay
