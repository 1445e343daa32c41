// SupportService against a real okpay-server: a ticket with a screenshot and a linked transaction, replies through
// the outbox, close/reopen/rate, the 14-day reopen window and its linked follow-up, unread agent answers, attachment
// download, the form draft, a ticket queued offline that survives a restart and arrives once; and hostile ticket
// JSON (from a fake network) that is refused without touching the cache.
#include "api/apiclient.h"
#include "api/tokensource.h"
#include "fundingfixture.h"
#include "services/signedinaccount.h"
#include "services/supportservice.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/serverprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;
using namespace okpay::test;

namespace {
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d5a90b0000000049454e44ae426082");

class FixedToken : public TokenSource
{
public:
    QString token;
    QString accessToken() const override { return token; }
    void refreshAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }
};

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestSupportService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    FixedToken m_tokens;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SignedInAccount> m_account;
    QString m_agent;

    SupportService &support() { return m_account->support(); }
    // The signed-in account as ActiveAccount opens it, synced once and online.
    void openAccount(const QString &name)
    {
        m_account = std::make_unique<SignedInAccount>(m_dir.filePath(name + QStringLiteral(".sqlite")), m_client.get());
        m_account->sync().setSignedIn(true);
        syncOnce();
    }
    void syncOnce()
    {
        QSignalSpy round(&m_account->sync(), &SyncEngine::roundFinished);
        m_account->sync().syncNow();
        QVERIFY(round.wait(20000));
    }
    QString signInNewUser(const QString &email)
    {
        m_tokens.token = m_server->registerVerifiedUser(email);
        return m_tokens.token;
    }
    static TicketDraft draftFor(const QString &subject)
    {
        TicketDraft d;
        d.category = QStringLiteral("withdrawal");
        d.subject = subject;
        d.description = QStringLiteral("My withdrawal is still pending.");
        return d;
    }
    // Queues the draft and waits until the server has the ticket and the cache lists it; returns its id.
    QString createAndDeliver(const TicketDraft &draft)
    {
        QSignalSpy queued(&support(), &SupportService::ticketQueued);
        QSignalSpy rejected(&support(), &SupportService::ticketRejected);
        support().createTicket(draft);
        if (!QTest::qWaitFor([&] { return queued.count() + rejected.count() > 0; }, 10000) || queued.isEmpty()) {
            qWarning("not queued: %s", rejected.isEmpty() ? "timeout" : qPrintable(rejected.first().first().toString()));
            return {};
        }
        const QString outboxId = queued.first().first().toString();
        QString ticketId;
        const bool delivered = QTest::qWaitFor([&] {
            const auto item = m_account->outbox().find(outboxId);
            ticketId = item && item->state == OutboxItem::State::Sent ? item->resultId : QString();
            return !ticketId.isEmpty() && support().cachedThread(ticketId).has_value();
        }, 30000);
        return delivered ? ticketId : QString();
    }
    HttpReply agentUpdate(const QString &ticketId, const QJsonObject &fields)
    {
        QJsonObject body = fields;
        body.insert(QStringLiteral("client_id"), uuid());
        return m_server->post(QStringLiteral("/v1/agent/tickets/%1/replies").arg(ticketId), body, m_agent);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        m_agent = m_server->registerVerifiedUser(QStringLiteral("agent@okpay.example"));
        QVERIFY(m_server->promoteToAgent(QStringLiteral("agent@okpay.example")));
        m_client = std::make_unique<ApiClient>(&m_nam, m_server->baseUrl(), &m_tokens);
    }
    void cleanup() { m_account.reset(); }
    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void ticketWithScreenshotAndTransactionReachesTheServer()
    {
        const QString token = signInNewUser(QStringLiteral("ticket@example.com"));
        QCOMPARE(topUpByCard(*m_server, token, 5000).status / 100, 2);
        openAccount(QStringLiteral("ticket"));
        const QList<Transaction> recent = support().recentTransactions();
        QVERIFY(!recent.isEmpty());

        TicketDraft draft = draftFor(QStringLiteral("Withdrawal pending for two days"));
        draft.transactionId = recent.first().id;
        draft.attachments = {DraftAttachment{QStringLiteral("screenshot.png"), {}, kPng}};
        support().saveDraft(draft);
        const QString id = createAndDeliver(draft);
        QVERIFY(!id.isEmpty());
        QVERIFY(support().draft().isEmpty());  // sent drafts are not restored
        QVERIFY(support().pendingTickets().isEmpty());
        QVERIFY(m_account->tickets().rowOf(id) >= 0);

        const QJsonObject detail = m_server->get(QStringLiteral("/v1/support/tickets/") + id, token).json();
        QCOMPARE(detail.value(u"transaction_id").toString(), draft.transactionId);
        QCOMPARE(detail.value(u"category").toString(), QStringLiteral("withdrawal"));
        const QJsonArray files = detail.value(u"messages").toArray().first().toObject().value(u"attachments").toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().toObject().value(u"filename").toString(), QStringLiteral("screenshot.png"));
        QCOMPARE(files.first().toObject().value(u"content_type").toString(), QStringLiteral("image/png"));

        // The cached conversation knows the file, and it downloads to the file the user picked.
        const auto thread = support().cachedThread(id);
        QVERIFY(thread);
        QCOMPARE(thread->transactionId, draft.transactionId);
        QCOMPARE(thread->messages.size(), 1);
        QCOMPARE(thread->messages.first().attachments.size(), 1);
        QSignalSpy downloaded(&support(), &SupportService::attachmentDownloaded);
        const QString target = m_dir.filePath(QStringLiteral("downloaded.png"));
        support().downloadAttachment(thread->messages.first().attachments.first().id, target);
        QVERIFY(downloaded.wait(20000));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kPng);
    }

    void replyArrivesOnceThroughTheOutbox()
    {
        const QString token = signInNewUser(QStringLiteral("reply@example.com"));
        openAccount(QStringLiteral("reply"));
        const QString id = createAndDeliver(draftFor(QStringLiteral("Card top-up question")));
        QVERIFY(!id.isEmpty());
        QSignalSpy queued(&support(), &SupportService::replyQueued);
        support().reply(id, QStringLiteral("Here is more detail."), {DraftAttachment{QStringLiteral("notes.txt"), {}, "plain notes\n"}});
        QVERIFY(queued.wait(10000));
        QVERIFY(QTest::qWaitFor([&] {
            const auto t = support().cachedThread(id);
            return t && t->messages.size() == 2;
        }, 30000));
        QVERIFY(support().pendingReplies(id).isEmpty());
        const TicketMessage last = support().cachedThread(id)->messages.last();
        QCOMPARE(last.body, QStringLiteral("Here is more detail."));
        QCOMPARE(last.author, TicketMessage::Author::User);
        QCOMPARE(last.attachments.first().contentType, QStringLiteral("text/plain"));
        int onServer = 0;
        for (const QJsonValue &m : m_server->get(QStringLiteral("/v1/support/tickets/") + id, token).json().value(u"messages").toArray())
            onServer += m.toObject().value(u"body").toString() == u"Here is more detail." ? 1 : 0;
        QCOMPARE(onServer, 1);
    }

    void solvedTicketCanBeRatedReopenedAndClosed()
    {
        const QString token = signInNewUser(QStringLiteral("rate@example.com"));
        openAccount(QStringLiteral("rate"));
        const QString id = createAndDeliver(draftFor(QStringLiteral("Fee question")));
        QVERIFY(!id.isEmpty());
        QCOMPARE(agentUpdate(id, {{QStringLiteral("body"), QStringLiteral("The fee is 1%.")}, {QStringLiteral("status"), QStringLiteral("solved")}}).status / 100, 2);
        syncOnce();
        QCOMPARE(support().cachedThread(id)->ticket.status, QStringLiteral("solved"));

        QSignalSpy finished(&support(), &SupportService::actionFinished);
        support().rate(id, 4, QStringLiteral("Quick answer"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(1).value<SupportService::Action>(), SupportService::Action::Rate);
        QCOMPARE(m_server->get(QStringLiteral("/v1/support/tickets/") + id, token).json().value(u"rating").toObject().value(u"score").toInt(), 4);
        QVERIFY(QTest::qWaitFor([&] { return support().cachedThread(id)->ratingScore == 4; }, 20000));

        support().reopen(id, QStringLiteral("It happened again today."));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(1).value<SupportService::Action>(), SupportService::Action::Reopen);
        const auto reopened = support().cachedThread(id);
        QCOMPARE(reopened->ticket.status, QStringLiteral("open"));
        QCOMPARE(reopened->messages.last().body, QStringLiteral("It happened again today."));

        support().close(id);
        QVERIFY(finished.wait(20000));
        QCOMPARE(support().cachedThread(id)->ticket.status, QStringLiteral("closed"));
        QCOMPARE(m_server->get(QStringLiteral("/v1/support/tickets/") + id, token).json().value(u"status").toString(), QStringLiteral("closed"));
    }

    void reopenAfterFourteenDaysOffersALinkedTicket()
    {
        const QString token = signInNewUser(QStringLiteral("late@example.com"));
        openAccount(QStringLiteral("late"));
        const QString id = createAndDeliver(draftFor(QStringLiteral("Old problem")));
        QVERIFY(!id.isEmpty());
        QCOMPARE(agentUpdate(id, {{QStringLiteral("status"), QStringLiteral("solved")}}).status / 100, 2);
        QVERIFY(m_server->execSql(QStringLiteral("UPDATE support_tickets SET solved_at = '2020-01-01T00:00:00.000Z' WHERE id = '%1'").arg(id)));

        QSignalSpy expired(&support(), &SupportService::reopenWindowExpired);
        QSignalSpy failed(&support(), &SupportService::actionFailed);
        support().reopen(id, QStringLiteral("Still not solved"));
        QVERIFY(expired.wait(20000));
        QCOMPARE(expired.first().first().toString(), id);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().at(2).toString().isEmpty());

        TicketDraft followUp = draftFor(QStringLiteral("Old problem is back"));
        followUp.relatedTicketId = id;
        const QString newId = createAndDeliver(followUp);
        QVERIFY(!newId.isEmpty());
        QCOMPARE(m_server->get(QStringLiteral("/v1/support/tickets/") + newId, token).json().value(u"related_ticket_id").toString(), id);
        QCOMPARE(support().cachedThread(newId)->relatedTicketId, id);
    }

    void agentAnswerMakesTheTicketUnreadUntilOpened()
    {
        signInNewUser(QStringLiteral("unread@example.com"));
        openAccount(QStringLiteral("unread"));
        const QString id = createAndDeliver(draftFor(QStringLiteral("Where is my money?")));
        QVERIFY(!id.isEmpty());
        QCOMPARE(support().unreadCount(), 0);
        QSignalSpy count(&support(), &SupportService::unreadCountChanged);
        QSignalSpy replied(&support(), &SupportService::agentReplied);
        QCOMPARE(agentUpdate(id, {{QStringLiteral("body"), QStringLiteral("We are checking it.")}}).status / 100, 2);
        syncOnce();
        QCOMPARE(support().unreadCount(), 1);
        QCOMPARE(count.last().first().toInt(), 1);
        QCOMPARE(replied.count(), 1);
        QCOMPARE(replied.first().first().toString(), id);
        const QModelIndex row = m_account->tickets().index(m_account->tickets().rowOf(id));
        QVERIFY(row.data(TicketListModel::UnreadRole).toBool());

        support().markRead(id);
        QCOMPARE(support().unreadCount(), 0);
        QCOMPARE(count.last().first().toInt(), 0);
        QVERIFY(!row.data(TicketListModel::UnreadRole).toBool());
    }

    void draftIsKeptInTheCache()
    {
        signInNewUser(QStringLiteral("draft@example.com"));
        const QString file = m_dir.filePath(QStringLiteral("draft.sqlite"));
        m_account = std::make_unique<SignedInAccount>(file, m_client.get());
        TicketDraft draft = draftFor(QStringLiteral("Half written"));
        draft.transactionId = QStringLiteral("txn_123");
        draft.includeDiagnostics = true;
        draft.attachments = {DraftAttachment{QStringLiteral("shot.png"), {}, kPng},
                             DraftAttachment{QStringLiteral("statement.pdf"), QStringLiteral("/home/me/statement.pdf"), {}}};
        support().saveDraft(draft);
        m_account = std::make_unique<SignedInAccount>(file, m_client.get());
        QCOMPARE(support().draft(), draft);
        support().clearDraft();
        QVERIFY(support().draft().isEmpty());
    }

    void ticketQueuedOfflineSurvivesARestartAndArrivesOnce()
    {
        auto server = std::make_unique<ServerProcess>();
        QVERIFY2(server->isRunning(), qPrintable(server->startError()));
        FixedToken tokens;
        tokens.token = server->registerVerifiedUser(QStringLiteral("offline@example.com"));
        ApiClient client(&m_nam, server->baseUrl(), &tokens);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        const QString cacheFile = m_dir.filePath(QStringLiteral("offline.sqlite"));
        m_account = std::make_unique<SignedInAccount>(cacheFile, &client);
        m_account->sync().setSignedIn(true);
        syncOnce();
        QCOMPARE(m_account->sync().state(), SyncEngine::State::Online);

        // The server goes away; the ticket (with a file picked from disk) waits in the outbox.
        const quint16 port = quint16(server->baseUrl().port());
        const QString database = server->databaseUrl();
        server->stop();
        const QString picked = m_dir.filePath(QStringLiteral("error.png"));
        QFile png(picked);
        QVERIFY(png.open(QIODevice::WriteOnly) && png.write(kPng) == kPng.size());
        png.close();
        TicketDraft draft = draftFor(QStringLiteral("Sent while offline"));
        draft.attachments = {DraftAttachment{QStringLiteral("error.png"), picked, {}}};
        QSignalSpy queued(&support(), &SupportService::ticketQueued);
        support().createTicket(draft);
        QVERIFY(queued.wait(10000));
        const QString outboxId = queued.first().first().toString();
        QVERIFY(QTest::qWaitFor([&] { return !m_account->outbox().find(outboxId)->lastError.isEmpty(); }, 20000));
        QCOMPARE(support().pendingTickets().size(), 1);
        QCOMPARE(support().pendingTickets().first().subject, QStringLiteral("Sent while offline"));
        // Killed while uploading the file: the next start sends it again.
        const QString fileItem = m_account->outbox().find(outboxId)->payload.value(u"attachment_outbox_ids").toArray().first().toString();
        QVERIFY(m_account->outbox().markSending(fileItem, QDateTime::currentDateTimeUtc()));
        m_account.reset();

        // Both come back: the server on its old port and database, the app with its cache.
        // (The stopped instance stays alive: its temporary directory holds the database.)
        auto restarted = std::make_unique<ServerProcess>(ServerProcess::Options{{}, {}, database, port});
        QVERIFY2(restarted->isRunning(), qPrintable(restarted->startError()));
        const auto restart = [&] {
            m_account = std::make_unique<SignedInAccount>(cacheFile, &client);
            m_account->sync().setSignedIn(true);
            m_account->sync().syncNow();
        };
        restart();
        QVERIFY(QTest::qWaitFor([&] { return support().pendingTickets().isEmpty(); }, 60000));
        const QString ticketId = m_account->outbox().find(outboxId)->resultId;
        QVERIFY(QTest::qWaitFor([&] { return support().cachedThread(ticketId).has_value(); }, 20000));

        // The answer is lost (killed right after the server stored it): sent again, still one ticket.
        m_account.reset();
        {
            CacheDatabase cache(cacheFile);
            QVERIFY(cache.open() == CacheDatabase::OpenResult::Opened);
            QVERIFY(QSqlQuery(cache.db()).exec(QStringLiteral("UPDATE outbox SET state = 'sending' WHERE id = '%1'").arg(outboxId)));
        }
        restart();
        QVERIFY(QTest::qWaitFor([&] { return m_account->outbox().find(outboxId)->state == OutboxItem::State::Sent; }, 60000));
        int copies = 0;
        for (const QJsonValue &t : restarted->get(QStringLiteral("/v1/support/tickets"), tokens.token).items())
            copies += t.toObject().value(u"subject").toString() == u"Sent while offline" ? 1 : 0;
        QCOMPARE(copies, 1);
        const QJsonObject detail = restarted->get(QStringLiteral("/v1/support/tickets/") + ticketId, tokens.token).json();
        QCOMPARE(detail.value(u"messages").toArray().first().toObject().value(u"attachments").toArray().size(), 1);
        m_account.reset();
    }

    void hostileTicketJsonIsRefusedAndTheCacheKept_data()
    {
        QTest::addColumn<QByteArray>("body");
        const auto detailWith = [](const std::function<void(QJsonObject &, QJsonObject &)> &change) {
            QJsonObject message = goodMessage();
            QJsonObject detail = goodDetail();
            change(detail, message);
            detail.insert(QStringLiteral("messages"), QJsonArray{message});
            return QJsonDocument(detail).toJson();
        };
        QTest::newRow("not json") << QByteArray("<html>proxy error</html>");
        QTest::newRow("array") << QByteArray("[1, 2, 3]");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("another ticket") << detailWith([](QJsonObject &d, QJsonObject &) { d.insert(QStringLiteral("id"), QStringLiteral("tkt_other")); });
        QTest::newRow("id with a path") << detailWith([](QJsonObject &d, QJsonObject &) { d.insert(QStringLiteral("id"), QStringLiteral("../../admin")); });
        QTest::newRow("unknown status") << detailWith([](QJsonObject &d, QJsonObject &) { d.insert(QStringLiteral("status"), QStringLiteral("hacked")); });
        QTest::newRow("number is a number") << detailWith([](QJsonObject &d, QJsonObject &) { d.insert(QStringLiteral("number"), 5); });
        QTest::newRow("huge subject") << detailWith([](QJsonObject &d, QJsonObject &) { d.insert(QStringLiteral("subject"), QString(100000, u'x')); });
        QTest::newRow("rating out of range") << detailWith([](QJsonObject &d, QJsonObject &) { d.insert(QStringLiteral("rating"), QJsonObject{{QStringLiteral("score"), 9}}); });
        QTest::newRow("messages not an array") << QJsonDocument([] { QJsonObject d = goodDetail(); d.insert(QStringLiteral("messages"), 7); return d; }()).toJson();
        QTest::newRow("message not an object") << QJsonDocument([] { QJsonObject d = goodDetail(); d.insert(QStringLiteral("messages"), QJsonArray{1, 2}); return d; }()).toJson();
        QTest::newRow("unknown author") << detailWith([](QJsonObject &, QJsonObject &m) { m.insert(QStringLiteral("author_role"), QStringLiteral("root")); });
        QTest::newRow("body too long") << detailWith([](QJsonObject &, QJsonObject &m) { m.insert(QStringLiteral("body"), QString(20001, u'y')); });
        QTest::newRow("bad time") << detailWith([](QJsonObject &, QJsonObject &m) { m.insert(QStringLiteral("created_at"), QStringLiteral("yesterday")); });
        QTest::newRow("attachment id with a path") << detailWith([](QJsonObject &, QJsonObject &m) {
            QJsonObject file = goodAttachment();
            file.insert(QStringLiteral("id"), QStringLiteral("../../etc/passwd"));
            m.insert(QStringLiteral("attachments"), QJsonArray{file});
        });
        QTest::newRow("attachment of an executable type") << detailWith([](QJsonObject &, QJsonObject &m) {
            QJsonObject file = goodAttachment();
            file.insert(QStringLiteral("content_type"), QStringLiteral("application/x-msdownload"));
            m.insert(QStringLiteral("attachments"), QJsonArray{file});
        });
        QTest::newRow("too many attachments") << detailWith([](QJsonObject &, QJsonObject &m) {
            QJsonArray files;
            for (int i = 0; i < 11; ++i)
                files.append(goodAttachment());
            m.insert(QStringLiteral("attachments"), files);
        });
    }
    void hostileTicketJsonIsRefusedAndTheCacheKept()
    {
        QFETCH(QByteArray, body);
        FakeNetworkAccessManager fake;
        QByteArray answer = QJsonDocument(goodDetail()).toJson();
        fake.handler = [&](const FakeNetworkAccessManager::Seen &) { return FakeResponse::json(200, answer); };
        ApiClient client(&fake, QUrl(QStringLiteral("http://127.0.0.1:9")), &m_tokens);
        m_account = std::make_unique<SignedInAccount>(m_dir.filePath(QStringLiteral("hostile-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())).remove(u' ')), &client);
        QSignalSpy loaded(&support(), &SupportService::threadLoaded);
        QSignalSpy failed(&support(), &SupportService::threadFailed);
        support().loadThread(QStringLiteral("tkt_good"));
        QVERIFY(loaded.wait(5000));

        answer = body;
        support().loadThread(QStringLiteral("tkt_good"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("tkt_good"));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        const auto cached = support().cachedThread(QStringLiteral("tkt_good"));
        QVERIFY(cached);
        QCOMPARE(cached->ticket.subject, QStringLiteral("Withdrawal pending"));
        QCOMPARE(cached->messages.size(), 1);
        QCOMPARE(cached->messages.first().body, QStringLiteral("Hello"));
    }

    void filesTheServerWouldRefuseAreNeverQueued_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("program") << QByteArray("\x7f" "ELF\x02\x01\x01\x00", 8);
        QTest::newRow("zip named like a picture") << QByteArray("PK\x03\x04\x14\x00", 6);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("over 10 MB") << (QByteArray("%PDF-1.7\n") + QByteArray(10 * 1024 * 1024, 'a'));
        QTest::newRow("text with control characters") << QByteArray("hello\x01world");
    }
    void filesTheServerWouldRefuseAreNeverQueued()
    {
        QFETCH(QByteArray, data);
        FakeNetworkAccessManager fake;
        fake.handler = [](const FakeNetworkAccessManager::Seen &) { return FakeResponse::json(500, "{}"); };
        ApiClient client(&fake, QUrl(QStringLiteral("http://127.0.0.1:9")), &m_tokens);
        m_account = std::make_unique<SignedInAccount>(m_dir.filePath(QStringLiteral("files-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())).remove(u' ')), &client);
        TicketDraft draft = draftFor(QStringLiteral("With a bad file"));
        draft.attachments = {DraftAttachment{QStringLiteral("picture.png"), {}, data}};
        QSignalSpy rejected(&support(), &SupportService::ticketRejected);
        support().createTicket(draft);
        QVERIFY(rejected.wait(10000));
        QVERIFY2(rejected.first().first().toString().contains(QStringLiteral("picture.png")), qPrintable(rejected.first().first().toString()));
        QVERIFY(m_account->outbox().all().isEmpty());
        QVERIFY(fake.seen.isEmpty());
    }

private:
    static QJsonObject goodAttachment()
    {
        return {{QStringLiteral("id"), QStringLiteral("att_1")}, {QStringLiteral("filename"), QStringLiteral("a.png")},
                {QStringLiteral("content_type"), QStringLiteral("image/png")}, {QStringLiteral("size_bytes"), 70},
                {QStringLiteral("sha256"), QString(64, u'0')}, {QStringLiteral("created_at"), QStringLiteral("2026-01-05T10:00:00Z")}};
    }
    static QJsonObject goodMessage()
    {
        return {{QStringLiteral("id"), QStringLiteral("msg_1")}, {QStringLiteral("ticket_id"), QStringLiteral("tkt_good")},
                {QStringLiteral("client_id"), QJsonValue::Null}, {QStringLiteral("author_role"), QStringLiteral("user")},
                {QStringLiteral("author_name"), QStringLiteral("Ann")}, {QStringLiteral("body"), QStringLiteral("Hello")},
                {QStringLiteral("attachments"), QJsonArray{goodAttachment()}}, {QStringLiteral("created_at"), QStringLiteral("2026-01-05T10:00:00Z")}};
    }
    static QJsonObject goodDetail()
    {
        return {{QStringLiteral("id"), QStringLiteral("tkt_good")}, {QStringLiteral("number"), QStringLiteral("OK-1001")},
                {QStringLiteral("subject"), QStringLiteral("Withdrawal pending")}, {QStringLiteral("category"), QStringLiteral("withdrawal")},
                {QStringLiteral("status"), QStringLiteral("open")}, {QStringLiteral("transaction_id"), QJsonValue::Null},
                {QStringLiteral("related_ticket_id"), QJsonValue::Null}, {QStringLiteral("created_at"), QStringLiteral("2026-01-05T10:00:00Z")},
                {QStringLiteral("updated_at"), QStringLiteral("2026-01-05T10:00:00Z")}, {QStringLiteral("solved_at"), QJsonValue::Null},
                {QStringLiteral("closed_at"), QJsonValue::Null}, {QStringLiteral("reopen_until"), QJsonValue::Null},
                {QStringLiteral("rating"), QJsonValue::Null}, {QStringLiteral("message_count"), 1},
                {QStringLiteral("last_message_at"), QStringLiteral("2026-01-05T10:00:00Z")},
                {QStringLiteral("messages"), QJsonArray{goodMessage()}}};
    }
};

QTEST_GUILESS_MAIN(TestSupportService)
#include "tst_supportservice.moc"
