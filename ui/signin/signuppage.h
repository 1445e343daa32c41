#pragma once
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace okpay {

class FieldErrorLabel;
class NewPasswordField;
class SessionService;

// Opening a wallet: name, email, phone, a new password with the live policy checklist and strength meter, and the
// terms. Checked here first; the server's answer lands on the field it names.
class SignUpPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignUpPage(SessionService *session, QWidget *parent = nullptr);

signals:
    void signInRequested();

private:
    void submit();
    void showServerError(const QString &field, const QString &message);
    void clearErrors();
    SessionService *m_session;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    NewPasswordField *m_password;
    QCheckBox *m_terms;
    QPushButton *m_create;
    FieldErrorLabel *m_nameError;
    FieldErrorLabel *m_emailError;
    FieldErrorLabel *m_phoneError;
    FieldErrorLabel *m_passwordError;
    FieldErrorLabel *m_termsError;
    FieldErrorLabel *m_formError;
};

} // namespace okpay
