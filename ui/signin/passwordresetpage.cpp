#include "ui/signin/passwordresetpage.h"

#include "services/accountrecoveryservice.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/formcolumn.h"
#include "ui/widgets/newpasswordfield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace okpay {

PasswordResetPage::PasswordResetPage(AccountRecoveryService *recovery, QWidget *parent)
    : QWidget(parent), m_recovery(recovery), m_steps(new QStackedWidget(this)), m_email(new QLineEdit(this)),
      m_send(new QPushButton(tr("Email me a code"), this)),
      m_emailError(new FieldErrorLabel(QStringLiteral("resetEmailError"), this)), m_sentTo(new QLabel(this)),
      m_code(new QLineEdit(this)), m_codeError(new FieldErrorLabel(QStringLiteral("resetCodeError"), this)),
      m_password(new NewPasswordField(this)),
      m_passwordError(new FieldErrorLabel(QStringLiteral("resetPasswordError"), this)),
      m_secondFactor(new QLineEdit(this)), m_recoveryCode(new QCheckBox(tr("This is a recovery code"), this)),
      m_secondFactorError(new FieldErrorLabel(QStringLiteral("resetSecondFactorError"), this)),
      m_confirm(new QPushButton(tr("Set the new password"), this)),
      m_formError(new FieldErrorLabel(QStringLiteral("resetError"), this))
{
    auto *page = new FormColumn(QStringLiteral("passwordResetPage"), tr("Reset your password"), this);
    m_email->setObjectName(QStringLiteral("resetEmail"));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setMaxLength(254);
    m_send->setObjectName(QStringLiteral("resetSendButton"));
    m_send->setDefault(true);
    m_sentTo->setObjectName(QStringLiteral("resetSentTo"));
    m_sentTo->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("resetCode"));
    m_code->setAccessibleName(tr("Code from the email"));
    m_code->setPlaceholderText(tr("Paste the code or the link"));
    m_code->setMaxLength(2048);
    m_secondFactor->setObjectName(QStringLiteral("resetSecondFactor"));
    m_secondFactor->setAccessibleName(tr("Two-factor code"));
    m_secondFactor->setPlaceholderText(tr("Only if two-factor authentication is on"));
    m_secondFactor->setMaxLength(32);
    m_recoveryCode->setObjectName(QStringLiteral("resetUseRecoveryCode"));
    m_confirm->setObjectName(QStringLiteral("resetConfirmButton"));
    auto *back = new QPushButton(tr("Back to sign-in"), this);
    back->setObjectName(QStringLiteral("resetBack"));
    back->setFlat(true);

    auto *request = new QWidget(m_steps);
    auto *requestLayout = new QFormLayout(request);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    auto *requestHint = new QLabel(tr("Enter the email address of your wallet. If it is registered, we send a code "
                                      "that works for 30 minutes."), request);
    requestHint->setWordWrap(true);
    requestLayout->addRow(requestHint);
    requestLayout->addRow(tr("Email"), m_email);
    requestLayout->addRow(QString(), m_emailError);
    requestLayout->addRow(QString(), m_send);
    m_steps->addWidget(request);

    auto *newPassword = new QWidget(m_steps);
    auto *newLayout = new QVBoxLayout(newPassword);
    newLayout->setContentsMargins(0, 0, 0, 0);
    auto *codeForm = new QFormLayout;
    codeForm->addRow(tr("Code"), m_code);
    codeForm->addRow(QString(), m_codeError);
    auto *factorForm = new QFormLayout;
    factorForm->addRow(tr("Two-factor code"), m_secondFactor);
    factorForm->addRow(QString(), m_recoveryCode);
    factorForm->addRow(QString(), m_secondFactorError);
    auto *signedOutNote = new QLabel(tr("Afterwards every device is signed out, and you sign in with the new password."),
                                     newPassword);
    signedOutNote->setWordWrap(true);
    newLayout->addWidget(m_sentTo);
    newLayout->addLayout(codeForm);
    newLayout->addWidget(m_password);
    newLayout->addWidget(m_passwordError);
    newLayout->addLayout(factorForm);
    newLayout->addWidget(signedOutNote);
    newLayout->addWidget(m_confirm);
    m_steps->addWidget(newPassword);

    page->body()->addWidget(m_steps);
    page->body()->addWidget(m_formError);
    page->body()->addWidget(back);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);

    connect(m_send, &QPushButton::clicked, this, &PasswordResetPage::requestCode);
    connect(m_email, &QLineEdit::returnPressed, this, &PasswordResetPage::requestCode);
    connect(m_confirm, &QPushButton::clicked, this, &PasswordResetPage::confirm);
    connect(back, &QPushButton::clicked, this, [this] { emit finished(false); });
    // The service also serves the email confirmation page: answer only what this page asked.
    connect(m_recovery, &AccountRecoveryService::resetEmailSent, this, [this] {
        if (!std::exchange(m_waiting, false))
            return;
        m_send->setEnabled(true);
        m_sentTo->setText(tr("If %1 belongs to a wallet, a code is on its way. Enter it below with your new password.")
                              .arg(m_email->text().trimmed()));
        m_steps->setCurrentIndex(1);
        m_code->setFocus();
    });
    connect(m_recovery, &AccountRecoveryService::passwordReset, this, [this] {
        if (!std::exchange(m_waiting, false))
            return;
        m_confirm->setEnabled(true);
        m_password->clear();
        m_secondFactor->clear();
        m_code->clear();
        emit finished(true);
    });
    connect(m_recovery, &AccountRecoveryService::failed, this, [this](const QString &field, const QString &message) {
        if (!std::exchange(m_waiting, false))
            return;
        m_send->setEnabled(true);
        m_confirm->setEnabled(true);
        showError(field, message);
    });
}

void PasswordResetPage::start(const QString &email)
{
    m_email->setText(email);
    m_steps->setCurrentIndex(0);
    for (FieldErrorLabel *label : {m_emailError, m_codeError, m_passwordError, m_secondFactorError, m_formError})
        label->setError({});
}

void PasswordResetPage::requestCode()
{
    m_emailError->setError({});
    m_formError->setError({});
    if (!m_email->text().contains(u'@'))
        return m_emailError->setError(tr("Enter a valid email address."));
    m_send->setEnabled(false);
    m_waiting = true;
    m_recovery->requestPasswordReset(m_email->text());
}

void PasswordResetPage::confirm()
{
    for (FieldErrorLabel *label : {m_codeError, m_passwordError, m_secondFactorError, m_formError})
        label->setError({});
    if (AccountRecoveryService::tokenFrom(m_code->text()).isEmpty())
        return m_codeError->setError(tr("Paste the code or the whole link from the email."));
    if (!m_password->isAcceptable())
        return m_passwordError->setError(tr("Choose a password that meets every rule above, is rated at least "
                                            "\"Strong\", and type it twice."));
    m_confirm->setEnabled(false);
    m_waiting = true;
    m_recovery->confirmPasswordReset(m_code->text(), m_password->password(), m_secondFactor->text(), m_recoveryCode->isChecked());
}

void PasswordResetPage::showError(const QString &field, const QString &message)
{
    if (field == u"email")
        m_emailError->setError(message);
    else if (field == u"token")
        m_codeError->setError(message);
    else if (field == u"new_password")
        m_passwordError->setError(message);
    else if (field == u"totp_code" || field == u"recovery_code")
        m_secondFactorError->setError(message);
    else
        m_formError->setError(message);
}

} // namespace okpay
