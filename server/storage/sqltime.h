#pragma once
#include <QDateTime>
#include <QString>

namespace okpay::server {

// Timestamps are stored as fixed-width RFC 3339 UTC text with milliseconds ("2026-11-25T15:01:53.123Z"), so they sort
// and compare as strings identically on SQLite and PostgreSQL.
inline QString sqlTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

inline QDateTime fromSqlTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// The contract's timestamp form (seconds precision, "Z").
inline QString apiTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// A stored timestamp in the contract's form without parsing it: "2026-11-25T15:01:53.123Z" → "2026-11-25T15:01:53Z"
// (hot read paths such as the balances); anything not in the stored fixed-width form goes the long way.
inline QString apiTimeFromSql(const QString &stored)
{
    if (stored.size() == 24 && stored.at(19) == u'.' && stored.at(23) == u'Z' && stored.at(10) == u'T')
        return stored.left(19) + u'Z';
    return apiTime(fromSqlTime(stored));
}

} // namespace okpay::server
