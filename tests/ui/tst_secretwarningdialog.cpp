// The secret-guard warning: what it lists (never the secret itself), "Edit message" as the default, card numbers
// masked when the user sends anyway, other secrets sent only when the user insists, and no dialog for clean text.
// Modal dialogs are answered from a timer, as in tst_walletwindow.
#include "core/passwordfingerprint.h"
#include "core/secretguard.h"
#include "support/screenshot.h"
#include "ui/dialogs/secretwarningdialog.h"
#include "ui/translations.h"
#include "walletharness.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace okpay;
using namespace okpay::test;

namespace {
const QString kCard = QStringLiteral("4111 1111 1111 1111");
const QString kMaskedCard = QStringLiteral("4111 11•• •••• 1111");
const QString kPassword = QStringLiteral("vivid-Tundra-73-oscillate!");
const QString kPhrase = QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");

// Answers the next modal dialog with the button of this object name (ticking "I understand" first if asked to).
void answerNextDialog(QObject *context, const QString &button, bool insist = false, QString *findings = nullptr, bool *sendWasEnabled = nullptr)
{
    QTimer::singleShot(200, context, [=] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("secretWarningDialog"));
        if (findings)
            *findings = dialog->findChild<QLabel *>(QStringLiteral("secretWarningFindings"))->text();
        auto *send = dialog->findChild<QPushButton *>(QStringLiteral("secretWarningSend"));
        if (sendWasEnabled)
            *sendWasEnabled = send->isEnabled();
        if (insist)
            dialog->findChild<QCheckBox *>(QStringLiteral("secretWarningInsist"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton);
    });
}
} // namespace

class TestSecretWarningDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void listsWhatWasFoundWithoutRepeatingIt()
    {
        const QString text = QStringLiteral("My card %1, my password %2, my phrase %3 and my 2FA code 482913").arg(kCard, kPassword, kPhrase);
        const SecretGuard guard{PasswordFingerprint(kPassword)};
        SecretWarningDialog dialog(text, guard.scan(text));
        const QString findings = dialog.findChild<QLabel *>(QStringLiteral("secretWarningFindings"))->text();
        QVERIFY2(findings.contains(QStringLiteral("A card number (%1)").arg(kMaskedCard)), qPrintable(findings));
        QVERIFY(findings.contains(QStringLiteral("Your OKPay password")));
        QVERIFY(findings.contains(QStringLiteral("A recovery phrase")));
        QVERIFY(findings.contains(QStringLiteral("A verification code (6 digits)")));
        QVERIFY(!findings.contains(kCard));
        QVERIFY(!findings.contains(kPassword));
        QVERIFY(!findings.contains(QStringLiteral("482913")));
        QVERIFY(!findings.contains(QStringLiteral("abandon")));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("secretWarningNever"))->text(),
                 QStringLiteral("OKPay staff will never ask for your password, verification codes or recovery phrase."));
        QVERIFY(unnamedControls(dialog).isEmpty());
    }
    void editMessageIsTheDefaultButton()
    {
        const QString text = QStringLiteral("Card %1").arg(kCard);
        SecretWarningDialog dialog(text, SecretGuard().scan(text));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("secretWarningEdit"))->isDefault());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("secretWarningSend"))->isDefault());
    }
    void editMessageKeepsTheTextAndSendsNothing()
    {
        QString text = QStringLiteral("Card %1 was charged twice").arg(kCard);
        const QString original = text;
        answerNextDialog(this, QStringLiteral("secretWarningEdit"));
        QVERIFY(!SecretWarningDialog::confirmSend(nullptr, SecretGuard(), &text));
        QCOMPARE(text, original);
    }
    void sendAnywayMasksCardNumbers()
    {
        QString text = QStringLiteral("Card %1 was charged twice").arg(kCard);
        bool sendWasEnabled = false;
        answerNextDialog(this, QStringLiteral("secretWarningSend"), false, nullptr, &sendWasEnabled);
        QVERIFY(SecretWarningDialog::confirmSend(nullptr, SecretGuard(), &text));
        QVERIFY(sendWasEnabled);  // a card alone is masked, so no extra step
        QCOMPARE(text, QStringLiteral("Card %1 was charged twice").arg(kMaskedCard));
    }
    void otherSecretsAreSentOnlyWhenTheUserInsists()
    {
        QString text = QStringLiteral("Card %1, password %2").arg(kCard, kPassword);
        const SecretGuard guard{PasswordFingerprint(kPassword)};
        {
            SecretWarningDialog dialog(text, guard.scan(text));
            auto *send = dialog.findChild<QPushButton *>(QStringLiteral("secretWarningSend"));
            auto *insist = dialog.findChild<QCheckBox *>(QStringLiteral("secretWarningInsist"));
            QVERIFY(insist);
            QVERIFY(!send->isEnabled());
            insist->setChecked(true);
            QVERIFY(send->isEnabled());
            const QString outcome = dialog.findChild<QLabel *>(QStringLiteral("secretWarningOutcome"))->text();
            QVERIFY(outcome.contains(QStringLiteral("card numbers are masked")));
            QVERIFY(outcome.contains(QStringLiteral("exactly as you typed it")));
            QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("secretWarningPreview"))->toPlainText(),
                     QStringLiteral("Card %1, password %2").arg(kMaskedCard, kPassword));
        }
        answerNextDialog(this, QStringLiteral("secretWarningSend"), true);
        QVERIFY(SecretWarningDialog::confirmSend(nullptr, guard, &text));
        QCOMPARE(text, QStringLiteral("Card %1, password %2").arg(kMaskedCard, kPassword));
    }
    void cleanTextNeedsNoDialog()
    {
        QString text = QStringLiteral("My withdrawal of $25.00 on 3 March is still pending. Order 4111111111111111111111.");
        bool shown = false;
        QTimer::singleShot(0, this, [&] { shown = QApplication::activeModalWidget() != nullptr; });
        QVERIFY(SecretWarningDialog::confirmSend(nullptr, SecretGuard(), &text));
        QCoreApplication::processEvents();
        QVERIFY(!shown);
    }
    void describesEveryKind()
    {
        const QString text = QStringLiteral("x 123456 y");
        for (const SecretFinding::Kind kind : {SecretFinding::Kind::RecoveryPhrase, SecretFinding::Kind::CardNumber, SecretFinding::Kind::CardSecurityCode,
                                               SecretFinding::Kind::VerificationCode, SecretFinding::Kind::Password})
            QVERIFY(!SecretWarningDialog::describe({kind, 2, 6, true}, text).isEmpty());
    }
    void screenshotsInEnglishAndChinese()
    {
        const QString text = QStringLiteral("Hello, my card %1 was charged twice. The code you sent me is 2FA 482913.\n%2").arg(kCard, kPhrase);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            Translations::install(*qApp, language);
            SecretWarningDialog dialog(text, SecretGuard().scan(text));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY2(clippedText(dialog).isEmpty(), qPrintable(clippedText(dialog).join(u'\n')));
            saveScreenshot(dialog, QStringLiteral("secret_warning_") + language);
        }
    }
};

QTEST_MAIN(TestSecretWarningDialog)
#include "tst_secretwarningdialog.moc"
