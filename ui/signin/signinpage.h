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

private:
    void submit();
    void submitCode();
    void showState();
    SessionService *m_session;
    QStackedWidget *m_steps;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QLineEdit *m_code;
    QCheckBox *m_recovery;
    QPushButton *m_verify;
    QLabel *m_error;
};

} // namespace okpay
