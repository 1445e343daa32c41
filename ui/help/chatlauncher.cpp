#include "ui/help/chatlauncher.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace okpay {

ChatLauncher::ChatLauncher(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_open(new QPushButton(tr("Open the chat window"), this))
{
    setObjectName(QStringLiteral("chatLauncher"));
    auto *title = new QLabel(tr("Live chat"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(tr("Chat with an OKPay agent for quick answers during support hours. Outside them you can "
                               "leave a message, and we answer it as a ticket. Agents never ask for your password, "
                               "verification codes or recovery phrase."), this);
    text->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("chatLauncherStatus"));
    m_status->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("chatLauncherOpen"));
    m_open->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(m_status);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_open, &QPushButton::clicked, this, &ChatLauncher::openRequested);
}

void ChatLauncher::setStatus(const QString &status)
{
    m_status->setText(status);
}

} // namespace okpay
