#include "config/localizedtext.h"

#include <QJsonObject>

namespace okpay::server::LocalizedText {

QString pick(const QJsonValue &value, const QString &locale)
{
    if (value.isString())
        return value.toString();
    const QJsonObject texts = value.toObject();
    if (texts.value(locale).isString())
        return texts.value(locale).toString();
    return texts.value(u"en").toString();
}

QString localeOf(const QByteArray &acceptLanguage)
{
    const QByteArray first = acceptLanguage.split(',').first().split(';').first().trimmed().toLower();
    return first == "zh" || first.startsWith("zh-") || first.startsWith("zh_") ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace okpay::server::LocalizedText
