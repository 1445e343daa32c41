#include "ui/signin/signinpage.h"

#include "services/sessionservice.h"
#include "ui/widgets/formcolumn.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace okpay {

SignInPage::SignInPage(SessionService *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_steps(new QStackedWidget(this)), m_email(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_remember(new QCheckBox(tr("Remember me on this computer"), this)),
      m_signIn(new QPushButton(tr("Sign in"), this)), m_info(new QLabel(this)), m_code(new QLineEdit(this)),
      m_recovery(new QCheckBox(tr("Use a recovery code instead"), this)), m_verify(new QPushButton(tr("Verify"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("signInPage"));
    auto *page = new FormColumn(QStringLiteral("signInForm"), tr("Sign in to OKPay"), this);

    m_email->setObjectName(QStringLiteral("signInEmail"));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("signInRemember"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Keeps you signed in with a token stored in the system keychain, never the password."));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_info->setObjectName(QStringLiteral("signInInfo"));
    m_info->setWordWrap(true);
    m_info->setVisible(false);
    auto *forgot = new QPushButton(tr("Forgot password?"), this);
    forgot->setObjectName(QStringLiteral("signInForgotPassword"));
    forgot->setFlat(true);
    auto *create = new QPushButton(tr("Open a new wallet"), this);
    create->setObjectName(QStringLiteral("signInCreateAccount"));
    create->setFlat(true);

    auto *credentials = new QWidget(m_steps);
    auto *form = new QFormLayout(credentials);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_signIn);
    auto *links = new QHBoxLayout;
    links->addWidget(forgot);
    links->addStretch();
    links->addWidget(create);
    form->addRow(links);
    m_steps->addWidget(credentials);

    auto *secondFactor = new QWidget(m_steps);
    auto *codeLayout = new QFormLayout(secondFactor);
    auto *hint = new QLabel(tr("Enter the 6-digit code from your authenticator app."), secondFactor);
    hint->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("signInCode"));
    m_code->setAccessibleName(tr("Verification code"));
    m_code->setMaxLength(32);
    m_recovery->setObjectName(QStringLiteral("signInUseRecoveryCode"));
    m_verify->setObjectName(QStringLiteral("signInVerifyButton"));
    codeLayout->addRow(hint);
    codeLayout->addRow(tr("Code"), m_code);
    codeLayout->addRow(QString(), m_recovery);
    codeLayout->addRow(QString(), m_verify);
    m_steps->addWidget(secondFactor);

    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setAccessibleName(tr("Sign-in error"));

    page->body()->addWidget(m_info);
    page->body()->addWidget(m_steps);
    page->body()->addWidget(m_error);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(forgot, &QPushButton::clicked, this, [this] { emit passwordResetRequested(m_email->text().trimmed()); });
    connect(create, &QPushButton::clicked, this, &SignInPage::signUpRequested);
    connect(m_verify, &QPushButton::clicked, this, &SignInPage::submitCode);
    connect(m_code, &QLineEdit::returnPressed, this, &SignInPage::submitCode);
    connect(m_recovery, &QCheckBox::toggled, this, [this](bool recovery) {
        m_code->setPlaceholderText(recovery ? QStringLiteral("xxxx-xxxx-xxxx") : QStringLiteral("123456"));
    });
    connect(m_session, &SessionService::stateChanged, this, &SignInPage::showState);
    connect(m_session, &SessionService::signInFailed, this, [this](const QString &message) {
        m_error->setText(message);
        showState();
    });
    showState();
}

void SignInPage::submit()
{
    m_error->clear();
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your email address and password."));
        return;
    }
    m_info->setVisible(false);
    m_session->setRememberSignIn(m_remember->isChecked());
    m_session->signIn(m_email->text().trimmed(), m_password->text());
}

void SignInPage::showInfo(const QString &message)
{
    m_info->setText(message);
    m_info->setVisible(!message.isEmpty());
}

void SignInPage::submitCode()
{
    m_error->clear();
    if (m_code->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter the code."));
        return;
    }
    m_session->submitSecondFactor(m_code->text(), m_recovery->isChecked());
}

void SignInPage::showState()
{
    const SessionService::State state = m_session->state();
    const bool busy = state == SessionService::State::SigningIn || state == SessionService::State::Restoring;
    m_steps->setCurrentIndex(state == SessionService::State::NeedsSecondFactor ? 1 : 0);
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    if (state == SessionService::State::SignedIn) {
        m_password->clear();  // never keep the password around
        m_code->clear();
    }
}

} // namespace okpay
