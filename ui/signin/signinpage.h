#pragma once
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace okpay {

class SessionService;

// Sign-in: email and password, then the two-factor step (authenticator code or a recovery code) when the account
// has it; errors appear under the form in the user's language.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(SessionService *session, QWidget *parent = nullptr);
    void showInfo(const QString &message);  // e.g. "Your password was changed", above the form

signals:
    void signUpRequested();
    void passwordResetRequested(const QString &email);

private:
    void submit();
    void submitCode();
    void showState();
    SessionService *m_session;
    QStackedWidget *m_steps;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_signIn;
    QLabel *m_info;
    QLineEdit *m_code;
    QCheckBox *m_recovery;
    QPushButton *m_verify;
    QLabel *m_error;
};

} // namespace okpay
