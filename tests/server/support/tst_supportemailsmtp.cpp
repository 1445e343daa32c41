#include "support/serverprocess.h"

#include <QDir>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace okpay::test;

// A minimal SMTP relay in the test process: answers every command and keeps each message it accepts.
class FakeSmtpRelay : public QObject
{
public:
    QTcpServer server;
    QList<QByteArray> messages;
    FakeSmtpRelay()
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto data = std::make_shared<std::optional<QByteArray>>();
                socket->write("220 fake.relay ESMTP\r\n");
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, data] {
                    while (socket->canReadLine()) {
                        const QByteArray line = socket->readLine();
                        if (*data) {
                            if (line == ".\r\n") {
                                messages.append(**data);
                                data->reset();
                                socket->write("250 queued\r\n");
                            } else {
                                **data += line;
                            }
                        } else if (line.startsWith("EHLO")) {
                            socket->write("250-fake.relay\r\n250 8BITMIME\r\n");
                        } else if (line.startsWith("DATA")) {
                            *data = QByteArray();
                            socket->write("354 go ahead\r\n");
                        } else if (line.startsWith("QUIT")) {
                            socket->write("221 bye\r\n");
                            socket->disconnectFromHost();
                        } else {
                            socket->write("250 ok\r\n");
                        }
                    }
                });
            }
        });
    }
};

// Support emails go to the configured SMTP relay; when the relay is down they stay queued in the outbox.
class TestSupportEmailSmtp : public QObject
{
    Q_OBJECT

private:
    static QJsonObject email(const QString &marker)
    {
        return {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("from_name"), QStringLiteral("Li Lei")},
                {QStringLiteral("from_email"), QStringLiteral("li@example.com")},
                {QStringLiteral("subject"), QStringLiteral("充值问题")},
                {QStringLiteral("body"), QString(QStringLiteral(".starts with a dot\n") + marker)}};
    }
    static QByteArray config(quint16 port)
    {
        const QJsonObject smtp{{QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), port},
                               {QStringLiteral("timeout_ms"), 3000}};
        return QJsonDocument(QJsonObject{{QStringLiteral("support"), QJsonObject{{QStringLiteral("smtp"), smtp}}}}).toJson();
    }

private slots:
    void deliversToTheRelay()
    {
        FakeSmtpRelay relay;
        ServerProcess server(ServerProcess::Options{{}, config(relay.server.serverPort()), {}});
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        const HttpReply reply = server.post(QStringLiteral("/v1/support/emails"), email(QStringLiteral("marker-relay")));
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("sent"));
        QCOMPARE(relay.messages.size(), 1);
        const QByteArray message = relay.messages.first();
        QVERIFY(message.contains("marker-relay"));
        QVERIFY(message.contains("Reply-To: <li@example.com>"));
        QVERIFY(message.contains("\r\n..starts with a dot"));  // dot-stuffed on the wire
        QVERIFY(!QDir(server.dataDir() + QStringLiteral("/mail-outbox")).exists()
                || QDir(server.dataDir() + QStringLiteral("/mail-outbox")).entryList({QStringLiteral("*.eml")}).isEmpty());
    }
    void relayDownKeepsTheEmailQueuedInTheOutbox()
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 port = closed.serverPort();
        closed.close();  // nothing listens there any more
        ServerProcess server(ServerProcess::Options{{}, config(port), {}});
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        const HttpReply reply = server.post(QStringLiteral("/v1/support/emails"), email(QStringLiteral("marker-down")));
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("queued"));
        const QDir outbox(server.dataDir() + QStringLiteral("/mail-outbox"));
        QCOMPARE(outbox.entryList({QStringLiteral("*.eml")}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSupportEmailSmtp)
#include "tst_supportemailsmtp.moc"
