#include "support/serverprocess.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace okpay::test;

// POST /v1/support/emails: signed out and signed in, client_id de-duplication, delivery to the outbox, bad input.
class TestSupportEmailApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_alice;
    ServerProcess &server() { return *m_server; }
    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static QJsonObject signedOutEmail(const QString &clientId = uuid())
    {
        return {{QStringLiteral("client_id"), clientId},
                {QStringLiteral("from_name"), QStringLiteral("Wang Fang")},
                {QStringLiteral("from_email"), QStringLiteral("wang@example.com")},
                {QStringLiteral("subject"), QStringLiteral("Cannot sign in")},
                {QStringLiteral("body"), QStringLiteral("I lost my phone with the authenticator app.")},
                {QStringLiteral("category"), QStringLiteral("security")},
                {QStringLiteral("locale"), QStringLiteral("zh_CN")}};
    }
    // The support inbox's mails in the outbox whose text contains marker.
    int mailsContaining(const QString &marker) const
    {
        int count = 0;
        const QDir outbox(server().dataDir() + QStringLiteral("/mail-outbox"));
        for (const QFileInfo &info : outbox.entryInfoList({QStringLiteral("*.eml")}, QDir::Files)) {
            QFile file(info.filePath());
            file.open(QIODevice::ReadOnly);
            const QString text = QString::fromUtf8(file.readAll());
            if (text.contains(QStringLiteral("To: support@okpay.example")) && text.contains(marker))
                ++count;
        }
        return count;
    }
    ServerProcess &server() const { return *m_server; }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        m_alice = server().registerVerifiedUser(QStringLiteral("alice@example.com"));
    }
    void cleanupTestCase() { m_server.reset(); }

    void signedOutEmailIsAcceptedAndDelivered()
    {
        QJsonObject body = signedOutEmail();
        body.insert(QStringLiteral("body"), QStringLiteral("marker-signed-out: I lost my phone."));
        const HttpReply reply = server().post(QStringLiteral("/v1/support/emails"), body);
        QCOMPARE(reply.status, 202);
        const QJsonObject receipt = reply.json();
        QVERIFY(receipt.value(u"id").toString().size() > 4);
        QCOMPARE(receipt.value(u"client_id").toString(), body.value(u"client_id").toString());
        QCOMPARE(receipt.value(u"status").toString(), QStringLiteral("sent"));
        QVERIFY(receipt.value(u"received_at").isString());
        QCOMPARE(mailsContaining(QStringLiteral("marker-signed-out")), 1);
    }
    void resendingTheSameClientIdIsNotDeliveredTwice()
    {
        QJsonObject body = signedOutEmail();
        body.insert(QStringLiteral("body"), QStringLiteral("marker-resend"));
        const HttpReply first = server().post(QStringLiteral("/v1/support/emails"), body);
        const HttpReply again = server().post(QStringLiteral("/v1/support/emails"), body);
        QCOMPARE(first.status, 202);
        QCOMPARE(again.status, 202);
        QCOMPARE(again.json().value(u"id"), first.json().value(u"id"));
        QCOMPARE(mailsContaining(QStringLiteral("marker-resend")), 1);
    }
    void signedInEmailUsesTheAccountAddress()
    {
        const QJsonObject body{{QStringLiteral("client_id"), uuid()},
                               {QStringLiteral("from_email"), QStringLiteral("spoofed@example.com")},
                               {QStringLiteral("subject"), QStringLiteral("Question about fees")},
                               {QStringLiteral("body"), QStringLiteral("marker-signed-in")}};
        const HttpReply reply = server().post(QStringLiteral("/v1/support/emails"), body, m_alice);
        QCOMPARE(reply.status, 202);
        QCOMPARE(mailsContaining(QStringLiteral("alice@example.com")), 1);
        QCOMPARE(mailsContaining(QStringLiteral("spoofed@example.com")), 0);
    }
    void signedInEmailMayAttachOwnUploads()
    {
        const HttpReply upload = server().request("POST", QStringLiteral("/v1/support/attachments?client_id=") + uuid(),
                                                  QByteArray("%PDF-1.4\n%%EOF\n"), m_alice, {}, "application/pdf");
        QCOMPARE(upload.status, 201);
        const QJsonObject body{{QStringLiteral("client_id"), uuid()},
                               {QStringLiteral("subject"), QStringLiteral("Statement")},
                               {QStringLiteral("body"), QStringLiteral("See attached.")},
                               {QStringLiteral("attachment_ids"), QJsonArray{upload.json().value(u"id")}}};
        QCOMPARE(server().post(QStringLiteral("/v1/support/emails"), body, m_alice).status, 202);
    }
    void subjectNewlinesCannotInjectHeaders()
    {
        QJsonObject body = signedOutEmail();
        body.insert(QStringLiteral("subject"), QStringLiteral("Hi\r\nBcc: victim@example.com"));
        body.insert(QStringLiteral("body"), QStringLiteral("marker-injection"));
        QCOMPARE(server().post(QStringLiteral("/v1/support/emails"), body).status, 202);
        const QDir outbox(server().dataDir() + QStringLiteral("/mail-outbox"));
        for (const QFileInfo &info : outbox.entryInfoList({QStringLiteral("*.eml")}, QDir::Files)) {
            QFile file(info.filePath());
            file.open(QIODevice::ReadOnly);
            QVERIFY(!file.readAll().contains("\r\nBcc:"));
        }
    }
    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        auto without = [](const QString &key) {
            QJsonObject o = signedOutEmail();
            o.remove(key);
            return o;
        };
        auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject o = signedOutEmail();
            o.insert(key, value);
            return o;
        };
        QTest::newRow("signed out without email") << json(without(QStringLiteral("from_email"))) << false << 422 << "from_email";
        QTest::newRow("signed out without name") << json(without(QStringLiteral("from_name"))) << false << 422 << "from_name";
        QTest::newRow("signed out with attachments") << json(with(QStringLiteral("attachment_ids"), QJsonArray{QStringLiteral("att_x")})) << false << 422 << "attachment_ids";
        QTest::newRow("bad email") << json(with(QStringLiteral("from_email"), QStringLiteral("not-an-address"))) << false << 422 << "from_email";
        QTest::newRow("missing subject") << json(without(QStringLiteral("subject"))) << false << 422 << "subject";
        QTest::newRow("empty body") << json(with(QStringLiteral("body"), QString())) << false << 422 << "body";
        QTest::newRow("body too long") << json(with(QStringLiteral("body"), QString(20001, u'x'))) << false << 422 << "body";
        QTest::newRow("bad category") << json(with(QStringLiteral("category"), QStringLiteral("gossip"))) << false << 422 << "category";
        QTest::newRow("bad locale") << json(with(QStringLiteral("locale"), QStringLiteral("fr"))) << false << 422 << "locale";
        QTest::newRow("client id missing") << json(without(QStringLiteral("client_id"))) << false << 422 << "client_id";
        QTest::newRow("subject is an array") << json(with(QStringLiteral("subject"), QJsonArray{1})) << false << 422 << "subject";
        QTest::newRow("another user's transaction") << json(with(QStringLiteral("transaction_id"), QStringLiteral("txn_other"))) << true << 422 << "transaction_id";
        QTest::newRow("unknown attachment") << json(with(QStringLiteral("attachment_ids"), QJsonArray{QStringLiteral("att_x")})) << true << 422 << "attachment_ids";
        QTest::newRow("malformed") << QByteArray("not json") << false << 400 << "";
        QTest::newRow("oversized") << QByteArray(70 * 1024, 'x') << false << 413 << "";
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, signedIn);
        QFETCH(int, status);
        QFETCH(QString, field);
        const HttpReply reply = server().request("POST", QStringLiteral("/v1/support/emails"), body,
                                                 signedIn ? m_alice : QString());
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(u"error").toObject().value(u"field").toString(), field);
    }
    void staleTokenIsUnauthorizedNotAnonymous()
    {
        const HttpReply reply = server().post(QStringLiteral("/v1/support/emails"), signedOutEmail(), QStringLiteral("expired-token"));
        QCOMPARE(reply.status, 401);
    }
    void rejectsWrongContentType()
    {
        const QByteArray body = QJsonDocument(signedOutEmail()).toJson();
        QCOMPARE(server().request("POST", QStringLiteral("/v1/support/emails"), body, {}, {}, "text/plain").status, 415);
    }
};

QTEST_GUILESS_MAIN(TestSupportEmailApi)
#include "tst_supportemailapi.moc"
