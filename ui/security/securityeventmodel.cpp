#include "ui/security/securityeventmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSet>

namespace okpay {

SecurityEventModel::SecurityEventModel(QObject *parent) : QAbstractTableModel(parent) {}

void SecurityEventModel::setEvents(const QList<SecurityEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

void SecurityEventModel::appendEvents(const QList<SecurityEvent> &events)
{
    QSet<QString> shown;
    for (const SecurityEvent &e : std::as_const(m_events))
        shown.insert(e.id);
    QList<SecurityEvent> fresh;
    for (const SecurityEvent &e : events)
        if (!shown.contains(e.id))
            fresh.append(e);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + fresh.size() - 1));
    m_events.append(fresh);
    endInsertRows();
}

// No default: a new kind added to SecurityEvent::Kind fails to compile here until it has a name.
QString SecurityEventModel::describe(SecurityEvent::Kind kind)
{
    using Kind = SecurityEvent::Kind;
    switch (kind) {
    case Kind::LoginSucceeded: return tr("Signed in");
    case Kind::LoginFailed: return tr("Sign-in failed: wrong password");
    case Kind::MfaFailed: return tr("Wrong two-factor code");
    case Kind::RefreshTokenReused: return tr("Signed out: a sign-in was reused from elsewhere");
    case Kind::PasswordChanged: return tr("Password changed");
    case Kind::PasswordReset: return tr("Password reset by email");
    case Kind::EmailChanged: return tr("Email address changed");
    case Kind::TotpEnabled: return tr("Two-factor authentication turned on");
    case Kind::TotpDisabled: return tr("Two-factor authentication turned off");
    case Kind::RecoveryCodesRegenerated: return tr("New recovery codes generated");
    case Kind::RecoveryCodeUsed: return tr("Signed in with a recovery code");
    case Kind::SessionRevoked: return tr("Device signed out");
    case Kind::PayoutDestinationAdded: return tr("Withdrawal destination added");
    case Kind::PayoutDestinationRemoved: return tr("Withdrawal destination removed");
    case Kind::Other: return tr("Other account activity");
    }
    return tr("Other account activity");
}

bool SecurityEventModel::isWarning(SecurityEvent::Kind kind)
{
    using Kind = SecurityEvent::Kind;
    switch (kind) {
    case Kind::LoginFailed:
    case Kind::MfaFailed:
    case Kind::RefreshTokenReused:
        return true;
    case Kind::LoginSucceeded:
    case Kind::PasswordChanged:
    case Kind::PasswordReset:
    case Kind::EmailChanged:
    case Kind::TotpEnabled:
    case Kind::TotpDisabled:
    case Kind::RecoveryCodesRegenerated:
    case Kind::RecoveryCodeUsed:
    case Kind::SessionRevoked:
    case Kind::PayoutDestinationAdded:
    case Kind::PayoutDestinationRemoved:
    case Kind::Other:
        return false;
    }
    return false;
}

int SecurityEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int SecurityEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const SecurityEvent &e = m_events.at(index.row());
    if (role == TypeRole)
        return e.type;
    if (role == Qt::ForegroundRole && index.column() == What && isWarning(e.kind))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == What && e.kind == SecurityEvent::Kind::Other)
        return e.type;  // at least the technical name, for support
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case What:
        return describe(e.kind);
    case When:
        return e.at.isValid() ? QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat) : QString();
    case From:
        if (e.device.isEmpty())
            return e.ipAddress;
        return e.ipAddress.isEmpty() ? e.device : tr("%1 · %2").arg(e.ipAddress, e.device);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SecurityEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case What: return tr("Event");
    case When: return tr("Time");
    case From: return tr("IP address and device");
    case ColumnCount: break;
    }
    return {};
}

} // namespace okpay
