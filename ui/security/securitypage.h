#pragma once
#include "services/securityservice.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace okpay {

class NewPasswordField;

// The Security tab: turn on two-factor authentication (password, QR code and key, first code, then the recovery
// codes shown once) and the devices signed in to the account, each of which can be signed out.
class SecurityPage : public QWidget
{
    Q_OBJECT

public:
    SecurityPage(SecurityService *security, bool secondFactorOn, QWidget *parent = nullptr);
    void reload();

private:
    void startSetup();
    void showSetup(const QString &secret, const QString &uri);
    void showRecoveryCodes(const QStringList &codes);
    void showSessions(const QList<DeviceSession> &sessions);
    void changePassword();

    SecurityService *m_security;
    QStackedWidget *m_twoFactor;
    QLineEdit *m_password;
    QLabel *m_qr;
    QLabel *m_secret;
    QLineEdit *m_code;
    QPlainTextEdit *m_recoveryCodes;
    QLabel *m_message;
    QLineEdit *m_currentPassword;
    NewPasswordField *m_newPassword;
    QLineEdit *m_changeCode;
    QPushButton *m_changePassword;
    QLabel *m_passwordMessage;
    bool m_passwordPending = false;  // where the next failure belongs
    QListWidget *m_sessions;
    QPushButton *m_signOutSession;
};

} // namespace okpay
