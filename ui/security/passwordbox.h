#pragma once
#include "services/securityservice.h"

#include <QGroupBox>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace okpay {

class FieldErrorLabel;
class NewPasswordField;

// Changing the password on the Security tab: the current one, the new one with the live policy checklist, and the
// authenticator code while two-factor authentication is on. The server signs out the other devices, and says so.
class PasswordBox : public QGroupBox
{
    Q_OBJECT

public:
    PasswordBox(SecurityService *security, bool codeRequired, QWidget *parent = nullptr);
    void setCodeRequired(bool required);

private:
    void submit();
    void updateButton();
    SecurityService *m_security;
    QFormLayout *m_form;
    QLineEdit *m_current;
    FieldErrorLabel *m_currentError;
    NewPasswordField *m_next;
    QLineEdit *m_code;
    FieldErrorLabel *m_codeError;
    QPushButton *m_change;
    QLabel *m_message;
    bool m_codeRequired = false;
    bool m_pending = false;
};

} // namespace okpay
