#include "serveroptions.h"

#include "config/serverconfig.h"

#include <QCommandLineParser>

namespace okpay::server {

std::optional<ServerOptions> ServerOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OKPay reference REST server"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on (HOST:PORT, port 0 = any free port)."), QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database: sqlite:PATH or postgres://user:pass@host:port/db."), QStringLiteral("url"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Configuration file (JSON)."), QStringLiteral("file"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("TLS certificate (PEM)."), QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM)."), QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Seed demo users and data."));
    parser.addOptions({listen, db, config, cert, key, demo});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("admin"), QStringLiteral("Run an administration command instead of "
                                                                         "serving (okpay-server admin --help)."),
                                 QStringLiteral("[admin COMMAND]"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    ServerOptions options;
    if (parser.isSet(QStringLiteral("help"))) {
        options.helpText = parser.helpText();
        return options;
    }
    options.version = parser.isSet(QStringLiteral("version"));
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument \"%1\" (options start with --)").arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    if (!parseListen(parser.value(listen), &options.host, &options.port, error))
        return std::nullopt;
    options.listenGiven = parser.isSet(listen);
    options.database = parser.value(db);
    options.configFile = parser.value(config);
    options.tlsCert = parser.value(cert);
    options.tlsKey = parser.value(key);
    options.demo = parser.isSet(demo);
    if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    return options;
}

bool ServerOptions::parseListen(const QString &hostPort, QHostAddress *host, quint16 *port, QString *error)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const uint number = colon < 0 ? 0 : hostPort.mid(colon + 1).toUInt(&portOk);
    QString address = colon < 0 ? QString() : hostPort.left(colon);
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    QHostAddress parsed;
    if (colon < 0 || !portOk || number > 65535 || !parsed.setAddress(address)) {
        *error = QStringLiteral("--listen expects HOST:PORT with a numeric IP address, got \"%1\"").arg(hostPort);
        return false;
    }
    *host = parsed;
    *port = quint16(number);
    return true;
}

bool ServerOptions::applyConfig(const ServerConfig &config, QString *error)
{
    if (!listenGiven && !config.listen.isEmpty() && !parseListen(config.listen, &host, &port, error)) {
        *error = QStringLiteral("\"listen\" in the configuration: ") + *error;
        return false;
    }
    if (database.isEmpty())
        database = config.database;
    return true;
}

} // namespace okpay::server
