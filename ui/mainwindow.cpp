#include "ui/mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace okpay {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OKPay Wallet"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(pendingPage(tr("Balances, history and the balance chart")), tr("Balance"));
    m_tabs->addTab(pendingPage(tr("Top up and withdraw with fees, processing times and promotions")),
                   tr("Top-up / Withdraw"));
    m_tabs->addTab(pendingPage(tr("Password, two-factor authentication, recovery codes and sessions")),
                   tr("Security"));
    m_tabs->addTab(pendingPage(tr("Questions and answers, contact channels, tickets and live chat")), tr("Help"));
    setCentralWidget(m_tabs);
    statusBar()->showMessage(tr("Not connected"));
    resize(960, 640);
}

// The tabs' real pages arrive with the wallet UI and help center issues; until then each says what it will hold.
QWidget *MainWindow::pendingPage(const QString &what)
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(what + u'\n' + tr("This part of the wallet is not available in this build yet."), page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(label);
    return page;
}

} // namespace okpay
