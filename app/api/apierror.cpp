#include "api/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace okpay {

namespace {
constexpr qsizetype kMaxBody = 64 * 1024;
constexpr qsizetype kMaxCode = 64;
constexpr qsizetype kMaxMessage = 500;
constexpr qsizetype kMaxField = 64;

bool isMachineCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern.match(code).hasMatch();
}
} // namespace

ApiError ApiError::fromReply(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.code = QStringLiteral("malformed_error");
    if (body.size() > kMaxBody)
        return error;
    const QJsonObject inner = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    const QString code = inner.value(u"code").toString();
    if (!isMachineCode(code))
        return error;
    error.code = code.left(kMaxCode);
    error.message = inner.value(u"message").toString().left(kMaxMessage);
    const QString field = inner.value(u"field").toString();
    if (isMachineCode(field))
        error.field = field.left(kMaxField);
    return error;
}

ApiError ApiError::transport(Kind kind, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.message = detail.left(kMaxMessage);
    return error;
}

} // namespace okpay
