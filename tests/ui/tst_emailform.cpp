// The "Email us" form against a real okpay-server --demo. Signed out: the sender fields are checked, the message is
// sent at once and arrives in the server's mail outbox, a failure keeps the draft for a retry that sends it once.
// Signed in: the account's address, read-only; files checked by their bytes (a renamed .exe and an 11 MB file are
// refused before any upload); the email goes through the outbox with its file. The secret guard warns first and a
// card number that is sent anyway arrives masked. "Open in my email app" builds a mailto: link.
#include "api/apiclient.h"
#include "core/clock.h"
#include "services/outboxsender.h"
#include "services/sessionservice.h"
#include "services/settings.h"
#include "services/supportemailservice.h"
#include "store/cachedatabase.h"
#include "store/outboxstore.h"
#include "support/inmemorycredentialstore.h"
#include "support/screenshot.h"
#include "support/serverprocess.h"
#include "ui/help/emailform.h"
#include "ui/translations.h"
#include "walletharness.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace okpay;
using namespace okpay::test;

namespace {
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d5a90b0000000049454e44ae426082");

// The client side of one user: session, API client, the email service and its form, and (signed in) an outbox.
struct Harness
{
    Harness(const QUrl &server, const QTemporaryDir &dir, const QString &name, const Clock &clock)
        : settings(std::make_unique<QSettings>(dir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat)),
          session(keychain, settings), client(&network, server, &session), service(&client, &session, clock), form(&service),
          cache(dir.filePath(name + QStringLiteral(".sqlite"))), clock(clock)
    {
        settings.setServerUrl(server);
        session.setApiClient(&client);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        form.setUrlOpener([this](const QUrl &url) { opened.append(url); return true; });
        form.resize(760, 720);
        form.show();
    }
    bool signIn(const QString &email, const QString &password)
    {
        session.signIn(email, password);
        if (!QTest::qWaitFor([&] { return session.state() == SessionService::State::SignedIn; }, 20000) || cache.open() == CacheDatabase::OpenResult::Failed)
            return false;
        outbox = std::make_unique<OutboxStore>(cache.db());
        sender = std::make_unique<OutboxSender>(outbox.get(), &client, clock);
        sender->start(60000);
        service.setOutbox(outbox.get(), sender.get());
        return true;
    }
    template<typename T = QWidget> T *find(const char *name) const { return form.findChild<T *>(QString::fromLatin1(name)); }
    QString text(const char *name) const { return find<QLabel>(name)->text(); }
    void fill(const QString &subject, const QString &body)
    {
        find<QLineEdit>("emailSubject")->setText(subject);
        find<QPlainTextEdit>("emailBody")->setPlainText(body);
    }
    void send() { QTest::mouseClick(find<QPushButton>("emailSend"), Qt::LeftButton); }

    InMemoryCredentialStore keychain;
    Settings settings;
    SessionService session;
    QNetworkAccessManager network;
    ApiClient client;
    SupportEmailService service;
    EmailForm form;
    CacheDatabase cache;
    const Clock &clock;
    std::unique_ptr<OutboxStore> outbox;
    std::unique_ptr<OutboxSender> sender;
    QList<QUrl> opened;
};

// Answers the next secret warning with this button; *findings gets what it listed.
void answerSecretWarning(QObject *context, const char *button, QString *findings, const QString &screenshot)
{
    QTimer::singleShot(300, context, [=] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog && dialog->objectName() == u"secretWarningDialog");
        if (findings)
            *findings = dialog->findChild<QLabel *>(QStringLiteral("secretWarningFindings"))->text();
        saveScreenshot(*dialog, screenshot);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
    });
}
} // namespace

class TestEmailForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_demoPassword;
    QTemporaryDir m_dir;
    SystemClock m_clock;

    std::unique_ptr<Harness> harness(const QString &name, ServerProcess *server = nullptr)
    {
        return std::make_unique<Harness>((server ? server : m_server.get())->baseUrl(), m_dir, name, m_clock);
    }
    // The mails the server "sent" to the support inbox whose text contains `needle`.
    static QStringList mailsContaining(const ServerProcess &server, const QString &needle)
    {
        QStringList found;
        const QDir outbox(server.dataDir() + QStringLiteral("/mail-outbox"));
        for (const QFileInfo &info : outbox.entryInfoList({QStringLiteral("*.eml")}, QDir::Files)) {
            QFile file(info.filePath());
            file.open(QIODevice::ReadOnly);
            const QString text = QString::fromUtf8(file.readAll());
            if (text.contains(needle))
                found << text;
        }
        return found;
    }
    QString writeFile(const QString &name, const QByteArray &contents) const
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(contents);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{{QStringLiteral("--demo")}, {}, {}});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        const auto match = QRegularExpression(QStringLiteral("password: (\\S+)")).match(m_server->startupOutput());
        QVERIFY(match.hasMatch());
        m_demoPassword = match.captured(1);
    }
    void init()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanupTestCase() { m_server.reset(); }

    void signedOutAsksForTheSendersNameAndAddress()
    {
        auto h = harness(QStringLiteral("fields"));
        QVERIFY(h->find("emailFromName")->isVisible());
        QVERIFY(!h->find<QLineEdit>("emailFromEmail")->isReadOnly());
        QVERIFY(!h->find("emailAttachments")->isVisible());
        QVERIFY(h->find("emailSignInToAttach")->isVisible());
        h->send();
        QCOMPARE(h->text("emailFromNameError"), QStringLiteral("Enter your name."));
        QVERIFY(h->text("emailFromEmailError").startsWith(QStringLiteral("Enter the email address")));
        QCOMPARE(h->text("emailSubjectError"), QStringLiteral("Enter a subject."));
        QCOMPARE(h->text("emailBodyError"), QStringLiteral("Describe your question or problem."));
        h->find<QLineEdit>("emailFromName")->setText(QStringLiteral("Ann Lee"));
        h->find<QLineEdit>("emailFromEmail")->setText(QStringLiteral("ann@localhost"));
        h->fill(QStringLiteral("Fees"), QStringLiteral("What does a withdrawal cost?"));
        h->send();
        QVERIFY(h->text("emailFromNameError").isEmpty());
        QVERIFY(!h->text("emailFromEmailError").isEmpty());
        QVERIFY(h->text("emailStatus").isEmpty());  // nothing was sent
        QVERIFY(unnamedControls(h->form).isEmpty());
        saveScreenshot(h->form, QStringLiteral("email_form_signed_out_en"));
    }
    void signedOutSendsStraightToTheServer()
    {
        auto h = harness(QStringLiteral("direct"));
        h->find<QLineEdit>("emailFromName")->setText(QStringLiteral("Ann Lee"));
        h->find<QLineEdit>("emailFromEmail")->setText(QStringLiteral("ann@example.com"));
        h->fill(QStringLiteral("Withdrawal fee question"), QStringLiteral("What does a withdrawal to my bank cost?"));
        QSignalSpy sent(&h->form, &EmailForm::sent);
        h->send();
        QVERIFY(sent.wait(20000));
        QVERIFY2(h->text("emailStatus").startsWith(QStringLiteral("Sent. Your reference is ")), qPrintable(h->text("emailStatus")));
        const QStringList mails = mailsContaining(*m_server, QStringLiteral("Withdrawal fee question"));
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.first().contains(QStringLiteral("From: Ann Lee <ann@example.com>")));
        QVERIFY(mails.first().contains(QStringLiteral("What does a withdrawal to my bank cost?")));
        QVERIFY(h->find<QLineEdit>("emailSubject")->text().isEmpty());  // ready for the next message
    }
    void signedOutFailureKeepsTheDraftAndARetrySendsItOnce()
    {
        auto own = std::make_unique<ServerProcess>();
        QVERIFY2(own->isRunning(), qPrintable(own->startError()));
        auto h = harness(QStringLiteral("retry"), own.get());
        const quint16 port = quint16(own->baseUrl().port());
        own->stop();
        h->find<QLineEdit>("emailFromName")->setText(QStringLiteral("Bo Chen"));
        h->find<QLineEdit>("emailFromEmail")->setText(QStringLiteral("bo@example.com"));
        h->fill(QStringLiteral("Offline question"), QStringLiteral("Sent while the server was away."));
        QSignalSpy sent(&h->form, &EmailForm::sent);
        h->send();
        QVERIFY(QTest::qWaitFor([&] { return h->text("emailStatus").startsWith(QStringLiteral("Not sent.")); }, 20000));
        QVERIFY(h->text("emailStatus").contains(QStringLiteral("press Send to try again")));
        QCOMPARE(h->find<QPlainTextEdit>("emailBody")->toPlainText(), QStringLiteral("Sent while the server was away."));
        QVERIFY(h->find<QPushButton>("emailSend")->isEnabled());

        ServerProcess back(ServerProcess::Options{{}, {}, own->databaseUrl(), port});
        QVERIFY2(back.isRunning(), qPrintable(back.startError()));
        h->send();
        QVERIFY(sent.wait(20000));
        QCOMPARE(mailsContaining(back, QStringLiteral("Offline question")).size(), 1);
    }
    void signedInSendsFromTheAccountThroughTheOutboxWithAFile()
    {
        auto h = harness(QStringLiteral("signedin"));
        QVERIFY(h->signIn(QStringLiteral("demo@okpay.test"), m_demoPassword));
        QCOMPARE(h->find<QLineEdit>("emailFromEmail")->text(), QStringLiteral("demo@okpay.test"));
        QVERIFY(h->find<QLineEdit>("emailFromEmail")->isReadOnly());
        QVERIFY(!h->find("emailFromName")->isVisible());
        QVERIFY(h->find("emailAttachments")->isVisible());
        QVERIFY(!h->find("emailSignInToAttach")->isVisible());

        auto *files = h->find<QListWidget>("emailAttachments");
        h->form.addAttachment(writeFile(QStringLiteral("screenshot.png"), kPng));
        QVERIFY(QTest::qWaitFor([&] { return files->count() == 1; }, 10000));
        // A program renamed to look like a picture, and a file over 10 MB: refused before anything is uploaded.
        const QString exe = writeFile(QStringLiteral("setup.png"), QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8) + QByteArray(4096, '\0'));
        h->form.addAttachment(exe);
        QVERIFY(QTest::qWaitFor([&] { return !h->text("emailAttachmentError").isEmpty(); }, 10000));
        QCOMPARE(h->text("emailAttachmentError"), QStringLiteral("“setup.png” is not a PNG, JPEG, PDF or plain text file."));
        h->form.addAttachment(writeFile(QStringLiteral("big.png"), QByteArray(11 * 1024 * 1024, 'a')));
        QVERIFY(QTest::qWaitFor([&] { return h->text("emailAttachmentError").contains(QStringLiteral("big.png")); }, 10000));
        QCOMPARE(h->text("emailAttachmentError"), QStringLiteral("“big.png” is larger than 10 MB."));
        QCOMPARE(files->count(), 1);
        QVERIFY(h->outbox->all().isEmpty());
        // The service itself refuses a bad file at sending too (it may have changed since it was picked).
        QSignalSpy rejected(&h->service, &SupportEmailService::attachmentRejected);
        h->service.send({{}, {}, QStringLiteral("Subject"), QStringLiteral("Body"), {exe}});
        QVERIFY(rejected.wait(10000));
        QVERIFY(h->outbox->all().isEmpty());
        saveScreenshot(h->form, QStringLiteral("email_form_signed_in_en"));

        h->fill(QStringLiteral("Screenshot of a declined top-up"), QStringLiteral("The card top-up was declined, see the screenshot."));
        QSignalSpy sent(&h->form, &EmailForm::sent);
        h->send();
        QVERIFY(sent.wait(20000));
        QVERIFY2(h->text("emailStatus").startsWith(QStringLiteral("Sent. Your reference is ")), qPrintable(h->text("emailStatus")));
        const QList<OutboxItem> items = h->outbox->all();
        QCOMPARE(items.size(), 2);  // the file, then the email that refers to it
        QCOMPARE(items.at(0).kind, QStringLiteral("attachment"));
        QCOMPARE(items.at(1).kind, QStringLiteral("email"));
        for (const OutboxItem &item : items)
            QCOMPARE(item.state, OutboxItem::State::Sent);
        const QStringList mails = mailsContaining(*m_server, QStringLiteral("Screenshot of a declined top-up"));
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.first().contains(QStringLiteral("<demo@okpay.test>")));
        QVERIFY2(mails.first().contains(QStringLiteral("Attachments: ") + items.at(0).resultId), qPrintable(mails.first()));
    }
    void aCardNumberSentAnywayArrivesMasked()
    {
        auto h = harness(QStringLiteral("card"));
        h->find<QLineEdit>("emailFromName")->setText(QStringLiteral("Cai Wen"));
        h->find<QLineEdit>("emailFromEmail")->setText(QStringLiteral("cai@example.com"));
        h->fill(QStringLiteral("Double charge"), QStringLiteral("My card 4111 1111 1111 1111 was charged twice."));
        QString findings;
        answerSecretWarning(this, "secretWarningSend", &findings, QStringLiteral("email_secret_warning_card_en"));
        QSignalSpy sent(&h->form, &EmailForm::sent);
        h->send();
        QVERIFY(sent.wait(20000));
        QVERIFY2(findings.contains(QStringLiteral("A card number (4111 11•• •••• 1111)")), qPrintable(findings));
        const QStringList mails = mailsContaining(*m_server, QStringLiteral("Double charge"));
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.first().contains(QStringLiteral("My card 4111 11•• •••• 1111 was charged twice.")));
        QVERIFY(!mails.first().contains(QStringLiteral("4111 1111 1111 1111")));
    }
    void editingAfterTheWarningSendsNothing()
    {
        auto h = harness(QStringLiteral("password"));
        QVERIFY(h->signIn(QStringLiteral("demo@okpay.test"), m_demoPassword));
        h->fill(QStringLiteral("Cannot sign in"), QStringLiteral("My password is %1 and it does not work").arg(m_demoPassword));
        QString findings;
        answerSecretWarning(this, "secretWarningEdit", &findings, QStringLiteral("email_secret_warning_password_en"));
        h->send();
        QVERIFY2(findings.contains(QStringLiteral("Your OKPay password")), qPrintable(findings));
        QCOMPARE(h->text("emailStatus"), QStringLiteral("Not sent. Edit your message, then send it again."));
        QVERIFY(h->find<QPlainTextEdit>("emailBody")->toPlainText().contains(m_demoPassword));  // left for the user to edit
        QVERIFY(h->outbox->all().isEmpty());
    }
    void openInMyEmailAppBuildsAMailtoLink()
    {
        auto h = harness(QStringLiteral("mailto"));
        h->form.setSupportAddress(QStringLiteral("support@okpay.example"));
        h->fill(QStringLiteral("Fees & limits"), QStringLiteral("Line 1\nLine 2 = 100%"));
        QTest::mouseClick(h->find<QPushButton>("emailOpenMailApp"), Qt::LeftButton);
        QCOMPARE(h->opened.size(), 1);
        QCOMPARE(h->opened.first().toString(QUrl::FullyEncoded),
                 QStringLiteral("mailto:support@okpay.example?subject=Fees%20%26%20limits&body=Line%201%0D%0ALine%202%20%3D%20100%25"));
    }
    void screenshotsInChinese()
    {
        Translations::install(*qApp, QStringLiteral("zh_CN"));
        auto h = harness(QStringLiteral("zh"));
        h->send();  // with the field errors showing
        QVERIFY2(clippedText(h->form).isEmpty(), qPrintable(clippedText(h->form).join(u'\n')));
        saveScreenshot(h->form, QStringLiteral("email_form_signed_out_zh_CN"));
        auto s = harness(QStringLiteral("zh-signedin"));
        QVERIFY(s->signIn(QStringLiteral("demo@okpay.test"), m_demoPassword));
        s->form.addAttachment(writeFile(QStringLiteral("截图.png"), kPng));
        QVERIFY(QTest::qWaitFor([&] { return s->find<QListWidget>("emailAttachments")->count() == 1; }, 10000));
        QVERIFY2(clippedText(s->form).isEmpty(), qPrintable(clippedText(s->form).join(u'\n')));
        saveScreenshot(s->form, QStringLiteral("email_form_signed_in_zh_CN"));
    }
};

QTEST_MAIN(TestEmailForm)
#include "tst_emailform.moc"
