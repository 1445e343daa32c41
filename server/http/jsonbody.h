#pragma once
#include "http/apiresponse.h"

#include <QJsonObject>
#include <optional>

namespace okpay {
class Money;
}

namespace okpay::server {

// Reads and validates a JSON request body against the contract: the first problem wins and becomes the response
// (400 malformed JSON or not an object; 422 with the field for a missing, mistyped or out-of-range value).
//   JsonBody body(request.body);
//   const QString email = body.string("email", 3, 254);
//   if (auto error = body.error()) return std::move(*error);
class JsonBody
{
public:
    explicit JsonBody(const QByteArray &raw, bool allowEmpty = false);

    QString string(const QString &key, int minLength, int maxLength);  // required; trimmed of nothing
    std::optional<QString> optionalString(const QString &key, int minLength, int maxLength);
    qint64 integer(const QString &key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    QString oneOf(const QString &key, const QStringList &allowed);
    std::optional<QString> optionalOneOf(const QString &key, const QStringList &allowed);
    // {"amount": int64 1..10^15, "currency": a wallet currency}
    std::optional<Money> money(const QString &key, qint64 minAmount = 1);
    QString uuid(const QString &key);  // client_id
    std::optional<QString> optionalId(const QString &key);  // an object id, [A-Za-z0-9_-]{1,64}

    bool has(const QString &key) const { return m_object.contains(key); }
    const QJsonObject &object() const { return m_object; }
    // Fails the body explicitly (cross-field rules).
    void fail(const QString &field, const QString &message, const QString &code = QStringLiteral("validation_failed"));
    std::optional<QHttpServerResponse> error();

private:
    bool failed() const { return m_status.has_value(); }
    void setError(Status status, const QString &code, const QString &message, const QString &field);
    QJsonObject m_object;
    std::optional<Status> m_status;
    QString m_code, m_message, m_field;
};

} // namespace okpay::server
