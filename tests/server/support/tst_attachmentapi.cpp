#include "support/serverprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace okpay::test;

// Attachment upload and download: the type comes from the bytes, size and count limits, and only the owner or an
// agent may download.
class TestAttachmentApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_alice, m_bob, m_agent;
    ServerProcess &server() { return *m_server; }
    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static QByteArray png() { return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\x01'); }
    static QByteArray jpeg() { return QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(64, '\x02'); }
    static QByteArray pdf() { return QByteArrayLiteral("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"); }
    static QByteArray text() { return QStringLiteral("Bank reference: OK-7781\n转账凭证\n").toUtf8(); }
    HttpReply upload(const QByteArray &data, const QByteArray &type, const QString &token,
                     const QString &clientId = uuid(), const QString &filename = QStringLiteral("proof"))
    {
        return server().request("POST", QStringLiteral("/v1/support/attachments?client_id=%1&filename=%2")
                                            .arg(clientId, QString::fromLatin1(QUrl::toPercentEncoding(filename))),
                                data, token, {}, type);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        m_alice = server().registerVerifiedUser(QStringLiteral("alice@example.com"));
        m_bob = server().registerVerifiedUser(QStringLiteral("bob@example.com"));
        m_agent = server().registerVerifiedUser(QStringLiteral("agent@okpay.example"));
        QVERIFY(server().promoteToAgent(QStringLiteral("agent@okpay.example")));
    }
    void cleanupTestCase() { m_server.reset(); }

    void acceptsTheFourTypesByContent_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("declared");
        QTest::addColumn<QString>("type");
        QTest::newRow("png") << png() << QByteArray("image/png") << "image/png";
        QTest::newRow("jpeg") << jpeg() << QByteArray("image/jpeg") << "image/jpeg";
        QTest::newRow("pdf") << pdf() << QByteArray("application/pdf") << "application/pdf";
        QTest::newRow("utf-8 text") << text() << QByteArray("text/plain") << "text/plain";
        QTest::newRow("png sent as octet-stream") << png() << QByteArray("application/octet-stream") << "image/png";
    }
    void acceptsTheFourTypesByContent()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, declared);
        QFETCH(QString, type);
        const HttpReply reply = upload(data, declared, m_alice);
        QCOMPARE(reply.status, 201);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(u"content_type").toString(), type);
        QCOMPARE(json.value(u"size_bytes").toInteger(), data.size());
        QCOMPARE(json.value(u"sha256").toString(),
                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(json.value(u"filename").toString(), QStringLiteral("proof"));
    }
    void rejectsContentThatIsNoAcceptedType_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("declared");
        QTest::newRow("exe claiming to be png") << QByteArray("MZ\x90\x00\x03\x00\x00\x00\x04\x00", 10) + QByteArray(100, '\0')
                                                << QByteArray("image/png");
        QTest::newRow("html") << QByteArray("<html><script>alert(1)</script>\x01") << QByteArray("text/html");
        QTest::newRow("invalid utf-8") << QByteArray("abc\xff\xfe def") << QByteArray("text/plain");
        QTest::newRow("jpeg declared as png") << jpeg() << QByteArray("image/png");
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << QByteArray("application/pdf");
    }
    void rejectsContentThatIsNoAcceptedType()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, declared);
        const HttpReply reply = upload(data, declared, m_alice);
        QCOMPARE(reply.status, 415);
        QCOMPARE(reply.errorCode(), QStringLiteral("unsupported_media_type"));
    }
    void rejectsTenMegabytesPlusOne()
    {
        QByteArray big = png();
        big.append(QByteArray(10 * 1024 * 1024 + 1 - big.size(), '\0'));
        const HttpReply tooBig = upload(big, "image/png", m_alice);
        QCOMPARE(tooBig.status, 413);
        QCOMPARE(tooBig.errorCode(), QStringLiteral("payload_too_large"));
        big.chop(1);
        QCOMPARE(upload(big, "image/png", m_alice).status, 201);  // exactly 10 MiB is fine
    }
    void rejectsBadParameters()
    {
        QCOMPARE(server().request("POST", QStringLiteral("/v1/support/attachments"), png(), m_alice, {}, "image/png").status, 400);
        QCOMPARE(upload(png(), "image/png", m_alice, QStringLiteral("not-a-uuid")).status, 400);
        QCOMPARE(upload(png(), "image/png", m_alice, uuid(), QStringLiteral("../../etc/passwd")).status, 400);
        QCOMPARE(upload(QByteArray(), "image/png", m_alice).status, 400);
        QCOMPARE(upload(png(), "image/png", QString()).status, 401);
    }
    void resendingTheSameClientIdReturnsTheFirstUpload()
    {
        const QString clientId = uuid();
        const HttpReply first = upload(png(), "image/png", m_alice, clientId);
        const HttpReply again = upload(png(), "image/png", m_alice, clientId);
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"id"), first.json().value(u"id"));
    }
    void acceptsMultipart()
    {
        const QByteArray boundary = "----okpayBoundary7MA4YWxk";
        QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"screen shot.png\"\r\n"
                          "Content-Type: image/png\r\n\r\n" + png() + "\r\n--" + boundary + "--\r\n";
        const HttpReply reply = server().request("POST", QStringLiteral("/v1/support/attachments?client_id=") + uuid(), body,
                                                 m_alice, {}, "multipart/form-data; boundary=" + boundary);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json().value(u"filename").toString(), QStringLiteral("screen shot.png"));
        QCOMPARE(reply.json().value(u"size_bytes").toInt(), png().size());
        const HttpReply broken = server().request("POST", QStringLiteral("/v1/support/attachments?client_id=") + uuid(),
                                                  QByteArray("garbage"), m_alice, {}, "multipart/form-data; boundary=x");
        QCOMPARE(broken.status, 400);
    }
    void downloadIsForTheOwnerAndAgentsOnly()
    {
        const QString id = upload(pdf(), "application/pdf", m_alice, uuid(), QStringLiteral("回单 \"1\".pdf")).json().value(u"id").toString();
        const HttpReply mine = server().get(QStringLiteral("/v1/support/attachments/") + id, m_alice);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.body, pdf());
        QCOMPARE(mine.headers.value("content-type"), QByteArray("application/pdf"));
        QVERIFY(mine.headers.value("content-disposition").startsWith("attachment;"));
        QVERIFY(mine.headers.value("content-disposition").contains("filename*=UTF-8''"));
        QCOMPARE(mine.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(server().get(QStringLiteral("/v1/support/attachments/") + id, m_bob).status, 404);
        QCOMPARE(server().get(QStringLiteral("/v1/support/attachments/") + id).status, 401);
        QCOMPARE(server().get(QStringLiteral("/v1/support/attachments/") + id, m_agent).status, 200);
        QCOMPARE(server().get(QStringLiteral("/v1/support/attachments/att_nothing"), m_alice).status, 404);
    }
    void filesAreStoredOutsideTheOutboxUnderRandomNames()
    {
        const QString id = upload(text(), "text/plain", m_alice, uuid(), QStringLiteral("notes.txt")).json().value(u"id").toString();
        const QDir dir(server().dataDir() + QStringLiteral("/attachments"));
        QVERIFY(dir.exists(id));
        QVERIFY(!dir.exists(QStringLiteral("notes.txt")));
    }
    void abandonedUploadsAreDeletedAfterADay()
    {
        const QString abandoned = upload(png(), "image/png", m_bob).json().value(u"id").toString();
        const QString used = upload(png(), "image/png", m_bob).json().value(u"id").toString();
        const QJsonObject ticket{{QStringLiteral("client_id"), uuid()},
                                 {QStringLiteral("subject"), QStringLiteral("Screenshot")},
                                 {QStringLiteral("category"), QStringLiteral("other")},
                                 {QStringLiteral("body"), QStringLiteral("Attached.")},
                                 {QStringLiteral("attachment_ids"), QJsonArray{used}}};
        QCOMPARE(server().post(QStringLiteral("/v1/support/tickets"), ticket, m_bob).status, 201);
        QVERIFY(server().execSql(QStringLiteral("UPDATE support_attachments SET created_at = '2020-01-01T00:00:00.000Z' "
                                                "WHERE id IN ('%1', '%2')").arg(abandoned, used)));
        QCOMPARE(upload(png(), "image/png", m_bob).status, 201);  // uploads sweep what was abandoned
        QCOMPARE(server().get(QStringLiteral("/v1/support/attachments/") + abandoned, m_bob).status, 404);
        QVERIFY(!QDir(server().dataDir() + QStringLiteral("/attachments")).exists(abandoned));
        QCOMPARE(server().get(QStringLiteral("/v1/support/attachments/") + used, m_bob).status, 200);
    }
    void ticketsTakeAtMostFiveAttachmentsOfTheirOwner()
    {
        QJsonArray six;
        for (int i = 0; i < 6; ++i)
            six.append(upload(png(), "image/png", m_alice).json().value(u"id"));
        QJsonObject ticket{{QStringLiteral("client_id"), uuid()},
                           {QStringLiteral("subject"), QStringLiteral("Card declined")},
                           {QStringLiteral("category"), QStringLiteral("topup")},
                           {QStringLiteral("body"), QStringLiteral("See the screenshots.")},
                           {QStringLiteral("attachment_ids"), six}};
        HttpReply reply = server().post(QStringLiteral("/v1/support/tickets"), ticket, m_alice);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("attachment_ids"));
        six.removeLast();
        ticket.insert(QStringLiteral("attachment_ids"), six);
        // Bob cannot attach Alice's uploads.
        QCOMPARE(server().post(QStringLiteral("/v1/support/tickets"), ticket, m_bob).errorCode(), QStringLiteral("attachment_not_found"));
        reply = server().post(QStringLiteral("/v1/support/tickets"), ticket, m_alice);
        QCOMPARE(reply.status, 201);
        const QJsonArray attached = reply.json().value(u"messages").toArray().first().toObject().value(u"attachments").toArray();
        QCOMPARE(attached.size(), 5);
        QCOMPARE(attached.first().toObject().value(u"id"), six.first());
    }
};

QTEST_GUILESS_MAIN(TestAttachmentApi)
#include "tst_attachmentapi.moc"
