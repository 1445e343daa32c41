#include "ui/accountmenu.h"

#include "services/sessionservice.h"
#include "services/settings.h"
#include "services/signedinaccount.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QProcess>

namespace okpay {

AccountMenu::AccountMenu(SessionService *session, QWidget *parent)
    : QMenu(tr("&Account"), parent), m_session(session), m_profile(addAction(tr("&Profile…"))), m_signOut(nullptr)
{
    setObjectName(QStringLiteral("accountMenu"));
    m_profile->setObjectName(QStringLiteral("profileAction"));
    addSeparator();
    m_signOut = addAction(tr("Sign &out"));
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOut, &QAction::triggered, m_session, &SessionService::signOut);
    connect(m_profile, &QAction::triggered, this, [this] {
        if (!m_account)
            return;
        auto *dialog = new ProfileDialog(&m_account->profile(), parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &AccountMenu::destroyed, dialog, &QDialog::reject);
        dialog->open();
    });
    connect(m_session, &SessionService::stateChanged, this, &AccountMenu::updateEnabled);
    updateEnabled();
}

void AccountMenu::setAccount(SignedInAccount *account)
{
    m_account = account;
    updateEnabled();
}

void AccountMenu::updateEnabled()
{
    const bool signedIn = m_session->state() == SessionService::State::SignedIn;
    m_signOut->setEnabled(signedIn);
    m_profile->setEnabled(signedIn && m_account);
}

void AccountMenu::setPreferences(Settings *settings)
{
    m_settings = settings;
    QMenu *language = new QMenu(tr("&Language"), this);
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    // Each language is named in itself, so a user who cannot read the current one still finds theirs.
    const QList<std::pair<QString, QString>> choices{{QString(), tr("System default")},
                                                     {QStringLiteral("en"), QStringLiteral("English")},
                                                     {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, label] : choices) {
        QAction *action = language->addAction(label);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(settings->language() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }
    QMenu *theme = new QMenu(tr("&Theme"), this);
    theme->setObjectName(QStringLiteral("themeMenu"));
    auto *themes = new QActionGroup(theme);
    const QList<std::pair<QString, QString>> looks{{QStringLiteral("system"), tr("Same as the system")},
                                                   {QStringLiteral("light"), tr("Light")},
                                                   {QStringLiteral("dark"), tr("Dark")}};
    for (const auto &[code, label] : looks) {
        QAction *action = theme->addAction(label);
        action->setObjectName(QStringLiteral("theme_") + code);
        action->setCheckable(true);
        action->setChecked(settings->theme() == code);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            m_settings->setTheme(code);
            Theme::apply(*qApp, code);
        });
    }
    insertMenu(m_signOut, language);
    insertMenu(m_signOut, theme);
    insertSeparator(m_signOut);
}

// The whole window is built in one language, so a new one takes effect at the next start; offer it now.
void AccountMenu::chooseLanguage(const QString &language)
{
    if (m_settings->language() == language)
        return;
    m_settings->setLanguage(language);
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("OKPay will use the new language the next time it starts."), QMessageBox::NoButton, parentWidget());
    box.setObjectName(QStringLiteral("languageRestartBox"));
    QPushButton *restart = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(restart))
        return;
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const qsizetype lang = arguments.indexOf(QStringLiteral("--lang"));
    if (lang >= 0)
        arguments.remove(lang, qMin<qsizetype>(2, arguments.size() - lang));  // the menu's choice wins over --lang
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        QCoreApplication::quit();
}

} // namespace okpay
