#pragma once
#include "store/outboxstore.h"

#include <QObject>
#include <QTimer>

namespace okpay {

class ApiClient;
class Clock;

// Sends the outbox, oldest first and one at a time (so chat messages keep their order), with each item's client_id:
// acknowledged → Sent; a failure that may pass (offline, timeout, 5xx, 429) → Queued again with growing delay;
// a refusal (4xx) → Failed with the reason, for the user to fix, retry or discard. Resumes after a restart.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    OutboxSender(OutboxStore *store, ApiClient *client, const Clock &clock, QObject *parent = nullptr);

    void start(int pollMs = 5000);  // requeues items a killed process left in Sending, then sends what is due
    void sendDue();                 // also call after enqueueing, to send at once
    bool isBusy() const { return m_busy; }

signals:
    void itemChanged(const QString &id);
    void idle();  // nothing due is left right now

private:
    void sendNext();
    static int backoffSecs(int attempts);
    OutboxStore *m_store;
    ApiClient *m_client;
    const Clock &m_clock;
    QTimer m_poll;
    bool m_busy = false;
};

} // namespace okpay
