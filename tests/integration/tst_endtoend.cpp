// The client services end to end against a real okpay-server in demo mode: register and verify (the link token
// read from the server's mail outbox), sign in with TOTP (codes from app/core), sync, top up by card, withdraw
// with 2FA, a ticket with a PNG through the outbox, a chat answered by the demo agent, and then, with the server
// down and the client restarted, a queued ticket and three chat messages that arrive exactly once.
#include "api/apiclient.h"
#include "api/chatchannel.h"
#include "core/base32.h"
#include "core/clock.h"
#include "core/totp.h"
#include "fundingfixture.h"
#include "services/activeaccount.h"
#include "services/fundingservice.h"
#include "services/outboxsender.h"
#include "services/sessionservice.h"
#include "services/settings.h"
#include "store/cachedatabase.h"
#include "store/outboxstore.h"
#include "support/inmemorycredentialstore.h"
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
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d5a90b0000000049454e44ae426082");
} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;

    static void drain(OutboxStore &store, ApiClient &client, const Clock &clock)
    {
        OutboxSender sender(&store, &client, clock);
        QSignalSpy idle(&sender, &OutboxSender::idle);
        sender.start(60000);
        QVERIFY(idle.count() > 0 || idle.wait(30000));
    }

private slots:
    void walletJourney()
    {
        ServerProcess server(ServerProcess::Options{{QStringLiteral("--demo")}, {}, {}});
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));

        // Register, then verify with the link token from the mail the server "sent".
        QString userId;
        const QString setupToken = server.registerUser(QStringLiteral("journey@example.com"), &userId);
        QCOMPARE(server.post(QStringLiteral("/v1/auth/verify-email"), {{QStringLiteral("token"), server.mailedToken(QStringLiteral("journey@example.com"))}}).status, 204);
        // A payout destination first (with 2FA on, adding one needs a code of its own).
        const QString destination = createEwalletDestination(server, setupToken, QStringLiteral("journey@wallet.example"));
        QVERIFY(!destination.isEmpty());
        // Turn on TOTP; codes are computed with app/core, one step per use (each code works once).
        const HttpReply setup = server.post(QStringLiteral("/v1/security/totp/setup"), {{QStringLiteral("current_password"), QString::fromLatin1(ServerProcess::kPassword)}}, setupToken);
        const Totp totp(Totp::Params{*Base32::decode(setup.json().value(u"secret").toString()), 6, 30, OtpAlgorithm::Sha1});
        const qint64 step = totp.stepAt(QDateTime::currentDateTimeUtc());
        QCOMPARE(server.post(QStringLiteral("/v1/security/totp/enable"), {{QStringLiteral("totp_code"), *totp.codeForStep(step - 1)}}, setupToken).status, 200);

        InMemoryCredentialStore keychain;
        Settings settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("e2e.ini")), QSettings::IniFormat));
        settings.setServerUrl(server.baseUrl());
        SessionService session(keychain, settings);
        QNetworkAccessManager network;
        auto client = std::make_unique<ApiClient>(&network, server.baseUrl(), &session);
        session.setApiClient(client.get());
        ActiveAccount account(&session, client.get(), [this](const QString &user) { return m_dir.filePath(user + QStringLiteral(".sqlite")); });

        session.signIn(QStringLiteral("journey@example.com"), QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return session.state() == SessionService::State::NeedsSecondFactor; }, 20000));
        session.submitSecondFactor(*totp.codeForStep(step));
        QVERIFY(QTest::qWaitFor([&] { return session.state() == SessionService::State::SignedIn && account.current(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return account.current()->sync().state() == SyncEngine::State::Online; }, 20000));

        // Top up by card, then withdraw to an e-wallet with the next TOTP code.
        FundingService &funding = account.current()->funding();
        QSignalSpy quotes(&funding, &FundingService::quoteReady);
        funding.requestQuote(QStringLiteral("topup_debit_card"), Money(20000, Currency::usd()));
        QVERIFY(quotes.wait(20000));
        QSignalSpy toppedUp(&funding, &FundingService::topUpFinished);
        funding.topUp(quotes.last().at(1).value<FundingQuote>().quoteId, CardInput{QStringLiteral("4242424242424242"), 12, 2035, QStringLiteral("123")},
                      FundingService::newIdempotencyKey());
        QVERIFY(toppedUp.wait(20000));
        funding.requestQuote(QStringLiteral("withdraw_ewallet"), Money(5000, Currency::usd()));
        QVERIFY(quotes.wait(20000));
        QSignalSpy withdrawn(&funding, &FundingService::withdrawalFinished);
        funding.withdraw(quotes.last().at(1).value<FundingQuote>().quoteId, destination, *totp.codeForStep(step + 1),
                         FundingService::newIdempotencyKey());
        QVERIFY(withdrawn.wait(20000));
        QCOMPARE(withdrawn.first().first().toJsonObject().value(u"status").toString(), QStringLiteral("completed"));

        // A ticket with a screenshot, through the outbox.
        auto cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("outbox.sqlite")));
        QVERIFY(cache->open() != CacheDatabase::OpenResult::Failed);
        auto outbox = std::make_unique<OutboxStore>(cache->db());
        const auto png = outbox->enqueue(QStringLiteral("attachment"), QStringLiteral("/v1/support/attachments"),
                                         {{QStringLiteral("filename"), QStringLiteral("screenshot.png")}, {QStringLiteral("content_type"), QStringLiteral("image/png")},
                                          {QStringLiteral("data_base64"), QString::fromLatin1(kPng.toBase64())}}, m_clock.now());
        const auto ticket = outbox->enqueue(QStringLiteral("ticket"), QStringLiteral("/v1/support/tickets"),
                                            {{QStringLiteral("subject"), QStringLiteral("Withdrawal question")}, {QStringLiteral("category"), QStringLiteral("withdrawal")},
                                             {QStringLiteral("body"), QStringLiteral("See the screenshot.")},
                                             {QStringLiteral("attachment_outbox_ids"), QJsonArray{png->id}}}, m_clock.now());
        drain(*outbox, *client, m_clock);
        QCOMPARE(outbox->find(ticket->id)->state, OutboxItem::State::Sent);
        const HttpReply ticketDetail = server.get(QStringLiteral("/v1/support/tickets/") + outbox->find(ticket->id)->resultId, session.accessToken());
        QVERIFY2(ticketDetail.body.contains("screenshot.png"), ticketDetail.body.constData());

        // A chat answered by the demo agent, pushed through the channel.
        const HttpReply chat = server.post(QStringLiteral("/v1/chat/sessions"), {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                                               {QStringLiteral("subject"), QStringLiteral("Fees")}}, session.accessToken());
        QCOMPARE(chat.status, 201);
        const QString chatPath = QStringLiteral("/v1/chat/sessions/%1/messages").arg(chat.json().value(u"id").toString());
        ChatChannel channel(client.get(), &session);
        QList<QJsonObject> events;
        connect(&channel, &ChatChannel::eventReceived, this, [&](const QJsonObject &e) { events.append(e); });
        channel.open(chat.json().value(u"id").toString());
        outbox->enqueue(QStringLiteral("chat_message"), chatPath, {{QStringLiteral("body"), QStringLiteral("What does a card top-up cost?")}}, m_clock.now());
        drain(*outbox, *client, m_clock);
        QVERIFY(QTest::qWaitFor([&] {
            return std::any_of(events.cbegin(), events.cend(), [](const QJsonObject &e) {
                return e.value(u"type").toString() == u"message" && e.value(u"message").toObject().value(u"author_role").toString() == u"agent";
            });
        }, 30000));
        channel.close();

        // Server down: a ticket and three chat messages wait in the outbox; the client "dies" mid-send.
        server.stop();
        RetryPolicy once;
        once.maxAttempts = 1;
        client->setRetryPolicy(once);
        const auto offlineTicket = outbox->enqueue(QStringLiteral("ticket"), QStringLiteral("/v1/support/tickets"),
                                                   {{QStringLiteral("subject"), QStringLiteral("Sent while offline")}, {QStringLiteral("category"), QStringLiteral("other")},
                                                    {QStringLiteral("body"), QStringLiteral("Queued without a connection.")}}, m_clock.now());
        for (int i = 1; i <= 3; ++i)
            outbox->enqueue(QStringLiteral("chat_message"), chatPath, {{QStringLiteral("body"), QStringLiteral("offline %1").arg(i)}}, m_clock.now());
        drain(*outbox, *client, m_clock);
        QCOMPARE(outbox->find(offlineTicket->id)->state, OutboxItem::State::Queued);
        QVERIFY(outbox->markSending(offlineTicket->id, m_clock.now()));  // killed while sending this one
        const QString token = session.accessToken();
        outbox.reset();
        cache.reset();

        // The server comes back (same database, new port) and the client starts again.
        ServerProcess restarted(ServerProcess::Options{{QStringLiteral("--demo")}, {}, server.databaseUrl()});
        QVERIFY2(restarted.isRunning(), qPrintable(restarted.startError()));
        cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("outbox.sqlite")));
        QCOMPARE(cache->open(), CacheDatabase::OpenResult::Opened);
        outbox = std::make_unique<OutboxStore>(cache->db());
        ApiClient restartedClient(&network, restarted.baseUrl(), &session);
        // Items are due at once after a restart (their backoff belonged to the dead process).
        QSqlQuery(cache->db()).exec(QStringLiteral("UPDATE outbox SET next_attempt_at = ''"));
        drain(*outbox, restartedClient, m_clock);
        int sentCount = 0;
        for (const OutboxItem &item : outbox->all())
            sentCount += item.state == OutboxItem::State::Sent ? 1 : 0;
        QCOMPARE(sentCount, int(outbox->all().size()));

        int offlineTickets = 0;
        for (const QJsonValue &t : restarted.get(QStringLiteral("/v1/support/tickets"), token).items())
            offlineTickets += t.toObject().value(u"subject").toString() == u"Sent while offline" ? 1 : 0;
        QCOMPARE(offlineTickets, 1);
        QStringList offlineMessages;
        for (const QJsonValue &m : restarted.get(chatPath, token).items()) {
            const QString body = m.toObject().value(u"body").toString();
            if (body.startsWith(QStringLiteral("offline")))
                offlineMessages << body;
        }
        QCOMPARE(offlineMessages, (QStringList{QStringLiteral("offline 1"), QStringLiteral("offline 2"), QStringLiteral("offline 3")}));
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
