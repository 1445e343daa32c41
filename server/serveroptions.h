#pragma once
#include <QHostAddress>
#include <QStringList>

namespace okpay::server {

struct ServerConfig;

// The okpay-server command line: --listen HOST:PORT, --db URL, --config FILE, --tls-cert/--tls-key, --demo,
// --help, --version. "listen" and "database" may also come from the configuration file; the command line wins.
struct ServerOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString database;  // sqlite:PATH or postgres://user:pass@host:port/db
    QString configFile;
    QString tlsCert;
    QString tlsKey;
    bool demo = false;
    bool listenGiven = false;  // --listen was on the command line
    QString helpText;          // set when --help was asked for: print it and exit
    bool version = false;      // --version was asked for

    // nullopt with a readable reason in *error for malformed values (bad port, half of a TLS pair, ...).
    static std::optional<ServerOptions> parse(const QStringList &arguments, QString *error);
    // Takes "listen" and "database" from the configuration file where the command line left them out.
    bool applyConfig(const ServerConfig &config, QString *error);
    // "127.0.0.1:8080", "[::1]:0" → host and port; false with a reason for anything else.
    static bool parseListen(const QString &hostPort, QHostAddress *host, quint16 *port, QString *error);
};

} // namespace okpay::server
