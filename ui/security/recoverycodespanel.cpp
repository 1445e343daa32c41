#include "ui/security/recoverycodespanel.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace okpay {

RecoveryCodesPanel::RecoveryCodesPanel(QWidget *parent)
    : QWidget(parent), m_warning(new QLabel(tr("Your old recovery codes no longer work."), this)), m_note(new QLabel(this)), m_codes(new QPlainTextEdit(this)), m_result(new QLabel(this)),
      m_chooseFile([](QWidget *dialogParent) {
          const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                    + QStringLiteral("/okpay-recovery-codes.txt");
          return QFileDialog::getSaveFileName(dialogParent, tr("Save recovery codes"), suggested, tr("Text files (*.txt)"));
      })
{
    setObjectName(QStringLiteral("recoveryCodesPanel"));
    m_warning->setObjectName(QStringLiteral("recoveryCodesWarning"));
    m_warning->setWordWrap(true);
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    m_warning->hide();
    m_note->setObjectName(QStringLiteral("recoveryCodesNote"));
    m_note->setWordWrap(true);
    m_codes->setObjectName(QStringLiteral("totpRecoveryCodes"));
    m_codes->setAccessibleName(tr("Recovery codes"));
    m_codes->setReadOnly(true);
    m_codes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_codes->setMinimumHeight(m_codes->fontMetrics().lineSpacing() * 6);
    m_result->setObjectName(QStringLiteral("recoveryCodesSaveResult"));
    m_result->setWordWrap(true);
    m_result->hide();
    auto *copyButton = new QPushButton(tr("Copy"), this);
    copyButton->setObjectName(QStringLiteral("recoveryCodesCopy"));
    copyButton->setAccessibleName(tr("Copy the recovery codes"));
    auto *saveButton = new QPushButton(tr("Save to file…"), this);
    saveButton->setObjectName(QStringLiteral("recoveryCodesSave"));
    saveButton->setAccessibleName(tr("Save the recovery codes to a file"));
    auto *doneButton = new QPushButton(tr("I have saved them"), this);
    doneButton->setObjectName(QStringLiteral("recoveryCodesDone"));
    doneButton->setAccessibleName(tr("Done: hide the recovery codes"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyButton);
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    buttons->addWidget(doneButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warning);
    layout->addWidget(m_note);
    layout->addWidget(m_codes, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(copyButton, &QPushButton::clicked, this, &RecoveryCodesPanel::copy);
    connect(saveButton, &QPushButton::clicked, this, &RecoveryCodesPanel::save);
    connect(doneButton, &QPushButton::clicked, this, [this] {
        clear();
        emit done();
    });
}

void RecoveryCodesPanel::showCodes(const QStringList &codes, bool replacedOldCodes)
{
    m_warning->setVisible(replacedOldCodes);
    m_note->setText(replacedOldCodes
                        ? tr("Keep your new recovery codes somewhere safe: each one lets you sign in once if you lose your "
                             "phone. They are shown only now.")
                        : tr("Two-factor authentication is on. Keep these recovery codes somewhere safe: each one lets "
                             "you sign in once if you lose your phone. They are shown only now."));
    m_codes->setPlainText(codes.join(u'\n'));
    m_result->clear();
    m_result->hide();
}

void RecoveryCodesPanel::clear()
{
    m_codes->clear();
    m_result->clear();
    m_result->hide();
}

void RecoveryCodesPanel::copy()
{
    QGuiApplication::clipboard()->setText(m_codes->toPlainText());
    m_result->setText(tr("Copied. Paste them into your password manager, then clear the clipboard."));
    m_result->show();
}

void RecoveryCodesPanel::save()
{
    const QString path = m_chooseFile(this);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QString text = tr("OKPay recovery codes, generated %1. Each code works once.")
                             .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat))
                         + u'\n' + m_codes->toPlainText() + u'\n';
    // Only the user may read them: they open the account together with the password.
    const bool saved = file.open(QIODevice::WriteOnly | QIODevice::Text) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                       && file.write(text.toUtf8()) >= 0 && file.commit();
    m_result->setText(saved ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                            : tr("The codes could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_result->show();
}

} // namespace okpay
