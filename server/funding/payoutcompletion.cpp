#include "funding/payoutcompletion.h"

#include "config/serverconfig.h"
#include "core/clock.h"
#include "funding/fundingcatalog.h"
#include "http/apienv.h"
#include "http/apirequest.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QHash>
#include <QMutex>

namespace okpay::server {

QDateTime PayoutCompletion::dueBefore(const QDateTime &now, int businessDays)
{
    QDateTime t = now;
    for (int left = businessDays; left > 0;) {
        t = t.addDays(-1);
        if (t.date().dayOfWeek() <= 5)
            --left;
    }
    return t;
}

namespace {
// Payouts fall due after business days (seconds in demo mode): checking a user once every few seconds per instance
// loses nothing and keeps frequent wallet reads to their own query.
bool checkedRecently(const QString &userId, const QDateTime &now, int intervalSecs)
{
    static QMutex mutex;
    static QHash<QString, QDateTime> lastCheck;
    QMutexLocker lock(&mutex);
    const auto it = lastCheck.constFind(userId);
    if (it != lastCheck.constEnd() && it->secsTo(now) < intervalSecs && it->secsTo(now) >= 0)
        return true;
    if (lastCheck.size() > 100000)
        lastCheck.clear();
    lastCheck.insert(userId, now);
    return false;
}
} // namespace

void PayoutCompletion::completeDue(const ApiRequest &r, bool allowRecentCheck)
{
    if (!r.auth)
        return;
    const QDateTime now = r.env->clock->now();
    if (checkedRecently(r.userId(), now, r.env->config->demo ? 2 : 60) && allowRecentCheck)
        return;
    const QJsonObject section = r.env->config->section(QStringLiteral("funding"));
    for (const FundingMethod &method : FundingCatalog::from(*r.env->config).methods()) {
        if (method.direction != u"withdraw" || method.isInstant())
            continue;
        const QDateTime due = r.env->config->demo
                                  ? now.addSecs(-section.value(u"demo_settle_after_secs").toInt(15))
                                  : dueBefore(now, method.processingTime.value(u"max_business_days").toInt(3));
        const QString dueText = sqlTime(due);
        QSqlQuery any = sqlExec(r.db(), QStringLiteral("SELECT 1 FROM withdrawals WHERE user_id = :u AND method_id = :m "
                                                       "AND status = 'pending' AND created_at <= :due LIMIT 1"),
                                {{":u", r.userId()}, {":m", method.id}, {":due", dueText}});
        const bool found = any.next();
        any.finish();
        if (!found)
            continue;  // the common case: no write transaction on a plain read
        SqlTransaction tx(r.db(), r.env->db->dialect());
        const QString nowText = sqlTime(now);
        sqlExec(r.db(), QStringLiteral("UPDATE transactions SET status = 'completed', updated_at = :now, completed_at = :now2 "
                                       "WHERE withdrawal_id IN (SELECT id FROM withdrawals WHERE user_id = :u AND method_id = :m "
                                       "AND status = 'pending' AND created_at <= :due)"),
                {{":now", nowText}, {":now2", nowText}, {":u", r.userId()}, {":m", method.id}, {":due", dueText}});
        sqlExec(r.db(), QStringLiteral("UPDATE withdrawals SET status = 'completed', updated_at = :now, completed_at = :now2 "
                                       "WHERE user_id = :u AND method_id = :m AND status = 'pending' AND created_at <= :due"),
                {{":now", nowText}, {":now2", nowText}, {":u", r.userId()}, {":m", method.id}, {":due", dueText}});
        tx.commit();
    }
}

} // namespace okpay::server
