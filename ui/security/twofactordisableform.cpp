#include "ui/security/twofactordisableform.h"

#include "ui/widgets/fielderrorlabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace okpay {

TwoFactorDisableForm::TwoFactorDisableForm(SecurityService *security, QWidget *parent)
    : QWidget(parent), m_security(security), m_form(new QFormLayout), m_password(new QLineEdit(this)),
      m_passwordError(new FieldErrorLabel(QStringLiteral("totpDisablePasswordError"), this)), m_code(new QLineEdit(this)),
      m_codeError(new FieldErrorLabel(QStringLiteral("totpDisableCodeError"), this)), m_switch(new QPushButton(this)),
      m_submit(new QPushButton(tr("Turn off"), this))
{
    setObjectName(QStringLiteral("totpDisableForm"));
    auto *text = new QLabel(tr("Turning off two-factor authentication also deletes your recovery codes. Afterwards your "
                               "password alone opens your wallet."), this);
    text->setObjectName(QStringLiteral("totpDisableText"));
    text->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("totpDisablePassword"));
    m_password->setAccessibleName(tr("Current password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code->setObjectName(QStringLiteral("totpDisableCode"));
    m_code->setMaxLength(32);
    m_switch->setObjectName(QStringLiteral("totpDisableSwitchProof"));
    m_switch->setFlat(true);
    m_switch->setCursor(Qt::PointingHandCursor);
    m_switch->setStyleSheet(QStringLiteral("text-align: left; text-decoration: underline;"));
    m_submit->setObjectName(QStringLiteral("totpDisableButton"));
    m_submit->setAccessibleName(tr("Turn off two-factor authentication"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("totpDisableCancel"));
    cancel->setAccessibleName(tr("Keep two-factor authentication on"));

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("Current password"), m_password);
    m_form->addRow(QString(), m_passwordError);
    m_form->addRow(tr("Authenticator code"), m_code);
    m_form->addRow(QString(), m_codeError);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addStretch(1);
    useRecoveryCode(false);

    connect(m_switch, &QPushButton::clicked, this, [this] { useRecoveryCode(!m_recovery); });
    connect(m_submit, &QPushButton::clicked, this, &TwoFactorDisableForm::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &TwoFactorDisableForm::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &TwoFactorDisableForm::submit);
    connect(m_password, &QLineEdit::textEdited, m_passwordError, [this] { m_passwordError->setError({}); });
    connect(m_code, &QLineEdit::textEdited, m_codeError, [this] { m_codeError->setError({}); });
    connect(cancel, &QPushButton::clicked, this, [this] {
        reset();
        emit cancelled();
    });
    connect(m_security, &SecurityService::totpDisabled, this, [this] {
        m_pending = false;
        m_submit->setEnabled(true);
        reset();
    });
    connect(m_security, &SecurityService::failed, this,
            [this](SecurityService::Operation operation, const QString &field, const QString &message) {
                if (operation == SecurityService::Operation::TotpDisable && m_pending)
                    showFailure(field, message);
            });
}

void TwoFactorDisableForm::reset()
{
    m_password->clear();
    m_code->clear();
    m_passwordError->setError({});
    m_codeError->setError({});
    useRecoveryCode(false);
}

void TwoFactorDisableForm::useRecoveryCode(bool recovery)
{
    m_recovery = recovery;
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_code)))
        label->setText(recovery ? tr("Recovery code") : tr("Authenticator code"));
    m_code->setAccessibleName(recovery ? tr("Recovery code") : tr("Authenticator code"));
    m_code->setPlaceholderText(recovery ? QStringLiteral("xxxx-xxxx-xxxx") : QStringLiteral("123456"));
    m_code->clear();
    m_codeError->setError({});
    m_switch->setText(recovery ? tr("Use a code from your authenticator app instead") : tr("Lost your phone? Use a recovery code instead"));
}

void TwoFactorDisableForm::submit()
{
    if (m_pending)
        return;
    m_passwordError->setError({});
    m_codeError->setError({});
    const QString code = m_code->text().trimmed();
    if (m_password->text().isEmpty())
        m_passwordError->setError(tr("Enter your current password."));
    if (!m_recovery && code.size() < 6)
        m_codeError->setError(tr("Enter the 6-digit code from your authenticator app."));
    if (m_recovery && code.size() < 8)
        m_codeError->setError(tr("Enter one of your recovery codes, such as abcd-efgh-2345."));
    if (!m_passwordError->text().isEmpty() || !m_codeError->text().isEmpty())
        return;
    m_pending = true;
    m_submit->setEnabled(false);
    m_security->disableTotp(m_password->text(), code, m_recovery);
    m_password->clear();  // not kept once sent
}

void TwoFactorDisableForm::showFailure(const QString &field, const QString &message)
{
    m_pending = false;
    m_submit->setEnabled(true);
    // The server names the field at fault; anything else (too many attempts, offline) goes under the code.
    if (field == u"current_password") {
        m_passwordError->setError(message);
        m_password->setFocus();
    } else {
        m_codeError->setError(message);
        m_code->selectAll();
    }
}

} // namespace okpay
