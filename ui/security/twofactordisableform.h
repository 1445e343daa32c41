#pragma once
#include "services/securityservice.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace okpay {

class FieldErrorLabel;

// Turning two-factor authentication off: proven with a current authenticator code, or with the password when the
// phone is lost (the server takes exactly one of the two). Errors show under the field they are about.
class TwoFactorDisableForm : public QWidget
{
    Q_OBJECT

public:
    TwoFactorDisableForm(SecurityService *security, QWidget *parent = nullptr);
    void reset();  // empty fields, back to the code

signals:
    void cancelled();

private:
    void submit();
    void usePassword(bool password);
    void showFailure(const QString &field, const QString &message);
    SecurityService *m_security;
    QStackedWidget *m_proof;
    QLineEdit *m_code;
    FieldErrorLabel *m_codeError;
    QLineEdit *m_password;
    FieldErrorLabel *m_passwordError;
    QPushButton *m_switch;
    QPushButton *m_submit;
    bool m_pending = false;
};

} // namespace okpay
