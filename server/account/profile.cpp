#include "account/profile.h"

#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

std::optional<QJsonObject> loadProfile(const QSqlDatabase &db, const QString &userId)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT id, name, email, email_verified, phone, locale, timezone, role, "
                                             "kyc_level, totp_enabled, created_at, updated_at FROM users WHERE id = :u"),
                          {{":u", userId}});
    if (!q.next())
        return std::nullopt;
    return QJsonObject{
        {QStringLiteral("id"), q.value(0).toString()},
        {QStringLiteral("name"), q.value(1).toString()},
        {QStringLiteral("email"), q.value(2).toString()},
        {QStringLiteral("email_verified"), q.value(3).toInt() != 0},
        {QStringLiteral("phone"), q.value(4).toString()},
        {QStringLiteral("locale"), q.value(5).toString()},
        {QStringLiteral("timezone"), q.value(6).toString()},
        {QStringLiteral("role"), q.value(7).toString()},
        {QStringLiteral("kyc_level"), q.value(8).toInt()},
        {QStringLiteral("totp_enabled"), q.value(9).toInt() != 0},
        {QStringLiteral("created_at"), apiTime(fromSqlTime(q.value(10).toString()))},
        {QStringLiteral("updated_at"), apiTime(fromSqlTime(q.value(11).toString()))},
    };
}

} // namespace okpay::server
