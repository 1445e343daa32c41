#include "services/ticketlistmodel.h"

namespace okpay {

TicketListModel::TicketListModel(TicketStore *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    reload();
}

void TicketListModel::setStatusFilter(const QString &status)
{
    m_status = status;
    reload();
}

void TicketListModel::reload()
{
    beginResetModel();
    m_tickets = m_store->list(m_status);
    endResetModel();
}

void TicketListModel::setUnreadTicketIds(const QStringList &ids)
{
    m_unread = QSet<QString>(ids.cbegin(), ids.cend());
    if (!m_tickets.isEmpty())
        emit dataChanged(index(0), index(int(m_tickets.size()) - 1));
}

int TicketListModel::rowOf(const QString &ticketId) const
{
    for (int row = 0; row < m_tickets.size(); ++row)
        if (m_tickets.at(row).id == ticketId)
            return row;
    return -1;
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

QString TicketListModel::statusLabel(const QString &status)
{
    if (status == u"open")
        return tr("Waiting for support");
    if (status == u"pending")
        return tr("Waiting for your reply");
    if (status == u"solved")
        return tr("Solved");
    if (status == u"closed")
        return tr("Closed");
    return status;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size())
        return {};
    const TicketSummary &t = m_tickets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2").arg(t.number, t.subject);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return m_unread.contains(t.id) ? tr("%1 · %2, %3, new reply").arg(t.number, t.subject, statusLabel(t.status))
                                       : tr("%1 · %2, %3").arg(t.number, t.subject, statusLabel(t.status));
    case SubjectRole:
        return t.subject;
    case UnreadRole:
        return m_unread.contains(t.id);
    case TicketIdRole:
        return t.id;
    case NumberRole:
        return t.number;
    case StatusRole:
        return t.status;
    case StatusLabelRole:
        return statusLabel(t.status);
    case UpdatedRole:
        return m_locale.toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

} // namespace okpay
