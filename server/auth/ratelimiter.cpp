#include "auth/ratelimiter.h"

namespace okpay::server {

int RateLimiter::retryAfter(const QString &key, int maxAttempts, int windowSecs, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    QList<QDateTime> &times = it.value();
    times.removeIf([&](const QDateTime &t) { return t.secsTo(now) >= windowSecs; });
    if (times.isEmpty()) {
        m_failures.erase(it);
        return 0;
    }
    if (times.size() < maxAttempts)
        return 0;
    return int(qMax<qint64>(1, windowSecs - times.first().secsTo(now)));
}

void RateLimiter::recordFailure(const QString &key, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    QList<QDateTime> &times = m_failures[key];
    times.append(now);
    if (times.size() > 1000)
        times.remove(0, times.size() - 1000);
}

void RateLimiter::reset(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_failures.remove(key);
}

} // namespace okpay::server
