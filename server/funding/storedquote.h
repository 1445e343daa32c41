#pragma once
#include "http/apiresponse.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace okpay::server {

// A quote as stored by POST /v1/funding/quotes: it fixes fee and promotion until it expires and is used at most once.
struct StoredQuote
{
    QString id;
    QString methodId;
    QString direction;
    QString kind;
    QString currency;
    qint64 amount = 0;
    qint64 fee = 0;
    qint64 feeBefore = 0;
    QString promotionId;  // empty without a promotion
    QDateTime expiresAt;
    bool used = false;

    qint64 total() const { return amount + fee; }

    // The user's quote, or the error for it: 404 (unknown or another user's), 422 wrong direction, quote_used,
    // quote_expired. On success the returned response is empty and *quote is set.
    static std::optional<QHttpServerResponse> loadUsable(const QSqlDatabase &db, const QString &userId,
                                                         const QString &quoteId, const QString &direction,
                                                         const QDateTime &now, StoredQuote *quote);
    // Marks it used inside the caller's transaction; false when another request used it first.
    bool claim(const QSqlDatabase &db, const QDateTime &now) const;
};

} // namespace okpay::server
