// okpay-server entry point: parses options, opens the database, migrates, listens, prints the one
// "listening on" line, and shuts down cleanly on SIGTERM/SIGINT.
#include "admin/admincommand.h"
#include "apiserver.h"
#include "core/clock.h"
#include "demo/demomode.h"
#include "logline.h"
#include "serveroptions.h"
#include "shutdownsignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("okpay-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OKPAY_VERSION));
    okpay::server::LogLine::install();  // one structured line per event on stderr: UTC time, level, category, message

    using namespace okpay::server;
    if (argc > 1 && qstrcmp(argv[1], "admin") == 0)
        return runAdminCommand(QCoreApplication::arguments().mid(1));

    QString error;
    auto options = ServerOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    if (!options->helpText.isEmpty()) {
        QTextStream(stdout) << options->helpText;
        return 0;
    }
    if (options->version) {
        QTextStream(stdout) << "okpay-server " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    auto config = ServerConfig::load(options->configFile, &error);
    if (!config || !options->applyConfig(*config, &error)) {
        QTextStream(stderr) << "okpay-server: " << error << Qt::endl;
        return 2;
    }
    const QString dbUrl = options->database.isEmpty()
                              ? QStringLiteral("sqlite:") + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/okpay.sqlite")
                              : options->database;
    if (dbUrl.startsWith(u"sqlite:")) {
        const QFileInfo file(dbUrl.mid(7));
        QDir().mkpath(file.absolutePath());
        if (config->dataDir.isEmpty())
            config->dataDir = file.absolutePath() + QStringLiteral("/okpay-data");
    } else if (config->dataDir.isEmpty()) {
        config->dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    config->demo = options->demo;

    auto db = Database::open(dbUrl, &error);
    if (!db) {
        QTextStream(stderr) << "okpay-server: " << error << Qt::endl;
        return 1;
    }
    okpay::SystemClock clock;
    ApiServer server(db, *config, clock);
    if (!server.migrate(&error)) {
        QTextStream(stderr) << "okpay-server: migration failed: " << error << Qt::endl;
        return 1;
    }
    if (!options->tlsCert.isEmpty() && !server.enableTls(options->tlsCert, options->tlsKey, &error)) {
        QTextStream(stderr) << "okpay-server: " << error << Qt::endl;
        return 2;
    }
    const quint16 port = server.listen(options->host, options->port);
    if (port == 0) {
        QTextStream(stderr) << "okpay-server: cannot listen on " << options->host.toString() << ':' << options->port << Qt::endl;
        return 1;
    }
    std::unique_ptr<DemoMode> demo;
    QString demoPassword;
    if (options->demo) {
        demo = std::make_unique<DemoMode>(server);
        demoPassword = demo->seed(&error);
        if (demoPassword.isEmpty()) {
            QTextStream(stderr) << "okpay-server: demo seeding failed: " << error << Qt::endl;
            return 1;
        }
        demo->startAgent();
    }
    QTextStream(stdout) << "listening on " << (server.tls() ? "https" : "http") << "://" << options->host.toString()
                        << ':' << port << Qt::endl;
    if (demo)
        QTextStream(stdout) << "demo user: " << DemoMode::UserEmail << " password: " << demoPassword << Qt::endl;

    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::shutdownRequested, &app, [&server] {
        server.beginShutdown([] { QCoreApplication::quit(); });
    });
    const int rc = QCoreApplication::exec();
    demo.reset();
    server.shutdown();
    return rc;
}
