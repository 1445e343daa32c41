#include "services/chatmessagemodel.h"

#include <QJsonArray>

#include <algorithm>

namespace okpay {

ChatMessageModel::ChatMessageModel(QObject *parent) : QAbstractListModel(parent) {}

void ChatMessageModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {TimeRole, DeliveryRole});
}

void ChatMessageModel::addEvent(const QJsonObject &event)
{
    if (event.value(u"type").toString() == u"message")
        addMessage(event.value(u"message").toObject());
}

void ChatMessageModel::addMessage(const QJsonObject &m)
{
    QStringList attachments;
    for (const QJsonValue &a : m.value(u"attachments").toArray())
        attachments << a.toObject().value(u"filename").toString();
    const Row row{m.value(u"seq").toInteger(), m.value(u"client_id").toString(), QString(), m.value(u"author_role").toString(),
                  m.value(u"author_name").toString(), m.value(u"body").toString().left(10000), attachments,
                  QDateTime::fromString(m.value(u"created_at").toString(), Qt::ISODateWithMs), Delivery::None, QString()};
    if (row.seq <= 0)
        return;
    const auto at = std::lower_bound(m_delivered.begin(), m_delivered.end(), row.seq, [](const Row &r, qint64 seq) { return r.seq < seq; });
    if (at != m_delivered.end() && at->seq == row.seq)
        return;  // already shown (a replay after a reconnect)
    const int position = int(at - m_delivered.begin());
    beginInsertRows({}, position, position);
    m_delivered.insert(position, row);
    endInsertRows();
    // The server's copy replaces the pending one with the same client id.
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (!row.clientId.isEmpty() && m_pending.at(i).clientId == row.clientId) {
            const int r = int(m_delivered.size() + i);
            beginRemoveRows({}, r, r);
            m_pending.removeAt(i);
            endRemoveRows();
            break;
        }
    }
}

void ChatMessageModel::setPending(const QList<PendingMessage> &pending)
{
    QList<Row> rows;
    for (const PendingMessage &p : pending) {
        if (!p.clientId.isEmpty() && hasClientId(p.clientId))
            continue;  // already echoed by the server
        rows.append(Row{0, p.clientId, p.outboxId, QStringLiteral("user"), QString(), p.body, p.attachmentNames, p.createdAt,
                        p.delivery, p.error});
    }
    const bool sameRows = rows.size() == m_pending.size()
                          && std::equal(rows.cbegin(), rows.cend(), m_pending.cbegin(),
                                        [](const Row &a, const Row &b) { return a.clientId == b.clientId && a.outboxId == b.outboxId; });
    const int first = int(m_delivered.size());
    if (sameRows) {
        m_pending = rows;
        if (!rows.isEmpty())
            emit dataChanged(index(first), index(first + int(rows.size()) - 1));
        return;
    }
    if (!m_pending.isEmpty()) {
        beginRemoveRows({}, first, first + int(m_pending.size()) - 1);
        m_pending.clear();
        endRemoveRows();
    }
    if (!rows.isEmpty()) {
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_pending = rows;
        endInsertRows();
    }
}

void ChatMessageModel::setPending(const QList<OutboxItem> &items)
{
    QList<PendingMessage> pending;
    for (const OutboxItem &item : items) {
        const Delivery delivery = item.state == OutboxItem::State::Failed ? Delivery::Failed
                                  : item.state == OutboxItem::State::Sent ? Delivery::Sent
                                                                          : Delivery::Sending;
        pending.append(PendingMessage{item.id, item.clientId, item.payload.value(u"body").toString(), {}, item.createdAt,
                                      delivery, item.lastError});
    }
    setPending(pending);
}

void ChatMessageModel::setReadUpTo(qint64 seq)
{
    if (seq <= m_readUpTo)
        return;
    const qint64 before = m_readUpTo;
    m_readUpTo = seq;
    for (qsizetype i = 0; i < m_delivered.size(); ++i) {
        const Row &row = m_delivered.at(i);
        if (row.authorRole == u"user" && row.seq > before && row.seq <= seq)
            emit dataChanged(index(int(i)), index(int(i)), {DeliveryRole, DeliveryStateRole});
    }
}

void ChatMessageModel::clear()
{
    beginResetModel();
    m_delivered.clear();
    m_pending.clear();
    m_readUpTo = 0;
    endResetModel();
}

bool ChatMessageModel::hasClientId(const QString &clientId) const
{
    return std::any_of(m_delivered.cbegin(), m_delivered.cend(), [&](const Row &r) { return r.clientId == clientId; });
}

qint64 ChatMessageModel::lastAgentSeq() const
{
    for (auto it = m_delivered.crbegin(); it != m_delivered.crend(); ++it)
        if (it->authorRole != u"user")
            return it->seq;
    return 0;
}

ChatMessageModel::Delivery ChatMessageModel::deliveryOf(const Row &row) const
{
    if (row.seq == 0)
        return row.delivery;
    if (row.authorRole != u"user")
        return Delivery::None;
    return row.seq <= m_readUpTo ? Delivery::Read : Delivery::Sent;
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
        return row.time.isValid() ? m_locale.toString(row.time.toLocalTime().time(), QLocale::ShortFormat) : QString();
    case DateTimeRole:
        return row.time;
    case DeliveryRole:
        switch (deliveryOf(row)) {
        case Delivery::None:
            return QString();
        case Delivery::Sending:
            return tr("Sending…");
        case Delivery::Sent:
            return tr("Sent");
        case Delivery::Read:
            return tr("Read");
        case Delivery::Failed:
            return tr("Not sent");
        }
        return {};
    case DeliveryStateRole:
        return int(deliveryOf(row));
    case SeqRole:
        return row.seq;
    case OutboxIdRole:
        return row.outboxId;
    case AttachmentsRole:
        return row.attachments;
    case ErrorRole:
        return row.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatMessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const std::pair<int, const char *> ours[]{{AuthorRoleRole, "authorRole"}, {AuthorNameRole, "authorName"}, {TimeRole, "time"},
                                              {DeliveryRole, "delivery"}, {SeqRole, "seq"}, {DeliveryStateRole, "deliveryState"},
                                              {OutboxIdRole, "outboxId"}, {AttachmentsRole, "attachments"}, {ErrorRole, "error"},
                                              {DateTimeRole, "dateTime"}};
    for (const auto &[role, name] : ours)
        names.insert(role, name);
    return names;
}

} // namespace okpay
