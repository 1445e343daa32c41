// The contact panel over the bundled channels with a fixed clock: live statuses inside and outside support hours and
// on a holiday (in the center's time and the user's), the upcoming holidays, the offline note, and what each button
// does: the URL that would open, the signal, or the copied social name; addresses that are not https never open.
#include "api/apiclient.h"
#include "api/tokensource.h"
#include "services/contactchannels.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/fixedclock.h"
#include "support/screenshot.h"
#include "ui/help/contactpanel.h"
#include "ui/translations.h"
#include "walletharness.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace okpay;
using namespace okpay::test;

namespace {
class NoToken : public TokenSource
{
public:
    QString accessToken() const override { return {}; }
    void refreshAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }
};

QDateTime shanghai(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone("Asia/Shanghai")).toUTC();
}
} // namespace

class TestContactPanel : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{shanghai(QDate(2026, 11, 25), QTime(10, 0))};  // a Wednesday, inside hours
    std::unique_ptr<ContactChannels> m_channels;
    std::unique_ptr<ContactPanel> m_panel;
    QList<QUrl> m_opened;

    QString status(const char *id) const { return label(QByteArray("contactStatus_") + id); }
    QString label(const QByteArray &name) const { return m_panel->findChild<QLabel *>(QString::fromLatin1(name))->text(); }
    void click(const char *id) { QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("contactAction_") + QString::fromLatin1(id)), Qt::LeftButton); }

private slots:
    void init()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_channels = std::make_unique<ContactChannels>(nullptr, QString());
        m_channels->showSaved();  // the bundled copy
        m_panel = std::make_unique<ContactPanel>(m_channels.get(), m_clock);
        m_panel->setUserTimeZone(QTimeZone::utc());
        m_opened.clear();
        m_panel->setUrlOpener([this](const QUrl &url) { m_opened.append(url); return true; });
        m_panel->resize(1000, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        m_channels.reset();
    }

    void showsEveryChannelWithItsHours()
    {
        for (const char *id : {"web", "email", "tickets", "chat", "phone", "social-weibo", "social-x"})
            QVERIFY2(m_panel->findChild<QWidget *>(QStringLiteral("contactCard_") + QString::fromLatin1(id)), id);
        QCOMPARE(label("contactAddress_phone"), QStringLiteral("+86 400 820 8820"));
        QCOMPARE(label("contactHours_chat"), QStringLiteral("Hours: Monday–Friday 9:00 AM–6:00 PM (China Standard Time)"));
        QVERIFY(!m_panel->findChild<QLabel *>(QStringLiteral("contactHours_email"))->isVisible());  // "at any time" is in its status
        QVERIFY(label("contactUrgent_phone").contains(QStringLiteral("urgent problems")));
        QVERIFY(!m_panel->findChild<QLabel *>(QStringLiteral("contactUrgent_chat")));
        QVERIFY(unnamedControls(*m_panel).isEmpty());
    }
    void saysOnlineInsideHoursWithTheUsersTime()
    {
        QCOMPARE(status("chat"), QStringLiteral("● Online now — closes at 6:00 PM (your time: 10:00 AM)"));
        QCOMPARE(status("phone"), status("chat"));
        QVERIFY(status("email").startsWith(QStringLiteral("● Accepts messages at any time")));
    }
    void saysWhenItOpensOutsideHoursAndEveryMinute()
    {
        m_clock.set(shanghai(QDate(2026, 11, 27), QTime(18, 30)));  // Friday evening
        m_panel->refreshStatus();
        QCOMPARE(status("chat"), QStringLiteral("○ Opens Monday 9:00 AM (your time: Monday 1:00 AM)"));
        // The same answer in the support center's own timezone leaves "your time" out.
        m_panel->setUserTimeZone(QTimeZone("Asia/Shanghai"));
        QCOMPARE(status("chat"), QStringLiteral("○ Opens Monday 9:00 AM"));
        // A minute later than a Monday 08:59 it is open (the panel's timer calls refreshStatus every minute).
        auto *minute = m_panel->findChild<QTimer *>(QStringLiteral("contactStatusTimer"));
        QVERIFY(minute && minute->isActive());
        QCOMPARE(minute->interval(), 60 * 1000);
        m_clock.set(shanghai(QDate(2026, 11, 30), QTime(8, 59)));
        m_panel->refreshStatus();
        QVERIFY(status("chat").startsWith(QStringLiteral("○ Opens")));
        m_clock.advanceSecs(60);
        m_panel->refreshStatus();
        QVERIFY(status("chat").startsWith(QStringLiteral("● Online now")));
    }
    void skipsHolidaysAndListsTheNextOnes()
    {
        m_clock.set(shanghai(QDate(2027, 1, 1), QTime(11, 0)));  // New Year's Day, a Friday
        m_panel->refreshStatus();
        QCOMPARE(status("chat"), QStringLiteral("○ Opens Monday 9:00 AM (your time: Monday 1:00 AM)"));
        QVERIFY(status("email").startsWith(QStringLiteral("●")));
        const QString holidays = label("contactHolidays");
        QVERIFY2(holidays.startsWith(QStringLiteral("Closed on these days: Live chat and Hotline.")), qPrintable(holidays));
        QVERIFY(holidays.contains(QStringLiteral("Friday, January 1, 2027 — New Year's Day")));
        QVERIFY(holidays.contains(QStringLiteral("Spring Festival")));
        QVERIFY(!holidays.contains(QStringLiteral("2026")));  // past holidays are not listed
    }
    void buttonsOpenTheRightThing()
    {
        QSignalSpy chat(m_panel.get(), &ContactPanel::chatRequested);
        QSignalSpy email(m_panel.get(), &ContactPanel::emailRequested);
        QSignalSpy ticket(m_panel.get(), &ContactPanel::ticketRequested);
        click("chat");
        click("email");
        click("tickets");
        QCOMPARE(chat.count(), 1);
        QCOMPARE(email.count(), 1);
        QCOMPARE(ticket.count(), 1);
        QVERIFY(m_opened.isEmpty());
        click("phone");
        click("web");
        QCOMPARE(m_opened, (QList<QUrl>{QUrl(QStringLiteral("tel:+864008208820")), QUrl(QStringLiteral("https://okpay.example/contact"))}));
        click("social-weibo");  // a handle, not a link: copied
        QCOMPARE(m_opened.size(), 2);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("@OKPay"));
        QVERIFY(label("contactFeedback").contains(QStringLiteral("@OKPay")));
    }
    void neverOpensAnAddressThatIsNotHttps()
    {
        QJsonObject body = [] {
            QFile file(ContactChannels::bundledFile());
            file.open(QIODevice::ReadOnly);
            return QJsonDocument::fromJson(file.readAll()).object();
        }();
        QJsonArray items = body.value(u"items").toArray();
        QJsonObject web = items.at(0).toObject();
        web.insert(QStringLiteral("address"), QStringLiteral("javascript:alert(1)"));
        items[0] = web;
        QJsonObject social = items.at(6).toObject();
        social.insert(QStringLiteral("address"), QStringLiteral("https://x.example/OKPaySupport"));
        items[6] = social;
        body.insert(QStringLiteral("items"), items);
        FakeNetworkAccessManager fake;
        fake.handler = [&](const FakeNetworkAccessManager::Seen &) { return FakeResponse::json(200, QJsonDocument(body).toJson()); };
        NoToken tokens;
        ApiClient client(&fake, QUrl(QStringLiteral("https://api.okpay.example")), &tokens);
        ContactChannels fromServer(&client, QString());
        ContactPanel panel(&fromServer, m_clock);
        QList<QUrl> opened;
        panel.setUrlOpener([&](const QUrl &url) { opened.append(url); return true; });
        fromServer.refresh();
        QVERIFY(QTest::qWaitFor([&] { return fromServer.source() == ContactChannels::Source::Server; }, 5000));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("contactAction_web")), Qt::LeftButton);
        QVERIFY(opened.isEmpty());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("contactFeedback"))->text().contains(QStringLiteral("javascript:alert(1)")));
        QCOMPARE(panel.findChild<QPushButton *>(QStringLiteral("contactAction_social-x"))->text(), QStringLiteral("Open"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("contactAction_social-x")), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://x.example/OKPaySupport"))});
        QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("contactOfflineNote"))->isVisibleTo(&panel));
    }
    void notesWhenTheDetailsAreTheBundledCopy()
    {
        auto *note = m_panel->findChild<QLabel *>(QStringLiteral("contactOfflineNote"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("These are the contact details that came with the app."));
    }
    void screenshotsInEnglishAndChinese()
    {
        m_clock.set(shanghai(QDate(2026, 11, 28), QTime(12, 0)));  // Saturday: chat and phone closed
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            Translations::install(*qApp, language);
            ContactPanel panel(m_channels.get(), m_clock);
            panel.setUserTimeZone(QTimeZone("Europe/Berlin"));
            panel.resize(1100, 900);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QVERIFY2(clippedText(panel).isEmpty(), qPrintable(clippedText(panel).join(u'\n')));
            saveScreenshot(panel, QStringLiteral("contact_panel_") + language);
        }
    }
};

QTEST_MAIN(TestContactPanel)
#include "tst_contactpanel.moc"
