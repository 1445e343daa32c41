#pragma once
#include <QStackedWidget>

namespace okpay {

class AccountRecoveryService;
class PasswordResetPage;
class SessionService;
class SignInPage;
class SignUpPage;
class VerifyEmailPage;

// The signed-out side of the Balance tab: sign-in, opening a wallet, forgot password, and confirming the email after
// sign-up. Moves between them; the main window decides when it is shown.
class AccountAccessPanel : public QStackedWidget
{
    Q_OBJECT

public:
    AccountAccessPanel(SessionService *session, AccountRecoveryService *recovery, QWidget *parent = nullptr);
    void showSignIn();
    void showVerifyEmail(const QString &email);
    bool isVerifyingEmail() const;

signals:
    void emailStepFinished(bool verified);  // confirmed, or "Later"

private:
    SignInPage *m_signIn;
    SignUpPage *m_signUp;
    PasswordResetPage *m_reset;
    VerifyEmailPage *m_verify;
};

} // namespace okpay
