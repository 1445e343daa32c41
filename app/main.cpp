// Composition root of okpay-wallet: parses the command line, loads translations, builds the object graph and shows
// the main window at once with the remembered account's cached data; the session and the sync follow
// asynchronously, so the network never delays the first paint.
#include "api/apiclient.h"
#include "api/keychaincredentialstore.h"
#include "services/accountrecoveryservice.h"
#include "services/sessionservice.h"
#include "services/settings.h"
#include "services/activeaccount.h"
#include "services/contactchannels.h"
#include "services/helpcenter.h"
#include "services/supportemailservice.h"
#include "core/clock.h"
#include "store/cachelocation.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QStandardPaths>

using namespace okpay;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OKPay"));
    QApplication::setApplicationName(QStringLiteral("OKPay Wallet"));
    QApplication::setApplicationVersion(QStringLiteral(OKPAY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("com.okpay.Wallet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/okpay.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OKPay Desktop e-wallet"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server base URL."), QStringLiteral("url"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("Language: en or zh_CN."), QStringLiteral("language"));
    parser.addOptions({serverOption, languageOption});
    parser.process(app);

    Settings settings(std::make_unique<QSettings>());
    if (parser.isSet(serverOption))
        settings.overrideServerUrl(QUrl(parser.value(serverOption)));
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : settings.language();
    const QLocale locale = Translations::install(app, language);

    KeychainCredentialStore keychain;
    SessionService session(keychain, settings);
    QNetworkAccessManager network;
    ApiClient client(&network, settings.serverUrl(), &session);
    client.setLanguage(locale.name());
    session.setApiClient(&client);
    const CacheLocation caches(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));

    AccountRecoveryService recovery(&client);
    Theme::apply(app, settings.theme());
    MainWindow window(&session, &recovery);
    window.setPreferences(&settings);
    // The Help tab's own cache (not any user's): the FAQ bundled in the app, updated from the server, signed out too.
    HelpCenter help(caches.databaseFile(settings.serverUrl().toString(), QStringLiteral("help")), &client);
    window.setHelpCenter(&help);
    const SystemClock clock;
    ContactChannels channels(&client, caches.dataDir() + QStringLiteral("/contact-channels.json"));
    SupportEmailService emails(&client, &session, clock);
    window.setSupportChannels(&channels, &emails, clock);
    ActiveAccount account(&session, &client, [&](const QString &userId) {
        return caches.databaseFile(settings.serverUrl().toString(), userId);
    });
    QObject::connect(&account, &ActiveAccount::changed, &window, &MainWindow::setAccount);

    // First paint: the remembered account's cache, if any; then the session is restored in the background.
    account.openCached(settings.lastUser());
    window.show();
    session.restore();
    return QApplication::exec();
}
