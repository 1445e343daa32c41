#pragma once
#include <QByteArray>
#include <QStringView>

namespace okpay::server {

// JSON written straight as text, for the hottest responses where building a QJsonObject tree and serialising it is
// most of the cost. Everything else uses QJsonObject.
namespace JsonText {
// Appends text as a JSON string literal: quotes, backslashes and control characters escaped, UTF-8.
void appendString(QByteArray &out, QStringView text);
// {"amount":123,"currency":"USD"}
void appendMoney(QByteArray &out, qint64 amount, QStringView currency);
} // namespace JsonText

} // namespace okpay::server
