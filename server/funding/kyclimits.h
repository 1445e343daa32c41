#pragma once
#include "core/money.h"
#include "http/apiresponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace okpay::server {

struct ServerConfig;

// KYC levels and their per-transaction and daily limits (the "kyc_levels" of the funding configuration). A verified
// email is level 1 at least. Days are UTC days; usage counts top-ups/withdrawals that did not fail.
class KycLimits
{
public:
    KycLimits(const QSqlDatabase &db, const ServerConfig &config, const QDateTime &now);

    int level(const QString &userId) const;
    // 403 kyc_required when a higher level would allow the amount, 422 limit_exceeded at the top level.
    std::optional<QHttpServerResponse> check(const QString &userId, const QString &direction, const Money &amount) const;
    // The contract's KycStatus (documents belong to the account area and are listed empty here).
    QJsonObject status(const QString &userId) const;

private:
    qint64 limitFor(int level, const QString &kind, const QString &currency) const;  // -1 when none configured
    qint64 usedToday(const QString &userId, const QString &direction, const QString &currency) const;
    QSqlDatabase m_db;
    QJsonObject m_section;
    QDateTime m_now;
};

} // namespace okpay::server
