#include "api/apiclient.h"
#include "api/tokensource.h"
#include "services/outboxsender.h"
#include "store/cachedatabase.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/fixedclock.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;
using namespace okpay::test;

namespace {
class StaticToken : public TokenSource
{
public:
    QString accessToken() const override { return QStringLiteral("token"); }
    void refreshAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }
};
} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeNetworkAccessManager m_nam;
    StaticToken m_tokens;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<ApiClient> m_client;
    bool m_online = true;
    QSet<QString> m_receivedClientIds;
    int m_posts = 0;

    void sendAndWait(OutboxSender &sender)
    {
        QSignalSpy idle(&sender, &OutboxSender::idle);
        sender.sendDue();
        QVERIFY(idle.count() > 0 || idle.wait(10000));
    }
    OutboxItem::State stateOf(const QString &id) const { return m_store->find(id)->state; }

private slots:
    void init()
    {
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(m_cache->open() != CacheDatabase::OpenResult::Failed);
        m_store = std::make_unique<OutboxStore>(m_cache->db());
        m_client = std::make_unique<ApiClient>(&m_nam, QUrl(QStringLiteral("https://api.okpay.example")), &m_tokens);
        RetryPolicy once;
        once.maxAttempts = 1;
        m_client->setRetryPolicy(once);
        m_online = true;
        m_posts = 0;
        m_receivedClientIds.clear();
        m_nam.handler = [this](const FakeNetworkAccessManager::Seen &seen) {
            ++m_posts;
            if (!m_online) {
                FakeResponse down;
                down.error = QNetworkReply::ConnectionRefusedError;
                return down;
            }
            const QJsonObject body = QJsonDocument::fromJson(seen.body).object();
            if (body.value(u"subject").toString() == u"bad")
                return FakeResponse::json(422, R"({"error":{"code":"validation_failed","message":"subject","field":"subject"}})");
            const QString clientId = body.value(u"client_id").toString();
            const bool again = m_receivedClientIds.contains(clientId);
            m_receivedClientIds.insert(clientId);
            return FakeResponse::json(again ? 200 : 201, R"({"id":"tkt_1"})");
        };
    }

    void offlineItemsWaitAndGoOutOnceOnline()
    {
        OutboxSender sender(m_store.get(), m_client.get(), m_clock);
        m_online = false;
        QList<QString> ids;
        for (int i = 0; i < 3; ++i)
            ids << m_store->enqueue(QStringLiteral("chat_message"), QStringLiteral("/v1/chat/sessions/chs_1/messages"),
                                    {{QStringLiteral("body"), QStringLiteral("hello %1").arg(i)}}, m_clock.now())->id;
        sendAndWait(sender);
        QCOMPARE(stateOf(ids[0]), OutboxItem::State::Queued);
        QVERIFY(!m_store->find(ids[0])->lastError.isEmpty());  // says why it waits
        m_online = true;
        m_clock.advanceSecs(600);
        sendAndWait(sender);
        for (const QString &id : ids)
            QCOMPARE(stateOf(id), OutboxItem::State::Sent);
        QCOMPARE(m_receivedClientIds.size(), 3);
    }
    void refusedItemFailsWithReasonAndCanBeRetriedOrDiscarded()
    {
        OutboxSender sender(m_store.get(), m_client.get(), m_clock);
        const QString id = m_store->enqueue(QStringLiteral("ticket"), QStringLiteral("/v1/support/tickets"),
                                            {{QStringLiteral("subject"), QStringLiteral("bad")}}, m_clock.now())->id;
        sendAndWait(sender);
        QCOMPARE(stateOf(id), OutboxItem::State::Failed);
        QVERIFY(m_store->find(id)->lastError.contains(QStringLiteral("422")));
        QVERIFY(m_store->retry(id, m_clock.now()));
        QCOMPARE(stateOf(id), OutboxItem::State::Queued);
        QVERIFY(m_store->discard(id));
        QVERIFY(!m_store->find(id));
    }
    void itemLeftSendingByAKilledProcessIsSentAgainWithTheSameClientId()
    {
        const QString id = m_store->enqueue(QStringLiteral("ticket"), QStringLiteral("/v1/support/tickets"),
                                            {{QStringLiteral("subject"), QStringLiteral("Refund")}}, m_clock.now())->id;
        // The first process sent it and died before recording the answer.
        QVERIFY(m_store->markSending(id, m_clock.now()));
        m_receivedClientIds.insert(m_store->find(id)->clientId);
        m_store.reset();
        m_cache.reset();
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QCOMPARE(m_cache->open(), CacheDatabase::OpenResult::Opened);
        m_store = std::make_unique<OutboxStore>(m_cache->db());
        OutboxSender sender(m_store.get(), m_client.get(), m_clock);
        QSignalSpy idle(&sender, &OutboxSender::idle);
        sender.start(60000);
        QVERIFY(idle.count() > 0 || idle.wait(10000));
        QCOMPARE(stateOf(id), OutboxItem::State::Sent);
        QCOMPARE(m_receivedClientIds.size(), 1);  // the server saw the same client_id: one ticket
        QCOMPARE(m_posts, 1);
    }
    void oneItemAtATimeInOrder()
    {
        QStringList order;
        m_nam.handler = [&order](const FakeNetworkAccessManager::Seen &seen) {
            order << QJsonDocument::fromJson(seen.body).object().value(u"body").toString();
            return FakeResponse::json(201, "{}");
        };
        for (int i = 0; i < 5; ++i)
            m_store->enqueue(QStringLiteral("chat_message"), QStringLiteral("/v1/chat/sessions/chs_1/messages"),
                             {{QStringLiteral("body"), QString::number(i)}}, m_clock.now());
        OutboxSender sender(m_store.get(), m_client.get(), m_clock);
        sendAndWait(sender);
        QCOMPARE(order, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    }
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
