#pragma once
#include <QMainWindow>

class QStackedWidget;
class QTabWidget;

namespace okpay {

class AccountAccessPanel;
class AccountMenu;
class AccountRecoveryService;
class BalancePage;
class Clock;
class ContactChannels;
class HelpCenter;
class SupportEmailService;
class ChatWindow;
class FaqBrowser;
class HelpPage;
class TicketsPage;
class IdleLock;
class SessionService;
class Settings;
class SignedInAccount;
class StatusBanner;
class TrayIcon;

// The wallet's top-level window: the connection banner and the Balance, Top-up/Withdraw, Security and Help tabs.
// Signed out, the account tabs show the sign-in form; the Help tab is always there.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SessionService *session, AccountRecoveryService *recovery, QWidget *parent = nullptr);
    void setAccount(SignedInAccount *account);  // nullptr when signed out
    void setPreferences(Settings *settings);     // language and theme menus; restores the window's size and place
    void setUnreadCount(int count);              // unread support replies: on the Help tab and the tray icon
    QString helpTransaction() const { return m_helpTransaction; }
    void setHelpCenter(HelpCenter *help);      // the offline FAQ of the Help tab, signed in or out
    // The Help tab's contact channels (with their live hours) and email form, signed in or out.
    void setSupportChannels(ContactChannels *channels, SupportEmailService *emails, const Clock &clock);
    void openAppAction(const QString &action);  // "app:" links of help articles: balance, topup, security, chat, …
    void openHelpArticle(const QString &articleId);
    void openPlace(const QString &place);       // --open, okpay: links: an app action or "faq/ARTICLE"
    void showBadLink(const QString &link);      // an okpay: link that names no place: said in the status bar

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *pendingPage(const QString &what, bool notYetAvailable);
    void showSignedIn(bool signedIn);
    void rebuildMoneyPages();
    void setUpTickets(SignedInAccount *account);
    void openChat();
    void closeChat();
    void setUpAutoLock();
    void updateTitle();
    void signOutIdle(int minutes);
    SessionService *m_session;
    Settings *m_settings = nullptr;
    AccountMenu *m_accountMenu;
    TrayIcon *m_tray = nullptr;
    QString m_helpTransaction;  // the transaction a new ticket will carry
    SignedInAccount *m_account = nullptr;
    StatusBanner *m_banner;
    QTabWidget *m_tabs;
    QStackedWidget *m_balanceStack;
    AccountAccessPanel *m_access;
    HelpPage *m_help;
    SupportEmailService *m_emails = nullptr;
    ContactChannels *m_channels = nullptr;
    HelpCenter *m_helpCenter = nullptr;
    FaqBrowser *m_faq = nullptr;
    TicketsPage *m_tickets = nullptr;  // owned by the Help page, while signed in
    ChatWindow *m_chatWindow = nullptr;  // a top-level window of its own, while signed in
    bool m_emailStepDone = false;  // the email confirmation was offered this session (confirmed or "Later")
    BalancePage *m_balance;
    QStackedWidget *m_fundingStack;
    QWidget *m_fundingSignedOut;
    QTabWidget *m_moneyPages = nullptr;  // Top up | Withdraw, while signed in
    QStackedWidget *m_securityStack;
    QWidget *m_securitySignedOut;
    QWidget *m_securityPage = nullptr;
    IdleLock *m_idleLock = nullptr;
    QString m_idleMessage;  // in the status bar after an automatic sign-out, until the next sign-in
};

} // namespace okpay
