#include "funding/fundingrecords.h"

#include "storage/sqltime.h"

#include <QJsonDocument>

namespace okpay::server::FundingRecords {

QJsonObject money(qint64 amount, const QString &currency)
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency}};
}

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

namespace {
QJsonValue timeOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(apiTime(fromSqlTime(value.toString())));
}
QString time(const QVariant &value)
{
    return apiTime(fromSqlTime(value.toString()));
}
} // namespace

QString transactionColumns()
{
    return QStringLiteral("created_at, updated_at, id, type, direction, status, currency, amount, fee, total, description, "
                          "method_id, method_kind, topup_id, withdrawal_id, promotion_id, reference, failure_reason, "
                          "completed_at, (SELECT card_last4 FROM topups WHERE topups.id = transactions.topup_id)");
}

QJsonObject transactionJson(const QSqlQuery &q)
{
    const QString currency = q.value(6).toString();
    return {{QStringLiteral("id"), q.value(2).toString()},
            {QStringLiteral("type"), q.value(3).toString()},
            {QStringLiteral("direction"), q.value(4).toString()},
            {QStringLiteral("status"), q.value(5).toString()},
            {QStringLiteral("amount"), money(q.value(7).toLongLong(), currency)},
            {QStringLiteral("fee"), money(q.value(8).toLongLong(), currency)},
            {QStringLiteral("total"), money(q.value(9).toLongLong(), currency)},
            {QStringLiteral("description"), q.value(10).toString()},
            {QStringLiteral("method_id"), nullable(q.value(11))},
            {QStringLiteral("method_kind"), nullable(q.value(12))},
            {QStringLiteral("topup_id"), nullable(q.value(13))},
            {QStringLiteral("withdrawal_id"), nullable(q.value(14))},
            {QStringLiteral("promotion_id"), nullable(q.value(15))},
            {QStringLiteral("reference"), nullable(q.value(16))},
            {QStringLiteral("failure_reason"), nullable(q.value(17))},
            {QStringLiteral("created_at"), time(q.value(0))},
            {QStringLiteral("updated_at"), time(q.value(1))},
            {QStringLiteral("completed_at"), timeOrNull(q.value(18))},
            {QStringLiteral("card_last4"), nullable(q.value(19))}};
}

QString topupColumns()
{
    return QStringLiteral("created_at, updated_at, id, quote_id, method_id, kind, status, currency, amount, fee, "
                          "promotion_id, transaction_id, reference, card_brand, card_last4, failure_reason, completed_at");
}

QJsonObject topupJson(const QSqlQuery &q, const QJsonObject &bank)
{
    const QString currency = q.value(7).toString();
    const qint64 amount = q.value(8).toLongLong();
    const qint64 fee = q.value(9).toLongLong();
    const QString kind = q.value(5).toString();
    const QString status = q.value(6).toString();
    QJsonObject o{{QStringLiteral("id"), q.value(2).toString()},
                  {QStringLiteral("quote_id"), q.value(3).toString()},
                  {QStringLiteral("method_id"), q.value(4).toString()},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("amount"), money(amount, currency)},
                  {QStringLiteral("fee"), money(fee, currency)},
                  {QStringLiteral("total"), money(amount + fee, currency)},
                  {QStringLiteral("promotion_id"), nullable(q.value(10))},
                  {QStringLiteral("transaction_id"), q.value(11).toString()},
                  {QStringLiteral("bank_transfer_instructions"), QJsonValue()},
                  {QStringLiteral("failure_reason"), nullable(q.value(15))},
                  {QStringLiteral("created_at"), time(q.value(0))},
                  {QStringLiteral("updated_at"), time(q.value(1))},
                  {QStringLiteral("completed_at"), timeOrNull(q.value(16))}};
    if (kind == u"bank_transfer" && status == u"pending") {
        QJsonObject instructions{{QStringLiteral("beneficiary_name"), bank.value(u"beneficiary_name")},
                                 {QStringLiteral("bank_name"), bank.value(u"bank_name")},
                                 {QStringLiteral("account_number"), bank.value(u"account_number")},
                                 {QStringLiteral("reference"), q.value(12).toString()},
                                 {QStringLiteral("pay_by"), apiTime(fromSqlTime(q.value(0).toString())
                                                                        .addDays(bank.value(u"pay_within_days").toInt(5)))}};
        if (!bank.value(u"bank_code").toString().isEmpty())
            instructions.insert(QStringLiteral("bank_code"), bank.value(u"bank_code"));
        o.insert(QStringLiteral("bank_transfer_instructions"), instructions);
    }
    if (!q.value(13).isNull())
        o.insert(QStringLiteral("card"), QJsonObject{{QStringLiteral("brand"), q.value(13).toString()},
                                                     {QStringLiteral("last4"), q.value(14).toString()}});
    return o;
}

QString withdrawalColumns()
{
    return QStringLiteral("created_at, updated_at, id, quote_id, method_id, kind, status, currency, amount, fee, "
                          "promotion_id, transaction_id, destination, failure_reason, completed_at");
}

QJsonObject withdrawalJson(const QSqlQuery &q)
{
    const QString currency = q.value(7).toString();
    const qint64 amount = q.value(8).toLongLong();
    const qint64 fee = q.value(9).toLongLong();
    return {{QStringLiteral("id"), q.value(2).toString()},
            {QStringLiteral("quote_id"), q.value(3).toString()},
            {QStringLiteral("method_id"), q.value(4).toString()},
            {QStringLiteral("kind"), q.value(5).toString()},
            {QStringLiteral("status"), q.value(6).toString()},
            {QStringLiteral("amount"), money(amount, currency)},
            {QStringLiteral("fee"), money(fee, currency)},
            {QStringLiteral("total"), money(amount + fee, currency)},
            {QStringLiteral("destination"), QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object()},
            {QStringLiteral("promotion_id"), nullable(q.value(10))},
            {QStringLiteral("transaction_id"), q.value(11).toString()},
            {QStringLiteral("failure_reason"), nullable(q.value(13))},
            {QStringLiteral("created_at"), time(q.value(0))},
            {QStringLiteral("updated_at"), time(q.value(1))},
            {QStringLiteral("completed_at"), timeOrNull(q.value(14))}};
}

} // namespace okpay::server::FundingRecords
