// okpay-server entry point: parses options, listens, prints the one "listening on" line, and shuts down cleanly on
// SIGTERM/SIGINT. The API routes, storage and chat arrive with the reference-server issue.
#include "serveroptions.h"
#include "shutdownsignals.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("okpay-server"));

    QString error;
    const auto options = okpay::server::ServerOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }

    QHttpServer http;
    http.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get,
               [] { return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}; });
    const quint16 port = http.listen(options->host, options->port);
    if (port == 0) {
        QTextStream(stderr) << "cannot listen on " << options->host.toString() << ':' << options->port << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "listening on http://" << options->host.toString() << ':' << port << Qt::endl;

    okpay::server::ShutdownSignals shutdown;
    QObject::connect(&shutdown, &okpay::server::ShutdownSignals::shutdownRequested, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}
