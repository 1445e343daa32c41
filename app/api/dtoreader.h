#pragma once
#include "core/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace okpay {

// Reads one object of a server response against the contract. The first missing, mistyped or out-of-range field
// wins and is reported (never a crash, never a silent default), so a bad answer becomes an ApiError::Malformed.
class DtoReader
{
public:
    explicit DtoReader(QJsonObject object, QString context = {}) : m_object(std::move(object)), m_context(std::move(context)) {}

    QString string(const QString &key, int minLength = 0, int maxLength = 10000);
    QString optionalString(const QString &key, int maxLength = 10000);  // missing or null → empty
    QString oneOf(const QString &key, const QStringList &allowed);
    qint64 integer(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    QDateTime time(const QString &key);  // RFC 3339
    Money money(const QString &key);     // {"amount": int64, "currency": known ISO code}
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key, int maxItems);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }  // "transactions[3].amount: not an integer"

private:
    void fail(const QString &key, const QString &why);
    QJsonObject m_object;
    QString m_context;
    QString m_error;
};

} // namespace okpay
