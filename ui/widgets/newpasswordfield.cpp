#include "ui/widgets/newpasswordfield.h"

#include "core/passwordpolicy.h"
#include "core/passwordstrength.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace okpay {

namespace {
QString ruleText(PasswordRule rule)
{
    switch (rule) {
    case PasswordRule::TooShort:
        return NewPasswordField::tr("At least %1 characters").arg(PasswordPolicy::MinLength);
    case PasswordRule::TooLong:
        return NewPasswordField::tr("At most %1 characters").arg(PasswordPolicy::MaxLength);
    case PasswordRule::NeedsLetter:
        return NewPasswordField::tr("A letter");
    case PasswordRule::NeedsDigit:
        return NewPasswordField::tr("A digit");
    case PasswordRule::NeedsSpecial:
        return NewPasswordField::tr("A special character, such as ! ? # or a space");
    case PasswordRule::ControlCharacter:
        return NewPasswordField::tr("No tabs or other control characters");
    }
    return {};
}
} // namespace

NewPasswordField::NewPasswordField(QWidget *parent)
    : QWidget(parent), m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_checklist(new QLabel(this)),
      m_meter(new QProgressBar(this)), m_advice(new QLabel(this))
{
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(PasswordPolicy::MaxLength + 1);
    m_confirm->setObjectName(QStringLiteral("newPasswordConfirm"));
    m_confirm->setAccessibleName(tr("Confirm the new password"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_checklist->setObjectName(QStringLiteral("newPasswordChecklist"));
    m_checklist->setTextFormat(Qt::PlainText);
    m_meter->setObjectName(QStringLiteral("newPasswordStrength"));
    m_meter->setAccessibleName(tr("Password strength"));
    m_meter->setRange(0, 4);
    m_meter->setTextVisible(true);
    m_advice->setObjectName(QStringLiteral("newPasswordAdvice"));
    m_advice->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("New password"), m_password);
    form->addRow(tr("Confirm"), m_confirm);
    form->addRow(QString(), m_checklist);
    form->addRow(tr("Strength"), m_meter);
    form->addRow(QString(), m_advice);
    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordField::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &NewPasswordField::update);
    update();
}

QString NewPasswordField::password() const
{
    return m_password->text();
}

bool NewPasswordField::isAcceptable() const
{
    const QString pw = m_password->text();
    return PasswordPolicy::isAcceptable(pw) && PasswordStrength::estimate(pw, m_userInputs).score >= 3 && m_confirm->text() == pw;
}

void NewPasswordField::clear()
{
    m_password->clear();
    m_confirm->clear();
}

void NewPasswordField::update()
{
    const QString pw = m_password->text();
    const QList<PasswordRule> unmet = PasswordPolicy::unmetRules(pw);
    QStringList lines;
    for (PasswordRule rule : {PasswordRule::TooShort, PasswordRule::NeedsLetter, PasswordRule::NeedsDigit, PasswordRule::NeedsSpecial})
        lines << (unmet.contains(rule) ? QStringLiteral("○ ") : QStringLiteral("✓ ")) + ruleText(rule);
    for (PasswordRule rule : {PasswordRule::TooLong, PasswordRule::ControlCharacter})
        if (unmet.contains(rule))
            lines << QStringLiteral("✗ ") + ruleText(rule);
    if (!m_confirm->text().isEmpty() && m_confirm->text() != pw)
        lines << QStringLiteral("✗ ") + tr("The two passwords are not the same");
    m_checklist->setText(lines.join(u'\n'));
    const PasswordStrength strength = PasswordStrength::estimate(pw, m_userInputs);
    m_meter->setValue(pw.isEmpty() ? 0 : strength.score);
    m_meter->setFormat(pw.isEmpty() ? QString() : PasswordStrength::scoreLabel(strength.score));
    m_advice->setText(pw.isEmpty() ? QString() : PasswordStrength::hint(strength.weakness));
    emit changed();
}

} // namespace okpay
