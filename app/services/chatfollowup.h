#pragma once
#include <QJsonObject>
#include <QObject>

namespace okpay {

class ApiClient;
class ChatStore;

// What comes after a chat: the user's rating (1–5 and a comment) and the transcript, fetched from the server (or,
// offline, written from the cache), saved in the cache and exported as a text file on a worker thread.
class ChatFollowUp : public QObject
{
    Q_OBJECT

public:
    ChatFollowUp(ApiClient *client, ChatStore *store, QObject *parent = nullptr);

    void setSession(const QJsonObject &session);  // the chat's ChatSession as last known
    QString transcript() const { return m_transcript; }
    void rate(int score, const QString &comment);
    void fetchTranscript();
    void exportTranscript(const QString &path);

signals:
    void ratingSaved(int score);
    void ratingFailed(const QString &message);
    void transcriptReady(const QString &text);  // also saved in the cache
    void transcriptExported(const QString &path, bool ok);

private:
    QString sessionId() const { return m_session.value(u"id").toString(); }
    void keepTranscript(const QString &id, const QString &text);

    ApiClient *m_client;
    ChatStore *m_store;
    QJsonObject m_session;
    QString m_transcript;
};

} // namespace okpay
