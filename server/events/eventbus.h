#pragma once
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <QString>
#include <functional>
#include <memory>

namespace okpay::server {

class Database;

// Thread-safe publish/subscribe of small JSON notices ("chat:<session id>" → {"kind", "seq", ...}). Delivery is
// immediate in this process (the delivered() signal, queued to receivers in other threads, and one-shot waiters for
// long-polls); on PostgreSQL every notice is also sent with NOTIFY and received from other okpay-server instances on
// the same database through a dedicated LISTEN connection that lives in the thread that created the bus (the event
// loop). Payloads stay small (well under PostgreSQL's 8000-byte limit): subscribers re-read state from the database.
class EventBus : public QObject
{
    Q_OBJECT

public:
    using WaiterCallback = std::function<void(const QList<QJsonObject> &notices)>;

    explicit EventBus(std::shared_ptr<Database> db, QObject *parent = nullptr);
    ~EventBus() override;

    // Starts receiving other instances' notices (PostgreSQL only; a no-op on SQLite). False with a reason on failure.
    // The LISTEN connection is checked every healthCheckMs and re-opened when it broke; resubscribed() then tells
    // subscribers to re-read what they may have missed meanwhile.
    bool listen(QString *error, int healthCheckMs = 10000);
    bool isListening() const { return m_listening; }

    // Callable from any thread, after the transaction that made the change committed.
    void publish(const QString &topic, const QJsonObject &payload);

    // One-shot waiter for long-polls: open it before reading the database (so nothing published in between is lost),
    // then arm it; the callback runs once, in the publishing thread or the bus thread, with the notices received
    // (empty on timeout). Close an unarmed waiter that is no longer needed.
    quint64 openWaiter(const QString &topic);
    void armWaiter(quint64 id, int timeoutMs, WaiterCallback callback);
    void closeWaiter(quint64 id);

signals:
    void delivered(const QString &topic, const QJsonObject &payload);
    void resubscribed();

private:
    struct Waiter
    {
        QString topic;
        QList<QJsonObject> notices;
        WaiterCallback callback;  // set when armed
    };
    void deliverLocally(const QString &topic, const QJsonObject &payload);
    void onNotification(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    bool subscribe(QString *error);
    void checkListener();
    void expireWaiter(quint64 id);

    std::shared_ptr<Database> m_db;
    QString m_instanceId;
    QString m_listenConnection;
    bool m_listening = false;
    QTimer m_health;
    QMutex m_mutex;
    QHash<quint64, Waiter> m_waiters;
    quint64 m_nextWaiterId = 1;
};

} // namespace okpay::server
