#pragma once
#include "services/officiallinks.h"

#include <QFrame>
#include <QPersistentModelIndex>

class QLabel;
class QPushButton;

namespace okpay {

// One message of the chat: the user's on the right, the agent's on the left with the agent's name. The footer has
// the time in the user's locale and, on the user's messages, "Sending…", "Sent", "Read" or "Not sent" with
// "Try again". Links in the agent's messages are clickable only when they lead to an official OKPay domain;
// any other link is marked "not an official OKPay link" and asks first (linkClicked tells which).
class ChatBubble : public QFrame
{
    Q_OBJECT

public:
    ChatBubble(const QPersistentModelIndex &index, const OfficialLinks *links, QWidget *parent = nullptr);

    void refresh();  // re-reads the row
    void fitWidth(int maxWidth);  // as wide as its text needs, at most maxWidth
    bool isMine() const { return m_mine; }
    QPersistentModelIndex index() const { return m_index; }
    QString bodyHtml() const;
    // What a click on the body's link `href` does (public for tests).
    void activateLink(const QString &href);

    // The body as rich text: plain text escaped, official links as links, others flagged and not linked directly.
    static QString toHtml(const QString &text, const OfficialLinks &links, bool linkify, QList<QUrl> *unofficial);

signals:
    void linkClicked(const QUrl &url, bool official);
    void retryRequested(const QString &outboxId);
    void discardRequested(const QString &outboxId);

private:
    QPersistentModelIndex m_index;
    const OfficialLinks *m_links;
    bool m_mine = false;
    QList<QUrl> m_unofficial;
    int m_maxWidth = 400;
    QLabel *m_author;
    QLabel *m_body;
    QLabel *m_files;
    QLabel *m_meta;
    QPushButton *m_retry;
    QPushButton *m_discard;
};

} // namespace okpay
