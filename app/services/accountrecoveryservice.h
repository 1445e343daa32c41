#pragma once
#include <QJsonObject>
#include <QObject>

namespace okpay {

class ApiClient;

// The signed-out account requests: confirming the email with the emailed code (or the whole link pasted), sending a
// new code, and resetting a forgotten password. Failures name the form field at fault when the server does.
class AccountRecoveryService : public QObject
{
    Q_OBJECT

public:
    explicit AccountRecoveryService(ApiClient *client, QObject *parent = nullptr);

    // The code from the email, or the link containing it ("…/verify-email?token=…"); "" when neither.
    static QString tokenFrom(const QString &codeOrLink);

    void verifyEmail(const QString &codeOrLink);
    void resendVerification(const QString &email);
    void requestPasswordReset(const QString &email);
    // secondFactor: the authenticator or a recovery code, needed when the account has two-factor on.
    void confirmPasswordReset(const QString &codeOrLink, const QString &newPassword, const QString &secondFactor,
                              bool isRecoveryCode);

signals:
    void emailVerified();
    void verificationSent();
    void resetEmailSent();
    void passwordReset();
    void failed(const QString &field, const QString &message);

private:
    void post(const QString &path, const QJsonObject &body, void (AccountRecoveryService::*onSuccess)());
    ApiClient *m_client;
};

} // namespace okpay
