// The ticket form over a real SignedInAccount with no server (the outbox keeps what is sent): FAQ suggestions for
// "withdrawal pending" and "提现" drafts from a fake provider, files checked by their bytes, the screenshot black-out
// tool (the pixels of the attached PNG), the draft restored after the form closes, the secret check, the related
// transaction picker, and the ticket queued with its files. Screenshots in English and Chinese.
#include "api/apiclient.h"
#include "api/tokensource.h"
#include "services/signedinaccount.h"
#include "services/supportdiagnostics.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/screenshot.h"
#include "support/transactionfixture.h"
#include "ui/help/redactioncanvas.h"
#include "ui/help/screenshotredactdialog.h"
#include "ui/help/ticketform.h"
#include "ui/translations.h"
#include "walletharness.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;
using namespace okpay::test;

namespace {
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d5a90b0000000049454e44ae426082");

class NoToken : public TokenSource
{
public:
    QString accessToken() const override { return {}; }
    void refreshAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }
};

// What the lead's FAQ search would answer, for a few words in both languages.
QList<std::pair<QString, QString>> fakeFaq(const QString &text)
{
    QList<std::pair<QString, QString>> found;
    if (text.contains(QStringLiteral("withdrawal"), Qt::CaseInsensitive) || text.contains(QStringLiteral("提现")))
        found << std::pair{QStringLiteral("withdraw-methods"), QStringLiteral("How do I withdraw money, and how long does it take?")};
    if (text.contains(QStringLiteral("pending"), Qt::CaseInsensitive) || text.contains(QStringLiteral("提现")))
        found << std::pair{QStringLiteral("withdraw-pending"), QStringLiteral("Why is my withdrawal still pending?")};
    if (text.contains(QStringLiteral("提现")))
        found << std::pair{QStringLiteral("withdraw-fees"), QStringLiteral("提现手续费是多少？")}
              << std::pair{QStringLiteral("extra"), QStringLiteral("A fourth article that is never shown")};
    return found;
}
} // namespace

class TestTicketForm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeNetworkAccessManager m_network;
    NoToken m_tokens;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SignedInAccount> m_account;
    std::unique_ptr<QWidget> m_window;  // the "main window" the screenshot grabs
    int m_cacheNumber = 0;

    SupportService &support() { return m_account->support(); }
    std::unique_ptr<TicketForm> makeForm()
    {
        auto form = std::make_unique<TicketForm>(&support());
        form->setSuggestionProvider(fakeFaq);
        form->setScreenshotSource(m_window.get());
        form->resize(900, 760);
        form->show();
        return form;
    }
    template<typename T = QWidget> static T *find(QWidget *root, const QString &name) { return root->findChild<T *>(name); }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return file.fileName();
    }
    static QStringList listed(TicketForm &form)
    {
        QStringList names;
        auto *list = find<QListWidget>(&form, QStringLiteral("ticketAttachmentList"));
        for (int i = 0; i < list->count(); ++i)
            names << list->item(i)->text();
        return names;
    }

private slots:
    void initTestCase()
    {
        m_network.handler = [](const FakeNetworkAccessManager::Seen &) {
            FakeResponse offline;
            offline.error = QNetworkReply::ConnectionRefusedError;
            return offline;
        };
        m_client = std::make_unique<ApiClient>(&m_network, QUrl(QStringLiteral("http://127.0.0.1:9")), &m_tokens);
        m_window = std::make_unique<QWidget>();
        m_window->setObjectName(QStringLiteral("fakeMainWindow"));
        m_window->setStyleSheet(QStringLiteral("background: white;"));
        m_window->resize(1000, 800);
        m_window->setAutoFillBackground(true);
        QPalette white = m_window->palette();
        white.setColor(QPalette::Window, Qt::white);
        m_window->setPalette(white);
        m_window->show();
    }
    void init()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        m_account = std::make_unique<SignedInAccount>(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_cacheNumber)), m_client.get());
    }
    void cleanup() { m_account.reset(); }
    void cleanupTestCase() { m_window.reset(); }

    void suggestionsAppearForAnEnglishDraftAndKeepIt()
    {
        auto form = makeForm();
        auto *suggestions = find(form.get(), QStringLiteral("ticketSuggestions"));
        QVERIFY(!suggestions->isVisible());
        QTest::keyClicks(find<QLineEdit>(form.get(), QStringLiteral("ticketSubject")), QStringLiteral("withdrawal pending"));
        QVERIFY(QTest::qWaitFor([&] { return suggestions->isVisible(); }, 3000));
        auto *first = find<QCommandLinkButton>(form.get(), QStringLiteral("ticketSuggestion0"));
        QVERIFY(first);
        QCOMPARE(first->text(), QStringLiteral("How do I withdraw money, and how long does it take?"));
        QVERIFY(find<QCommandLinkButton>(form.get(), QStringLiteral("ticketSuggestion1")));

        QSignalSpy opened(form.get(), &TicketForm::articleRequested);
        QTest::mouseClick(first, Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("withdraw-methods"));
        // The draft is kept: in the form and in the cache.
        QCOMPARE(find<QLineEdit>(form.get(), QStringLiteral("ticketSubject"))->text(), QStringLiteral("withdrawal pending"));
        QCOMPARE(support().draft().subject, QStringLiteral("withdrawal pending"));
    }

    void suggestionsAppearForAChineseDraftAtMostThree()
    {
        auto form = makeForm();
        find<QPlainTextEdit>(form.get(), QStringLiteral("ticketDescription"))->setPlainText(QStringLiteral("我的提现还没有到账"));
        auto *suggestions = find(form.get(), QStringLiteral("ticketSuggestions"));
        QVERIFY(QTest::qWaitFor([&] { return suggestions->isVisible(); }, 3000));
        QVERIFY(find<QCommandLinkButton>(form.get(), QStringLiteral("ticketSuggestion2")));
        QVERIFY(!find<QCommandLinkButton>(form.get(), QStringLiteral("ticketSuggestion3")));
        QCOMPARE(find<QCommandLinkButton>(form.get(), QStringLiteral("ticketSuggestion2"))->text(), QStringLiteral("提现手续费是多少？"));
        // Nothing matches: the box goes away.
        find<QPlainTextEdit>(form.get(), QStringLiteral("ticketDescription"))->setPlainText(QStringLiteral("hello"));
        QVERIFY(QTest::qWaitFor([&] { return !suggestions->isVisible(); }, 3000));
    }

    void filesAreCheckedByTheirBytesBeforeTheyAreListed()
    {
        auto form = makeForm();
        auto *error = find<QLabel>(form.get(), QStringLiteral("ticketAttachmentError"));
        form->addAttachmentFile(writeFile(QStringLiteral("receipt.png"), kPng));
        QVERIFY(QTest::qWaitFor([&] { return listed(*form) == QStringList{QStringLiteral("receipt.png")}; }, 5000));
        form->addAttachmentFile(writeFile(QStringLiteral("notes.txt"), "The transfer reference is ABC123.\n"));
        QVERIFY(QTest::qWaitFor([&] { return listed(*form) == QStringList({QStringLiteral("receipt.png"), QStringLiteral("notes.txt")}); }, 5000));

        form->addAttachmentFile(writeFile(QStringLiteral("photo.png"), QByteArray("MZ\x90\x00\x03", 5)));  // a program named .png
        QVERIFY(QTest::qWaitFor([&] { return error->isVisible(); }, 5000));
        QVERIFY2(error->text().contains(QStringLiteral("photo.png")) && error->text().contains(QStringLiteral("PNG")), qPrintable(error->text()));
        QCOMPARE(listed(*form).size(), 2);

        form->addAttachmentFile(writeFile(QStringLiteral("huge.pdf"), QByteArray("%PDF-1.7\n") + QByteArray(10 * 1024 * 1024, 'x')));
        QVERIFY(QTest::qWaitFor([&] { return error->text().contains(QStringLiteral("10 MB")); }, 5000));
        form->addAttachmentFile(writeFile(QStringLiteral("empty.txt"), {}));
        QVERIFY(QTest::qWaitFor([&] { return error->text().contains(QStringLiteral("empty")); }, 5000));

        for (int i = 3; i <= 5; ++i)
            form->addAttachmentFile(writeFile(QStringLiteral("page%1.pdf").arg(i), QByteArray("%PDF-1.4\npage")));
        QVERIFY(QTest::qWaitFor([&] { return listed(*form).size() == 5 && !listed(*form).last().contains(QStringLiteral("…")); }, 5000));
        QVERIFY(!find<QPushButton>(form.get(), QStringLiteral("ticketAttachFiles"))->isEnabled());
        form->addAttachmentFile(writeFile(QStringLiteral("sixth.pdf"), QByteArray("%PDF-1.4\nsix")));
        QVERIFY2(error->text().contains(QStringLiteral("up to 5")), qPrintable(error->text()));
        QCOMPARE(listed(*form).size(), 5);
    }

    void screenshotBoxIsBlackInTheAttachedPng()
    {
        auto form = makeForm();
        QTest::mouseClick(find<QPushButton>(form.get(), QStringLiteral("ticketAttachScreenshot")), Qt::LeftButton);
        auto *dialog = form->findChild<ScreenshotRedactDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        RedactionCanvas *canvas = dialog->canvas();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Drag over the middle of the screenshot: from 25 % to 50 % of its width and height.
        const QRect area = canvas->imageArea();
        const QPoint from = area.topLeft() + QPoint(area.width() / 4, area.height() / 4);
        const QPoint to = area.topLeft() + QPoint(area.width() / 2, area.height() / 2);
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(canvas, (from + to) / 2);
        QTest::mouseMove(canvas, to);
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, to);
        QCOMPARE(canvas->boxes().size(), 1);
        // A second box, then undo: only the first stays.
        canvas->addBox(QRect(0, 0, 50, 50));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("screenshotUndo")), Qt::LeftButton);
        QCOMPARE(canvas->boxes().size(), 1);
        saveScreenshot(*dialog, QStringLiteral("ticket_screenshot_redact_en"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("screenshotAttach")), Qt::LeftButton);

        const QList<DraftAttachment> files = form->currentDraft().attachments;
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().path.isEmpty());
        QVERIFY(files.first().fileName.endsWith(QStringLiteral(".png")));
        const QImage png = QImage::fromData(files.first().data, "PNG");
        QCOMPARE(png.size(), m_window->grab().size());
        const QPoint inside(png.width() * 3 / 8, png.height() * 3 / 8);
        const QPoint outside(png.width() * 3 / 4, png.height() * 3 / 4);
        QCOMPARE(png.pixelColor(inside), QColor(Qt::black));
        QCOMPARE(png.pixelColor(outside), QColor(Qt::white));
        QCOMPARE(png.pixelColor(10, 10), QColor(Qt::white));  // the undone box is not painted
    }

    void draftIsRestoredWhenTheFormOpensAgain()
    {
        {
            auto form = makeForm();
            auto *category = find<QComboBox>(form.get(), QStringLiteral("ticketCategory"));
            category->setCurrentIndex(category->findData(QStringLiteral("withdrawal")));
            QTest::keyClicks(find<QLineEdit>(form.get(), QStringLiteral("ticketSubject")), QStringLiteral("Half written"));
            find<QPlainTextEdit>(form.get(), QStringLiteral("ticketDescription"))->setPlainText(QStringLiteral("I was about to say…"));
            form->addAttachmentFile(writeFile(QStringLiteral("draft.png"), kPng));
            QVERIFY(QTest::qWaitFor([&] { return listed(*form) == QStringList{QStringLiteral("draft.png")}; }, 5000));
            find<QCheckBox>(form.get(), QStringLiteral("ticketIncludeDiagnostics"))->setChecked(true);
            form->hide();  // the window closes
        }
        auto form = makeForm();
        QCOMPARE(find<QComboBox>(form.get(), QStringLiteral("ticketCategory"))->currentData().toString(), QStringLiteral("withdrawal"));
        QCOMPARE(find<QLineEdit>(form.get(), QStringLiteral("ticketSubject"))->text(), QStringLiteral("Half written"));
        QCOMPARE(find<QPlainTextEdit>(form.get(), QStringLiteral("ticketDescription"))->toPlainText(), QStringLiteral("I was about to say…"));
        QCOMPARE(listed(*form), QStringList{QStringLiteral("draft.png")});
        QVERIFY(find<QCheckBox>(form.get(), QStringLiteral("ticketIncludeDiagnostics"))->isChecked());
        QVERIFY(find<QLabel>(form.get(), QStringLiteral("ticketFormStatus"))->text().contains(QStringLiteral("restored")));
    }

    void diagnosticsAreShownWithoutSecrets()
    {
        auto form = makeForm();
        auto *diagnostics = find<QPlainTextEdit>(form.get(), QStringLiteral("ticketDiagnostics"));
        QVERIFY(!diagnostics->isVisible());
        find<QCheckBox>(form.get(), QStringLiteral("ticketIncludeDiagnostics"))->setChecked(true);
        QVERIFY(diagnostics->isVisible());
        QVERIFY(diagnostics->isReadOnly());
        QVERIFY(diagnostics->toPlainText().contains(QStringLiteral("Operating system:")));
        QVERIFY(diagnostics->toPlainText().contains(QString::fromLatin1(qVersion())));
        QCOMPARE(SupportDiagnostics::redact(QStringLiteral("card 4111 1111 1111 1111 token=abcdefghijklmnopqrstuvwxyz0123456789")),
                 QStringLiteral("card [removed] token=[removed]"));
    }

    void relatedTransactionPickerListsRecentOnesAndTakesAPrefill()
    {
        {
            CacheDatabase second(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(m_cacheNumber)));
            QVERIFY(second.open() == CacheDatabase::OpenResult::Opened);
            QVERIFY(fillTransactions(second.db(), 40));
        }
        auto form = makeForm();
        auto *picker = find<QComboBox>(form.get(), QStringLiteral("ticketTransaction"));
        QCOMPARE(picker->count(), 31);  // "None" and the 30 most recent
        QCOMPARE(picker->itemData(0).toString(), QString());
        QCOMPARE(picker->itemData(1).toString(), QStringLiteral("t40"));
        form->setRelatedTransaction(QStringLiteral("t35"));
        QCOMPARE(picker->currentData().toString(), QStringLiteral("t35"));
        form->setRelatedTransaction(QStringLiteral("t2"));  // older than the list: added from the cache
        QCOMPARE(picker->currentData().toString(), QStringLiteral("t2"));
        QVERIFY(picker->currentText().contains(QStringLiteral("Withdrawal")) || picker->currentText().contains(QStringLiteral("Top-up")));
        form->setRelatedTransaction({});
        QCOMPARE(picker->currentIndex(), 0);
    }

    void secretCheckCanStopTheTicketOrMaskIt()
    {
        auto form = makeForm();
        auto *category = find<QComboBox>(form.get(), QStringLiteral("ticketCategory"));
        category->setCurrentIndex(category->findData(QStringLiteral("security")));
        find<QLineEdit>(form.get(), QStringLiteral("ticketSubject"))->setText(QStringLiteral("Card question"));
        find<QPlainTextEdit>(form.get(), QStringLiteral("ticketDescription"))->setPlainText(QStringLiteral("My card 4111111111111111 was charged twice."));
        QStringList checked;
        form->setConfirmSend([&](QString *text) {
            checked << *text;
            return false;  // "Edit message"
        });
        QTest::mouseClick(find<QPushButton>(form.get(), QStringLiteral("ticketSend")), Qt::LeftButton);
        QCOMPARE(checked, QStringList{QStringLiteral("Card question\nMy card 4111111111111111 was charged twice.")});
        QVERIFY(m_account->outbox().all().isEmpty());
        QVERIFY(find<QLabel>(form.get(), QStringLiteral("ticketFormStatus"))->text().contains(QStringLiteral("Not sent")));

        form->setConfirmSend([](QString *text) {
            text->replace(QStringLiteral("4111111111111111"), QStringLiteral("411111••••••1111"));
            return true;  // "Send anyway", masked
        });
        QSignalSpy queued(form.get(), &TicketForm::ticketQueued);
        QTest::mouseClick(find<QPushButton>(form.get(), QStringLiteral("ticketSend")), Qt::LeftButton);
        QVERIFY(queued.wait(5000));
        const auto ticket = m_account->outbox().find(queued.first().first().toString());
        QVERIFY(ticket);
        QCOMPARE(ticket->payload.value(u"body").toString(), QStringLiteral("My card 411111••••••1111 was charged twice."));
        QCOMPARE(ticket->payload.value(u"subject").toString(), QStringLiteral("Card question"));
    }

    void missingFieldsAreNamedAndNothingIsQueued()
    {
        auto form = makeForm();
        QTest::mouseClick(find<QPushButton>(form.get(), QStringLiteral("ticketSend")), Qt::LeftButton);
        QVERIFY(find<QLabel>(form.get(), QStringLiteral("ticketCategoryError"))->isVisible());
        QVERIFY(find<QLabel>(form.get(), QStringLiteral("ticketSubjectError"))->isVisible());
        QVERIFY(find<QLabel>(form.get(), QStringLiteral("ticketDescriptionError"))->isVisible());
        QVERIFY(m_account->outbox().all().isEmpty());
    }

    void sendQueuesTheTicketWithItsFilesAndClearsTheForm()
    {
        {
            CacheDatabase second(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(m_cacheNumber)));
            QVERIFY(second.open() == CacheDatabase::OpenResult::Opened);
            QVERIFY(fillTransactions(second.db(), 3));
        }
        auto form = makeForm();
        auto *category = find<QComboBox>(form.get(), QStringLiteral("ticketCategory"));
        category->setCurrentIndex(category->findData(QStringLiteral("withdrawal")));
        find<QLineEdit>(form.get(), QStringLiteral("ticketSubject"))->setText(QStringLiteral("Withdrawal pending"));
        find<QPlainTextEdit>(form.get(), QStringLiteral("ticketDescription"))->setPlainText(QStringLiteral("Still pending after 3 days."));
        form->setRelatedTransaction(QStringLiteral("t3"));
        form->setRelatedTicket(QStringLiteral("tkt_old"), QStringLiteral("OK-1001"));
        form->addAttachmentFile(writeFile(QStringLiteral("bank.png"), kPng));
        QVERIFY(QTest::qWaitFor([&] { return listed(*form) == QStringList{QStringLiteral("bank.png")}; }, 5000));
        find<QCheckBox>(form.get(), QStringLiteral("ticketIncludeDiagnostics"))->setChecked(true);
        QSignalSpy queued(form.get(), &TicketForm::ticketQueued);
        QTest::mouseClick(find<QPushButton>(form.get(), QStringLiteral("ticketSend")), Qt::LeftButton);
        QVERIFY(queued.wait(5000));

        const auto ticket = m_account->outbox().find(queued.first().first().toString());
        QCOMPARE(ticket->payload.value(u"transaction_id").toString(), QStringLiteral("t3"));
        QCOMPARE(ticket->payload.value(u"related_ticket_id").toString(), QStringLiteral("tkt_old"));
        QCOMPARE(ticket->payload.value(u"category").toString(), QStringLiteral("withdrawal"));
        QVERIFY(ticket->payload.value(u"body").toString().startsWith(QStringLiteral("Still pending after 3 days.\n\n---\nOKPay Desktop")));
        const QJsonArray files = ticket->payload.value(u"attachment_outbox_ids").toArray();
        QCOMPARE(files.size(), 1);
        const auto file = m_account->outbox().find(files.first().toString());
        QCOMPARE(file->payload.value(u"filename").toString(), QStringLiteral("bank.png"));
        QCOMPARE(QByteArray::fromBase64(file->payload.value(u"data_base64").toString().toLatin1()), kPng);
        // Queued (offline here): the form is empty again and no draft comes back.
        QVERIFY(find<QLineEdit>(form.get(), QStringLiteral("ticketSubject"))->text().isEmpty());
        QVERIFY(listed(*form).isEmpty());
        QVERIFY(support().draft().isEmpty());
        QCOMPARE(support().pendingTickets().size(), 1);
    }

    void screenshotsInEnglishAndChinese()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            Translations::install(*qApp, language);
            auto form = makeForm();
            form->resize(900, 860);
            auto *category = find<QComboBox>(form.get(), QStringLiteral("ticketCategory"));
            category->setCurrentIndex(category->findData(QStringLiteral("withdrawal")));
            find<QLineEdit>(form.get(), QStringLiteral("ticketSubject"))->setText(language == u"en" ? QStringLiteral("Withdrawal pending") : QStringLiteral("提现一直处理中"));
            find<QPlainTextEdit>(form.get(), QStringLiteral("ticketDescription"))
                ->setPlainText(language == u"en" ? QStringLiteral("My withdrawal to my bank account is still pending after three days.")
                                                 : QStringLiteral("我三天前提现到银行账户，现在还显示处理中。"));
            form->addAttachmentFile(writeFile(QStringLiteral("screenshot.png"), kPng));
            const QString lastSuggestion = language == u"en" ? QStringLiteral("ticketSuggestion1") : QStringLiteral("ticketSuggestion2");
            QVERIFY(QTest::qWaitFor([&] { return listed(*form) == QStringList{QStringLiteral("screenshot.png")} && find(form.get(), lastSuggestion); }, 5000));
            QVERIFY2(clippedText(*form).isEmpty(), qPrintable(clippedText(*form).join(u'\n')));
            QVERIFY2(unnamedControls(*form).isEmpty(), qPrintable(unnamedControls(*form).join(u'\n')));
            saveScreenshot(*form, QStringLiteral("ticket_form_suggestions_") + language);
            form.reset();
            support().clearDraft();
        }
        Translations::install(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTicketForm)
#include "tst_ticketform.moc"
