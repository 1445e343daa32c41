#pragma once
#include "services/securityservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace okpay {

class PasswordBox;
class SecurityEventsBox;
class SessionService;
class Settings;
class TwoFactorBox;

// The Security tab: two-factor authentication (setup, recovery codes, turning it off), the password, the devices
// signed in to the account (each can be signed out), the recent security activity and the automatic sign-out.
class SecurityPage : public QWidget
{
    Q_OBJECT

public:
    SecurityPage(SecurityService *security, SessionService *session, Settings *settings, QWidget *parent = nullptr);
    void reload();

protected:
    void showEvent(QShowEvent *event) override;  // each visit shows the server's current state

private:
    QWidget *buildSessionsBox();
    QWidget *buildAutoLockBox();
    void showSessions(const QList<DeviceSession> &sessions);
    SecurityService *m_security;
    SessionService *m_session;
    Settings *m_settings;
    TwoFactorBox *m_twoFactor;
    PasswordBox *m_password;
    SecurityEventsBox *m_events;
    QListWidget *m_sessions;
    QLabel *m_sessionsStatus;
    QPushButton *m_signOutSession;
    QComboBox *m_autoLock;
    bool m_revoking = false;  // the next sessions list follows a sign-out: the activity has a new entry
};

} // namespace okpay
