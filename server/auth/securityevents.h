#pragma once
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace okpay::server {

// Records what happened to an account (logins, failed logins, password and 2FA changes, reused codes) for the
// Security tab's event list. Never stores secrets, only the kind, IP and device name.
class SecurityEvents
{
public:
    static void record(const QSqlDatabase &db, const QDateTime &at, const QString &userId, const QString &kind,
                       const QString &ip, const QString &deviceName = {});
};

} // namespace okpay::server
