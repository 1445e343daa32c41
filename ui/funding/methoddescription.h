#pragma once
#include "services/fundingservice.h"

#include <QCoreApplication>
#include <QLocale>

namespace okpay {

// A funding method as the user reads it, in their language: its name, fee rule, processing time and limits for one
// currency, and the active promotion as a badge. Built from the method's structured fields, never the server's
// English description, so it is translated and formatted for the user's locale.
class MethodDescription
{
    Q_DECLARE_TR_FUNCTIONS(MethodDescription)

public:
    static QString name(const FundingMethod &method);
    static QString feeRule(const FundingMethod &method, const QString &currency, const QLocale &locale);
    static QString processingTime(const FundingMethod &method);
    static QString limits(const FundingMethod &method, const QString &currency, bool topUp, const QLocale &locale);
    static std::optional<Money> maximum(const FundingMethod &method, const QString &currency);  // per transaction
    static QString promotion(const FundingMethod &method, const QLocale &locale);  // "" when none is active
    static QString summary(const FundingMethod &method, const QString &currency, bool topUp, const QLocale &locale);
};

} // namespace okpay
