#include "serveroptions.h"

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
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *error = parser.helpText();
        return std::nullopt;
    }

    ServerOptions options;
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon < 0 ? 0 : hostPort.mid(colon + 1).toUInt(&portOk);
    if (colon < 0 || !portOk || port > 65535 || !options.host.setAddress(hostPort.left(colon))) {
        *error = QStringLiteral("--listen expects HOST:PORT with a numeric IP address, got \"%1\"").arg(hostPort);
        return std::nullopt;
    }
    options.port = quint16(port);
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

} // namespace okpay::server
