#include "auth/totpcheck.h"

#include "core/base32.h"
#include "core/totp.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

TotpCheck::Result TotpCheck::consume(const QSqlDatabase &db, const QString &userId, const QString &code,
                                     const QDateTime &now)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT totp_secret, totp_enabled, totp_last_step FROM users WHERE id = :u"),
                          {{":u", userId}});
    if (!q.next() || q.value(1).toInt() == 0)
        return Result::NotEnabled;
    const auto secret = Base32::decode(q.value(0).toString());
    if (!secret)
        return Result::Invalid;
    const Totp totp(Totp::Params{*secret, 6, 30, OtpAlgorithm::Sha1});
    const auto step = totp.verify(code, now);
    if (!step)
        return Result::Invalid;
    // Consume the step only if it is newer than the last one used: a replay within the window fails here.
    QSqlQuery update = sqlExec(db, QStringLiteral("UPDATE users SET totp_last_step = :s WHERE id = :u AND "
                                                  "(totp_last_step IS NULL OR totp_last_step < :s)"),
                               {{":s", *step}, {":u", userId}});
    return update.numRowsAffected() == 1 ? Result::Ok : Result::Reused;
}

QString TotpCheck::normalizedRecoveryCode(const QString &code)
{
    QString normalized = code.trimmed().toLower();
    normalized.remove(u' ');
    return normalized;
}

bool TotpCheck::consumeRecoveryCode(const QSqlDatabase &db, const QString &userId, const QString &code,
                                    const QDateTime &now)
{
    QSqlQuery update = sqlExec(db, QStringLiteral("UPDATE recovery_codes SET used_at = :t WHERE user_id = :u AND "
                                                  "code_hash = :h AND used_at IS NULL"),
                               {{":t", sqlTime(now)}, {":u", userId}, {":h", Ids::sha256Hex(normalizedRecoveryCode(code))}});
    return update.numRowsAffected() == 1;
}

} // namespace okpay::server
