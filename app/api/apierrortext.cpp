#include "api/apierrortext.h"

#include <QHash>

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

// The server's documented error codes in the user's language; "" for codes this version does not know (the
// status-based sentence is used then, never the server's English text).
QString ApiErrorText::codeMessage(const ApiError &error)
{
    static const QHash<QString, const char *> messages{
        {QStringLiteral("invalid_credentials"), QT_TR_NOOP("The email address or password is not correct.")},
        {QStringLiteral("email_taken"), QT_TR_NOOP("An account with this email address already exists. Sign in, or reset the password if you forgot it.")},
        {QStringLiteral("weak_password"), QT_TR_NOOP("This password is too easy to guess. Use 12–128 characters with letters, digits and special characters.")},
        {QStringLiteral("invalid_email"), QT_TR_NOOP("Enter a valid email address.")},
        {QStringLiteral("invalid_phone"), QT_TR_NOOP("Enter the phone number with its country code, for example +44 20 7946 0958.")},
        {QStringLiteral("invalid_token"), QT_TR_NOOP("This code is wrong, already used or expired. Ask for a new email.")},
        {QStringLiteral("invalid_mfa_code"), QT_TR_NOOP("The code is not correct. Check the time on your phone and try again.")},
        {QStringLiteral("mfa_required"), QT_TR_NOOP("Enter the code from your authenticator app, or a recovery code.")},
        {QStringLiteral("mfa_token_expired"), QT_TR_NOOP("The sign-in took too long. Please sign in again.")},
        {QStringLiteral("invalid_refresh_token"), QT_TR_NOOP("You were signed out. Please sign in again.")},
        {QStringLiteral("refresh_token_reused"), QT_TR_NOOP("You were signed out. Please sign in again.")},
        {QStringLiteral("session_revoked"), QT_TR_NOOP("You were signed out. Please sign in again.")},
        {QStringLiteral("email_unverified"), QT_TR_NOOP("Verify your email address first: enter the code from the email we sent you.")},
        {QStringLiteral("insufficient_funds"), QT_TR_NOOP("Your available balance is not enough for this amount and its fee.")},
        {QStringLiteral("limit_exceeded"), QT_TR_NOOP("This amount is over your account limit. Verify your identity to raise it.")},
        {QStringLiteral("kyc_required"), QT_TR_NOOP("This needs a verified identity. Submit your identity documents to continue.")},
        {QStringLiteral("amount_below_minimum"), QT_TR_NOOP("The amount is below this method's minimum.")},
        {QStringLiteral("amount_out_of_range"), QT_TR_NOOP("The amount is outside this method's limits.")},
        {QStringLiteral("currency_not_supported"), QT_TR_NOOP("This method does not support this currency.")},
        {QStringLiteral("unsupported_currency"), QT_TR_NOOP("This method does not support this currency.")},
        {QStringLiteral("method_unavailable"), QT_TR_NOOP("This method is not available at the moment. Please choose another one.")},
        {QStringLiteral("card_declined"), QT_TR_NOOP("The card was declined. Check the details or use another card.")},
        {QStringLiteral("invalid_card_number"), QT_TR_NOOP("The card number is not valid.")},
        {QStringLiteral("quote_expired"), QT_TR_NOOP("The price has expired. Check the new fee and confirm again.")},
        {QStringLiteral("quote_used"), QT_TR_NOOP("This price was already used. Check the new fee and confirm again.")},
        {QStringLiteral("destination_exists"), QT_TR_NOOP("This destination is already saved.")},
        {QStringLiteral("destination_mismatch"), QT_TR_NOOP("This destination cannot be used with this method or currency.")},
        {QStringLiteral("idempotency_in_progress"), QT_TR_NOOP("This payment is still being processed. Check your history before trying again.")},
        {QStringLiteral("idempotency_mismatch"), QT_TR_NOOP("This confirmation was already used for another payment. Please start again.")},
        {QStringLiteral("totp_already_enabled"), QT_TR_NOOP("Two-factor authentication is already on.")},
        {QStringLiteral("totp_not_enabled"), QT_TR_NOOP("Two-factor authentication is off.")},
        {QStringLiteral("totp_setup_missing"), QT_TR_NOOP("The setup has expired. Please start the two-factor setup again.")},
        {QStringLiteral("reopen_window_expired"), QT_TR_NOOP("This ticket was solved more than 14 days ago. Open a new ticket that refers to it.")},
        {QStringLiteral("ticket_closed"), QT_TR_NOOP("This ticket is closed.")},
        {QStringLiteral("ticket_not_solved"), QT_TR_NOOP("Only a solved ticket can be rated or reopened.")},
        {QStringLiteral("chat_ended"), QT_TR_NOOP("This chat has ended.")},
        {QStringLiteral("support_closed"), QT_TR_NOOP("Live chat is closed now. Leave a message and we will answer by ticket.")},
        {QStringLiteral("payload_too_large"), QT_TR_NOOP("The file is too large: 10 MB at most.")},
        {QStringLiteral("unsupported_media_type"), QT_TR_NOOP("Only PNG, JPEG, PDF and text files can be attached.")},
        {QStringLiteral("upgrade_required"), QT_TR_NOOP("This version of OKPay is too old. Please update the app.")},
    };
    if (error.code == u"invalid_credentials" && error.field == u"current_password")
        return tr("The current password is not correct.");
    const auto found = messages.constFind(error.code);
    return found == messages.constEnd() ? QString() : tr(found.value());
}

QString ApiErrorText::userMessage(const ApiError &error)
{
    const QString request = QString::fromLatin1(error.method) + u' ' + error.path;
    switch (error.kind) {
    case ApiError::Kind::Http:
        if (const QString known = codeMessage(error); !known.isEmpty() && error.httpStatus != 429)
            return known;
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

QString ApiErrorText::formMessage(const ApiError &error)
{
    if (const QString known = codeMessage(error); !known.isEmpty() && error.httpStatus != 429)
        return known;
    if (error.kind == ApiError::Kind::Http && (error.httpStatus == 400 || error.httpStatus == 422) && !error.message.isEmpty())
        return error.message;
    return userMessage(error);
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
