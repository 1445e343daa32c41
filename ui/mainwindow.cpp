#include "ui/mainwindow.h"

#include "services/sessionservice.h"
#include "services/signedinaccount.h"
#include "services/settings.h"
#include "ui/accountmenu.h"
#include "ui/balance/balancepage.h"
#include "ui/funding/fundingpage.h"
#include "services/contactchannels.h"
#include "services/supportemailservice.h"
#include "ui/help/contactpanel.h"
#include "ui/help/emailform.h"
#include "services/helpcenter.h"
#include "services/supportservice.h"
#include "ui/dialogs/secretwarningdialog.h"
#include "services/chatservice.h"
#include "ui/help/chatlauncher.h"
#include "ui/help/chatwindow.h"
#include "ui/help/faqbrowser.h"
#include "ui/help/ticketspage.h"
#include "ui/help/helppage.h"
#include "ui/security/idlelock.h"
#include "ui/security/securitypage.h"
#include "ui/signin/accountaccesspanel.h"
#include "ui/trayicon.h"
#include "ui/widgets/statusbanner.h"

#include <QAction>
#include <QHash>
#include <QTimeZone>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace okpay {

MainWindow::MainWindow(SessionService *session, AccountRecoveryService *recovery, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_banner(new StatusBanner(this)), m_tabs(new QTabWidget(this)),
      m_balanceStack(new QStackedWidget(this)), m_access(new AccountAccessPanel(session, recovery, this)),
      m_help(new HelpPage(this)),
      m_balance(new BalancePage(this)),
      m_fundingStack(new QStackedWidget(this)), m_fundingSignedOut(pendingPage(tr("Sign in on the Balance tab to top up or withdraw."), false)),
      m_securityStack(new QStackedWidget(this)),
      m_securitySignedOut(pendingPage(tr("Sign in on the Balance tab to manage two-factor authentication and your devices."), false))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_balanceStack->addWidget(m_access);
    m_balanceStack->addWidget(m_balance);
    m_tabs->addTab(m_balanceStack, tr("Balance"));
    m_fundingStack->addWidget(m_fundingSignedOut);
    m_tabs->addTab(m_fundingStack, tr("Top-up / Withdraw"));
    m_securityStack->addWidget(m_securitySignedOut);
    m_tabs->addTab(m_securityStack, tr("Security"));
    m_tabs->addTab(m_help, tr("Help"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);
    updateTitle();
    // "Get help with this transaction": the Help tab opens with the transaction to attach to a new ticket.
    connect(m_balance, &BalancePage::helpRequested, this, [this](const QString &transactionId) {
        m_helpTransaction = transactionId;
        openAppAction(QStringLiteral("new-ticket"));
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    resize(1280, 800);

    // Things the user should know once: why the sign-in is not remembered, a rebuilt offline cache.
    connect(m_session, &SessionService::notice, this, [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    m_accountMenu = new AccountMenu(m_session, this);
    menuBar()->addMenu(m_accountMenu);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(this);
        m_tray->show();
    }
    connect(m_session, &SessionService::stateChanged, this, [this](SessionService::State state) {
        if (state == SessionService::State::SignedOut)
            m_emailStepDone = false;
        showSignedIn(state == SessionService::State::SignedIn && m_account);
    });
    connect(m_session, &SessionService::secondFactorChanged, this, &MainWindow::rebuildMoneyPages);
    connect(m_access, &AccountAccessPanel::emailStepFinished, this, [this](bool verified) {
        m_emailStepDone = true;
        if (!verified)
            statusBar()->showMessage(tr("Confirm your email address to top up and withdraw: the code is in the email we sent you."), 30000);
        showSignedIn(m_account && m_session->state() == SessionService::State::SignedIn);
    });
    setUpAutoLock();
    showSignedIn(false);
}

// Signs out after the Security tab's number of minutes without input, only while signed in.
void MainWindow::setUpAutoLock()
{
    m_idleLock = new IdleLock(this);
    m_idleLock->setObjectName(QStringLiteral("idleLock"));
    m_idleLock->setMinutes(m_session->settings().autoLockMinutes());
    connect(&m_session->settings(), &Settings::changed, m_idleLock, [this](Settings::Key key) {
        if (key == Settings::Key::AutoLockMinutes)
            m_idleLock->setMinutes(m_session->settings().autoLockMinutes());
    });
    connect(m_session, &SessionService::stateChanged, m_idleLock, [this](SessionService::State state) {
        m_idleLock->setArmed(state == SessionService::State::SignedIn);
        if (state == SessionService::State::SignedIn && !m_idleMessage.isEmpty() && statusBar()->currentMessage() == m_idleMessage)
            statusBar()->clearMessage();
    });
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::signOutIdle);
}

void MainWindow::signOutIdle(int minutes)
{
    // A modal dialog (a confirmation, a file dialog) runs its event loop inside a page's slot, and signing out deletes
    // the pages: close it and sign out once that loop has returned.
    if (QWidget *modal = QApplication::activeModalWidget()) {
        modal->close();
        QTimer::singleShot(100, this, [this, minutes] {
            if (m_session->state() == SessionService::State::SignedIn)
                signOutIdle(minutes);
        });
        return;
    }
    m_session->signOut();
    if (m_tabs->currentIndex() != m_tabs->count() - 1)
        m_tabs->setCurrentIndex(0);  // the sign-in form, unless Help (usable signed out) is open
    m_idleMessage = tr("You were signed out after %1 minutes without activity.").arg(minutes);
    statusBar()->showMessage(m_idleMessage);
}

void MainWindow::setUnreadCount(int count)
{
    if (m_tray)
        m_tray->setUnreadCount(count);
    const int help = m_tabs->count() - 1;
    m_tabs->setTabText(help, count > 0 ? tr("Help (%1)").arg(count) : tr("Help"));
    m_help->setTicketsBadge(count);
    updateTitle();
}

// "Help – OKPay Wallet": the task bar and window switcher say which part of the wallet is open.
void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 – OKPay Wallet", "window title: the open tab, then the app").arg(m_tabs->tabText(m_tabs->currentIndex())));
}

void MainWindow::setHelpCenter(HelpCenter *help)
{
    m_helpCenter = help;
    auto *faq = new FaqBrowser(help, m_help);
    m_faq = faq;
    connect(faq, &FaqBrowser::appActionRequested, this, &MainWindow::openAppAction);
    connect(faq, &FaqBrowser::contactRequested, this, [this] { m_help->showSection(HelpPage::Section::Contact); });
    m_help->setSection(HelpPage::Section::Questions, faq);
}

void MainWindow::setSupportChannels(ContactChannels *channels, SupportEmailService *emails, const Clock &clock)
{
    m_emails = emails;
    m_channels = channels;
    auto *panel = new ContactPanel(channels, clock, m_help);
    connect(panel, &ContactPanel::emailRequested, this, [this] { m_help->showSection(HelpPage::Section::Email); });
    connect(panel, &ContactPanel::chatRequested, this, &MainWindow::openChat);
    connect(panel, &ContactPanel::ticketRequested, this, [this] { openAppAction(QStringLiteral("new-ticket")); });
    m_help->setSection(HelpPage::Section::Contact, panel);

    auto *form = new EmailForm(emails);
    const auto supportAddress = [form, channels] {
        for (const ContactChannel &channel : channels->list().channels)
            if (channel.kind == ContactChannel::Kind::Email)
                form->setSupportAddress(channel.address);
    };
    connect(channels, &ContactChannels::changed, form, supportAddress);
    supportAddress();
    auto *scroll = new QScrollArea(m_help);  // the form keeps a readable width and scrolls on small screens
    scroll->setObjectName(QStringLiteral("emailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    form->setMaximumWidth(720);
    auto *holder = new QWidget;
    auto *row = new QHBoxLayout(holder);
    row->addWidget(form, 1);
    row->addStretch();
    scroll->setWidget(holder);
    m_help->setSection(HelpPage::Section::Email, scroll);
    // The channels and their hours are asked for again whenever the contact or chat page is opened.
    channels->showSaved();
    connect(m_help, &HelpPage::sectionShown, channels, [channels](HelpPage::Section section) {
        if ((section == HelpPage::Section::Contact || section == HelpPage::Section::Chat) && !channels->isLoading())
            channels->refresh();
    });
}

// A help article, opened from a dialog's "Learn more" or a ticket's suggestions.
void MainWindow::openHelpArticle(const QString &articleId)
{
    m_tabs->setCurrentWidget(m_help);
    m_help->showSection(HelpPage::Section::Questions);
    if (m_faq)
        m_faq->openArticle(articleId);
}

void MainWindow::openPlace(const QString &place)
{
    if (place.startsWith(u"faq/"))
        openHelpArticle(place.mid(4));
    else
        openAppAction(place);
}

void MainWindow::showBadLink(const QString &link)
{
    statusBar()->showMessage(tr("This link does not lead anywhere in the app: %1").arg(link), 30000);
}

// Where an "app:" link in a help article, an okpay: link or --open leads (LaunchOptions::places()).
void MainWindow::openAppAction(const QString &action)
{
    static const QHash<QString, HelpPage::Section> helpSections{{QStringLiteral("help"), HelpPage::Section::Questions},
                                                               {QStringLiteral("contact"), HelpPage::Section::Contact},
                                                               {QStringLiteral("email"), HelpPage::Section::Email},
                                                               {QStringLiteral("tickets"), HelpPage::Section::Tickets},
                                                               {QStringLiteral("new-ticket"), HelpPage::Section::Tickets},
                                                               {QStringLiteral("chat"), HelpPage::Section::Chat}};
    if (helpSections.contains(action)) {
        m_tabs->setCurrentWidget(m_help);
        m_help->showSection(helpSections.value(action));
        if (action == u"chat")
            openChat();
        if (action == u"new-ticket") {
            if (m_tickets)
                m_tickets->showNewTicket(std::exchange(m_helpTransaction, QString()));
        }
        return;
    }
    if (action == u"balance")
        m_tabs->setCurrentWidget(m_balanceStack);
    else if (action == u"security")
        m_tabs->setCurrentWidget(m_securityStack);
    else if (action == u"topup" || action == u"withdraw") {
        m_tabs->setCurrentWidget(m_fundingStack);
        if (m_moneyPages)
            m_moneyPages->setCurrentIndex(action == u"topup" ? 0 : 1);
    }
}

void MainWindow::setPreferences(Settings *settings)
{
    m_settings = settings;
    m_accountMenu->setPreferences(settings);
    const QByteArray geometry = settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings)
        m_settings->setWindowGeometry(saveGeometry());
    closeChat();
    QMainWindow::closeEvent(event);
}

void MainWindow::setAccount(SignedInAccount *account)
{
    m_account = account;
    m_accountMenu->setAccount(account);
    if (m_emails)  // signed in, emails go through the account's outbox, so none is lost
        m_emails->setOutbox(account ? &account->outbox() : nullptr, account ? &account->outboxSender() : nullptr);
    m_balance->setAccount(account);
    rebuildMoneyPages();
    if (m_securityPage) {
        m_securityStack->removeWidget(m_securityPage);
        delete m_securityPage;
        m_securityPage = nullptr;
    }
    if (account) {
        auto *security = new SecurityPage(&account->security(), m_session, &m_session->settings(), m_securityStack);
        m_securityPage = security;
        m_securityStack->addWidget(security);
    }
    setUpTickets(account);
    if (account && account->openResult() == CacheDatabase::OpenResult::Rebuilt)
        statusBar()->showMessage(tr("The offline copy of your data could not be read, so it is being downloaded again."), 30000);
    if (account) {
        connect(&account->sync(), &SyncEngine::stateChanged, this,
                [this, account](SyncEngine::State state) { m_banner->show(state, account->sync().lastSynced()); });
        m_banner->show(account->sync().state(), account->sync().lastSynced());
    } else {
        m_banner->show(SyncEngine::State::SignedOut, {});
    }
    // A remembered account shows its cached data at once, before the session is confirmed.
    showSignedIn(account != nullptr);
}

// My tickets for the signed-in account (nothing when signed out): unread replies on the Help tab, the tray and as a
// desktop notification; FAQ suggestions while a ticket is written; the secret check before anything is sent.
void MainWindow::setUpTickets(SignedInAccount *account)
{
    m_tickets = nullptr;
    closeChat();
    if (!account) {
        m_help->setSection(HelpPage::Section::Tickets, nullptr);
        m_help->setSection(HelpPage::Section::Chat, nullptr);
        setUnreadCount(0);
        return;
    }
    auto *tickets = new TicketsPage(&account->support(), &account->tickets(), m_help);
    tickets->setScreenshotSource(this);
    tickets->setConfirmSend(
        [this](QString *text) { return SecretWarningDialog::confirmSend(this, m_session->secretGuard(), text); });
    if (m_helpCenter) {
        HelpCenter *help = m_helpCenter;
        tickets->setSuggestionProvider([help](const QString &text) {
            QList<std::pair<QString, QString>> suggestions;
            for (const FaqSearchResult &result : help->suggest(text, HelpCenter::localeFor(QLocale()), 3))
                suggestions.append({result.entry.id, result.entry.title});
            return suggestions;
        });
    }
    connect(tickets, &TicketsPage::articleRequested, this, &MainWindow::openHelpArticle);
    SupportService *support = &account->support();
    connect(support, &SupportService::unreadCountChanged, this, &MainWindow::setUnreadCount);
    connect(support, &SupportService::agentReplied, this, [this](const QString &, const QString &number, const QString &subject) {
        if (m_tray && !isActiveWindow())
            m_tray->showMessage(tr("OKPay support replied"), tr("Ticket %1: %2").arg(number, subject));
    });
    m_help->setSection(HelpPage::Section::Tickets, tickets);
    m_tickets = tickets;
    setUnreadCount(support->unreadCount());

    if (account->chat()) {
        auto *launcher = new ChatLauncher(m_help);
        connect(launcher, &ChatLauncher::openRequested, this, &MainWindow::openChat);
        if (m_channels) {  // the chat's own hours, as the contact panel shows them
            ContactChannels *channels = m_channels;
            const auto showStatus = [launcher, channels] {
                for (const ContactChannel &channel : channels->list().channels)
                    if (channel.kind == ContactChannel::Kind::Chat)
                        launcher->setStatus(channel.hours.statusText(QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone(),
                                                                     launcher->locale()));
            };
            connect(channels, &ContactChannels::changed, launcher, showStatus);
            connect(m_help, &HelpPage::sectionShown, launcher, showStatus);
            showStatus();
        }
        m_help->setSection(HelpPage::Section::Chat, launcher);
        account->chat()->resume();  // an open chat goes on, and its replies arrive, with the window closed too
    }
}

// The live chat in its own window, one per account; brought back if it is already open.
void MainWindow::openChat()
{
    if (!m_account || !m_account->chat()) {
        m_tabs->setCurrentWidget(m_help);
        m_help->showSection(HelpPage::Section::Chat);  // says to sign in
        return;
    }
    if (!m_chatWindow) {
        m_chatWindow = new ChatWindow(m_account->chat());
        m_chatWindow->setAttribute(Qt::WA_QuitOnClose, false);
        m_chatWindow->setConfirmSend(
            [this](QString *text) { return SecretWarningDialog::confirmSend(m_chatWindow, m_session->secretGuard(), text); });
        connect(m_chatWindow, &ChatWindow::myTicketsRequested, this, [this] {
            m_tabs->setCurrentWidget(m_help);
            m_help->showSection(HelpPage::Section::Tickets);
            raise();
            activateWindow();
        });
        if (m_settings)
            m_chatWindow->restoreState(m_settings->chatWindowGeometry());
        m_chatWindow->startOrResume();
    }
    m_chatWindow->show();
    m_chatWindow->raise();
    m_chatWindow->activateWindow();
}

void MainWindow::closeChat()
{
    if (!m_chatWindow)
        return;
    if (m_settings)
        m_settings->setChatWindowGeometry(m_chatWindow->saveState());
    delete m_chatWindow;  // before the account whose chat it shows
    m_chatWindow = nullptr;
}

// The Top-up / Withdraw pages of the account; built again when two-factor is turned on or off, since the withdrawal
// form and the destination dialog ask for the code only when it is on.
void MainWindow::rebuildMoneyPages()
{
    const int shown = m_moneyPages ? m_moneyPages->currentIndex() : 0;
    if (m_moneyPages) {
        m_fundingStack->removeWidget(m_moneyPages);
        delete m_moneyPages;
        m_moneyPages = nullptr;
    }
    if (!m_account)
        return;
    m_moneyPages = new QTabWidget(m_fundingStack);
    m_moneyPages->setObjectName(QStringLiteral("moneyPages"));
    for (const auto direction : {FundingPage::Direction::TopUp, FundingPage::Direction::Withdraw}) {
        auto *page = new FundingPage(direction, &m_account->funding(), m_session->secondFactorOn(), m_moneyPages);
        m_moneyPages->addTab(page, direction == FundingPage::Direction::TopUp ? tr("Top up") : tr("Withdraw"));
        connect(page, &FundingPage::moneyMoved, &m_account->sync(), &SyncEngine::syncNow);
        connect(page, &FundingPage::articleRequested, this, &MainWindow::openHelpArticle);
        page->reload();
    }
    m_moneyPages->setCurrentIndex(shown);
    m_fundingStack->addWidget(m_moneyPages);
    if (m_fundingStack->currentWidget() == m_fundingSignedOut && m_session->state() == SessionService::State::SignedIn)
        m_fundingStack->setCurrentWidget(m_moneyPages);
}

void MainWindow::showSignedIn(bool signedIn)
{
    // After sign-up (or signing in with an unconfirmed address) the email step comes first, once per session.
    const bool askForEmail = signedIn && m_session->state() == SessionService::State::SignedIn
                             && !m_session->emailVerified() && !m_emailStepDone;
    if (askForEmail && !m_access->isVerifyingEmail())
        m_access->showVerifyEmail(m_session->email());
    else if (!askForEmail && m_access->isVerifyingEmail())
        m_access->showSignIn();
    m_balanceStack->setCurrentWidget(signedIn && !askForEmail ? static_cast<QWidget *>(m_balance) : m_access);
    m_fundingStack->setCurrentWidget(signedIn && m_moneyPages ? static_cast<QWidget *>(m_moneyPages) : m_fundingSignedOut);
    m_securityStack->setCurrentWidget(signedIn && m_securityPage ? m_securityPage : m_securitySignedOut);
}

// A centered message: signed-out placeholders, and the tabs whose pages arrive with later issues.
QWidget *MainWindow::pendingPage(const QString &what, bool notYetAvailable)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(notYetAvailable ? what + u'\n' + tr("This part of the wallet is not available in this build yet.") : what, page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(label);
    return page;
}

} // namespace okpay
