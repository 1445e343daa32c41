#pragma once
#include <QWidget>

class QLabel;

namespace okpay {

class ChatService;

// The top of the chat window: where the chat stands (waiting in the queue with the position and estimated wait,
// the agent with a "Verified OKPay agent" badge once one joined, ended, closed) and, quietly, "Reconnecting…".
// The badge is shown only for an agent the OKPay server announced, never for a name typed into a message.
class ChatHeader : public QWidget
{
    Q_OBJECT

public:
    explicit ChatHeader(QWidget *parent = nullptr);
    void display(const ChatService &chat);
    static QString waitText(int secs);  // "about 4 minutes", "less than a minute"

private:
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_agent;
    QLabel *m_badge;
    QLabel *m_connection;
};

} // namespace okpay
