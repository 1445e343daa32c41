#include "ui/security/twofactordisableform.h"

#include "ui/widgets/fielderrorlabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace okpay {

namespace {
QWidget *fieldWithError(QWidget *parent, const QString &label, QLineEdit *field, FieldErrorLabel *error)
{
    auto *page = new QWidget(parent);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(label, field);
    form->addRow(QString(), error);
    return page;
}
} // namespace

TwoFactorDisableForm::TwoFactorDisableForm(SecurityService *security, QWidget *parent)
    : QWidget(parent), m_security(security), m_proof(new QStackedWidget(this)), m_code(new QLineEdit(this)),
      m_codeError(new FieldErrorLabel(QStringLiteral("totpDisableCodeError"), this)), m_password(new QLineEdit(this)),
      m_passwordError(new FieldErrorLabel(QStringLiteral("totpDisablePasswordError"), this)),
      m_switch(new QPushButton(this)), m_submit(new QPushButton(tr("Turn off"), this))
{
    setObjectName(QStringLiteral("totpDisableForm"));
    auto *text = new QLabel(tr("Turning off two-factor authentication also deletes your recovery codes. Afterwards your "
                               "password alone opens your wallet."), this);
    text->setObjectName(QStringLiteral("totpDisableText"));
    text->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("totpDisableCode"));
    m_code->setAccessibleName(tr("Authenticator code"));
    m_code->setPlaceholderText(QStringLiteral("123456"));
    m_code->setMaxLength(8);
    m_password->setObjectName(QStringLiteral("totpDisablePassword"));
    m_password->setAccessibleName(tr("Current password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_proof->addWidget(fieldWithError(m_proof, tr("Authenticator code"), m_code, m_codeError));
    m_proof->addWidget(fieldWithError(m_proof, tr("Current password"), m_password, m_passwordError));
    m_switch->setObjectName(QStringLiteral("totpDisableSwitchProof"));
    m_switch->setFlat(true);
    m_switch->setCursor(Qt::PointingHandCursor);
    m_switch->setStyleSheet(QStringLiteral("text-align: left; text-decoration: underline;"));
    m_submit->setObjectName(QStringLiteral("totpDisableButton"));
    m_submit->setAccessibleName(tr("Turn off two-factor authentication"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("totpDisableCancel"));
    cancel->setAccessibleName(tr("Keep two-factor authentication on"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text);
    layout->addWidget(m_proof);
    layout->addLayout(buttons);
    layout->addStretch(1);
    usePassword(false);

    connect(m_switch, &QPushButton::clicked, this, [this] { usePassword(m_proof->currentIndex() == 0); });
    connect(m_submit, &QPushButton::clicked, this, &TwoFactorDisableForm::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &TwoFactorDisableForm::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &TwoFactorDisableForm::submit);
    connect(m_code, &QLineEdit::textEdited, m_codeError, [this] { m_codeError->setError({}); });
    connect(m_password, &QLineEdit::textEdited, m_passwordError, [this] { m_passwordError->setError({}); });
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
    m_code->clear();
    m_password->clear();
    m_codeError->setError({});
    m_passwordError->setError({});
    usePassword(false);
}

void TwoFactorDisableForm::usePassword(bool password)
{
    m_proof->setCurrentIndex(password ? 1 : 0);
    m_switch->setText(password ? tr("Use a code from your authenticator app instead") : tr("Lost your phone? Use your password instead"));
    (password ? static_cast<QWidget *>(m_password) : m_code)->setFocus();
}

void TwoFactorDisableForm::submit()
{
    if (m_pending)
        return;
    const bool withPassword = m_proof->currentIndex() == 1;
    m_codeError->setError({});
    m_passwordError->setError({});
    if (withPassword && m_password->text().isEmpty())
        return m_passwordError->setError(tr("Enter your current password."));
    if (!withPassword && m_code->text().trimmed().size() < 6)
        return m_codeError->setError(tr("Enter the 6-digit code from your authenticator app."));
    m_pending = true;
    m_submit->setEnabled(false);
    if (withPassword)
        m_security->disableTotpWithPassword(m_password->text());
    else
        m_security->disableTotpWithCode(m_code->text());
    m_password->clear();  // not kept once sent
}

void TwoFactorDisableForm::showFailure(const QString &field, const QString &message)
{
    m_pending = false;
    m_submit->setEnabled(true);
    // The server names the field at fault; otherwise (too many attempts, offline) the message goes under the one in use.
    const bool passwordField = field == u"current_password" || (field.isEmpty() && m_proof->currentIndex() == 1);
    if (passwordField != (m_proof->currentIndex() == 1))
        usePassword(passwordField);
    (passwordField ? m_passwordError : m_codeError)->setError(message);
    if (!passwordField)
        m_code->selectAll();
}

} // namespace okpay
