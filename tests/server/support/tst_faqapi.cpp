#include "support/serverprocess.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace okpay::test;

// The FAQ over HTTP: bundled content in both locales, ETag/304, `since` deltas with deletions, feedback.
class TestFaqApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    ServerProcess &server() { return *m_server; }
    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void bothLocalesShipTheSameArticles()
    {
        const HttpReply en = server().get(QStringLiteral("/v1/support/faq/en"));
        const HttpReply zh = server().get(QStringLiteral("/v1/support/faq/zh_CN"));
        QCOMPARE(en.status, 200);
        QCOMPARE(zh.status, 200);
        QStringList enIds, zhIds;
        for (const QJsonValue &a : en.json().value(u"articles").toArray())
            enIds.append(a.toObject().value(u"id").toString());
        for (const QJsonValue &a : zh.json().value(u"articles").toArray())
            zhIds.append(a.toObject().value(u"id").toString());
        enIds.sort();
        zhIds.sort();
        QVERIFY(enIds.size() >= 12);
        QCOMPARE(zhIds, enIds);
        QVERIFY(enIds.contains(QStringLiteral("staff-never-ask")));
        const QJsonObject first = zh.json().value(u"articles").toArray().first().toObject();
        QCOMPARE(first.value(u"locale").toString(), QStringLiteral("zh_CN"));
        QVERIFY(!first.value(u"category").toObject().value(u"title").toString().isEmpty());
        QVERIFY(!first.value(u"tags").toArray().isEmpty());
        QVERIFY(first.value(u"revision").toInteger() >= 1);
        QVERIFY(en.json().value(u"full").toBool());
        QVERIFY(en.json().value(u"deleted_ids").toArray().isEmpty());
        QVERIFY(!en.headers.value("etag").isEmpty());
    }
    void unknownLocaleIsNotFound()
    {
        QCOMPARE(server().get(QStringLiteral("/v1/support/faq/fr")).status, 404);
        QCOMPARE(server().get(QStringLiteral("/v1/support/faq/zh_TW")).status, 404);
        QCOMPARE(server().get(QStringLiteral("/v1/support/faq/..%2Fetc")).status, 404);
    }
    void badSinceIsABadRequest_data()
    {
        QTest::addColumn<QString>("since");
        QTest::newRow("text") << "yesterday";
        QTest::newRow("negative") << "-1";
        QTest::newRow("fraction") << "1.5";
        QTest::newRow("huge") << "99999999999999999999999";
    }
    void badSinceIsABadRequest()
    {
        QFETCH(QString, since);
        const HttpReply reply = server().get(QStringLiteral("/v1/support/faq/en?since=") + since);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_request"));
    }
    void matchingEtagGivesNotModified()
    {
        const HttpReply first = server().get(QStringLiteral("/v1/support/faq/en"));
        const QByteArray etag = first.headers.value("etag");
        const HttpReply again = server().request("GET", QStringLiteral("/v1/support/faq/en"), {}, {}, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        const HttpReply stale = server().request("GET", QStringLiteral("/v1/support/faq/en"), {}, {}, {{"If-None-Match", "\"faq-en-0\""}});
        QCOMPARE(stale.status, 200);
    }
    void sinceDeltaReportsChangesAndDeletions()
    {
        const HttpReply before = server().get(QStringLiteral("/v1/support/faq/en"));
        const qint64 revision = before.json().value(u"revision").toInteger();
        const HttpReply empty = server().get(QStringLiteral("/v1/support/faq/en?since=%1").arg(revision));
        QCOMPARE(empty.json().value(u"full").toBool(), false);
        QVERIFY(empty.json().value(u"articles").toArray().isEmpty());
        // What the FAQ loader does when an article is removed from resources/faq and another one is edited.
        QVERIFY(server().execSql(QStringLiteral("UPDATE faq_articles SET deleted = 1, revision = %1 WHERE locale = 'en' AND id = 'promotions'").arg(revision + 1)));
        QVERIFY(server().execSql(QStringLiteral("UPDATE faq_articles SET title = 'Edited', revision = %1 WHERE locale = 'en' AND id = 'strong-password'").arg(revision + 1)));
        QVERIFY(server().execSql(QStringLiteral("UPDATE faq_revisions SET revision = %1 WHERE locale = 'en'").arg(revision + 1)));
        const HttpReply delta = server().get(QStringLiteral("/v1/support/faq/en?since=%1").arg(revision));
        QCOMPARE(delta.status, 200);
        QCOMPARE(delta.json().value(u"full").toBool(), false);
        QCOMPARE(delta.json().value(u"revision").toInteger(), revision + 1);
        QCOMPARE(delta.json().value(u"deleted_ids").toArray(), QJsonArray{QStringLiteral("promotions")});
        const QJsonArray changed = delta.json().value(u"articles").toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().toObject().value(u"title").toString(), QStringLiteral("Edited"));
        // The old ETag no longer matches; a full snapshot leaves the deleted article out.
        const HttpReply full = server().request("GET", QStringLiteral("/v1/support/faq/en"), {}, {},
                                                {{"If-None-Match", before.headers.value("etag")}});
        QCOMPARE(full.status, 200);
        for (const QJsonValue &a : full.json().value(u"articles").toArray())
            QVERIFY(a.toObject().value(u"id").toString() != u"promotions");
        // A revision the server never had cannot be diffed: full snapshot.
        const HttpReply future = server().get(QStringLiteral("/v1/support/faq/en?since=%1").arg(revision + 100));
        QCOMPARE(future.json().value(u"full").toBool(), true);
        // The other locale is untouched.
        const HttpReply zh = server().get(QStringLiteral("/v1/support/faq/zh_CN?since=%1").arg(revision));
        QVERIFY(zh.json().value(u"deleted_ids").toArray().isEmpty());
    }
    void feedbackIsRecordedOncePerClientId()
    {
        const QJsonObject body{{QStringLiteral("client_id"), uuid()}, {QStringLiteral("helpful"), true},
                               {QStringLiteral("comment"), QStringLiteral("Clear, thanks")}};
        const QString path = QStringLiteral("/v1/support/faq/articles/two-factor-authentication/feedback");
        QCOMPARE(server().post(path, body).status, 204);
        QCOMPARE(server().post(path, body).status, 204);
    }
    void feedbackRejectsBadInput_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        QTest::newRow("unknown article") << "nope" << QByteArray(R"({"client_id":")" + id + R"(","helpful":true})") << 404;
        QTest::newRow("helpful as string") << "promotions" << QByteArray(R"({"client_id":")" + id + R"(","helpful":"yes"})") << 422;
        QTest::newRow("missing client id") << "strong-password" << QByteArray(R"({"helpful":false})") << 422;
        QTest::newRow("comment too long") << "strong-password"
                                          << QByteArray(R"({"client_id":")" + id + R"(","helpful":false,"comment":")")
                                                 + QByteArray(2001, 'x') + "\"}" << 422;
        QTest::newRow("malformed") << "strong-password" << QByteArray("{") << 400;
    }
    void feedbackRejectsBadInput()
    {
        QFETCH(QString, article);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QCOMPARE(server().request("POST", QStringLiteral("/v1/support/faq/articles/%1/feedback").arg(article), body).status, status);
    }
};

QTEST_GUILESS_MAIN(TestFaqApi)
#include "tst_faqapi.moc"
