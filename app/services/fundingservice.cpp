#include "services/fundingservice.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "api/dtoreader.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

namespace okpay {

namespace {
// "Name · masked detail": the detail object that matches the kind (openapi.yaml PayoutDestination).
PayoutDestination destinationFrom(const QJsonObject &d)
{
    const QString kind = d.value(u"kind").toString();
    const QJsonObject detail = d.value(kind).toObject();
    QString shown;
    if (kind == u"bank_account")
        shown = QStringLiteral("••") + detail.value(u"account_number_last4").toString();
    else if (kind == u"card")
        shown = detail.value(u"masked_pan").toString();
    else
        shown = detail.value(u"account_handle").toString();
    const QString name = d.value(u"label").toString();
    return PayoutDestination{d.value(u"id").toString(), kind, d.value(u"currency").toString(),
                             shown.isEmpty() || shown == u"••" ? name : name + QStringLiteral(" · ") + shown, name};
}
} // namespace

FundingService::FundingService(ApiClient *client, KycService *kyc, QObject *parent) : QObject(parent), m_client(client), m_kyc(kyc) {}

QByteArray FundingService::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

void FundingService::loadMethods()
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/funding/methods");
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit methodsFailed(ApiErrorText::userMessage(*result.error));
        QList<FundingMethod> methods;
        for (const QJsonValue &v : result.json.object().value(u"items").toArray()) {
            DtoReader r(v.toObject(), QStringLiteral("method"));
            FundingMethod m{r.string(QStringLiteral("id"), 1, 64), r.oneOf(QStringLiteral("direction"), {QStringLiteral("topup"), QStringLiteral("withdraw")}),
                            r.string(QStringLiteral("kind"), 1, 64), r.string(QStringLiteral("name"), 1, 200),
                            r.optionalString(QStringLiteral("description"), 1000), {}, v.toObject()};
            const QJsonObject promotion = v.toObject().value(u"active_promotion").toObject();
            m.promotion = promotion.value(u"title").toString(promotion.value(u"name").toString());
            if (!r.ok())
                return emit methodsFailed(tr("OKPay sent funding methods this version of the app does not understand."));
            methods.append(m);
        }
        emit methodsLoaded(methods);
    });
}

void FundingService::loadDestinations()
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/funding/payout-destinations");
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit destinationsFailed(ApiErrorText::userMessage(*result.error));
        QList<PayoutDestination> destinations;
        for (const QJsonValue &v : result.json.object().value(u"items").toArray())
            destinations.append(destinationFrom(v.toObject()));
        emit destinationsLoaded(destinations);
    });
}

void FundingService::addDestination(const NewPayoutDestination &d)
{
    QJsonObject body{{QStringLiteral("kind"), d.kind}, {QStringLiteral("label"), d.label}, {QStringLiteral("currency"), d.currency}};
    if (d.kind == u"bank_account") {
        body.insert(QStringLiteral("account_holder"), d.accountHolder);
        body.insert(QStringLiteral("bank_name"), d.bankName);
        body.insert(QStringLiteral("account_number"), d.accountNumber);
        if (!d.bankCode.isEmpty())
            body.insert(QStringLiteral("bank_code"), d.bankCode);
    } else if (d.kind == u"card") {
        body.insert(QStringLiteral("card_number"), d.cardNumber);
        body.insert(QStringLiteral("expiry_month"), d.expiryMonth);
        body.insert(QStringLiteral("expiry_year"), d.expiryYear);
        body.insert(QStringLiteral("holder_name"), d.holderName);
    } else {
        body.insert(QStringLiteral("provider"), d.provider);
        body.insert(QStringLiteral("account_handle"), d.accountHandle);
    }
    if (!d.totpCode.isEmpty())
        body.insert(QStringLiteral("totp_code"), d.totpCode);
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/funding/payout-destinations");
    spec.json = body;
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit destinationAddFailed(ApiErrorText::formMessage(*result.error), result.error->code, result.error->field);
        emit destinationAdded(destinationFrom(result.json.object()));
    });
}

void FundingService::removeDestination(const QString &id)
{
    ApiRequestSpec spec;
    spec.method = "DELETE";
    spec.path = QStringLiteral("/v1/funding/payout-destinations/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    m_client->send(spec, this, [this, id](const ApiResult &result) {
        if (!result.ok() && result.error->httpStatus != 404)  // already gone elsewhere: the list refresh shows it
            return emit destinationRemoveFailed(ApiErrorText::userMessage(*result.error));
        emit destinationRemoved(id);
    });
}

quint64 FundingService::requestQuote(const QString &methodId, const Money &amount)
{
    const quint64 request = ++m_nextQuote;
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/funding/quotes");
    spec.json = QJsonObject{{QStringLiteral("method_id"), methodId},
                            {QStringLiteral("amount"), QJsonObject{{QStringLiteral("amount"), amount.minor()},
                                                                   {QStringLiteral("currency"), amount.currency().code()}}}};
    m_client->send(spec, this, [this, request](const ApiResult &result) {
        if (!result.ok())
            return emit quoteFailed(request, ApiErrorText::formMessage(*result.error),
                                    result.error->field, result.error->code);
        DtoReader r(result.json.object(), QStringLiteral("quote"));
        FundingQuote quote{r.string(QStringLiteral("quote_id"), 1, 64), r.money(QStringLiteral("amount")), r.money(QStringLiteral("fee")),
                           r.money(QStringLiteral("saving")), r.money(QStringLiteral("total")), r.time(QStringLiteral("expires_at"))};
        if (!r.ok())
            return emit quoteFailed(request, tr("OKPay sent a quote this version of the app does not understand."), {}, {});
        emit quoteReady(request, quote);
    });
    return request;
}

void FundingService::topUp(const QString &quoteId, const std::optional<CardInput> &card, const QByteArray &idempotencyKey)
{
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/funding/topups");
    spec.idempotencyKey = idempotencyKey;  // the same key on every retry of this confirmation
    QJsonObject body{{QStringLiteral("quote_id"), quoteId}};
    if (card)
        body.insert(QStringLiteral("card"), QJsonObject{{QStringLiteral("number"), card->number},
                                                        {QStringLiteral("expiry_month"), card->expiryMonth},
                                                        {QStringLiteral("expiry_year"), card->expiryYear},
                                                        {QStringLiteral("cvv"), card->cvv}});
    spec.json = body;
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit topUpFailed(ApiErrorText::formMessage(*result.error),
                                    result.error->code);
        emit topUpFinished(result.json.object());
    });
}

} // namespace okpay

namespace okpay {

void FundingService::withdraw(const QString &quoteId, const QString &destinationId, const QString &totpCode,
                              const QByteArray &idempotencyKey)
{
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/funding/withdrawals");
    spec.idempotencyKey = idempotencyKey;
    QJsonObject body{{QStringLiteral("quote_id"), quoteId}, {QStringLiteral("destination_id"), destinationId}};
    if (!totpCode.isEmpty())
        body.insert(QStringLiteral("totp_code"), totpCode);
    spec.json = body;
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit withdrawalFailed(ApiErrorText::formMessage(*result.error),
                                         result.error->code);
        emit withdrawalFinished(result.json.object());
    });
}

} // namespace okpay
