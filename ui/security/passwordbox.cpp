#include "ui/security/passwordbox.h"

#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/newpasswordfield.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace okpay {

namespace {
// The new-password field brings its own form: one label width for both keeps the fields in one column.
void alignLabelColumns(const QList<QFormLayout *> &forms)
{
    QList<QWidget *> labels;
    int width = 0;
    for (const QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels << item->widget();
                width = qMax(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : labels)
        label->setMinimumWidth(width);
}
} // namespace

PasswordBox::PasswordBox(SecurityService *security, bool codeRequired, QWidget *parent)
    : QGroupBox(tr("Password"), parent), m_security(security), m_form(new QFormLayout(this)), m_current(new QLineEdit(this)),
      m_currentError(new FieldErrorLabel(QStringLiteral("changeCurrentPasswordError"), this)), m_next(new NewPasswordField(this)),
      m_code(new QLineEdit(this)), m_codeError(new FieldErrorLabel(QStringLiteral("changePasswordCodeError"), this)),
      m_change(new QPushButton(tr("Change password"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordBox"));
    m_current->setObjectName(QStringLiteral("changeCurrentPassword"));
    m_current->setAccessibleName(tr("Current password"));
    m_current->setEchoMode(QLineEdit::Password);
    m_code->setObjectName(QStringLiteral("changePasswordCode"));
    m_code->setAccessibleName(tr("Authenticator code"));
    m_code->setMaxLength(8);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setEnabled(false);
    m_message->setObjectName(QStringLiteral("changePasswordMessage"));
    m_message->setWordWrap(true);
    m_form->addRow(tr("Current password"), m_current);
    m_form->addRow(QString(), m_currentError);
    m_form->addRow(m_next);
    m_form->addRow(tr("Authenticator code"), m_code);
    m_form->addRow(QString(), m_codeError);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_change);
    buttonRow->addStretch(1);
    m_form->addRow(QString(), buttonRow);
    m_form->addRow(m_message);
    if (auto *nested = qobject_cast<QFormLayout *>(m_next->layout()))
        alignLabelColumns({m_form, nested});
    setCodeRequired(codeRequired);

    connect(m_next, &NewPasswordField::changed, this, &PasswordBox::updateButton);
    connect(m_current, &QLineEdit::textChanged, this, &PasswordBox::updateButton);
    connect(m_current, &QLineEdit::textEdited, m_currentError, [this] { m_currentError->setError({}); });
    connect(m_code, &QLineEdit::textEdited, m_codeError, [this] { m_codeError->setError({}); });
    connect(m_change, &QPushButton::clicked, this, &PasswordBox::submit);
    connect(m_security, &SecurityService::passwordChanged, this, [this] {
        m_pending = false;
        // The server has already revoked every other session (POST /v1/security/password), so there is nothing to offer.
        m_message->setText(tr("Your password was changed. Your other devices were signed out and need the new password "
                              "to sign in again."));
    });
    connect(m_security, &SecurityService::failed, this,
            [this](SecurityService::Operation operation, const QString &field, const QString &message) {
                if (operation != SecurityService::Operation::PasswordChange || !m_pending)
                    return;
                m_pending = false;
                if (field == u"current_password")
                    m_currentError->setError(message);
                else if (field == u"totp_code" && m_codeRequired)
                    m_codeError->setError(message);
                else
                    m_message->setText(message);
            });
}

void PasswordBox::setCodeRequired(bool required)
{
    m_codeRequired = required;
    m_form->setRowVisible(m_code, required);
    if (!required) {
        m_code->clear();
        m_codeError->setError({});
    }
}

void PasswordBox::updateButton()
{
    m_change->setEnabled(m_next->isAcceptable() && !m_current->text().isEmpty());
}

void PasswordBox::submit()
{
    m_message->clear();
    m_currentError->setError({});
    m_codeError->setError({});
    m_pending = true;
    m_security->changePassword(m_current->text(), m_next->password(), m_code->text());
    m_current->clear();  // neither password stays in the form
    m_next->clear();
    m_code->clear();
}

} // namespace okpay
