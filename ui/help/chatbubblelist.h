#pragma once
#include "services/officiallinks.h"

#include <QScrollArea>

class QAbstractItemModel;
class QLabel;
class QVBoxLayout;

namespace okpay {

class ChatBubble;

// The conversation as a column of ChatBubbles bound to a ChatMessageModel: rows inserted, removed or changed in the
// model become bubbles added, removed or refreshed (never a rebuild while chatting). Follows the newest message
// while the user is at the bottom; stays where the user scrolled to otherwise. Shows a hint while empty.
class ChatBubbleList : public QScrollArea
{
    Q_OBJECT

public:
    ChatBubbleList(QAbstractItemModel *model, QWidget *parent = nullptr);

    void setOfficialDomains(const QStringList &domains);
    void setEmptyText(const QString &text);
    QList<ChatBubble *> bubbles() const { return m_bubbles; }

signals:
    void linkClicked(const QUrl &url, bool official);
    void retryRequested(const QString &outboxId);
    void discardRequested(const QString &outboxId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void insert(int first, int last);
    void remove(int first, int last);
    void changed(int first, int last);
    void place(ChatBubble *bubble, int row);
    void followNewest();
    void updateEmpty();

    QAbstractItemModel *m_model;
    OfficialLinks m_links;
    QWidget *m_column;
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    QList<ChatBubble *> m_bubbles;
    QList<QWidget *> m_rows;  // each bubble's row (with the stretch that pushes it left or right)
    bool m_atBottom = true;
};

} // namespace okpay
