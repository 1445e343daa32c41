#include "http/jsonbody.h"

#include "core/money.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace okpay::server {

namespace {
constexpr qint64 kMaxAmount = 1'000'000'000'000'000;  // 10^15 minor units, the contract's bound

// JSON numbers are doubles: accept only integral values that survive the round trip exactly.
std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != d || d < -9007199254740991.0 || d > 9007199254740991.0 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}
} // namespace

JsonBody::JsonBody(const QByteArray &raw, bool allowEmpty)
{
    if (raw.isEmpty() && allowEmpty)
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        setError(Status::BadRequest, QStringLiteral("malformed_json"),
                 QStringLiteral("The body must be a JSON object"), {});
    else
        m_object = doc.object();
}

void JsonBody::setError(Status status, const QString &code, const QString &message, const QString &field)
{
    if (failed())
        return;
    m_status = status;
    m_code = code;
    m_message = message;
    m_field = field;
}

void JsonBody::fail(const QString &field, const QString &message, const QString &code)
{
    setError(Status::UnprocessableEntity, code, message, field);
}

std::optional<QHttpServerResponse> JsonBody::error()
{
    if (!failed())
        return std::nullopt;
    return errorResponse(*m_status, m_code, m_message, m_field);
}

std::optional<QString> JsonBody::optionalString(const QString &key, int minLength, int maxLength)
{
    if (failed() || !m_object.contains(key) || m_object.value(key).isNull())
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(key, QStringLiteral("%1 must be a string").arg(key));
        return std::nullopt;
    }
    const QString s = v.toString();
    if (s.size() < minLength || s.size() > maxLength) {
        fail(key, QStringLiteral("%1 must be %2 to %3 characters").arg(key).arg(minLength).arg(maxLength));
        return std::nullopt;
    }
    if (s.contains(QChar(0))) {
        fail(key, QStringLiteral("%1 must not contain NUL characters").arg(key));
        return std::nullopt;
    }
    return s;
}

QString JsonBody::string(const QString &key, int minLength, int maxLength)
{
    if (!failed() && (!m_object.contains(key) || m_object.value(key).isNull()))
        fail(key, QStringLiteral("%1 is required").arg(key));
    return optionalString(key, minLength, maxLength).value_or(QString());
}

std::optional<qint64> JsonBody::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    if (failed() || !m_object.contains(key) || m_object.value(key).isNull())
        return std::nullopt;
    const auto value = exactInteger(m_object.value(key));
    if (!value) {
        fail(key, QStringLiteral("%1 must be an integer").arg(key));
        return std::nullopt;
    }
    if (*value < min || *value > max) {
        fail(key, QStringLiteral("%1 must be between %2 and %3").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

qint64 JsonBody::integer(const QString &key, qint64 min, qint64 max)
{
    if (!failed() && (!m_object.contains(key) || m_object.value(key).isNull()))
        fail(key, QStringLiteral("%1 is required").arg(key));
    return optionalInteger(key, min, max).value_or(0);
}

bool JsonBody::boolean(const QString &key)
{
    if (failed())
        return false;
    if (!m_object.value(key).isBool()) {
        fail(key, QStringLiteral("%1 must be true or false").arg(key));
        return false;
    }
    return m_object.value(key).toBool();
}

std::optional<QString> JsonBody::optionalOneOf(const QString &key, const QStringList &allowed)
{
    const auto value = optionalString(key, 1, 64);
    if (value && !allowed.contains(*value)) {
        fail(key, QStringLiteral("%1 must be one of: %2").arg(key, allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return value;
}

QString JsonBody::oneOf(const QString &key, const QStringList &allowed)
{
    if (!failed() && (!m_object.contains(key) || m_object.value(key).isNull()))
        fail(key, QStringLiteral("%1 is required").arg(key));
    return optionalOneOf(key, allowed).value_or(QString());
}

std::optional<Money> JsonBody::money(const QString &key, qint64 minAmount)
{
    if (failed())
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        fail(key, QStringLiteral("%1 must be an object {amount, currency}").arg(key));
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    const auto amount = exactInteger(o.value(u"amount"));
    if (!amount) {
        fail(key + QStringLiteral(".amount"), QStringLiteral("amount must be an integer number of minor units"));
        return std::nullopt;
    }
    if (*amount < minAmount || *amount > kMaxAmount) {
        fail(key + QStringLiteral(".amount"), QStringLiteral("amount must be between %1 and %2").arg(minAmount).arg(kMaxAmount),
             QStringLiteral("amount_out_of_range"));
        return std::nullopt;
    }
    const auto currency = Currency::fromCode(o.value(u"currency").toString());
    if (!currency || !Currency::walletCurrencies().contains(*currency)) {
        fail(key + QStringLiteral(".currency"), QStringLiteral("currency must be USD, EUR or CNY"),
             QStringLiteral("unsupported_currency"));
        return std::nullopt;
    }
    return Money(*amount, *currency);
}

QString JsonBody::uuid(const QString &key)
{
    const QString value = string(key, 36, 36);
    if (!failed() && QUuid::fromString(value).isNull())
        fail(key, QStringLiteral("%1 must be a UUID").arg(key));
    return value.toLower();
}

std::optional<QString> JsonBody::optionalId(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const auto value = optionalString(key, 1, 64);
    if (value && !pattern.match(*value).hasMatch()) {
        fail(key, QStringLiteral("%1 is not a valid id").arg(key));
        return std::nullopt;
    }
    return value;
}

} // namespace okpay::server
