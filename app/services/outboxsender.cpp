#include "services/outboxsender.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "core/clock.h"

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
    spec.json = item.payload;
    spec.carriesClientId = true;
    m_client->send(spec, this, [this, item](const ApiResult &result) {
        const QDateTime now = m_clock.now();
        if (result.ok()) {
            m_store->markSent(item.id, now);
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
