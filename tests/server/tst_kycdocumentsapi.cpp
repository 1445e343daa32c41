#include "support/serverprocess.h"

#include <QTest>

using namespace okpay::test;

namespace {
const QByteArray kBoundary = "okpayKycBoundary7MA4YWxk";
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d5a90b0000000049454e44ae426082");

QByteArray part(const QByteArray &name, const QByteArray &value, const QByteArray &filename = {}, const QByteArray &type = {})
{
    QByteArray p = "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"";
    if (!filename.isEmpty())
        p += "; filename=\"" + filename + "\"";
    p += "\r\n";
    if (!type.isEmpty())
        p += "Content-Type: " + type + "\r\n";
    return p + "\r\n" + value + "\r\n";
}
QByteArray form(const QByteArray &documentType, const QByteArray &file, const QByteArray &declaredType = "image/png")
{
    return part("document_type", documentType) + part("side", "front") + part("file", file, "id.png", declaredType) + "--" + kBoundary + "--\r\n";
}
} // namespace

class TestKycDocumentsApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_token;
    HttpReply upload(const QByteArray &body, const QByteArray &contentType = "multipart/form-data; boundary=" + kBoundary)
    {
        return m_server->request("POST", QStringLiteral("/v1/account/kyc/documents"), body, m_token, {}, contentType);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        m_token = m_server->registerVerifiedUser(QStringLiteral("kyc@example.com"));
    }
    void cleanupTestCase() { m_server.reset(); }

    void acceptsAPhotoAndShowsItAsPending()
    {
        QCOMPARE(m_server->get(QStringLiteral("/v1/account/kyc"), m_token).json().value(u"review_status").toString(), QStringLiteral("none"));
        const HttpReply reply = upload(form("passport", kPng));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("pending"));
        QCOMPARE(reply.json().value(u"content_type").toString(), QStringLiteral("image/png"));
        QCOMPARE(reply.json().value(u"size_bytes").toInteger(), kPng.size());
        const QJsonObject kyc = m_server->get(QStringLiteral("/v1/account/kyc"), m_token).json();
        QCOMPARE(kyc.value(u"review_status").toString(), QStringLiteral("pending"));
        QCOMPARE(kyc.value(u"documents").toArray().size(), 1);
        // Another user sees none of it.
        const QString other = m_server->registerUser(QStringLiteral("other-kyc@example.com"));
        QCOMPARE(m_server->get(QStringLiteral("/v1/account/kyc"), other).json().value(u"documents").toArray().size(), 0);
    }
    void typeComesFromTheBytes_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("status");
        QTest::newRow("exe declared as png") << QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8) + QByteArray(100, 'x') << 415;
        QTest::newRow("plain text") << QByteArray("my passport number is 123") << 415;
        QTest::newRow("html") << QByteArray("<html><script>alert(1)</script></html>") << 415;
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n") << 201;
        QTest::newRow("empty") << QByteArray() << 400;
    }
    void typeComesFromTheBytes()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, status);
        QCOMPARE(upload(form("national_id", file)).status, status);
    }
    void rejectsMalformedForms()
    {
        QCOMPARE(upload(form("tax_return", kPng)).status, 422);
        QCOMPARE(upload(part("document_type", "passport") + "--" + kBoundary + "--\r\n").status, 400);  // no file
        QCOMPARE(upload("{\"document_type\":\"passport\"}", "application/json").status, 415);
        QCOMPARE(upload("garbage without boundaries").status, 400);
        QCOMPARE(upload(form("passport", QByteArray(11 * 1024 * 1024, 'x'))).status, 413);
        QCOMPARE(m_server->request("POST", QStringLiteral("/v1/account/kyc/documents"), form("passport", kPng), {}, {},
                                   "multipart/form-data; boundary=" + kBoundary).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestKycDocumentsApi)
#include "tst_kycdocumentsapi.moc"
