#pragma once
#include "services/securityservice.h"

#include <QAbstractTableModel>

namespace okpay {

// The account's security events as table rows, newest first: what happened in the user's language, when in their
// locale and timezone, and from where (IP address and device when known). Pages are appended as they arrive.
class SecurityEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { What, When, From, ColumnCount };
    static constexpr int TypeRole = Qt::UserRole;  // the server's type string, e.g. "login_succeeded"

    explicit SecurityEventModel(QObject *parent = nullptr);
    void setEvents(const QList<SecurityEvent> &events);     // the first page
    void appendEvents(const QList<SecurityEvent> &events);  // a later page; rows already shown are skipped
    static QString describe(SecurityEvent::Kind kind);
    static bool isWarning(SecurityEvent::Kind kind);  // a failure or something the user may not have done

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SecurityEvent> m_events;
};

} // namespace okpay
