#pragma once
#include "core/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace okpay {

class ApiClient;
class KycService;

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
    QString label;  // the name and the masked detail, as the destination list shows it
    QString name;   // the user's own name for it
};

// A destination to save. Card numbers are held for this one request only; the server keeps the masked form.
struct NewPayoutDestination
{
    QString kind;  // bank_account, card, ewallet
    QString label;
    QString currency;
    QString accountHolder, bankName, accountNumber, bankCode;  // bank_account (bank code optional)
    QString cardNumber, holderName;                            // card
    int expiryMonth = 0, expiryYear = 0;
    QString provider, accountHandle;  // ewallet
    QString totpCode;                 // when two-factor authentication is on
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
// confirmation dialog created, so clicking twice or a retry never moves money twice. Also the saved payout
// destinations, and the KYC service whose limits apply to funding.
class FundingService : public QObject
{
    Q_OBJECT

public:
    FundingService(ApiClient *client, KycService *kyc, QObject *parent = nullptr);

    KycService *kyc() const { return m_kyc; }
    void loadMethods();
    void loadDestinations();
    void addDestination(const NewPayoutDestination &destination);
    void removeDestination(const QString &id);
    quint64 requestQuote(const QString &methodId, const Money &amount);
    void topUp(const QString &quoteId, const std::optional<CardInput> &card, const QByteArray &idempotencyKey);
    void withdraw(const QString &quoteId, const QString &destinationId, const QString &totpCode, const QByteArray &idempotencyKey);
    static QByteArray newIdempotencyKey();

signals:
    void methodsLoaded(const QList<okpay::FundingMethod> &methods);
    void methodsFailed(const QString &message);
    void destinationsLoaded(const QList<okpay::PayoutDestination> &destinations);
    void destinationsFailed(const QString &message);
    void destinationAdded(const okpay::PayoutDestination &destination);
    void destinationAddFailed(const QString &message, const QString &code, const QString &field);
    void destinationRemoved(const QString &id);
    void destinationRemoveFailed(const QString &message);
    void quoteReady(quint64 request, const okpay::FundingQuote &quote);
    void quoteFailed(quint64 request, const QString &message, const QString &field, const QString &code);
    void topUpFinished(const QJsonObject &topUp);
    void topUpFailed(const QString &message, const QString &code);
    void withdrawalFinished(const QJsonObject &withdrawal);
    void withdrawalFailed(const QString &message, const QString &code);

private:
    ApiClient *m_client;
    KycService *m_kyc;
    quint64 m_nextQuote = 0;
};

} // namespace okpay
