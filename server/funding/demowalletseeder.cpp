#include "funding/demowalletseeder.h"

#include "config/serverconfig.h"
#include "core/clock.h"
#include "funding/fundingcatalog.h"
#include "http/apienv.h"
#include "http/apirequest.h"
#include "funding/ledger.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace okpay::server {

namespace {
struct Movement
{
    const FundingMethod *method;
    QString currency;
    qint64 amount;
    QString status;  // completed, pending, failed
    QDateTime at;
};

class Writer
{
public:
    Writer(const QSqlDatabase &db, const FundingCatalog &catalog, const QString &userId)
        : m_db(db), m_catalog(catalog), m_userId(userId) {}

    void write(const Movement &m)
    {
        const bool topup = m.method->direction == u"topup";
        QList<Promotion> promotions;
        for (const FundingPromotion &p : m_catalog.promotionsFor(m.method->id))
            promotions.append(p.core());
        QuoteError error = QuoteError::None;
        const Quote quote = Quote::calculate(Money(m.amount, *Currency::fromCode(m.currency)), m.method->fee(m.currency),
                                             promotions, m.at, {}, &error);
        const qint64 fee = quote.fee.minor();
        const qint64 feeBefore = quote.standardFee.minor();
        const QString txn = Ids::newId("txn");
        const QString record = Ids::newId(topup ? "top" : "wdr");
        Ledger ledger(m_db, m.at);
        if (m.status == u"completed" && topup)
            ledger.post(txn, QStringLiteral("topup"), m.currency,
                        {{m.method->kind == u"bank_transfer" ? Ledger::bankClearing() : Ledger::cardClearing(), -(m.amount + fee)},
                         {Ledger::available(m_userId), m.amount}, {Ledger::feeRevenue(), feeBefore},
                         {Ledger::promotionExpense(), fee - feeBefore}});
        else if (m.status == u"pending" && topup)
            ledger.post(txn, QStringLiteral("topup_pending"), m.currency,
                        {{Ledger::bankExpected(), -m.amount}, {Ledger::pending(m_userId), m.amount}});
        else if (m.status != u"failed" && !topup && !ledger.post(txn, QStringLiteral("withdrawal"), m.currency,
                                                                 {{Ledger::available(m_userId), -(m.amount + fee)},
                                                                  {Ledger::payoutClearing(), m.amount},
                                                                  {Ledger::feeRevenue(), feeBefore},
                                                                  {Ledger::promotionExpense(), fee - feeBefore}}))
            throw std::logic_error("demo withdrawal above the balance");
        const QString at = sqlTime(m.at);
        const QVariant done = m.status == u"completed" ? QVariant(at) : QVariant();
        const QVariant why = m.status == u"failed" ? QVariant(topup ? QStringLiteral("The card was declined by the issuer")
                                                                    : QStringLiteral("The receiving account was closed"))
                                                   : QVariant();
        const QVariant promotion = quote.promotionId.isEmpty() ? QVariant() : QVariant(quote.promotionId);
        const QString reference = QStringLiteral("OKP") + record.right(10).toUpper();
        const QString description = topup ? QStringLiteral("Top-up by %1").arg(m.method->name.toLower())
                                          : QStringLiteral("Withdrawal to %1").arg(m.method->name.toLower());
        sqlExec(m_db, QStringLiteral("INSERT INTO transactions (id, user_id, type, direction, status, currency, amount, fee, "
                                     "total, description, method_id, method_kind, topup_id, withdrawal_id, promotion_id, "
                                     "reference, failure_reason, created_at, updated_at, completed_at) VALUES (:id, :u, :ty, "
                                     ":dir, :s, :c, :a, :f, :t, :d, :m, :k, :top, :wdr, :p, :ref, :why, :at, :at2, :done)"),
                {{":id", txn}, {":u", m_userId}, {":ty", topup ? QStringLiteral("topup") : QStringLiteral("withdrawal")},
                 {":dir", topup ? QStringLiteral("credit") : QStringLiteral("debit")}, {":s", m.status}, {":c", m.currency},
                 {":a", m.amount}, {":f", fee}, {":t", m.amount + fee}, {":d", description}, {":m", m.method->id},
                 {":k", m.method->kind}, {":top", topup ? QVariant(record) : QVariant()},
                 {":wdr", topup ? QVariant() : QVariant(record)}, {":p", promotion},
                 {":ref", reference}, {":why", why}, {":at", at}, {":at2", at},
                 {":done", done}});
        if (topup)
            sqlExec(m_db, QStringLiteral("INSERT INTO topups (id, user_id, quote_id, method_id, kind, status, currency, amount, "
                                         "fee, fee_before, promotion_id, transaction_id, reference, failure_reason, created_at, "
                                         "updated_at, completed_at) VALUES (:id, :u, :q, :m, :k, :s, :c, :a, :f, :fb, :p, :t, "
                                         ":ref, :why, :at, :at2, :done)"),
                    {{":id", record}, {":u", m_userId}, {":q", Ids::newId("quo")}, {":m", m.method->id}, {":k", m.method->kind},
                     {":s", m.status}, {":c", m.currency}, {":a", m.amount}, {":f", fee}, {":fb", feeBefore}, {":p", promotion},
                     {":t", txn}, {":ref", reference}, {":why", why}, {":at", at},
                     {":at2", at}, {":done", done}});
        else
            sqlExec(m_db, QStringLiteral("INSERT INTO withdrawals (id, user_id, quote_id, method_id, kind, status, currency, "
                                         "amount, fee, fee_before, promotion_id, transaction_id, destination, failure_reason, "
                                         "created_at, updated_at, completed_at) VALUES (:id, :u, :q, :m, :k, :s, :c, :a, :f, "
                                         ":fb, :p, :t, :dest, :why, :at, :at2, :done)"),
                    {{":id", record}, {":u", m_userId}, {":q", Ids::newId("quo")}, {":m", m.method->id}, {":k", m.method->kind},
                     {":s", m.status}, {":c", m.currency}, {":a", m.amount}, {":f", fee}, {":fb", feeBefore}, {":p", promotion},
                     {":t", txn}, {":dest", destinationSnapshot(m.method->kind, m.currency, m.at)}, {":why", why},
                     {":at", at}, {":at2", at}, {":done", done}});
        m_balances[m.currency] += topup ? (m.status == u"completed" ? m.amount : 0)
                                        : (m.status == u"failed" ? 0 : -(m.amount + fee));
    }

    qint64 balance(const QString &currency) const { return m_balances.value(currency); }
    qint64 feeFor(const FundingMethod &method, const QString &currency, qint64 amount) const
    {
        const auto fee = method.fee(currency).feeFor(Money(amount, *Currency::fromCode(currency)));
        return fee ? fee->minor() : 0;
    }

private:
    QString destinationSnapshot(const QString &kind, const QString &currency, const QDateTime &at) const
    {
        QJsonObject detail;
        if (kind == u"bank_account")
            detail = {{QStringLiteral("account_holder"), QStringLiteral("Demo User")}, {QStringLiteral("bank_name"), QStringLiteral("Demo Bank")},
                      {QStringLiteral("account_number_last4"), QStringLiteral("3000")}};
        else if (kind == u"card")
            detail = {{QStringLiteral("brand"), QStringLiteral("visa")}, {QStringLiteral("masked_pan"), QStringLiteral("400005******5556")},
                      {QStringLiteral("expiry_month"), 12}, {QStringLiteral("expiry_year"), 2030}};
        else
            detail = {{QStringLiteral("provider"), QStringLiteral("PayPal")}, {QStringLiteral("account_handle"), QStringLiteral("demo@okpay.test")}};
        const QJsonObject snapshot{{QStringLiteral("id"), QString(QStringLiteral("dst_demo_") + kind)}, {QStringLiteral("kind"), kind},
                                   {QStringLiteral("label"), QString(QStringLiteral("Demo ") + kind)}, {QStringLiteral("currency"), currency},
                                   {kind, detail}, {QStringLiteral("created_at"), apiTime(at)}};
        return QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
    }

    QSqlDatabase m_db;
    const FundingCatalog &m_catalog;
    QString m_userId;
    QHash<QString, qint64> m_balances;
};
} // namespace

int DemoWalletSeeder::seed(const QSqlDatabase &db, SqlDialect dialect, const ServerConfig &config, const QString &userId,
                           const QDateTime &now)
{
    SqlTransaction tx(db, dialect);
    // Two first reads at once: the user row lock makes the second one see the first one's history and stop.
    sqlExec(db, QStringLiteral("UPDATE users SET updated_at = updated_at WHERE id = :u"), {{":u", userId}});
    QSqlQuery existing = sqlExec(db, QStringLiteral("SELECT COUNT(*) FROM transactions WHERE user_id = :u"), {{":u", userId}});
    if (existing.next() && existing.value(0).toLongLong() > 0)
        return 0;
    existing.finish();
    const FundingCatalog &catalog = FundingCatalog::from(config);
    QList<const FundingMethod *> topups, withdrawals;
    for (const FundingMethod &m : catalog.methods())
        (m.direction == u"topup" ? topups : withdrawals).append(&m);
    if (topups.isEmpty() || withdrawals.isEmpty())
        return 0;
    QRandomGenerator random(20260101);  // the same demo history on every run
    const QStringList currencies{QStringLiteral("USD"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("CNY")};
    Writer writer(db, catalog, userId);
    const int count = 200;
    const QDateTime start = now.addDays(-182);
    for (int i = 0; i < count; ++i) {
        const QDateTime at = start.addSecs(qint64(i) * 182 * 86400 / count + random.bounded(3600));
        const bool recent = at > now.addDays(-3);
        const QString currency = currencies.at(int(random.bounded(currencies.size())));
        const qint64 scale = currency == u"CNY" ? 7 : 1;
        const qint64 amount = (1000 + random.bounded(40) * 500) * scale;  // 10.00 to 205.00 (×7 in CNY)
        const FundingMethod *withdrawal = withdrawals.at(int(random.bounded(withdrawals.size())));
        const bool canWithdraw = writer.balance(currency) >= amount + writer.feeFor(*withdrawal, currency, amount) + 5000 * scale;
        if (i >= count - 2) {  // end with two bank transfers still on their way, for the agent and demo settlement
            for (const FundingMethod *m : topups)
                if (m->kind == u"bank_transfer")
                    writer.write({m, QStringLiteral("USD"), 20000, QStringLiteral("pending"), now.addSecs(i - count)});
        } else if (canWithdraw && random.bounded(100) < 40) {
            const int roll = int(random.bounded(100));
            const QString status = roll < 5 ? QStringLiteral("failed")
                                   : (recent && withdrawal->kind == u"bank_account") ? QStringLiteral("pending")
                                                                                      : QStringLiteral("completed");
            writer.write({withdrawal, currency, amount, status, at});
        } else {
            const FundingMethod *topup = topups.at(int(random.bounded(topups.size())));
            const int roll = int(random.bounded(100));
            QString status = QStringLiteral("completed");
            if (topup->kind == u"bank_transfer" && recent)
                status = QStringLiteral("pending");
            else if (topup->kind != u"bank_transfer" && roll < 6)
                status = QStringLiteral("failed");
            writer.write({topup, currency, amount * 2, status, at});
        }
    }
    tx.commit();
    return count;
}

void DemoWalletSeeder::seedOnFirstRead(const ApiRequest &r)
{
    const QJsonArray emails = r.env->config->section(QStringLiteral("funding")).value(u"demo_wallet_users").toArray();
    if (!r.env->config->demo || !r.auth || emails.isEmpty())
        return;
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT email FROM users WHERE id = :u"), {{":u", r.userId()}});
    if (!q.next() || !emails.contains(q.value(0).toString()))
        return;
    q.finish();
    seed(r.db(), r.env->db->dialect(), *r.env->config, r.userId(), r.env->clock->now());
}

} // namespace okpay::server
