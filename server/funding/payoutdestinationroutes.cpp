#include "funding/fundingroutegroups.h"

#include "core/cardnumber.h"
#include "core/clock.h"
#include "funding/sandboxcardprocessor.h"
#include "funding/secondfactor.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace okpay::server {

namespace {
const QStringList kKinds{QStringLiteral("bank_account"), QStringLiteral("card"), QStringLiteral("ewallet")};

struct Destination
{
    QJsonObject detail;   // what the API shows (masked)
    QString fingerprint;  // what makes two destinations the same, without the full number
};

std::optional<Destination> bankAccount(JsonBody &body)
{
    static const QRegularExpression accountPattern(QStringLiteral("^[0-9A-Z]{4,34}$"));
    const QString holder = body.string(QStringLiteral("account_holder"), 1, 100);
    const QString bank = body.string(QStringLiteral("bank_name"), 1, 200);
    const QString account = body.string(QStringLiteral("account_number"), 4, 34);
    const auto bankCode = body.optionalString(QStringLiteral("bank_code"), 1, 32);
    if (!account.isEmpty() && !accountPattern.match(account).hasMatch())
        body.fail(QStringLiteral("account_number"), QStringLiteral("account_number must be 4 to 34 digits or capital letters"));
    if (body.error())
        return std::nullopt;
    return Destination{{{QStringLiteral("account_holder"), holder},
                        {QStringLiteral("bank_name"), bank},
                        {QStringLiteral("account_number_last4"), account.right(4)}},
                       Ids::sha256Hex(QStringLiteral("bank|") + bankCode.value_or(QString()) + u'|' + account)};
}

std::optional<Destination> card(JsonBody &body, const QDateTime &now)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{12,19}$"));
    const QString number = body.string(QStringLiteral("card_number"), 12, 19);
    const qint64 month = body.integer(QStringLiteral("expiry_month"), 1, 12);
    const qint64 year = body.integer(QStringLiteral("expiry_year"), 2000, 2100);
    body.string(QStringLiteral("holder_name"), 1, 100);
    if (!body.error() && !digits.match(number).hasMatch())
        body.fail(QStringLiteral("card_number"), QStringLiteral("card_number must be 12 to 19 digits"));
    if (!body.error() && !CardNumber::luhnValid(number))
        body.fail(QStringLiteral("card_number"), QStringLiteral("The card number is not valid"), QStringLiteral("invalid_card_number"));
    if (!body.error() && !SandboxCardProcessor::expiryValid(int(month), int(year), now))
        body.fail(QStringLiteral("expiry_year"), QStringLiteral("The card has expired"));
    if (body.error())
        return std::nullopt;
    const QString masked = number.left(6) + QString(number.size() - 10, u'*') + number.right(4);
    // First 6 + last 4 + expiry identify a card well enough for duplicate detection without keeping the number.
    return Destination{{{QStringLiteral("brand"), SandboxCardProcessor::brandOf(number)},
                        {QStringLiteral("masked_pan"), masked},
                        {QStringLiteral("expiry_month"), month},
                        {QStringLiteral("expiry_year"), year}},
                       QStringLiteral("card|%1|%2/%3").arg(masked).arg(month).arg(year)};
}

std::optional<Destination> ewallet(JsonBody &body)
{
    const QString provider = body.string(QStringLiteral("provider"), 1, 200);
    const QString handle = body.string(QStringLiteral("account_handle"), 1, 200);
    if (body.error())
        return std::nullopt;
    return Destination{{{QStringLiteral("provider"), provider}, {QStringLiteral("account_handle"), handle}},
                       Ids::sha256Hex(QStringLiteral("ewallet|") + provider.toLower() + u'|' + handle.toLower())};
}

QHttpServerResponse createDestination(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString kind = body.oneOf(QStringLiteral("kind"), kKinds);
    const QString label = body.string(QStringLiteral("label"), 1, 200);
    const QString currency = body.oneOf(QStringLiteral("currency"), {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("CNY")});
    const auto totp = body.optionalString(QStringLiteral("totp_code"), 6, 8);
    if (auto e = body.error())
        return std::move(*e);
    const QDateTime now = r.env->clock->now();
    const std::optional<Destination> destination = kind == u"bank_account" ? bankAccount(body)
                                                   : kind == u"card"       ? card(body, now)
                                                                           : ewallet(body);
    if (auto e = body.error())
        return std::move(*e);
    if (auto e = SecondFactor::check(r, totp))
        return std::move(*e);
    const QString id = Ids::newId("dst");
    const QJsonObject snapshot{{QStringLiteral("id"), id},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("label"), label},
                               {QStringLiteral("currency"), currency},
                               {kind, destination->detail},
                               {QStringLiteral("created_at"), apiTime(now)}};
    QSqlQuery insert = sqlExec(r.db(), QStringLiteral("INSERT INTO payout_destinations (id, user_id, kind, currency, fingerprint, "
                                                      "snapshot, created_at) VALUES (:id, :u, :k, :c, :f, :s, :now) "
                                                      "ON CONFLICT DO NOTHING"),
                               {{":id", id}, {":u", r.userId()}, {":k", kind}, {":c", currency},
                                {":f", QString(currency + u'|' + destination->fingerprint)},
                                {":s", QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))},
                                {":now", sqlTime(now)}});
    if (insert.numRowsAffected() != 1)
        return errorResponse(Status::Conflict, QStringLiteral("destination_exists"),
                             QStringLiteral("This payout destination is already saved"));
    return jsonResponse(snapshot, Status::Created);
}

QHttpServerResponse listDestinations(const ApiRequest &r)
{
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT snapshot FROM payout_destinations WHERE user_id = :u "
                                                 "ORDER BY created_at, id LIMIT 100"),
                          {{":u", r.userId()}});
    QJsonArray items;
    while (q.next())
        items.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return jsonResponse({{QStringLiteral("items"), items}});
}

QHttpServerResponse deleteDestination(const ApiRequest &r, const QString &id)
{
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("DELETE FROM payout_destinations WHERE id = :id AND user_id = :u"),
                          {{":id", id}, {":u", r.userId()}});
    return q.numRowsAffected() == 1 ? noContent() : notFound(QStringLiteral("Payout destination not found"));
}
} // namespace

void registerPayoutDestinationRoutes(ApiRouter &router)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Get, QStringLiteral("/v1/funding/payout-destinations"), Access::User, listDestinations);
    router.add(Method::Post, QStringLiteral("/v1/funding/payout-destinations"), Access::VerifiedUser, createDestination);
    router.addWithId(Method::Delete, QStringLiteral("/v1/funding/payout-destinations/<arg>"), Access::User, deleteDestination);
}

} // namespace okpay::server
