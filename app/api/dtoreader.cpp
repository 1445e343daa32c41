#include "api/dtoreader.h"

#include <QJsonArray>

namespace okpay {

namespace {
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

void DtoReader::fail(const QString &key, const QString &why)
{
    if (m_error.isEmpty())
        m_error = (m_context.isEmpty() ? key : m_context + u'.' + key) + QStringLiteral(": ") + why;
}

QString DtoReader::string(const QString &key, int minLength, int maxLength)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not a string"));
        return {};
    }
    const QString s = v.toString();
    if (s.size() < minLength || s.size() > maxLength) {
        fail(key, QStringLiteral("length out of range"));
        return {};
    }
    return s;
}

QString DtoReader::optionalString(const QString &key, int maxLength)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return string(key, 0, maxLength);
}

QString DtoReader::oneOf(const QString &key, const QStringList &allowed)
{
    const QString s = string(key, 1, 64);
    if (ok() && !allowed.contains(s)) {
        fail(key, QStringLiteral("unexpected value"));
        return {};
    }
    return s;
}

qint64 DtoReader::integer(const QString &key, qint64 min, qint64 max)
{
    const auto value = exactInteger(m_object.value(key));
    if (!value || *value < min || *value > max) {
        fail(key, value ? QStringLiteral("out of range") : QStringLiteral("not an integer"));
        return 0;
    }
    return *value;
}

bool DtoReader::boolean(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isBool())
        fail(key, QStringLiteral("not a boolean"));
    return v.toBool();
}

QDateTime DtoReader::time(const QString &key)
{
    const QString s = string(key, 10, 40);
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (ok() && !t.isValid())
        fail(key, QStringLiteral("not an RFC 3339 time"));
    return t.toUTC();
}

Money DtoReader::money(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        fail(key, QStringLiteral("not a money object"));
        return Money::zero(Currency::usd());
    }
    DtoReader inner(v.toObject(), m_context.isEmpty() ? key : m_context + u'.' + key);
    const qint64 amount = inner.integer(QStringLiteral("amount"), -1'000'000'000'000'000'000LL, 1'000'000'000'000'000'000LL);
    const auto currency = Currency::fromCode(inner.string(QStringLiteral("currency"), 3, 3));
    if (!inner.ok()) {
        if (m_error.isEmpty())
            m_error = inner.error();
        return Money::zero(Currency::usd());
    }
    if (!currency) {
        fail(key, QStringLiteral("unknown currency"));
        return Money::zero(Currency::usd());
    }
    return Money(amount, *currency);
}

QJsonObject DtoReader::object(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isObject())
        fail(key, QStringLiteral("not an object"));
    return v.toObject();
}

QJsonArray DtoReader::array(const QString &key, int maxItems)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isArray() || v.toArray().size() > maxItems) {
        fail(key, v.isArray() ? QStringLiteral("too many items") : QStringLiteral("not an array"));
        return {};
    }
    return v.toArray();
}

} // namespace okpay
