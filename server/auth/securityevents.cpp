#include "auth/securityevents.h"

#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

void SecurityEvents::record(const QSqlDatabase &db, const QDateTime &at, const QString &userId, const QString &kind,
                            const QString &ip, const QString &deviceName)
{
    sqlExec(db, QStringLiteral("INSERT INTO security_events (id, user_id, kind, ip, device_name, created_at) "
                               "VALUES (:id, :u, :k, :ip, :d, :t)"),
            {{":id", Ids::newId("sev")}, {":u", userId}, {":k", kind}, {":ip", ip}, {":d", deviceName.left(100)},
             {":t", sqlTime(at)}});
}

} // namespace okpay::server
