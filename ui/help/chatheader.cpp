#include "ui/help/chatheader.h"

#include "services/chatservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace okpay {

ChatHeader::ChatHeader(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(tr("Live chat with OKPay support"), this)), m_status(new QLabel(this)),
      m_agent(new QLabel(this)), m_badge(new QLabel(tr("✔ Verified OKPay agent"), this)), m_connection(new QLabel(this))
{
    setObjectName(QStringLiteral("chatHeader"));
    m_title->setObjectName(QStringLiteral("chatTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_status->setObjectName(QStringLiteral("chatStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_agent->setObjectName(QStringLiteral("chatAgentName"));
    m_agent->setTextFormat(Qt::PlainText);
    QFont agentFont = m_agent->font();
    agentFont.setBold(true);
    m_agent->setFont(agentFont);
    m_badge->setObjectName(QStringLiteral("chatAgentBadge"));
    m_badge->setToolTip(tr("This agent was connected by the OKPay server. OKPay staff never ask for your password, "
                           "verification codes or recovery phrase."));
    m_badge->setStyleSheet(QStringLiteral("QLabel { color: #166534; background-color: #dcfce7; border: 1px solid #86efac; "
                                          "border-radius: 8px; padding: 1px 8px; }"));
    m_connection->setObjectName(QStringLiteral("chatConnection"));
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setEnabled(false);  // drawn dimmed: a hint, not an alarm
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addStretch();
    titleRow->addWidget(m_connection);
    auto *agentRow = new QHBoxLayout;
    agentRow->addWidget(m_agent);
    agentRow->addWidget(m_badge);
    agentRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addLayout(agentRow);
    layout->addWidget(m_status);
}

QString ChatHeader::waitText(int secs)
{
    if (secs < 60)
        return tr("less than a minute");
    const int minutes = (secs + 59) / 60;
    if (minutes < 90)
        return tr("about %n minute(s)", nullptr, minutes);
    return tr("about %n hour(s)", nullptr, (minutes + 30) / 60);
}

void ChatHeader::display(const ChatService &chat)
{
    QString status;
    switch (chat.state()) {
    case ChatService::State::Idle:
        status = tr("Type your question below to start a chat.");
        break;
    case ChatService::State::Starting:
        status = tr("Connecting you to support…");
        break;
    case ChatService::State::Queued:
        if (chat.queuePosition() <= 0)
            status = tr("Waiting for an agent…");
        else if (chat.estimatedWaitSecs() < 0)
            status = tr("You are number %1 in the queue.").arg(chat.queuePosition());
        else
            status = tr("You are number %1 in the queue. Estimated wait: %2.").arg(chat.queuePosition()).arg(waitText(chat.estimatedWaitSecs()));
        break;
    case ChatService::State::Active:
        status = tr("You are chatting with an OKPay agent.");
        break;
    case ChatService::State::Ended:
        status = tr("This chat has ended.");
        break;
    case ChatService::State::Closed:
        status = chat.errorText().isEmpty() ? tr("Live chat is closed now.") : chat.errorText();
        break;
    case ChatService::State::Failed:
        status = chat.errorText();
        break;
    }
    m_status->setText(status);
    const bool agent = !chat.agentName().isEmpty() && chat.state() != ChatService::State::Idle;
    m_agent->setText(chat.agentName());
    m_agent->setVisible(agent);
    m_badge->setVisible(agent && chat.agentVerified());
    m_connection->setText(chat.isReconnecting() ? tr("Reconnecting…") : QString());
}

} // namespace okpay
