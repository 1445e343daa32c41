#pragma once
#include "store/outboxstore.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QLocale>

namespace okpay {

// The chat window's conversation: messages pushed by the ChatChannel (in sequence order, each once) followed by the
// user's own messages still on their way, shown as "Sending…" or "Not sent" until the server's copy arrives. The
// user's delivered messages are "Sent", then "Read" once the agent's read marker passes them. Rows are inserted
// and removed one by one (no resets while chatting), so a view keeps its scroll position.
class ChatMessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AuthorRoleRole = Qt::UserRole + 1,
        AuthorNameRole,
        TimeRole,           // the time in the model's locale, short format
        DeliveryRole,       // the delivery state in words ("" for other people's messages)
        SeqRole,            // 0 for messages not yet on the server
        DeliveryStateRole,  // int(Delivery)
        OutboxIdRole,       // for "Try again" on a failed message
        AttachmentsRole,    // QStringList of file names
        ErrorRole,          // why a message is waiting or failed, in the user's language
        DateTimeRole,
    };
    enum class Delivery { None, Sending, Sent, Read, Failed };
    Q_ENUM(Delivery)

    // A message of the user's that the server has not echoed yet.
    struct PendingMessage
    {
        QString outboxId;  // empty for the first message, which travels with the session
        QString clientId;
        QString body;
        QStringList attachmentNames;
        QDateTime createdAt;
        Delivery delivery = Delivery::Sending;
        QString error;
    };

    explicit ChatMessageModel(QObject *parent = nullptr);
    void setLocale(const QLocale &locale);

    // A ChatEvent from the channel; only "message" events add rows (others are for the status line).
    void addEvent(const QJsonObject &event);
    // A ChatMessage (ChatEvent::cleanMessage output); a seq already shown is ignored.
    void addMessage(const QJsonObject &message);
    void setPending(const QList<PendingMessage> &pending);
    // The outbox items of this chat (kind chat_message) that the server has not echoed yet.
    void setPending(const QList<OutboxItem> &items);
    void setReadUpTo(qint64 seq);  // the agent has read the user's messages up to this seq
    void clear();

    bool hasClientId(const QString &clientId) const;
    qint64 lastSeq() const { return m_delivered.isEmpty() ? 0 : m_delivered.constLast().seq; }
    qint64 lastAgentSeq() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        qint64 seq = 0;  // 0 for pending
        QString clientId;
        QString outboxId;
        QString authorRole;
        QString authorName;
        QString body;
        QStringList attachments;
        QDateTime time;
        Delivery delivery = Delivery::None;
        QString error;
    };
    Delivery deliveryOf(const Row &row) const;
    QList<Row> m_delivered;
    QList<Row> m_pending;
    QLocale m_locale;
    qint64 m_readUpTo = 0;
};

} // namespace okpay
