#include "api/apierrortext.h"

namespace okpay {

QString ApiErrorText::statusText(int httpStatus)
{
    switch (httpStatus) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 409: return QStringLiteral("Conflict");
    case 413: return QStringLiteral("Payload Too Large");
    case 415: return QStringLiteral("Unsupported Media Type");
    case 422: return QStringLiteral("Unprocessable Entity");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return {};
    }
}

QString ApiErrorText::userMessage(const ApiError &error)
{
    const QString request = QString::fromLatin1(error.method) + u' ' + error.path;
    switch (error.kind) {
    case ApiError::Kind::Http:
        if (error.httpStatus == 429)
            return error.retryAfterSecs > 0 ? tr("Too many attempts. Please try again in %n second(s).", nullptr, error.retryAfterSecs)
                                            : tr("Too many attempts. Please try again later.");
        if (error.httpStatus >= 500)
            return tr("Server replied \"%1 %2\" to \"%3\". Please try again later.")
                .arg(error.httpStatus).arg(statusText(error.httpStatus), request);
        return tr("Server replied \"%1 %2\" to \"%3\".").arg(error.httpStatus).arg(statusText(error.httpStatus), request);
    case ApiError::Kind::Network:
        return tr("Cannot reach OKPay. Check your internet connection; what you send is kept and sent later.");
    case ApiError::Kind::Timeout:
        return tr("OKPay did not answer in time to \"%1\". Please try again.").arg(request);
    case ApiError::Kind::Tls:
        return tr("The secure connection to OKPay could not be verified, so nothing was sent. If you are on a public "
                  "network, try another one.");
    case ApiError::Kind::Malformed:
        return tr("OKPay sent an answer to \"%1\" that this version of the app does not understand.").arg(request);
    case ApiError::Kind::TooLarge:
        return tr("OKPay sent an unexpectedly large answer to \"%1\"; it was not read.").arg(request);
    case ApiError::Kind::InsecureUrl:
        return tr("The server address must start with https://.");
    case ApiError::Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

QString ApiErrorText::diagnostics(const ApiError &error)
{
    return QStringLiteral("%1 %2 -> kind=%3 status=%4 code=%5 field=%6 message=%7")
        .arg(QString::fromLatin1(error.method), error.path)
        .arg(int(error.kind))
        .arg(error.httpStatus)
        .arg(error.code, error.field, error.message);
}

} // namespace okpay
