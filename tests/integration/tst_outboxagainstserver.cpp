// The outbox against the real server: a ticket and chat messages arrive exactly once, also when the client sends
// them again because it never heard the answer (a killed process, a lost connection).
#include "api/apiclient.h"
#include "api/tokensource.h"
#include "core/clock.h"
#include "services/outboxsender.h"
#include "store/cachedatabase.h"
#include "support/serverprocess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace okpay;
using namespace okpay::test;

namespace {
class FixedToken : public TokenSource
{
public:
    QString token;
    QString accessToken() const override { return token; }
    void refreshAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }
};
} // namespace

class TestOutboxAgainstServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    FixedToken m_tokens;
    SystemClock m_clock;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<ApiClient> m_client;

    void drain()
    {
        OutboxSender sender(m_store.get(), m_client.get(), m_clock);
        QSignalSpy idle(&sender, &OutboxSender::idle);
        sender.start(60000);
        QVERIFY(idle.count() > 0 || idle.wait(20000));
    }
    // As if the process was killed after the server stored the item but before the client recorded the answer.
    void forgetTheAnswer(const QString &id)
    {
        QSqlQuery q(m_cache->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'sending' WHERE id = '%1'").arg(id)));
    }

private slots:
    void initTestCase()
    {
        const QByteArray alwaysOpen = R"({"chat": {"timezone": "UTC", "holidays": [], "hours": [{"days": [1,2,3,4,5,6,7], "open": "00:00", "close": "24:00"}]}})";
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{{}, alwaysOpen, {}});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        m_tokens.token = m_server->registerVerifiedUser(QStringLiteral("outbox@example.com"));
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_cache->open() != CacheDatabase::OpenResult::Failed);
        m_store = std::make_unique<OutboxStore>(m_cache->db());
        m_client = std::make_unique<ApiClient>(&m_nam, m_server->baseUrl(), &m_tokens);
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_store.reset();
        m_cache.reset();
        m_server.reset();
    }

    void ticketArrivesExactlyOnce()
    {
        const auto item = m_store->enqueue(QStringLiteral("ticket"), QStringLiteral("/v1/support/tickets"),
                                           {{QStringLiteral("subject"), QStringLiteral("Top-up not arrived")},
                                            {QStringLiteral("category"), QStringLiteral("topup")},
                                            {QStringLiteral("body"), QStringLiteral("My bank transfer from Monday is still pending.")}},
                                           m_clock.now());
        QVERIFY(item);
        drain();
        QCOMPARE(m_store->find(item->id)->state, OutboxItem::State::Sent);
        forgetTheAnswer(item->id);
        drain();  // sent again with the same client_id
        QCOMPARE(m_store->find(item->id)->state, OutboxItem::State::Sent);
        const HttpReply tickets = m_server->get(QStringLiteral("/v1/support/tickets"), m_tokens.token);
        int matching = 0;
        for (const QJsonValue &t : tickets.items())
            matching += t.toObject().value(u"subject").toString() == u"Top-up not arrived" ? 1 : 0;
        QCOMPARE(matching, 1);
    }
    void chatMessagesArriveOnceAndInOrder()
    {
        const HttpReply chat = m_server->post(QStringLiteral("/v1/chat/sessions"),
                                              {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                               {QStringLiteral("subject"), QStringLiteral("Withdrawal")}},
                                              m_tokens.token);
        QCOMPARE(chat.status, 201);
        const QString path = QStringLiteral("/v1/chat/sessions/%1/messages").arg(chat.json().value(u"id").toString());
        QStringList ids;
        for (int i = 1; i <= 3; ++i)
            ids << m_store->enqueue(QStringLiteral("chat_message"), path, {{QStringLiteral("body"), QStringLiteral("message %1").arg(i)}}, m_clock.now())->id;
        drain();
        forgetTheAnswer(ids[1]);
        drain();
        const QJsonArray messages = m_server->get(path, m_tokens.token).items();
        QStringList bodies;
        for (const QJsonValue &m : messages)
            bodies << m.toObject().value(u"body").toString();
        QCOMPARE(bodies, (QStringList{QStringLiteral("message 1"), QStringLiteral("message 2"), QStringLiteral("message 3")}));
    }
};

QTEST_GUILESS_MAIN(TestOutboxAgainstServer)
#include "tst_outboxagainstserver.moc"
