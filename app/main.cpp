// Composition root of okpay-wallet: parses the command line, loads translations, builds the object graph and shows
// the main window at once (the network never delays the first paint).
#include "services/settings.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server base URL."),
                                          QStringLiteral("url"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("Language: en or zh_CN."),
                                            QStringLiteral("language"));
    parser.addOptions({serverOption, languageOption});
    parser.process(app);

    okpay::Settings settings(std::make_unique<QSettings>());
    if (parser.isSet(serverOption))
        settings.setServerUrl(QUrl(parser.value(serverOption)));
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : settings.language();
    okpay::Translations::install(app, language);

    okpay::MainWindow window;
    window.show();
    return QApplication::exec();
}
