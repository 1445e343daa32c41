// Composition root of okpay-wallet: parses the command line, loads translations, builds the object graph and shows
// the main window at once with the remembered account's cached data; the session and the sync follow
// asynchronously, so the network never delays the first paint.
#include "api/apiclient.h"
#include "api/keychaincredentialstore.h"
#include "services/accountrecoveryservice.h"
#include "services/sessionservice.h"
#include "services/launchoptions.h"
#include "services/settings.h"
#include "services/singleinstance.h"
#include "services/activeaccount.h"
#include "services/contactchannels.h"
#include "services/helpcenter.h"
#include "services/supportemailservice.h"
#include "core/clock.h"
#include "store/cachelocation.h"
#include "ui/applinkreceiver.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTextStream>

using namespace okpay;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OKPay"));
    QCoreApplication::setApplicationName(QStringLiteral("OKPay Wallet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OKPAY_VERSION));
}

// --help and --version answer without a display (a terminal, an install check over SSH).
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"--help", "-h", "-?", "--help-all", "--version", "-v"})
            if (qstrcmp(argv[i], option) == 0)
                return true;
    return false;
}

// Installs the translations (--lang first, so that --help is printed in that language) and reads the command line;
// prints and exits for --help, --version and a malformed option.
LaunchOptions readCommandLine(QCoreApplication &app, const Settings &settings, QLocale *locale)
{
    const QString asked = LaunchOptions::languageArgument(QCoreApplication::arguments());
    *locale = Translations::install(app, asked.isEmpty() ? settings.language() : asked);
    QCommandLineParser parser;
    QString error;
    const auto options = LaunchOptions::parse(parser, QCoreApplication::arguments(), &error);
    if (!options) {
        QTextStream(stderr) << "okpay-wallet: " << error << Qt::endl;
        std::exit(2);
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp();
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    return *options;
}

} // namespace

int main(int argc, char *argv[])
{
    QLocale locale;
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication text(argc, argv);
        describeApplication();
        const Settings settings(std::make_unique<QSettings>());
        readCommandLine(text, settings, &locale);  // exits
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("com.okpay.Wallet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/okpay.svg")));
    Settings settings(std::make_unique<QSettings>());
    const LaunchOptions options = readCommandLine(app, settings, &locale);
    if (!options.server.isEmpty())
        settings.overrideServerUrl(options.server);
    // A second launch (a clicked okpay: link, the desktop's Help center action) hands its place to the running
    // wallet and exits; if that one cannot be reached it opens a window of its own rather than nothing.
    SingleInstance instance(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation));
    if (!instance.claim() && instance.forward(options.place, options.badLink)) {
        QTextStream(stderr) << "okpay-wallet: "
                            << QApplication::translate("LaunchOptions", "OKPay Wallet is already running: its window was brought forward.")
                            << Qt::endl;
        if (!options.server.isEmpty() || !options.language.isEmpty())
            QTextStream(stderr) << "okpay-wallet: "
                                << QApplication::translate("LaunchOptions", "--server and --lang apply when the wallet starts: quit it first.")
                                << Qt::endl;
        return 0;
    }

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
    window.openPlace(options.place);
    window.show();
    if (!options.badLink.isEmpty())
        window.showBadLink(options.badLink);
    const auto bringForward = [&window](const QString &place) {
        window.openPlace(place);
        window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.show();  // also from the tray
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&instance, &SingleInstance::activated, &window, bringForward);
    QObject::connect(&instance, &SingleInstance::badLinkForwarded, &window, &MainWindow::showBadLink);
    AppLinkReceiver links;  // okpay: links clicked while the app runs (macOS delivers them as events)
    QObject::connect(&links, &AppLinkReceiver::placeRequested, &window, bringForward);
    QObject::connect(&links, &AppLinkReceiver::badLink, &window, &MainWindow::showBadLink);
    session.restore();
    return QApplication::exec();
}
