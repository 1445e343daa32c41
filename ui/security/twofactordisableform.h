#pragma once
#include "services/securityservice.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace okpay {

class FieldErrorLabel;

// Turning two-factor authentication off needs both factors: the current password and a code from the authenticator
// app, or an unused recovery code when the phone is lost. Errors show under the field they are about.
class TwoFactorDisableForm : public QWidget
{
    Q_OBJECT

public:
    TwoFactorDisableForm(SecurityService *security, QWidget *parent = nullptr);
    void reset();  // empty fields, back to the authenticator code

signals:
    void cancelled();

private:
    void submit();
    void useRecoveryCode(bool recovery);
    void showFailure(const QString &field, const QString &message);
    SecurityService *m_security;
    QFormLayout *m_form;
    QLineEdit *m_password;
    FieldErrorLabel *m_passwordError;
    QLineEdit *m_code;
    FieldErrorLabel *m_codeError;
    QPushButton *m_switch;
    QPushButton *m_submit;
    bool m_recovery = false;
    bool m_pending = false;
};

} // namespace okpay
