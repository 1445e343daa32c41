#include "support/serverprocess.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace okpay::test;

// GET /v1/support/contact-channels: every channel with hours, holidays, timezone and a live status that agrees with
// them; configured schedules; demo mode opens chat and phone at any hour.
class TestContactChannelsApi : public QObject
{
    Q_OBJECT

private:
    static QJsonObject byKind(const HttpReply &reply, const QString &kind)
    {
        for (const QJsonValue &v : reply.items())
            if (v.toObject().value(u"kind").toString() == kind)
                return v.toObject();
        return {};
    }
    static void verifyStatusShape(const QJsonObject &channel)
    {
        const QJsonObject status = channel.value(u"status").toObject();
        QVERIFY(status.contains(u"next_opening"));
        QVERIFY(status.contains(u"next_closing"));
        QVERIFY(status.value(u"as_of").isString());
        if (status.value(u"state").toString() == u"online") {
            QVERIFY(status.value(u"next_opening").isNull());
        } else {
            QCOMPARE(status.value(u"state").toString(), QStringLiteral("offline"));
            QVERIFY(status.value(u"next_closing").isNull());
        }
    }

private slots:
    void listsEveryChannelWithHoursAndStatus()
    {
        ServerProcess server;
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        const HttpReply reply = server.get(QStringLiteral("/v1/support/contact-channels"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"support_timezone").toString(), QStringLiteral("Asia/Shanghai"));
        QVERIFY(reply.json().value(u"server_time").isString());
        for (const char *kind : {"web", "email", "tickets", "chat", "phone", "social"})
            QVERIFY2(!byKind(reply, QString::fromLatin1(kind)).isEmpty(), kind);
        for (const QJsonValue &v : reply.items())
            verifyStatusShape(v.toObject());
        // Email accepts messages around the clock.
        const QJsonObject email = byKind(reply, QStringLiteral("email"));
        QCOMPARE(email.value(u"hours").toObject().value(u"always_open").toBool(), true);
        QCOMPARE(email.value(u"status").toObject().value(u"state").toString(), QStringLiteral("online"));
        // Chat: Monday–Friday 09:00–18:00 in the center's zone, with holidays.
        const QJsonObject chat = byKind(reply, QStringLiteral("chat"));
        const QJsonObject hours = chat.value(u"hours").toObject();
        QCOMPARE(hours.value(u"timezone").toString(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(hours.value(u"always_open").toBool(), false);
        const QJsonArray weekly = hours.value(u"weekly").toArray();
        QCOMPARE(weekly.size(), 5);
        QCOMPARE(weekly.first().toObject().value(u"day").toString(), QStringLiteral("monday"));
        QCOMPARE(weekly.first().toObject().value(u"open").toString(), QStringLiteral("09:00"));
        QCOMPARE(weekly.first().toObject().value(u"close").toString(), QStringLiteral("18:00"));
        QVERIFY(!chat.value(u"holidays").toArray().isEmpty());
        QCOMPARE(byKind(reply, QStringLiteral("phone")).value(u"urgent").toBool(), true);
        // Whatever the hour, the status agrees with the schedule: an offline chat names its next opening at 09:00 local.
        const QJsonObject status = chat.value(u"status").toObject();
        const QString edge = status.value(u"state").toString() == u"online" ? QStringLiteral("next_closing")
                                                                            : QStringLiteral("next_opening");
        const QDateTime when = QDateTime::fromString(status.value(edge).toString(), Qt::ISODate);
        QVERIFY(when.isValid());
        const QTime local = when.toTimeZone(QTimeZone("Asia/Shanghai")).time();
        QCOMPARE(local, edge == u"next_closing" ? QTime(18, 0) : QTime(9, 0));

        const HttpReply cached = server.request("GET", QStringLiteral("/v1/support/contact-channels"), {}, {},
                                                {{"If-None-Match", reply.headers.value("etag")}});
        QCOMPARE(cached.status, 304);
    }
    void namesAndHolidaysInTheAskedLanguage()
    {
        ServerProcess server;
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        const auto channels = [&server](const QByteArray &language) {
            return server.request("GET", QStringLiteral("/v1/support/contact-channels"), {}, {}, {{"Accept-Language", language}});
        };
        const HttpReply zh = channels("zh-CN,zh;q=0.9,en;q=0.8");
        QCOMPARE(zh.status, 200);
        QCOMPARE(byKind(zh, QStringLiteral("email")).value(u"name").toString(), QStringLiteral("电子邮件"));
        QVERIFY(byKind(zh, QStringLiteral("chat")).value(u"description").toString().contains(QStringLiteral("客服")));
        bool nationalDay = false;
        for (const QJsonValue &h : byKind(zh, QStringLiteral("chat")).value(u"holidays").toArray())
            nationalDay = nationalDay || h.toObject().value(u"name").toString() == u"国庆节";
        QVERIFY(nationalDay);
        QCOMPARE(zh.headers.value("vary"), QByteArray("Accept-Language"));

        const HttpReply en = channels("en-US");
        QCOMPARE(byKind(en, QStringLiteral("email")).value(u"name").toString(), QStringLiteral("Email"));
        QVERIFY(en.headers.value("etag") != zh.headers.value("etag"));  // a cached English copy is not "not modified"
        QCOMPARE(server.request("GET", QStringLiteral("/v1/support/contact-channels"), {}, {},
                                {{"Accept-Language", "zh-CN"}, {"If-None-Match", en.headers.value("etag")}}).status, 200);
        for (const QByteArray &hostile : {QByteArray("<script>"), QByteArray(4000, 'z'), QByteArray(";;,,"), QByteArray()})
            QCOMPARE(byKind(channels(hostile), QStringLiteral("email")).value(u"name").toString(), QStringLiteral("Email"));
    }
    void configuredSchedulesDecideTheStatus()
    {
        ServerProcess::Options options;
        const QJsonArray everyDay = [] {
            QJsonArray days;
            for (const char *day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
                days.append(QJsonObject{{QStringLiteral("day"), QString::fromLatin1(day)},
                                        {QStringLiteral("open"), QStringLiteral("00:00")},
                                        {QStringLiteral("close"), QStringLiteral("24:00")}});
            return days;
        }();
        const QJsonArray channels{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("chat")}, {QStringLiteral("kind"), QStringLiteral("chat")},
                        {QStringLiteral("name"), QStringLiteral("Chat")},
                        {QStringLiteral("address"), QStringLiteral("https://x.example/chat")},
                        {QStringLiteral("weekly"), everyDay}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("phone")}, {QStringLiteral("kind"), QStringLiteral("phone")},
                        {QStringLiteral("name"), QStringLiteral("Phone")},
                        {QStringLiteral("address"), QStringLiteral("+1 555 0100")}, {QStringLiteral("weekly"), QJsonArray()}}};
        const QJsonObject config{{QStringLiteral("support"),
                                  QJsonObject{{QStringLiteral("timezone"), QStringLiteral("America/New_York")},
                                              {QStringLiteral("channels"), channels}}}};
        options.configJson = QJsonDocument(config).toJson();
        ServerProcess server(options);
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        const HttpReply reply = server.get(QStringLiteral("/v1/support/contact-channels"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.items().size(), 2);
        QCOMPARE(reply.json().value(u"support_timezone").toString(), QStringLiteral("America/New_York"));
        const QJsonObject chat = byKind(reply, QStringLiteral("chat"));
        QCOMPARE(chat.value(u"status").toObject().value(u"state").toString(), QStringLiteral("online"));
        QCOMPARE(chat.value(u"hours").toObject().value(u"weekly").toArray().first().toObject().value(u"close").toString(),
                 QStringLiteral("24:00"));
        const QJsonObject phone = byKind(reply, QStringLiteral("phone"));
        QCOMPARE(phone.value(u"status").toObject().value(u"state").toString(), QStringLiteral("offline"));
        QVERIFY(phone.value(u"status").toObject().value(u"next_opening").isNull());  // never opens
    }
    void chatChannelShowsTheHoursChatEnforces()
    {
        // The chat area's own hours (ISO weekday numbers) decide when a chat can start; the listing shows the same.
        const QJsonObject config{
            {QStringLiteral("chat"),
             QJsonObject{{QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
                         {QStringLiteral("hours"), QJsonArray{QJsonObject{{QStringLiteral("days"), QJsonArray{6, 7}},
                                                                          {QStringLiteral("open"), QStringLiteral("10:00")},
                                                                          {QStringLiteral("close"), QStringLiteral("14:00")}}}}}}};
        ServerProcess server(ServerProcess::Options{{}, QJsonDocument(config).toJson(), {}});
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        const QJsonObject hours = byKind(server.get(QStringLiteral("/v1/support/contact-channels")), QStringLiteral("chat"))
                                      .value(u"hours").toObject();
        QCOMPARE(hours.value(u"timezone").toString(), QStringLiteral("Europe/Berlin"));
        const QJsonArray weekly = hours.value(u"weekly").toArray();
        QCOMPARE(weekly.size(), 2);
        QCOMPARE(weekly.first().toObject().value(u"day").toString(), QStringLiteral("saturday"));
        QCOMPARE(weekly.first().toObject().value(u"open").toString(), QStringLiteral("10:00"));
    }
    void demoModeOpensChatAndPhoneAtAnyHour()
    {
        ServerProcess server(ServerProcess::Options{{QStringLiteral("--demo")}, {}, {}});
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        const HttpReply reply = server.get(QStringLiteral("/v1/support/contact-channels"));
        for (const char *kind : {"chat", "phone"}) {
            const QJsonObject channel = byKind(reply, QString::fromLatin1(kind));
            QCOMPARE(channel.value(u"status").toObject().value(u"state").toString(), QStringLiteral("online"));
            QCOMPARE(channel.value(u"hours").toObject().value(u"always_open").toBool(), true);
        }
    }
};

QTEST_GUILESS_MAIN(TestContactChannelsApi)
#include "tst_contactchannelsapi.moc"
