#include "services/chatfollowup.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "services/chattranscript.h"
#include "store/chatstore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace okpay {

ChatFollowUp::ChatFollowUp(ApiClient *client, ChatStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
}

void ChatFollowUp::setSession(const QJsonObject &session)
{
    if (session.value(u"id").toString() != sessionId())
        m_transcript = m_store->transcript(session.value(u"id").toString());
    m_session = session;
}

void ChatFollowUp::rate(int score, const QString &comment)
{
    const QString id = sessionId();
    if (id.isEmpty())
        return emit ratingFailed(tr("There is no chat to rate."));
    ApiRequestSpec spec;
    spec.method = "PUT";
    spec.path = QStringLiteral("/v1/chat/sessions/%1/rating").arg(id);
    spec.json = QJsonObject{{QStringLiteral("score"), qBound(1, score, 5)}, {QStringLiteral("comment"), comment.trimmed().left(2000)}};
    m_client->send(spec, this, [this, id, score](const ApiResult &result) {
        if (!result.ok())
            return emit ratingFailed(ApiErrorText::formMessage(*result.error));
        if (id != sessionId())
            return;
        m_session.insert(QStringLiteral("rating"), result.json.object());
        m_store->saveSession(m_session);
        emit ratingSaved(score);
        fetchTranscript();  // the kept transcript names the rating too
    });
}

void ChatFollowUp::fetchTranscript()
{
    const QString id = sessionId();
    if (id.isEmpty())
        return;
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/chat/sessions/%1/transcript").arg(id);
    m_client->send(spec, this, [this, id](const ApiResult &result) {
        if (result.ok())
            keepTranscript(id, ChatTranscript::toText(result.json.object()));
        else  // offline: what the cache has
            keepTranscript(id, ChatTranscript::toText(m_session, m_store->messages(id)));
    });
}

void ChatFollowUp::keepTranscript(const QString &id, const QString &text)
{
    if (id != sessionId())
        return;
    m_store->saveTranscript(id, text);
    m_transcript = text;
    emit transcriptReady(text);
}

void ChatFollowUp::exportTranscript(const QString &path)
{
    QString text = m_transcript;
    if (text.isEmpty() && !sessionId().isEmpty())
        text = ChatTranscript::toText(m_session, m_store->messages(sessionId()));
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        emit transcriptExported(path, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&ChatTranscript::write, path, text));
}

} // namespace okpay
