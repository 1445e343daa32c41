#include "walletharness.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

namespace okpay::test {

TestWallet::TestWallet(const QUrl &server, const QTemporaryDir &dir, const QString &name)
{
    settings = std::make_unique<Settings>(std::make_unique<QSettings>(dir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat));
    settings->setServerUrl(server);
    session = std::make_unique<SessionService>(keychain, *settings);
    client = std::make_unique<ApiClient>(&network, server, session.get());
    client->setLanguage(QLocale().name());  // as main.cpp: the server answers in the language the app shows
    session->setApiClient(client.get());
    recovery = std::make_unique<AccountRecoveryService>(client.get());
    window = std::make_unique<MainWindow>(session.get(), recovery.get());
    const QString cacheBase = dir.filePath(name + u'-');
    account = std::make_unique<ActiveAccount>(session.get(), client.get(),
                                              [cacheBase](const QString &user) -> QString { return cacheBase + user + QStringLiteral(".sqlite"); });
    QObject::connect(account.get(), &ActiveAccount::changed, window.get(), &MainWindow::setAccount);
    window->setPreferences(settings.get());
    help = std::make_unique<HelpCenter>(dir.filePath(name + QStringLiteral("-help.sqlite")), client.get());
    window->setHelpCenter(help.get());
    channels = std::make_unique<ContactChannels>(client.get(), dir.filePath(name + QStringLiteral("-channels.json")));
    emails = std::make_unique<SupportEmailService>(client.get(), session.get(), clock);
    window->setSupportChannels(channels.get(), emails.get(), clock);
    window->resize(1280, 800);
    window->show();
}

TestWallet::~TestWallet()
{
    window.reset();  // before the account and help center whose models it shows
}

void TestWallet::signIn(const QString &email, const QString &password)
{
    find<QLineEdit>(QStringLiteral("signInEmail"))->setText(email);
    find<QLineEdit>(QStringLiteral("signInPassword"))->setText(password);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("signInButton")), Qt::LeftButton);
}

QStringList clippedText(const QWidget &root)
{
    QStringList clipped;
    const auto describe = [](const QWidget *w, const QString &text) -> QString {
        return (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName()) + QStringLiteral(": ") + text;
    };
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&root) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const bool tooNarrow = !label->wordWrap() && label->width() + 1 < label->sizeHint().width();
        const bool tooShort = label->wordWrap() && label->height() + 1 < label->heightForWidth(label->width());
        if (tooNarrow || tooShort)
            clipped << describe(label, label->text());
    }
    for (const QAbstractButton *button : root.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&root) && !button->text().isEmpty() && button->width() + 1 < button->sizeHint().width())
            clipped << describe(button, button->text());
    }
    return clipped;
}

QStringList unnamedControls(const QWidget &root)
{
    QSet<const QWidget *> labelled;
    for (const QLabel *label : root.findChildren<QLabel *>())
        if (label->buddy() && !label->text().isEmpty())
            labelled.insert(label->buddy());
    QStringList unnamed;
    for (const QWidget *w : root.findChildren<QWidget *>()) {
        const bool input = qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
                           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w)
                           || qobject_cast<const QTextEdit *>(w);
        if (!input || qobject_cast<const QHeaderView *>(w) || !w->isVisibleTo(&root) || labelled.contains(w) || !w->accessibleName().isEmpty())
            continue;
        if (qobject_cast<const QLineEdit *>(w) && qobject_cast<const QAbstractSpinBox *>(w->parentWidget()))
            continue;  // the editor inside a spin box or date edit is named through its owner
        if (qobject_cast<const QLineEdit *>(w) && qobject_cast<const QComboBox *>(w->parentWidget()))
            continue;
        unnamed << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    }
    return unnamed;
}

} // namespace okpay::test
