#include "services/outboxsender.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "core/clock.h"

#include <QJsonArray>

namespace okpay {

OutboxSender::OutboxSender(OutboxStore *store, ApiClient *client, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_clock(clock)
{
    connect(&m_poll, &QTimer::timeout, this, &OutboxSender::sendDue);
}

void OutboxSender::start(int pollMs)
{
    m_store->recoverInterrupted(m_clock.now());
    m_poll.start(pollMs);
    sendDue();
}

void OutboxSender::sendDue()
{
    if (m_busy)
        return;
    m_busy = true;
    sendNext();
}

int OutboxSender::backoffSecs(int attempts)
{
    return qMin(300, 2 << qMin(attempts, 8));  // 4 s, 8 s, … up to 5 minutes
}

void OutboxSender::sendNext()
{
    const QList<OutboxItem> due = m_store->due(m_clock.now(), 1);
    if (due.isEmpty()) {
        m_busy = false;
        emit idle();
        return;
    }
    const OutboxItem item = due.first();
    if (!m_store->markSending(item.id, m_clock.now())) {
        m_busy = false;
        return;  // the cache cannot be written; the next poll tries again
    }
    emit itemChanged(item.id);
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = item.path;
    spec.carriesClientId = true;
    if (item.kind == u"attachment") {
        // The file's bytes go as the raw body; the client id travels as a query parameter.
        spec.rawBody = QByteArray::fromBase64(item.payload.value(u"data_base64").toString().toLatin1());
        spec.contentType = item.payload.value(u"content_type").toString().toLatin1();
        spec.query.addQueryItem(QStringLiteral("client_id"), item.clientId);
        spec.query.addQueryItem(QStringLiteral("filename"), item.payload.value(u"filename").toString());
    } else {
        QJsonObject payload = item.payload;
        // A message with files refers to their outbox items; by now (sent in order) they have server ids.
        const QJsonArray pendingFiles = payload.take(QStringLiteral("attachment_outbox_ids")).toArray();
        QJsonArray attachmentIds;
        for (const QJsonValue &outboxId : pendingFiles) {
            const auto file = m_store->find(outboxId.toString());
            if (!file || file->state != OutboxItem::State::Sent || file->resultId.isEmpty()) {
                m_store->requeue(item.id, tr("Waiting for its attachments to upload"), m_clock.now().addSecs(backoffSecs(item.attempts + 1)));
                emit itemChanged(item.id);
                return sendNext();
            }
            attachmentIds.append(file->resultId);
        }
        if (!attachmentIds.isEmpty())
            payload.insert(QStringLiteral("attachment_ids"), attachmentIds);
        spec.json = payload;
    }
    m_client->send(spec, this, [this, item](const ApiResult &result) {
        const QDateTime now = m_clock.now();
        if (result.ok()) {
            m_store->markSent(item.id, now, result.json.object().value(u"id").toString());
        } else if (RetryPolicy::isTransient(*result.error) || result.error->kind == ApiError::Kind::Tls) {
            // Stays queued: it goes out when the connection is back. The reason shows while it waits.
            m_store->requeue(item.id, ApiErrorText::userMessage(*result.error), now.addSecs(backoffSecs(item.attempts + 1)));
        } else {
            m_store->markFailed(item.id, ApiErrorText::userMessage(*result.error), now);
        }
        emit itemChanged(item.id);
        sendNext();
    });
}

} // namespace okpay
