#pragma once
#include <QJsonValue>
#include <QString>

namespace okpay::server {

// Text an operator writes in the configuration either once ("Email") or per language ({"en": "Email",
// "zh_CN": "电子邮件"}), and the language a request asks for.
namespace LocalizedText {
// The text in locale ("en" or "zh_CN"), else in English, else empty.
QString pick(const QJsonValue &value, const QString &locale);
// "zh_CN" when the Accept-Language header's first choice is Chinese, else "en".
QString localeOf(const QByteArray &acceptLanguage);
} // namespace LocalizedText

} // namespace okpay::server
