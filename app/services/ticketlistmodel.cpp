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
