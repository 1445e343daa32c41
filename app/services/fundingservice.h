#pragma once
#include "core/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace okpay {

class ApiClient;

// A way to put money in or take it out, as the server offers it.
struct FundingMethod
{
    QString id;
    QString direction;  // topup or withdraw
    QString kind;       // bank_transfer, debit_card, credit_card, bank_account, card, ewallet
    QString name;
    QString description;
    QString promotion;  // the active promotion's title, empty when none
    QJsonObject json;   // fees, limits, processing time
};

// Where a withdrawal can go (the user's saved bank account, card or e-wallet; card numbers only masked).
struct PayoutDestination
{
    QString id;
    QString kind;  // bank_account, card, ewallet
    QString currency;
    QString label;
};

struct FundingQuote
{
    QString quoteId;
    Money amount = Money::zero(Currency::usd());
    Money fee = Money::zero(Currency::usd());
    Money saving = Money::zero(Currency::usd());
    Money total = Money::zero(Currency::usd());
    QDateTime expiresAt;
};

// Card details typed by the user: held in memory only for the one request, never stored or logged.
struct CardInput
{
    QString number;
    int expiryMonth = 0;
    int expiryYear = 0;
    QString cvv;
};

// Top-up and withdrawal for the Top-up / Withdraw tab: the methods, live quotes (each answer carries its request
// number, so the view ignores stale ones), and the money-moving requests, each with the Idempotency-Key the
// confirmation dialog created, so clicking twice or a retry never moves money twice.
class FundingService : public QObject
{
    Q_OBJECT

public:
    explicit FundingService(ApiClient *client, QObject *parent = nullptr);

    void loadMethods();
    void loadDestinations();
    quint64 requestQuote(const QString &methodId, const Money &amount);
    void topUp(const QString &quoteId, const std::optional<CardInput> &card, const QByteArray &idempotencyKey);
    void withdraw(const QString &quoteId, const QString &destinationId, const QString &totpCode, const QByteArray &idempotencyKey);
    static QByteArray newIdempotencyKey();

signals:
    void methodsLoaded(const QList<okpay::FundingMethod> &methods);
    void methodsFailed(const QString &message);
    void destinationsLoaded(const QList<okpay::PayoutDestination> &destinations);
    void quoteReady(quint64 request, const okpay::FundingQuote &quote);
    void quoteFailed(quint64 request, const QString &message, const QString &field);
    void topUpFinished(const QJsonObject &topUp);
    void topUpFailed(const QString &message, const QString &code);
    void withdrawalFinished(const QJsonObject &withdrawal);
    void withdrawalFailed(const QString &message, const QString &code);

private:
    ApiClient *m_client;
    quint64 m_nextQuote = 0;
};

} // namespace okpay
