#pragma once
#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace okpay::server {

// Counts failures per key ("login-ip:1.2.3.4", "login-account:a@b.c") in a sliding window; thread-safe.
// Per instance: behind a load balancer each instance limits on its own, which still bounds guessing.
class RateLimiter
{
public:
    // Seconds until the key may try again, or 0 when it is allowed now.
    int retryAfter(const QString &key, int maxAttempts, int windowSecs, const QDateTime &now);
    void recordFailure(const QString &key, const QDateTime &now);
    void reset(const QString &key);

private:
    QMutex m_mutex;
    QHash<QString, QList<QDateTime>> m_failures;
};

} // namespace okpay::server
