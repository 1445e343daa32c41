#include "ui/security/twofactorbox.h"

#include "ui/security/qrcodeimage.h"
#include "ui/security/recoverycodespanel.h"
#include "ui/security/twofactordisableform.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace okpay {

namespace {
QHBoxLayout *leftAligned(QWidget *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    return row;
}
} // namespace

TwoFactorBox::TwoFactorBox(SecurityService *security, bool on, QWidget *parent)
    : QGroupBox(tr("Two-factor authentication"), parent), m_security(security), m_on(on), m_steps(new QWidget(this)),
      m_codes(new RecoveryCodesPanel(this)), m_disable(new TwoFactorDisableForm(security, this)), m_password(new QLineEdit(this)),
      m_qr(new QLabel(this)), m_secret(new QLabel(this)), m_code(new QLineEdit(this)), m_recoveryStatus(new QLabel(this)),
      m_regenerateCode(new QLineEdit(this)), m_regenerateError(new FieldErrorLabel(QStringLiteral("recoveryRegenerateCodeError"), this)),
      m_regenerateButton(new QPushButton(tr("Generate new codes"), this)), m_message(new FieldErrorLabel(QStringLiteral("securityMessage"), this))
{
    setObjectName(QStringLiteral("twoFactorBox"));
    m_offPage = buildOffPage();
    m_scanPage = buildScanPage();
    m_onPage = buildOnPage();
    m_regeneratePage = buildRegeneratePage();
    m_pages = {m_offPage, m_scanPage, m_codes, m_onPage, m_regeneratePage, m_disable};
    auto *pages = new QVBoxLayout(m_steps);
    pages->setContentsMargins(0, 0, 0, 0);
    for (QWidget *page : std::as_const(m_pages))
        pages->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_message);
    showPage(m_on ? m_onPage : m_offPage);

    connect(m_security, &SecurityService::totpSetupReady, this, &TwoFactorBox::showSetup);
    connect(m_security, &SecurityService::totpEnabled, this, [this](const QStringList &codes) {
        m_qr->clear();
        m_secret->clear();
        m_code->clear();
        m_codes->showCodes(codes, false);
        showPage(m_codes);
        setOn(true);
    });
    connect(m_security, &SecurityService::totpDisabled, this, [this] {
        showPage(m_offPage);
        setOn(false);
    });
    connect(m_security, &SecurityService::recoveryCodesRegenerated, this, [this](const QStringList &codes) {
        m_regenerateButton->setEnabled(true);
        m_regenerateCode->clear();
        m_codes->showCodes(codes, true);
        showPage(m_codes);
        reload();
    });
    connect(m_security, &SecurityService::recoveryStatusLoaded, this, &TwoFactorBox::showStatus);
    connect(m_codes, &RecoveryCodesPanel::done, this, [this] { showPage(m_on ? m_onPage : m_offPage); });
    connect(m_disable, &TwoFactorDisableForm::cancelled, this, [this] { showPage(m_onPage); });
    connect(m_security, &SecurityService::failed, this,
            [this](SecurityService::Operation operation, const QString &, const QString &message) {
                using Op = SecurityService::Operation;
                if (operation == Op::TotpSetup || operation == Op::TotpEnable) {
                    m_message->setError(message);
                } else if (operation == Op::RecoveryRegenerate) {
                    m_regenerateButton->setEnabled(true);
                    m_regenerateError->setError(message);
                    m_regenerateCode->selectAll();
                } else if (operation == Op::RecoveryStatus) {
                    m_recoveryStatus->setText(tr("How many recovery codes you have left could not be checked. %1").arg(message));
                }
            });
}

QWidget *TwoFactorBox::buildOffPage()
{
    auto *page = new QWidget(m_steps);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(tr("Two-factor authentication is off. Turn it on so that a stolen password alone cannot open "
                               "your wallet."), page);
    text->setObjectName(QStringLiteral("totpOffText"));
    text->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("totpPassword"));
    m_password->setAccessibleName(tr("Current password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *start = new QPushButton(tr("Turn on"), page);
    start->setObjectName(QStringLiteral("totpStart"));
    start->setAccessibleName(tr("Turn on two-factor authentication"));
    form->addRow(text);
    form->addRow(tr("Current password"), m_password);
    form->addRow(QString(), leftAligned(start));
    connect(start, &QPushButton::clicked, this, &TwoFactorBox::startSetup);
    connect(m_password, &QLineEdit::returnPressed, this, &TwoFactorBox::startSetup);
    return page;
}

QWidget *TwoFactorBox::buildScanPage()
{
    auto *page = new QWidget(m_steps);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(tr("Scan this code with your authenticator app, or type the key, then enter the 6-digit code "
                               "it shows."), page);
    text->setWordWrap(true);
    m_qr->setObjectName(QStringLiteral("totpQrCode"));
    m_qr->setAccessibleName(tr("QR code for your authenticator app"));
    m_secret->setObjectName(QStringLiteral("totpSecret"));
    m_secret->setAccessibleName(tr("Key for your authenticator app"));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setObjectName(QStringLiteral("totpCode"));
    m_code->setAccessibleName(tr("Verification code"));
    m_code->setMaxLength(8);
    auto *verify = new QPushButton(tr("Verify"), page);
    verify->setObjectName(QStringLiteral("totpVerify"));
    verify->setAccessibleName(tr("Verify the code and turn on two-factor authentication"));
    form->addRow(text);
    form->addRow(m_qr);
    form->addRow(tr("Key"), m_secret);
    form->addRow(tr("Code"), m_code);
    form->addRow(QString(), leftAligned(verify));
    const auto confirm = [this] {
        m_message->setError({});
        m_security->confirmTotp(m_code->text());
    };
    connect(verify, &QPushButton::clicked, this, confirm);
    connect(m_code, &QLineEdit::returnPressed, this, confirm);
    return page;
}

QWidget *TwoFactorBox::buildOnPage()
{
    auto *page = new QWidget(m_steps);
    auto *text = new QLabel(tr("Two-factor authentication is on: signing in and withdrawing ask for a code from your "
                               "authenticator app."), page);
    text->setObjectName(QStringLiteral("totpOnText"));
    text->setWordWrap(true);
    m_recoveryStatus->setObjectName(QStringLiteral("recoveryCodesStatus"));
    m_recoveryStatus->setWordWrap(true);
    auto *regenerate = new QPushButton(tr("Generate new recovery codes…"), page);
    regenerate->setObjectName(QStringLiteral("recoveryRegenerateStart"));
    regenerate->setAccessibleName(tr("Generate new recovery codes"));
    auto *turnOff = new QPushButton(tr("Turn off…"), page);
    turnOff->setObjectName(QStringLiteral("totpDisableStart"));
    turnOff->setAccessibleName(tr("Turn off two-factor authentication"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(regenerate);
    buttons->addStretch(1);
    buttons->addWidget(turnOff);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text);
    layout->addWidget(m_recoveryStatus);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(regenerate, &QPushButton::clicked, this, [this] {
        m_regenerateError->setError({});
        showPage(m_regeneratePage);
        m_regenerateCode->setFocus();
    });
    connect(turnOff, &QPushButton::clicked, this, [this] {
        m_disable->reset();
        showPage(m_disable);
    });
    return page;
}

QWidget *TwoFactorBox::buildRegeneratePage()
{
    auto *page = new QWidget(m_steps);
    auto *text = new QLabel(tr("New codes replace all your recovery codes: the old ones stop working at once. Enter a code "
                               "from your authenticator app to continue."), page);
    text->setObjectName(QStringLiteral("recoveryRegenerateText"));
    text->setWordWrap(true);
    m_regenerateCode->setObjectName(QStringLiteral("recoveryRegenerateCode"));
    m_regenerateCode->setAccessibleName(tr("Authenticator code"));
    m_regenerateCode->setPlaceholderText(QStringLiteral("123456"));
    m_regenerateCode->setMaxLength(8);
    m_regenerateButton->setObjectName(QStringLiteral("recoveryRegenerateButton"));
    m_regenerateButton->setAccessibleName(tr("Generate new recovery codes"));
    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("recoveryRegenerateCancel"));
    cancel->setAccessibleName(tr("Keep the current recovery codes"));
    auto *form = new QFormLayout;
    form->addRow(tr("Authenticator code"), m_regenerateCode);
    form->addRow(QString(), m_regenerateError);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_regenerateButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_regenerateButton, &QPushButton::clicked, this, &TwoFactorBox::regenerate);
    connect(m_regenerateCode, &QLineEdit::returnPressed, this, &TwoFactorBox::regenerate);
    connect(m_regenerateCode, &QLineEdit::textEdited, m_regenerateError, [this] { m_regenerateError->setError({}); });
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_regenerateCode->clear();
        showPage(m_onPage);
    });
    return page;
}

void TwoFactorBox::reload()
{
    if (m_recoveryStatus->text().isEmpty())
        m_recoveryStatus->setText(tr("Checking your recovery codes…"));
    m_security->loadRecoveryStatus();
}

void TwoFactorBox::setOn(bool on)
{
    if (m_on == on)
        return;
    m_on = on;
    emit onChanged(on);
    if (on)
        reload();
}

void TwoFactorBox::showPage(QWidget *page)
{
    for (QWidget *p : std::as_const(m_pages))
        p->setVisible(p == page);
    m_current = page;
    m_message->setError({});
}

void TwoFactorBox::startSetup()
{
    m_message->setError({});
    if (m_password->text().isEmpty()) {
        m_message->setError(tr("Enter your current password."));
        return;
    }
    m_security->startTotpSetup(m_password->text());
    m_password->clear();  // not kept once sent
}

void TwoFactorBox::showSetup(const QString &secret, const QString &uri)
{
    m_qr->setPixmap(QPixmap::fromImage(QrCodeImage::render(uri, 4)));
    m_qr->setProperty("otpauthUri", uri);
    // Groups of four are easier to type into a phone.
    QString grouped;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        grouped += secret.mid(i, 4) + u' ';
    m_secret->setText(grouped.trimmed());
    showPage(m_scanPage);
}

void TwoFactorBox::showStatus(const RecoveryCodesStatus &status)
{
    // The server's word wins (two-factor may have been changed on another device), but not in the middle of a step.
    const QWidget *page = m_current;
    if (status.twoFactorOn != m_on && (page == m_onPage || page == m_offPage)) {
        showPage(status.twoFactorOn ? m_onPage : m_offPage);
        setOn(status.twoFactorOn);
    }
    if (!status.twoFactorOn)
        return m_recoveryStatus->clear();
    QString text = tr("Unused recovery codes: %1 of %2.").arg(status.remaining).arg(status.total);
    if (status.remaining <= 3)
        text += u' ' + tr("Generate new ones before you run out.");
    m_recoveryStatus->setText(text);
}

void TwoFactorBox::regenerate()
{
    if (!m_regenerateButton->isEnabled())
        return;  // already sent (Return pressed again)
    m_regenerateError->setError({});
    if (m_regenerateCode->text().trimmed().size() < 6)
        return m_regenerateError->setError(tr("Enter the 6-digit code from your authenticator app."));
    m_regenerateButton->setEnabled(false);
    m_security->regenerateRecoveryCodes(m_regenerateCode->text());
}

} // namespace okpay
