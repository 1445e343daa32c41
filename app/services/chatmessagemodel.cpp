#include "services/chatmessagemodel.h"

#include <algorithm>

namespace okpay {

ChatMessageModel::ChatMessageModel(QObject *parent) : QAbstractListModel(parent) {}

void ChatMessageModel::addEvent(const QJsonObject &event)
{
    if (event.value(u"type").toString() != u"message")
        return;
    const QJsonObject m = event.value(u"message").toObject();
    Row row{m.value(u"seq").toInteger(), m.value(u"client_id").toString(), m.value(u"author_role").toString(),
            m.value(u"author_name").toString(), m.value(u"body").toString().left(10000),
            QDateTime::fromString(m.value(u"created_at").toString(), Qt::ISODateWithMs), Delivery::Delivered};
    const auto seen = std::find_if(m_delivered.cbegin(), m_delivered.cend(), [&](const Row &r) { return r.seq == row.seq; });
    if (row.seq <= 0 || seen != m_delivered.cend())
        return;
    beginResetModel();
    m_delivered.append(row);
    std::sort(m_delivered.begin(), m_delivered.end(), [](const Row &a, const Row &b) { return a.seq < b.seq; });
    // The server's copy replaces the pending one with the same client id.
    m_pending.removeIf([&](const Row &p) { return !row.clientId.isEmpty() && p.clientId == row.clientId; });
    endResetModel();
}

void ChatMessageModel::setPending(const QList<OutboxItem> &items)
{
    beginResetModel();
    m_pending.clear();
    for (const OutboxItem &item : items) {
        if (item.state == OutboxItem::State::Sent)
            continue;
        const bool echoed = std::any_of(m_delivered.cbegin(), m_delivered.cend(), [&](const Row &r) { return r.clientId == item.clientId; });
        if (echoed)
            continue;
        m_pending.append(Row{0, item.clientId, QStringLiteral("user"), QString(), item.payload.value(u"body").toString(),
                             item.createdAt, item.state == OutboxItem::State::Failed ? Delivery::Failed : Delivery::Sending});
    }
    endResetModel();
}

int ChatMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_delivered.size() + m_pending.size());
}

QVariant ChatMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = index.row() < m_delivered.size() ? m_delivered.at(index.row()) : m_pending.at(index.row() - m_delivered.size());
    switch (role) {
    case Qt::DisplayRole:
        return row.body;
    case AuthorRoleRole:
        return row.authorRole;
    case AuthorNameRole:
        return row.authorName;
    case TimeRole:
        return m_locale.toString(row.time.toLocalTime().time(), QLocale::ShortFormat);
    case DeliveryRole:
        switch (row.delivery) {
        case Delivery::Delivered:
            return QString();
        case Delivery::Sending:
            return tr("Sending…");
        case Delivery::Failed:
            return tr("Not sent");
        }
        return {};
    case SeqRole:
        return row.seq;
    default:
        return {};
    }
}

} // namespace okpay
