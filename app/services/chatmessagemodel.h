#pragma once
#include "store/outboxstore.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QLocale>

namespace okpay {

// The chat window's conversation: messages pushed by the ChatChannel (in sequence order, each once) followed by the
// user's own messages still in the outbox, shown as "Sending…" or "Not sent" until the server's copy arrives.
class ChatMessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { AuthorRoleRole = Qt::UserRole + 1, AuthorNameRole, TimeRole, DeliveryRole, SeqRole };
    enum class Delivery { Delivered, Sending, Failed };

    explicit ChatMessageModel(QObject *parent = nullptr);
    void setLocale(const QLocale &locale) { m_locale = locale; }

    // A ChatEvent from the channel; only "message" events add rows (others are for the status line).
    void addEvent(const QJsonObject &event);
    // The outbox items of this chat (kind chat_message) that the server has not echoed yet.
    void setPending(const QList<OutboxItem> &items);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 seq = 0;  // 0 for pending
        QString clientId;
        QString authorRole;
        QString authorName;
        QString body;
        QDateTime time;
        Delivery delivery = Delivery::Delivered;
    };
    QList<Row> m_delivered;
    QList<Row> m_pending;
    QLocale m_locale;
};

} // namespace okpay
