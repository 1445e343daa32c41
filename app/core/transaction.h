#pragma once
#include "core/money.h"

#include <QDateTime>
#include <QString>

namespace okpay {

// One wallet transaction as the client knows it (from the server, kept in the cache).
struct Transaction
{
    QString id;
    QDateTime createdAt;  // UTC
    QDateTime updatedAt;
    QString type;       // topup, withdrawal, refund, adjustment
    QString direction;  // credit, debit
    QString status;     // pending, completed, failed, cancelled, reversed
    Money amount = Money::zero(Currency::usd());
    Money fee = Money::zero(Currency::usd());
    Money total = Money::zero(Currency::usd());
    QString description;
    QString methodKind;  // may be empty
    QString reference;   // bank or processor reference, may be empty
    QString cardLast4;   // the card of a card top-up, may be empty
    QString failureReason;
};

} // namespace okpay
