#pragma once
#include "api/apiclient.h"
#include "services/accountrecoveryservice.h"
#include "services/activeaccount.h"
#include "core/clock.h"
#include "services/contactchannels.h"
#include "services/helpcenter.h"
#include "services/supportemailservice.h"
#include "services/sessionservice.h"
#include "services/settings.h"
#include "support/inmemorycredentialstore.h"
#include "ui/mainwindow.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>

namespace okpay::test {

// The wallet's object graph as app/main.cpp builds it, against a test server, with an in-memory keychain and the
// settings and cache files in a temporary directory. The window is shown at 1280×800.
struct TestWallet
{
    TestWallet(const QUrl &server, const QTemporaryDir &dir, const QString &name);
    ~TestWallet();
    void signIn(const QString &email, const QString &password);
    template<typename T = QWidget> T *find(const QString &objectName) const { return window->findChild<T *>(objectName); }

    InMemoryCredentialStore keychain;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<SessionService> session;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<AccountRecoveryService> recovery;
    SystemClock clock;
    std::unique_ptr<HelpCenter> help;
    std::unique_ptr<ContactChannels> channels;
    std::unique_ptr<SupportEmailService> emails;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<ActiveAccount> account;
};

// Visible text that does not fit its widget: labels and buttons narrower than their text, wrapped labels shorter
// than their lines. Returns "objectName: text" per widget, for a test failure message.
QStringList clippedText(const QWidget &root);
// Visible input controls a screen reader cannot name: no accessible name and no QLabel buddy (QFormLayout rows
// with a text label have one). Returns their object names.
QStringList unnamedControls(const QWidget &root);

} // namespace okpay::test
