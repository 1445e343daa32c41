#include "ui/security/securitypage.h"

#include "ui/security/qrcodeimage.h"
#include "ui/widgets/newpasswordfield.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace okpay {

namespace {
enum Step { Off, Scan, Codes, On };
}

SecurityPage::SecurityPage(SecurityService *security, bool secondFactorOn, QWidget *parent)
    : QWidget(parent), m_security(security), m_twoFactor(new QStackedWidget(this)), m_password(new QLineEdit(this)),
      m_qr(new QLabel(this)), m_secret(new QLabel(this)), m_code(new QLineEdit(this)), m_recoveryCodes(new QPlainTextEdit(this)),
      m_message(new QLabel(this)), m_currentPassword(new QLineEdit(this)), m_newPassword(new NewPasswordField(this)),
      m_changeCode(new QLineEdit(this)), m_changePassword(new QPushButton(tr("Change password"), this)),
      m_passwordMessage(new QLabel(this)), m_sessions(new QListWidget(this)), m_signOutSession(new QPushButton(tr("Sign out this device"), this))
{
    setObjectName(QStringLiteral("securityPage"));

    // Step: off — ask for the password to start.
    auto *off = new QWidget(m_twoFactor);
    auto *offForm = new QFormLayout(off);
    auto *offText = new QLabel(tr("Two-factor authentication is off. Turn it on so that a stolen password alone cannot open "
                                  "your wallet."), off);
    offText->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("totpPassword"));
    m_password->setAccessibleName(tr("Current password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *start = new QPushButton(tr("Turn on"), off);
    start->setObjectName(QStringLiteral("totpStart"));
    offForm->addRow(offText);
    offForm->addRow(tr("Current password"), m_password);
    offForm->addRow(QString(), start);
    m_twoFactor->addWidget(off);

    // Step: scan the QR code (or type the key), then enter the first code.
    auto *scan = new QWidget(m_twoFactor);
    auto *scanLayout = new QFormLayout(scan);
    auto *scanText = new QLabel(tr("Scan this code with your authenticator app, or type the key, then enter the 6-digit code "
                                   "it shows."), scan);
    scanText->setWordWrap(true);
    m_qr->setObjectName(QStringLiteral("totpQrCode"));
    m_qr->setAccessibleName(tr("QR code for your authenticator app"));
    m_secret->setObjectName(QStringLiteral("totpSecret"));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setObjectName(QStringLiteral("totpCode"));
    m_code->setAccessibleName(tr("Verification code"));
    m_code->setMaxLength(8);
    auto *verify = new QPushButton(tr("Verify"), scan);
    verify->setObjectName(QStringLiteral("totpVerify"));
    scanLayout->addRow(scanText);
    scanLayout->addRow(m_qr);
    scanLayout->addRow(tr("Key"), m_secret);
    scanLayout->addRow(tr("Code"), m_code);
    scanLayout->addRow(QString(), verify);
    m_twoFactor->addWidget(scan);

    // Step: the recovery codes, shown this once.
    auto *codes = new QWidget(m_twoFactor);
    auto *codesLayout = new QVBoxLayout(codes);
    auto *codesText = new QLabel(tr("Two-factor authentication is on. Keep these recovery codes somewhere safe: each one lets "
                                    "you sign in once if you lose your phone. They are shown only now."), codes);
    codesText->setWordWrap(true);
    m_recoveryCodes->setObjectName(QStringLiteral("totpRecoveryCodes"));
    m_recoveryCodes->setReadOnly(true);
    codesLayout->addWidget(codesText);
    codesLayout->addWidget(m_recoveryCodes);
    m_twoFactor->addWidget(codes);

    auto *on = new QLabel(tr("Two-factor authentication is on."), m_twoFactor);
    m_twoFactor->addWidget(on);
    m_twoFactor->setCurrentIndex(secondFactorOn ? On : Off);

    m_message->setObjectName(QStringLiteral("securityMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *twoFactorBox = new QGroupBox(tr("Two-factor authentication"), this);
    auto *twoFactorLayout = new QVBoxLayout(twoFactorBox);
    twoFactorLayout->addWidget(m_twoFactor);
    twoFactorLayout->addWidget(m_message);

    m_sessions->setObjectName(QStringLiteral("securitySessions"));
    m_sessions->setAccessibleName(tr("Signed-in devices"));
    m_signOutSession->setObjectName(QStringLiteral("securitySignOutSession"));
    m_signOutSession->setEnabled(false);
    auto *sessionsBox = new QGroupBox(tr("Signed-in devices"), this);
    auto *sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->addWidget(m_sessions);
    sessionsLayout->addWidget(m_signOutSession, 0, Qt::AlignRight);

    m_currentPassword->setObjectName(QStringLiteral("changeCurrentPassword"));
    m_currentPassword->setAccessibleName(tr("Current password"));
    m_currentPassword->setEchoMode(QLineEdit::Password);
    m_changeCode->setObjectName(QStringLiteral("changePasswordCode"));
    m_changeCode->setAccessibleName(tr("Authenticator code"));
    m_changeCode->setMaxLength(8);
    m_changePassword->setObjectName(QStringLiteral("changePasswordButton"));
    m_changePassword->setEnabled(false);
    m_passwordMessage->setObjectName(QStringLiteral("changePasswordMessage"));
    m_passwordMessage->setWordWrap(true);
    auto *passwordBox = new QGroupBox(tr("Password"), this);
    auto *passwordForm = new QFormLayout(passwordBox);
    passwordForm->addRow(tr("Current password"), m_currentPassword);
    passwordForm->addRow(m_newPassword);
    if (secondFactorOn)
        passwordForm->addRow(tr("Authenticator code"), m_changeCode);
    else
        m_changeCode->hide();
    passwordForm->addRow(QString(), m_changePassword);
    passwordForm->addRow(m_passwordMessage);

    auto *left = new QVBoxLayout;
    left->addWidget(twoFactorBox);
    left->addWidget(passwordBox);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(sessionsBox, 1);
    connect(m_newPassword, &NewPasswordField::changed, this,
            [this] { m_changePassword->setEnabled(m_newPassword->isAcceptable() && !m_currentPassword->text().isEmpty()); });
    connect(m_currentPassword, &QLineEdit::textChanged, this,
            [this] { m_changePassword->setEnabled(m_newPassword->isAcceptable() && !m_currentPassword->text().isEmpty()); });
    connect(m_changePassword, &QPushButton::clicked, this, &SecurityPage::changePassword);
    connect(m_security, &SecurityService::passwordChanged, this, [this] {
        m_passwordPending = false;
        m_passwordMessage->setText(tr("Your password was changed. Other devices were signed out."));
    });

    connect(start, &QPushButton::clicked, this, &SecurityPage::startSetup);
    connect(m_password, &QLineEdit::returnPressed, this, &SecurityPage::startSetup);
    connect(verify, &QPushButton::clicked, this, [this] { m_message->clear(); m_security->confirmTotp(m_code->text()); });
    connect(m_sessions, &QListWidget::currentRowChanged, this, [this](int row) {
        m_signOutSession->setEnabled(row >= 0 && !m_sessions->item(row)->data(Qt::UserRole + 1).toBool());
    });
    connect(m_signOutSession, &QPushButton::clicked, this, [this] {
        if (auto *item = m_sessions->currentItem())
            m_security->revokeSession(item->data(Qt::UserRole).toString());
    });
    connect(m_security, &SecurityService::totpSetupReady, this, &SecurityPage::showSetup);
    connect(m_security, &SecurityService::totpEnabled, this, &SecurityPage::showRecoveryCodes);
    connect(m_security, &SecurityService::sessionsLoaded, this, &SecurityPage::showSessions);
    connect(m_security, &SecurityService::failed, this, [this](const QString &message) {
        (m_passwordPending ? m_passwordMessage : m_message)->setText(message);
        m_passwordPending = false;
    });
}

void SecurityPage::changePassword()
{
    m_passwordMessage->clear();
    m_passwordPending = true;
    m_security->changePassword(m_currentPassword->text(), m_newPassword->password(), m_changeCode->text());
    m_currentPassword->clear();  // neither password stays in the form
    m_newPassword->clear();
    m_changeCode->clear();
}

void SecurityPage::reload()
{
    m_security->loadSessions();
}

void SecurityPage::startSetup()
{
    m_message->clear();
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your current password."));
        return;
    }
    m_security->startTotpSetup(m_password->text());
    m_password->clear();  // not kept once sent
}

void SecurityPage::showSetup(const QString &secret, const QString &uri)
{
    m_qr->setPixmap(QPixmap::fromImage(QrCodeImage::render(uri, 4)));
    m_qr->setProperty("otpauthUri", uri);
    // Groups of four are easier to type into a phone.
    QString grouped;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        grouped += secret.mid(i, 4) + u' ';
    m_secret->setText(grouped.trimmed());
    m_twoFactor->setCurrentIndex(Scan);
}

void SecurityPage::showRecoveryCodes(const QStringList &codes)
{
    m_recoveryCodes->setPlainText(codes.join(u'\n'));
    m_qr->clear();
    m_secret->clear();
    m_code->clear();
    m_twoFactor->setCurrentIndex(Codes);
    reload();
}

void SecurityPage::showSessions(const QList<DeviceSession> &sessions)
{
    m_sessions->clear();
    for (const DeviceSession &s : sessions) {
        const QString when = locale().toString(s.lastSeen.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(s.current ? tr("%1 (this device) · %2 · %3").arg(s.deviceName, s.ipAddress, when)
                                                   : tr("%1 · %2 · last active %3").arg(s.deviceName, s.ipAddress, when),
                                         m_sessions);
        item->setData(Qt::UserRole, s.id);
        item->setData(Qt::UserRole + 1, s.current);
    }
}

} // namespace okpay
