#include "services/faqfeedbackqueue.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "core/clock.h"
#include "store/outboxstore.h"

#include <QUrl>

namespace okpay {

namespace {
const QString kKind = QStringLiteral("faq_feedback");

QString articleOf(const QJsonObject &payload)
{
    return payload.value(u"article_id").toString();
}
} // namespace

FaqFeedbackQueue::FaqFeedbackQueue(OutboxStore *store, ApiClient *client, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_clock(clock)
{
    m_poll.setInterval(30'000);
    connect(&m_poll, &QTimer::timeout, this, &FaqFeedbackQueue::sendDue);
}

bool FaqFeedbackQueue::add(const QString &articleId, bool helpful, const QString &comment)
{
    QJsonObject payload{{QStringLiteral("helpful"), helpful}, {QStringLiteral("article_id"), articleId}};
    if (!comment.trimmed().isEmpty())
        payload.insert(QStringLiteral("comment"), comment.trimmed().left(2000));
    const QString path = QStringLiteral("/v1/support/faq/articles/%1/feedback")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(articleId)));
    if (!m_store->enqueue(kKind, path, payload, m_clock.now()))
        return false;
    sendDue();
    return true;
}

int FaqFeedbackQueue::pendingCount() const
{
    int count = 0;
    for (const OutboxItem &item : m_store->all())  // the help cache's outbox holds only these answers
        count += item.kind == kKind && (item.state == OutboxItem::State::Queued || item.state == OutboxItem::State::Sending) ? 1 : 0;
    return count;
}

void FaqFeedbackQueue::sendDue()
{
    if (m_busy)
        return;
    m_busy = true;
    sendNext();
}

void FaqFeedbackQueue::sendNext()
{
    const QList<OutboxItem> due = m_store->due(m_clock.now(), 1);
    if (due.isEmpty() || !m_store->markSending(due.first().id, m_clock.now())) {
        m_busy = false;
        if (pendingCount() > 0)
            m_poll.start();
        else
            m_poll.stop();
        return;
    }
    const OutboxItem item = due.first();
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = item.path;
    spec.authenticated = false;
    spec.carriesClientId = true;
    QJsonObject body = item.payload;
    body.remove(QStringLiteral("article_id"));  // it is in the path
    spec.json = body;
    m_client->send(spec, this, [this, item](const ApiResult &result) {
        const QDateTime now = m_clock.now();
        const QString articleId = articleOf(item.payload);
        if (result.ok()) {
            m_store->markSent(item.id, now);
            emit sent(articleId);
        } else if (RetryPolicy::isTransient(*result.error) || result.error->kind == ApiError::Kind::Tls) {
            const QString reason = ApiErrorText::userMessage(*result.error);
            m_store->requeue(item.id, reason, now.addSecs(qMin(600, 15 << qMin(item.attempts, 6))));
            emit queued(articleId, reason);
        } else {
            const QString reason = ApiErrorText::userMessage(*result.error);
            m_store->markFailed(item.id, reason, now);
            emit failed(articleId, reason);
        }
        sendNext();
    });
}

} // namespace okpay
