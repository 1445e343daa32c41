#include "core/phonenumber.h"

#include <QRegularExpression>

namespace okpay {

QString PhoneNumber::normalized(const QString &typed)
{
    static const QRegularExpression separators(QStringLiteral("[\\s().-]"));
    QString phone = typed.trimmed();
    phone.remove(separators);
    if (phone.startsWith(QStringLiteral("00")))
        phone = u'+' + phone.mid(2);
    return phone;
}

bool PhoneNumber::isValid(const QString &normalized)
{
    static const QRegularExpression shape(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return shape.match(normalized).hasMatch();
}

} // namespace okpay
