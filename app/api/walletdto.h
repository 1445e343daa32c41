#pragma once
#include "core/transaction.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace okpay {

struct Balance
{
    Money available = Money::zero(Currency::usd());
    Money pending = Money::zero(Currency::usd());
    QDateTime updatedAt;
};

struct BalanceList
{
    QList<Balance> items;
    QDateTime serverTime;
};

struct TransactionPage
{
    QList<Transaction> items;
    QString nextCursor;  // empty at the end
    QDateTime serverTime;
};

// GET /v1/wallet/balances and /v1/wallet/transactions bodies, checked against the contract; nullopt with *error.
class WalletDto
{
public:
    static std::optional<BalanceList> balances(const QJsonObject &json, QString *error);
    static std::optional<TransactionPage> transactions(const QJsonObject &json, QString *error);
    static std::optional<Transaction> transaction(const QJsonObject &json, QString *error);
};

} // namespace okpay
