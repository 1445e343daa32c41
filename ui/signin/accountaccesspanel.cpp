#include "ui/signin/accountaccesspanel.h"

#include "services/sessionservice.h"
#include "ui/signin/passwordresetpage.h"
#include "ui/signin/signinpage.h"
#include "ui/signin/signuppage.h"
#include "ui/signin/verifyemailpage.h"

namespace okpay {

AccountAccessPanel::AccountAccessPanel(SessionService *session, AccountRecoveryService *recovery, QWidget *parent)
    : QStackedWidget(parent), m_signIn(new SignInPage(session, this)), m_signUp(new SignUpPage(session, this)),
      m_reset(new PasswordResetPage(recovery, this)), m_verify(new VerifyEmailPage(recovery, this))
{
    setObjectName(QStringLiteral("accountAccessPanel"));
    for (QWidget *page : {static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_signUp),
                          static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_verify)})
        addWidget(page);
    connect(m_signIn, &SignInPage::signUpRequested, this, [this] { setCurrentWidget(m_signUp); });
    connect(m_signIn, &SignInPage::passwordResetRequested, this, [this](const QString &email) {
        m_reset->start(email);
        setCurrentWidget(m_reset);
    });
    connect(m_signUp, &SignUpPage::signInRequested, this, &AccountAccessPanel::showSignIn);
    connect(m_reset, &PasswordResetPage::finished, this, [this](bool changed) {
        m_signIn->showInfo(changed ? tr("Your password was changed and every device was signed out. Sign in with the "
                                        "new password.")
                                   : QString());
        showSignIn();
    });
    connect(m_verify, &VerifyEmailPage::verified, this, [this, session] {
        session->setEmailVerified();
        emit emailStepFinished(true);
    });
    connect(m_verify, &VerifyEmailPage::skipped, this, [this] { emit emailStepFinished(false); });
}

void AccountAccessPanel::showSignIn()
{
    setCurrentWidget(m_signIn);
}

void AccountAccessPanel::showVerifyEmail(const QString &email)
{
    m_verify->start(email);
    setCurrentWidget(m_verify);
}

bool AccountAccessPanel::isVerifyingEmail() const
{
    return currentWidget() == m_verify;
}

} // namespace okpay
