#pragma once
#include "services/kycservice.h"

#include <QCoreApplication>
#include <QLocale>

namespace okpay {

// Identity verification in the user's words: level names, document types, review states and limits, translated and
// formatted for the user's locale (never the server's English).
class KycText
{
    Q_DECLARE_TR_FUNCTIONS(KycText)

public:
    static QString level(int level);                   // "Email confirmed (level 1)"
    static QString documentType(const QString &type);  // "Passport"
    static QString review(KycStatus::Review review);   // "Under review"
    static QString limitName(const QString &kind);     // "Per top-up"
    static QString limitValue(const KycLimit &limit, const QLocale &locale);  // "$500.00 of $2,000.00 used today"
    // Why the amount cannot go through, naming the limit it is over ("You can top up at most $1,000.00 at a time…").
    static QString exceeded(const KycLimit &limit, const Money &amount, const QLocale &locale);
    // What the next level needs, or why there is none.
    static QString nextLevel(const KycStatus &status, const QLocale &locale);
};

} // namespace okpay
