#pragma once
#include <QDateTime>
#include <QSqlDatabase>

namespace okpay::server {

// Checks a user's TOTP code and consumes its time step, so each code works once (also under concurrent requests).
// A correct code whose step was already used is Reused, and recorded as a security event by the caller.
class TotpCheck
{
public:
    enum class Result { Ok, Invalid, Reused, NotEnabled };
    static Result consume(const QSqlDatabase &db, const QString &userId, const QString &code, const QDateTime &now);
    // Marks a recovery code used; true when it was valid and unused.
    static bool consumeRecoveryCode(const QSqlDatabase &db, const QString &userId, const QString &code,
                                    const QDateTime &now);
    static QString normalizedRecoveryCode(const QString &code);
};

} // namespace okpay::server
