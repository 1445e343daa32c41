#pragma once
#include "store/ticketstore.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QSet>

namespace okpay {

// The Help tab's ticket history from the cache (offline too): number, subject, status, last activity and whether
// an agent's answer is still unread.
class TicketListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { TicketIdRole = Qt::UserRole + 1, NumberRole, StatusRole, StatusLabelRole, UpdatedRole, SubjectRole, UnreadRole };

    explicit TicketListModel(TicketStore *store, QObject *parent = nullptr);
    void setStatusFilter(const QString &status);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void reload();
    void setUnreadTicketIds(const QStringList &ids);
    int rowOf(const QString &ticketId) const;  // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    static QString statusLabel(const QString &status);

private:
    TicketStore *m_store;
    QString m_status;
    QLocale m_locale;
    QList<TicketSummary> m_tickets;
    QSet<QString> m_unread;
};

} // namespace okpay
