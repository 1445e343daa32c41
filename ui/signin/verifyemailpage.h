#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace okpay {

class AccountRecoveryService;
class FieldErrorLabel;

// "Confirm your email": paste the code (or the whole link) from the email, or ask for a new email — again only
// after a cooldown, so a worried user cannot flood their own inbox. "Later" goes on to the wallet.
class VerifyEmailPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ResendCooldownSecs = 60;
    VerifyEmailPage(AccountRecoveryService *recovery, QWidget *parent = nullptr);
    void start(const QString &email);  // the address the code went to; starts the resend cooldown

signals:
    void verified();
    void skipped();

private:
    void showResend();
    AccountRecoveryService *m_recovery;
    QString m_email;
    QLabel *m_sentTo;
    QLineEdit *m_code;
    QPushButton *m_verify;
    QPushButton *m_resend;
    FieldErrorLabel *m_error;
    QLabel *m_info;
    QTimer *m_cooldown;
    int m_secondsLeft = 0;
    bool m_waiting = false;
};

} // namespace okpay
