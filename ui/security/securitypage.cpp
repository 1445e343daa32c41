#include "ui/security/securitypage.h"

#include "services/sessionservice.h"
#include "services/settings.h"
#include "ui/security/passwordbox.h"
#include "ui/security/securityeventsbox.h"
#include "ui/security/twofactorbox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace okpay {

SecurityPage::SecurityPage(SecurityService *security, SessionService *session, Settings *settings, QWidget *parent)
    : QWidget(parent), m_security(security), m_session(session), m_settings(settings),
      m_twoFactor(new TwoFactorBox(security, session->secondFactorOn(), this)),
      m_password(new PasswordBox(security, session->secondFactorOn(), this)), m_events(new SecurityEventsBox(security, this)),
      m_sessions(new QListWidget(this)), m_sessionsStatus(new QLabel(this)), m_signOutSession(new QPushButton(tr("Sign out this device"), this)),
      m_autoLock(new QComboBox(this))
{
    setObjectName(QStringLiteral("securityPage"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_twoFactor);
    left->addWidget(m_password);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildSessionsBox(), 1);
    right->addWidget(m_events, 2);
    right->addWidget(buildAutoLockBox());
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    connect(m_twoFactor, &TwoFactorBox::onChanged, this, [this](bool on) {
        m_password->setCodeRequired(on);
        m_session->setSecondFactorOn(on);  // withdrawals and the next screens ask for the code, or stop asking
        m_events->reload();
    });
    connect(m_security, &SecurityService::passwordChanged, m_events, &SecurityEventsBox::reload);
    connect(m_security, &SecurityService::recoveryCodesRegenerated, m_events, &SecurityEventsBox::reload);
    connect(m_security, &SecurityService::sessionsLoaded, this, &SecurityPage::showSessions);
}

QWidget *SecurityPage::buildSessionsBox()
{
    m_sessions->setObjectName(QStringLiteral("securitySessions"));
    m_sessions->setAccessibleName(tr("Signed-in devices"));
    m_signOutSession->setObjectName(QStringLiteral("securitySignOutSession"));
    m_signOutSession->setAccessibleName(tr("Sign out the selected device"));
    m_signOutSession->setEnabled(false);
    auto *box = new QGroupBox(tr("Signed-in devices"), this);
    box->setObjectName(QStringLiteral("sessionsBox"));
    m_sessionsStatus->setObjectName(QStringLiteral("securitySessionsStatus"));
    m_sessionsStatus->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_sessions, 1);
    layout->addWidget(m_sessionsStatus);
    layout->addWidget(m_signOutSession, 0, Qt::AlignRight);
    layout->addStretch(0);  // takes the room while the list is hidden
    m_sessions->hide();  // until the list arrives
    connect(m_security, &SecurityService::failed, this, [this](SecurityService::Operation operation, const QString &, const QString &message) {
        if (operation == SecurityService::Operation::Sessions) {
            m_revoking = false;
            m_sessionsStatus->setText(tr("The list of devices could not be loaded. %1").arg(message));
        }
    });
    connect(m_sessions, &QListWidget::currentRowChanged, this, [this](int row) {
        m_signOutSession->setEnabled(row >= 0 && !m_sessions->item(row)->data(Qt::UserRole + 1).toBool());
    });
    connect(m_signOutSession, &QPushButton::clicked, this, [this] {
        if (auto *item = m_sessions->currentItem()) {
            m_revoking = true;
            m_security->revokeSession(item->data(Qt::UserRole).toString());
        }
    });
    return box;
}

QWidget *SecurityPage::buildAutoLockBox()
{
    auto *box = new QGroupBox(tr("Automatic sign-out"), this);
    box->setObjectName(QStringLiteral("autoLockBox"));
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setAccessibleName(tr("Sign out after this long without activity"));
    for (const int minutes : Settings::autoLockChoices())
        m_autoLock->addItem(minutes == 0 ? tr("Never") : minutes == 60 ? tr("After 1 hour") : tr("After %1 minutes").arg(minutes), minutes);
    m_autoLock->setCurrentIndex(m_autoLock->findData(m_settings->autoLockMinutes()));
    auto *note = new QLabel(tr("When OKPay has not been used for this long, it signs you out on this computer."), box);
    note->setObjectName(QStringLiteral("autoLockNote"));
    note->setWordWrap(true);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Sign me out"), m_autoLock);
    form->addRow(note);
    connect(m_autoLock, &QComboBox::activated, this, [this](int index) { m_settings->setAutoLockMinutes(m_autoLock->itemData(index).toInt()); });
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::AutoLockMinutes)
            m_autoLock->setCurrentIndex(m_autoLock->findData(m_settings->autoLockMinutes()));
    });
    return box;
}

void SecurityPage::reload()
{
    if (m_sessions->count() == 0)
        m_sessionsStatus->setText(tr("Loading the devices signed in to your account…"));
    m_security->loadSessions();
    m_twoFactor->reload();
    m_events->reload();
}

void SecurityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())  // not when the window is merely restored
        reload();
}

void SecurityPage::showSessions(const QList<DeviceSession> &sessions)
{
    m_sessions->clear();
    m_sessionsStatus->clear();
    m_sessions->setVisible(!sessions.isEmpty());
    for (const DeviceSession &s : sessions) {
        const QString when = locale().toString(s.lastSeen.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(s.current ? tr("%1 (this device) · %2 · %3").arg(s.deviceName, s.ipAddress, when)
                                                   : tr("%1 · %2 · last active %3").arg(s.deviceName, s.ipAddress, when),
                                         m_sessions);
        item->setData(Qt::UserRole, s.id);
        item->setData(Qt::UserRole + 1, s.current);
    }
    if (std::exchange(m_revoking, false))
        m_events->reload();
}

} // namespace okpay
