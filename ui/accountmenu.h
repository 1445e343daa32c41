#pragma once
#include <QMenu>

class QActionGroup;

namespace okpay {

class SessionService;
class Settings;
class SignedInAccount;

// The window's Account menu: the profile, the language and theme, and signing out.
class AccountMenu : public QMenu
{
    Q_OBJECT

public:
    AccountMenu(SessionService *session, QWidget *parent);
    void setAccount(SignedInAccount *account);  // nullptr when signed out
    void setPreferences(Settings *settings);    // adds Language and Theme

private:
    void chooseLanguage(const QString &language);
    void updateEnabled();
    SessionService *m_session;
    SignedInAccount *m_account = nullptr;
    Settings *m_settings = nullptr;
    QAction *m_profile;
    QAction *m_signOut;
};

} // namespace okpay
