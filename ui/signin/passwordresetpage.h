#pragma once
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace okpay {

class AccountRecoveryService;
class FieldErrorLabel;
class NewPasswordField;

// Forgot password: ask for an email with a code, then enter the code, a new password (same checklist and meter as
// sign-up) and, when the account has two-factor on, an authenticator or recovery code. Every session ends after it.
class PasswordResetPage : public QWidget
{
    Q_OBJECT

public:
    PasswordResetPage(AccountRecoveryService *recovery, QWidget *parent = nullptr);
    void start(const QString &email);  // prefilled from the sign-in form

signals:
    void finished(bool passwordChanged);

private:
    void requestCode();
    void confirm();
    void showError(const QString &field, const QString &message);
    AccountRecoveryService *m_recovery;
    QStackedWidget *m_steps;
    QLineEdit *m_email;
    QPushButton *m_send;
    FieldErrorLabel *m_emailError;
    QLabel *m_sentTo;
    QLineEdit *m_code;
    FieldErrorLabel *m_codeError;
    NewPasswordField *m_password;
    FieldErrorLabel *m_passwordError;
    QLineEdit *m_secondFactor;
    QCheckBox *m_recoveryCode;
    FieldErrorLabel *m_secondFactorError;
    QPushButton *m_confirm;
    FieldErrorLabel *m_formError;
    bool m_waiting = false;
};

} // namespace okpay
