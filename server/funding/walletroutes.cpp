#include "funding/fundingroutegroups.h"

#include "core/clock.h"
#include "funding/fundingrecords.h"
#include "funding/keysetlisting.h"
#include "funding/kyclimits.h"
#include "funding/ledger.h"
#include "funding/topupsettlement.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsontext.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlError>
#include <QTimeZone>

namespace okpay::server {

namespace {
using FundingRecords::money;

// The request every sync makes, and the one the benchmark holds to half the speed of /healthz: a kept prepared
// statement and JSON written as text (currency codes and timestamps, escaped all the same).
QHttpServerResponse listBalances(const ApiRequest &r)
{
    TopUpSettlement::settleDueOnRead(r, true);
    const QString nowText = apiTime(r.env->clock->now());
    QSqlQuery &q = r.env->db->prepared(QStringLiteral("SELECT currency, available, pending, updated_at FROM wallet_balances "
                                                     "WHERE user_id = ?"));
    const auto reset = qScopeGuard([&q] { q.finish(); });  // a kept statement must not keep a read snapshot open
    q.bindValue(0, r.userId());
    if (!q.exec())
        throw SqlError("exec failed: " + q.lastError().text().toStdString() + " in: listBalances");
    struct Held
    {
        qint64 available = 0;
        qint64 pending = 0;
        QString updatedAt;
    };
    QHash<QString, Held> held;
    while (q.next())
        held.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong(), apiTimeFromSql(q.value(3).toString())});
    // Every wallet currency is listed (zero until first used), so the client can show all three balances.
    QByteArray body;
    body.reserve(512);
    body.append("{\"items\":[");
    bool first = true;
    for (const Currency &currency : Currency::walletCurrencies()) {
        const QString code = currency.code();
        const Held balance = held.value(code, Held{0, 0, nowText});
        body.append(first ? "" : ",").append("{\"currency\":");
        JsonText::appendString(body, code);
        body.append(",\"available\":");
        JsonText::appendMoney(body, balance.available, code);
        body.append(",\"pending\":");
        JsonText::appendMoney(body, balance.pending, code);
        body.append(",\"updated_at\":");
        JsonText::appendString(body, balance.updatedAt);
        body.append('}');
        first = false;
    }
    body.append("],\"server_time\":");
    JsonText::appendString(body, nowText);
    body.append('}');
    return jsonResponse(std::move(body));
}

QHttpServerResponse listTransactions(const ApiRequest &r)
{
    TopUpSettlement::settleDueOnRead(r);
    KeysetListing listing(r);
    if (auto e = listing.error())
        return std::move(*e);
    struct Filter { QString name; QStringList allowed; };
    const Filter filters[] = {
        {QStringLiteral("currency"), {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("CNY")}},
        {QStringLiteral("type"), {QStringLiteral("topup"), QStringLiteral("withdrawal"), QStringLiteral("refund"), QStringLiteral("adjustment")}},
        {QStringLiteral("status"), {QStringLiteral("pending"), QStringLiteral("completed"), QStringLiteral("failed"),
                                    QStringLiteral("cancelled"), QStringLiteral("reversed")}}};
    for (const Filter &f : filters) {
        if (!r.query.hasQueryItem(f.name))
            continue;
        const QString value = r.queryValue(f.name);
        if (!f.allowed.contains(value))
            return KeysetListing::badParameter(f.name, QStringLiteral("%1 must be one of: %2").arg(f.name, f.allowed.join(u", ")));
        listing.where(QStringLiteral("%1 = :f_%1").arg(f.name), {{QStringLiteral(":f_") + f.name, value}});
    }
    for (const auto &[name, op] : {std::pair{QStringLiteral("created_from"), QStringLiteral(">=")},
                                   std::pair{QStringLiteral("created_to"), QStringLiteral("<")}}) {
        if (!r.query.hasQueryItem(name))
            continue;
        const auto time = KeysetListing::parseTime(r.queryValue(name));
        if (!time)
            return KeysetListing::badParameter(name, QStringLiteral("%1 must be an RFC 3339 timestamp").arg(name));
        listing.where(QStringLiteral("created_at %1 :%2").arg(op, name), {{QStringLiteral(":") + name, *time}});
    }
    QSqlQuery q = listing.run(r.db(), FundingRecords::transactionColumns(), QStringLiteral("transactions"), r.userId());
    QJsonArray items;
    while (q.next() && listing.accept(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()))
        items.append(FundingRecords::transactionJson(q));
    return jsonResponse({{QStringLiteral("items"), items},
                         {QStringLiteral("next_cursor"), listing.nextCursor()},
                         {QStringLiteral("server_time"), apiTime(r.env->clock->now())}});
}

QHttpServerResponse getTransaction(const ApiRequest &r, const QString &id)
{
    TopUpSettlement::settleDueOnRead(r);
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT %1 FROM transactions WHERE id = :id AND user_id = :u")
                                      .arg(FundingRecords::transactionColumns()),
                          {{":id", id}, {":u", r.userId()}});
    if (!q.next())
        return notFound(QStringLiteral("Transaction not found"));
    return jsonResponse(FundingRecords::transactionJson(q));
}

std::optional<QDate> parseDate(const ApiRequest &r, const QString &name, bool *bad)
{
    if (!r.query.hasQueryItem(name))
        return std::nullopt;
    const QDate d = QDate::fromString(r.queryValue(name), Qt::ISODate);
    if (!d.isValid() || r.queryValue(name).size() != 10)
        *bad = true;
    return d;
}

QHttpServerResponse balanceHistory(const ApiRequest &r)
{
    TopUpSettlement::settleDueOnRead(r);
    const QString currency = r.queryValue(QStringLiteral("currency"));
    if (currency != u"USD" && currency != u"EUR" && currency != u"CNY")
        return KeysetListing::badParameter(QStringLiteral("currency"), QStringLiteral("currency must be USD, EUR or CNY"));
    QSqlQuery u = sqlExec(r.db(), QStringLiteral("SELECT timezone FROM users WHERE id = :u"), {{":u", r.userId()}});
    const QString zoneName = u.next() ? u.value(0).toString() : QStringLiteral("UTC");
    QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDate today = r.env->clock->now().toTimeZone(zone).date();
    bool bad = false;
    const QDate to = parseDate(r, QStringLiteral("to"), &bad).value_or(today);
    const QDate from = parseDate(r, QStringLiteral("from"), &bad).value_or(to.addDays(-29));
    if (bad)
        return KeysetListing::badParameter(QStringLiteral("from"), QStringLiteral("from and to must be dates (YYYY-MM-DD)"));
    if (from > to || from.daysTo(to) >= 366)
        return validationError(QStringLiteral("from"), QStringLiteral("from must not be after to, and at most 366 days apart"));

    const QString account = Ledger::available(r.userId());
    auto startOf = [&](QDate d) { return sqlTime(QDateTime(d, QTime(0, 0), zone)); };
    QSqlQuery opening = sqlExec(r.db(), QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM postings WHERE account = :a "
                                                       "AND currency = :c AND created_at < :start"),
                                {{":a", account}, {":c", currency}, {":start", startOf(from)}});
    qint64 balance = opening.next() ? opening.value(0).toLongLong() : 0;
    QSqlQuery rows = sqlExec(r.db(), QStringLiteral("SELECT created_at, amount FROM postings WHERE account = :a AND currency = :c "
                                                    "AND created_at >= :start AND created_at < :end ORDER BY created_at"),
                             {{":a", account}, {":c", currency}, {":start", startOf(from)}, {":end", startOf(to.addDays(1))}});
    bool hasRow = rows.next();
    QJsonArray points;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const QString end = startOf(day.addDays(1));
        while (hasRow && rows.value(0).toString() < end) {
            balance += rows.value(1).toLongLong();
            hasRow = rows.next();
        }
        points.append(QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                  {QStringLiteral("balance"), money(balance, currency)}});
    }
    return jsonResponse({{QStringLiteral("currency"), currency},
                         {QStringLiteral("timezone"), QString::fromUtf8(zone.id())},
                         {QStringLiteral("points"), points}});
}

QHttpServerResponse kycStatus(const ApiRequest &r)
{
    return jsonResponse(KycLimits(r.db(), *r.env->config, r.env->clock->now()).status(r.userId()));
}
} // namespace

void registerWalletRoutes(ApiRouter &router)
{
    using Method = QHttpServerRequest::Method;
    router.addRead(QStringLiteral("/v1/wallet/balances"), Access::User, listBalances);
    router.addRead(QStringLiteral("/v1/wallet/transactions"), Access::User, listTransactions);
    router.addWithId(Method::Get, QStringLiteral("/v1/wallet/transactions/<arg>"), Access::User, getTransaction);
    router.addRead(QStringLiteral("/v1/wallet/balance-history"), Access::User, balanceHistory);
    router.add(Method::Get, QStringLiteral("/v1/account/kyc"), Access::User, kycStatus);
}

} // namespace okpay::server
