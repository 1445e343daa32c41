#pragma once
#include <QHostAddress>
#include <QStringList>

namespace okpay::server {

// The okpay-server command line: --listen HOST:PORT, --db URL, --config FILE, --tls-cert/--tls-key, --demo.
struct ServerOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString database;  // sqlite:PATH or postgres://user:pass@host:port/db
    QString configFile;
    QString tlsCert;
    QString tlsKey;
    bool demo = false;

    // nullopt with a readable reason in *error for malformed values (bad port, half of a TLS pair, ...).
    static std::optional<ServerOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace okpay::server
