#include "services/accountrecoveryservice.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace okpay {

AccountRecoveryService::AccountRecoveryService(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

QString AccountRecoveryService::tokenFrom(const QString &codeOrLink)
{
    static const QRegularExpression tokenShape(QStringLiteral("^[A-Za-z0-9_-]{16,256}$"));
    const QString text = codeOrLink.trimmed();
    if (tokenShape.match(text).hasMatch())
        return text;
    const QUrl url(text, QUrl::StrictMode);
    const QString fromLink = QUrlQuery(url).queryItemValue(QStringLiteral("token"));
    return url.isValid() && tokenShape.match(fromLink).hasMatch() ? fromLink : QString();
}

void AccountRecoveryService::post(const QString &path, const QJsonObject &body, void (AccountRecoveryService::*onSuccess)())
{
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = path;
    spec.authenticated = false;
    spec.json = body;
    m_client->send(spec, this, [this, onSuccess](const ApiResult &result) {
        if (result.ok())
            return (this->*onSuccess)();
        emit failed(result.error->field, ApiErrorText::formMessage(*result.error));
    });
}

void AccountRecoveryService::verifyEmail(const QString &codeOrLink)
{
    const QString token = tokenFrom(codeOrLink);
    if (token.isEmpty())
        return emit failed(QStringLiteral("token"), tr("Paste the code or the whole link from the email."));
    post(QStringLiteral("/v1/auth/verify-email"), {{QStringLiteral("token"), token}}, &AccountRecoveryService::emailVerified);
}

void AccountRecoveryService::resendVerification(const QString &email)
{
    post(QStringLiteral("/v1/auth/verify-email"), {{QStringLiteral("email"), email.trimmed()}},
         &AccountRecoveryService::verificationSent);
}

void AccountRecoveryService::requestPasswordReset(const QString &email)
{
    post(QStringLiteral("/v1/auth/password-reset"), {{QStringLiteral("email"), email.trimmed()}},
         &AccountRecoveryService::resetEmailSent);
}

void AccountRecoveryService::confirmPasswordReset(const QString &codeOrLink, const QString &newPassword,
                                                  const QString &secondFactor, bool isRecoveryCode)
{
    const QString token = tokenFrom(codeOrLink);
    if (token.isEmpty())
        return emit failed(QStringLiteral("token"), tr("Paste the code or the whole link from the email."));
    QJsonObject body{{QStringLiteral("token"), token}, {QStringLiteral("new_password"), newPassword}};
    if (!secondFactor.trimmed().isEmpty())
        body.insert(isRecoveryCode ? QStringLiteral("recovery_code") : QStringLiteral("totp_code"), secondFactor.trimmed());
    post(QStringLiteral("/v1/auth/password-reset/confirm"), body, &AccountRecoveryService::passwordReset);
}

} // namespace okpay
