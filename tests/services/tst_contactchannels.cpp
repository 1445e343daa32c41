// ContactChannels: the real server's list read into typed channels whose hours agree with the server's own status,
// the last good answer remembered in a file, and hostile or malformed answers refused as a whole, with the
// remembered copy, else the bundled one, still shown.
#include "api/apiclient.h"
#include "api/tokensource.h"
#include "services/contactchannels.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;
using namespace okpay::test;

namespace {
class NoToken : public TokenSource
{
public:
    QString accessToken() const override { return {}; }
    void refreshAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }
};

QJsonObject bundledBody()
{
    QFile file(ContactChannels::bundledFile());
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The bundled body with one change made by `edit` to its first channel (or the whole body when channel < 0).
QByteArray edited(const std::function<void(QJsonObject &)> &edit, int channel = 0)
{
    QJsonObject body = bundledBody();
    if (channel < 0) {
        edit(body);
    } else {
        QJsonArray items = body.value(u"items").toArray();
        QJsonObject item = items.at(channel).toObject();
        edit(item);
        items[channel] = item;
        body.insert(QStringLiteral("items"), items);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
} // namespace

class TestContactChannels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    NoToken m_tokens;
    FakeNetworkAccessManager m_fake;
    QByteArray m_fakeBody;

    std::unique_ptr<ApiClient> fakeClient()
    {
        m_fake.handler = [this](const FakeNetworkAccessManager::Seen &) { return FakeResponse::json(200, m_fakeBody); };
        auto client = std::make_unique<ApiClient>(&m_fake, QUrl(QStringLiteral("https://api.okpay.example")), &m_tokens);
        RetryPolicy once;
        once.maxAttempts = 1;
        client->setRetryPolicy(once);
        return client;
    }
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void theBundledCopyIsInTheAppsLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QJsonObject zh = bundledBody();
        QLocale::setDefault(before);
        const QJsonObject en = bundledBody();
        const auto emailName = [](const QJsonObject &body) {
            for (const QJsonValue &item : body.value(u"items").toArray())
                if (item.toObject().value(u"kind").toString() == u"email")
                    return item.toObject().value(u"name").toString();
            return QString();
        };
        QCOMPARE(emailName(zh), QStringLiteral("电子邮件"));
        QCOMPARE(emailName(en), QStringLiteral("Email"));
        QCOMPARE(zh.value(u"items").toArray().size(), en.value(u"items").toArray().size());
    }
    void readsTheServersChannelsAndRemembersThem()
    {
        ServerProcess server;
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        QNetworkAccessManager network;
        ApiClient client(&network, server.baseUrl(), &m_tokens);
        ContactChannels channels(&client, file("not-yet/contact-channels.json"));
        QSignalSpy changed(&channels, &ContactChannels::changed);
        channels.refresh();
        QCOMPARE(channels.source(), ContactChannels::Source::Bundled);  // shown at once, before the answer
        QVERIFY(channels.isLoading());
        QVERIFY(QTest::qWaitFor([&] { return channels.source() == ContactChannels::Source::Server; }, 20000));
        QVERIFY(!channels.isLoading());
        QVERIFY(channels.lastError().isEmpty());

        const ContactChannelList &list = channels.list();
        QCOMPARE(list.supportZone.id(), QByteArray("Asia/Shanghai"));
        QStringList ids;
        for (const ContactChannel &c : list.channels)
            ids << c.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("web"), QStringLiteral("email"), QStringLiteral("tickets"), QStringLiteral("chat"),
                                   QStringLiteral("phone"), QStringLiteral("social-weibo"), QStringLiteral("social-x")}));
        const ContactChannel &phone = list.channels.at(4);
        QCOMPARE(phone.kind, ContactChannel::Kind::Phone);
        QVERIFY(phone.urgent);
        QVERIFY(!phone.alwaysOpen);
        QCOMPARE(phone.hours.windows().size(), 5);
        QCOMPARE(phone.hours.windows().first(), (WeeklyWindow{Qt::Monday, QTime(9, 0), QTime(18, 0)}));
        QVERIFY(phone.holidays.contains(SupportHoliday{QDate(2027, 1, 1), QStringLiteral("New Year's Day")}));
        QVERIFY(phone.hours.holidays().contains(QDate(2027, 1, 1)));
        QCOMPARE(list.channels.at(1).kind, ContactChannel::Kind::Email);
        QVERIFY(list.channels.at(1).alwaysOpen);
        // The hours read here give the status the server computed for the same instant.
        for (const ContactChannel &c : list.channels)
            QVERIFY2(c.hours.isOpen(list.serverTime) == c.onlineWhenListed, qPrintable(c.id));

        // Next time (offline), the remembered answer is shown.
        ContactChannels later(&client, file("not-yet/contact-channels.json"));
        later.showSaved();
        QCOMPARE(later.source(), ContactChannels::Source::Remembered);
        QCOMPARE(later.list().channels.size(), 7);
        QCOMPARE(later.savedAt(), list.serverTime);
    }
    void showsTheBundledCopyWhenNothingIsRemembered()
    {
        ContactChannels channels(nullptr, file("never-written.json"));
        QSignalSpy changed(&channels, &ContactChannels::changed);
        channels.showSaved();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(channels.source(), ContactChannels::Source::Bundled);
        QCOMPARE(channels.list().channels.size(), 7);
        QString error;
        QVERIFY2(ContactChannels::parse(bundledBody(), &error), qPrintable(error));
    }
    void keepsTheRememberedCopyWhenTheServerCannotBeReached()
    {
        QFile remembered(file("offline.json"));
        QVERIFY(remembered.open(QIODevice::WriteOnly));
        remembered.write(edited([](QJsonObject &c) { c.insert(QStringLiteral("name"), QStringLiteral("Remembered site")); }));
        remembered.close();
        QNetworkAccessManager network;
        ApiClient client(&network, QUrl(QStringLiteral("http://127.0.0.1:1")), &m_tokens);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        ContactChannels channels(&client, remembered.fileName());
        QSignalSpy failed(&channels, &ContactChannels::refreshFailed);
        channels.refresh();
        QVERIFY(failed.wait(20000));
        QCOMPARE(channels.source(), ContactChannels::Source::Remembered);
        QCOMPARE(channels.list().channels.first().name, QStringLiteral("Remembered site"));
        QVERIFY(!channels.lastError().isEmpty());
        QVERIFY(!channels.isLoading());
    }
    void aCorruptRememberedFileFallsBackToTheBundledCopy()
    {
        QFile remembered(file("corrupt.json"));
        QVERIFY(remembered.open(QIODevice::WriteOnly));
        remembered.write(edited([](QJsonObject &c) { c.insert(QStringLiteral("kind"), 7); }));
        remembered.close();
        ContactChannels channels(nullptr, remembered.fileName());
        channels.showSaved();
        QCOMPARE(channels.source(), ContactChannels::Source::Bundled);
        QCOMPARE(channels.list().channels.first().name, QStringLiteral("Contact us page"));
    }
    void refusesAMalformedAnswerAsAWhole_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("an array") << QByteArray("[1, 2, 3]");
        QTest::newRow("items not an array") << edited([](QJsonObject &b) { b.insert(QStringLiteral("items"), QStringLiteral("all")); }, -1);
        QTest::newRow("too many items") << edited([](QJsonObject &b) {
            QJsonArray many;
            for (int i = 0; i < 51; ++i)
                many.append(b.value(u"items").toArray().first());
            b.insert(QStringLiteral("items"), many);
        }, -1);
        QTest::newRow("unknown support zone") << edited([](QJsonObject &b) { b.insert(QStringLiteral("support_timezone"), QStringLiteral("Mars/Olympus")); }, -1);
        QTest::newRow("no server time") << edited([](QJsonObject &b) { b.remove(QStringLiteral("server_time")); }, -1);
        QTest::newRow("channel not an object") << edited([](QJsonObject &b) { b.insert(QStringLiteral("items"), QJsonArray{42}); }, -1);
        QTest::newRow("name missing") << edited([](QJsonObject &c) { c.remove(QStringLiteral("name")); });
        QTest::newRow("name far too long") << edited([](QJsonObject &c) { c.insert(QStringLiteral("name"), QString(100000, u'A')); });
        QTest::newRow("kind a number") << edited([](QJsonObject &c) { c.insert(QStringLiteral("kind"), 3); });
        QTest::newRow("urgent a string") << edited([](QJsonObject &c) { c.insert(QStringLiteral("urgent"), QStringLiteral("yes")); });
        QTest::newRow("address empty") << edited([](QJsonObject &c) { c.insert(QStringLiteral("address"), QString()); });
        QTest::newRow("hours missing") << edited([](QJsonObject &c) { c.remove(QStringLiteral("hours")); }, 3);
        QTest::newRow("unknown channel zone") << edited([](QJsonObject &c) {
            QJsonObject hours = c.value(u"hours").toObject();
            hours.insert(QStringLiteral("timezone"), QStringLiteral("../../etc/passwd"));
            c.insert(QStringLiteral("hours"), hours);
        }, 3);
        const auto window = [](const QJsonValue &entry) {
            return [entry](QJsonObject &c) {
                QJsonObject hours = c.value(u"hours").toObject();
                hours.insert(QStringLiteral("weekly"), QJsonArray{entry});
                c.insert(QStringLiteral("hours"), hours);
            };
        };
        QTest::newRow("hour 25") << edited(window(QJsonObject{{QStringLiteral("day"), QStringLiteral("monday")}, {QStringLiteral("open"), QStringLiteral("09:00")}, {QStringLiteral("close"), QStringLiteral("25:00")}}), 3);
        QTest::newRow("closes before it opens") << edited(window(QJsonObject{{QStringLiteral("day"), QStringLiteral("monday")}, {QStringLiteral("open"), QStringLiteral("18:00")}, {QStringLiteral("close"), QStringLiteral("09:00")}}), 3);
        QTest::newRow("24:00 as an opening") << edited(window(QJsonObject{{QStringLiteral("day"), QStringLiteral("monday")}, {QStringLiteral("open"), QStringLiteral("24:00")}, {QStringLiteral("close"), QStringLiteral("24:00")}}), 3);
        QTest::newRow("no such day") << edited(window(QJsonObject{{QStringLiteral("day"), QStringLiteral("funday")}, {QStringLiteral("open"), QStringLiteral("09:00")}, {QStringLiteral("close"), QStringLiteral("18:00")}}), 3);
        QTest::newRow("window a string") << edited(window(QStringLiteral("9 to 5")), 3);
        QTest::newRow("holiday date") << edited([](QJsonObject &c) {
            c.insert(QStringLiteral("holidays"), QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2027-02-30")}, {QStringLiteral("name"), QStringLiteral("Nope")}}});
        }, 3);
        QTest::newRow("status unknown") << edited([](QJsonObject &c) { c.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("state"), QStringLiteral("maybe")}}); });
        QTest::newRow("duplicate ids") << edited([](QJsonObject &c) { c.insert(QStringLiteral("id"), QStringLiteral("email")); });
    }
    void refusesAMalformedAnswerAsAWhole()
    {
        QFETCH(QByteArray, body);
        m_fakeBody = body;
        auto client = fakeClient();
        ContactChannels channels(client.get(), {});
        QSignalSpy failed(&channels, &ContactChannels::refreshFailed);
        channels.refresh();
        QVERIFY(failed.wait(5000));
        QCOMPARE(channels.source(), ContactChannels::Source::Bundled);
        QCOMPARE(channels.list().channels.size(), 7);
        QVERIFY(!channels.lastError().isEmpty());
    }
    void skipsChannelsOfAKindItDoesNotKnow()
    {
        m_fakeBody = edited([](QJsonObject &c) { c.insert(QStringLiteral("kind"), QStringLiteral("carrier_pigeon")); });
        auto client = fakeClient();
        ContactChannels channels(client.get(), {});
        channels.refresh();
        QVERIFY(QTest::qWaitFor([&] { return channels.source() == ContactChannels::Source::Server; }, 5000));
        QCOMPARE(channels.list().channels.size(), 6);
        QCOMPARE(channels.list().channels.first().id, QStringLiteral("email"));
    }
};

QTEST_GUILESS_MAIN(TestContactChannels)
#include "tst_contactchannels.moc"
