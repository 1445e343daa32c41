#include "events/eventbus.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcEvents, "okpay.events")

namespace okpay::server {

namespace {
const QString kChannel = QStringLiteral("okpay_events");
}

EventBus::EventBus(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_instanceId(QUuid::createUuid().toString(QUuid::Id128))
{
}

EventBus::~EventBus()
{
    if (!m_listenConnection.isEmpty()) {
        QSqlDatabase::database(m_listenConnection, false).close();
        QSqlDatabase::removeDatabase(m_listenConnection);
    }
}

bool EventBus::listen(QString *error, int healthCheckMs)
{
    if (!m_db || m_db->dialect() != SqlDialect::Postgres || m_listening)
        return true;
    // A dedicated connection: QPSQL delivers notifications through a socket notifier in this thread's event loop.
    m_listenConnection = QStringLiteral("okpay-events-") + m_instanceId;
    QSqlDatabase listener = QSqlDatabase::cloneDatabase(m_db->connection(), m_listenConnection);
    listener.setConnectOptions(QStringLiteral("application_name=okpay_events"));  // findable in pg_stat_activity
    if (!subscribe(error))
        return false;
    m_listening = true;
    connect(&m_health, &QTimer::timeout, this, &EventBus::checkListener);
    m_health.start(healthCheckMs);
    return true;
}

bool EventBus::subscribe(QString *error)
{
    QSqlDatabase listener = QSqlDatabase::database(m_listenConnection, false);
    if (!listener.isOpen() && !listener.open()) {
        *error = QStringLiteral("event listener cannot connect: %1").arg(listener.lastError().text());
        return false;
    }
    QSqlDriver *driver = listener.driver();
    if (!driver->subscribedToNotifications().contains(kChannel) && !driver->subscribeToNotification(kChannel)) {
        *error = QStringLiteral("LISTEN failed: %1").arg(driver->lastError().text());
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &EventBus::onNotification, Qt::UniqueConnection);
    return true;
}

void EventBus::checkListener()
{
    QSqlDatabase listener = QSqlDatabase::database(m_listenConnection, false);
    {
        QSqlQuery ping(listener);
        if (listener.isOpen() && ping.exec(QStringLiteral("SELECT 1")))
            return;
    }
    qCWarning(lcEvents).noquote() << QStringLiteral("event=listener_lost action=reconnect");
    listener.close();
    QString error;
    if (!subscribe(&error)) {
        qCWarning(lcEvents).noquote() << QStringLiteral("event=listener_reconnect_failed error=\"%1\"").arg(error.left(200));
        return;  // next check tries again
    }
    qCInfo(lcEvents).noquote() << QStringLiteral("event=listener_reconnected");
    emit resubscribed();
}

void EventBus::publish(const QString &topic, const QJsonObject &payload)
{
    deliverLocally(topic, payload);
    if (!m_db || m_db->dialect() != SqlDialect::Postgres)
        return;
    const QJsonObject wire{{QStringLiteral("o"), m_instanceId}, {QStringLiteral("t"), topic}, {QStringLiteral("p"), payload}};
    try {
        sqlExec(m_db->connection(), QStringLiteral("SELECT pg_notify(:channel, :payload)"),
                {{":channel", kChannel}, {":payload", QString::fromUtf8(QJsonDocument(wire).toJson(QJsonDocument::Compact))}});
    } catch (const SqlError &e) {
        // The change is committed and local subscribers have it; other instances catch up on their next read.
        qCWarning(lcEvents).noquote() << QStringLiteral("event=notify_failed topic=%1 error=\"%2\"")
                                             .arg(topic, QString::fromUtf8(e.what()).left(200));
    }
}

void EventBus::onNotification(const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (channel != kChannel)
        return;
    const QJsonObject wire = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (wire.value(u"o").toString() == m_instanceId)
        return;  // ours: already delivered locally when published
    const QString topic = wire.value(u"t").toString();
    if (!topic.isEmpty())
        deliverLocally(topic, wire.value(u"p").toObject());
}

void EventBus::deliverLocally(const QString &topic, const QJsonObject &payload)
{
    QList<std::pair<WaiterCallback, QList<QJsonObject>>> ready;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            if (it->topic != topic) {
                ++it;
                continue;
            }
            it->notices.append(payload);
            if (it->callback) {
                ready.append({std::move(it->callback), it->notices});
                it = m_waiters.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (const auto &[callback, notices] : std::as_const(ready))
        callback(notices);
    emit delivered(topic, payload);
}

quint64 EventBus::openWaiter(const QString &topic)
{
    QMutexLocker lock(&m_mutex);
    const quint64 id = m_nextWaiterId++;
    m_waiters.insert(id, Waiter{topic, {}, {}});
    return id;
}

void EventBus::armWaiter(quint64 id, int timeoutMs, WaiterCallback callback)
{
    QList<QJsonObject> already;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_waiters.find(id);
        if (it == m_waiters.end())
            return;
        if (it->notices.isEmpty()) {
            it->callback = std::move(callback);
            lock.unlock();
            // Timers need the bus thread's event loop.
            QMetaObject::invokeMethod(this, [this, id, timeoutMs] {
                QTimer::singleShot(timeoutMs, this, [this, id] { expireWaiter(id); });
            }, Qt::QueuedConnection);
            return;
        }
        already = it->notices;
        m_waiters.erase(it);
    }
    callback(already);
}

void EventBus::closeWaiter(quint64 id)
{
    QMutexLocker lock(&m_mutex);
    m_waiters.remove(id);
}

void EventBus::expireWaiter(quint64 id)
{
    WaiterCallback callback;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_waiters.find(id);
        if (it == m_waiters.end() || !it->callback)
            return;
        callback = std::move(it->callback);
        m_waiters.erase(it);
    }
    callback({});
}

} // namespace okpay::server
