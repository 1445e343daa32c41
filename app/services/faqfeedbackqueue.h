#pragma once
#include <QObject>
#include <QTimer>

namespace okpay {

class ApiClient;
class Clock;
class OutboxStore;

// "Was this helpful?" answers, kept in the help cache's outbox until the server has them: sent at once, tried again
// while offline with a growing delay, never recorded twice (each answer has its client_id). The answers are public:
// no token goes with them, so they are the same signed in or out.
class FaqFeedbackQueue : public QObject
{
    Q_OBJECT

public:
    FaqFeedbackQueue(OutboxStore *store, ApiClient *client, const Clock &clock, QObject *parent = nullptr);

    bool add(const QString &articleId, bool helpful, const QString &comment);  // false: the cache cannot be written
    void sendDue();  // what is due now, one at a time; also runs every pollMs while answers wait
    int pendingCount() const;
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

signals:
    void sent(const QString &articleId);
    void queued(const QString &articleId, const QString &reason);  // will be tried again
    void failed(const QString &articleId, const QString &reason);  // refused by the server; not tried again

private:
    void sendNext();
    OutboxStore *m_store;
    ApiClient *m_client;
    const Clock &m_clock;
    QTimer m_poll;
    bool m_busy = false;
};

} // namespace okpay
