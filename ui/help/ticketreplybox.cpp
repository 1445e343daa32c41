#include "ui/help/ticketreplybox.h"

#include "services/supportservice.h"
#include "ui/help/ticketattachmentlist.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace okpay {

TicketReplyBox::TicketReplyBox(SupportService *support, QWidget *parent)
    : QWidget(parent), m_support(support), m_editor(new QWidget(this)), m_text(new QPlainTextEdit(m_editor)),
      m_attachments(new TicketAttachmentList(support, QStringLiteral("reply"), m_editor)),
      m_send(new QPushButton(tr("Send reply"), m_editor)), m_status(new QLabel(this)), m_pending(new QVBoxLayout)
{
    setObjectName(QStringLiteral("ticketReplyBox"));
    m_text->setObjectName(QStringLiteral("ticketReplyText"));
    m_text->setAccessibleName(tr("Your reply"));
    m_text->setPlaceholderText(tr("Write a reply…"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(100);
    m_send->setObjectName(QStringLiteral("ticketReplySend"));
    m_status->setObjectName(QStringLiteral("ticketReplyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_attachments, 1);
    sendRow->addWidget(m_send, 0, Qt::AlignTop);
    auto *editor = new QVBoxLayout(m_editor);
    editor->setContentsMargins(0, 0, 0, 0);
    editor->addWidget(m_text);
    editor->addLayout(sendRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_pending);
    layout->addWidget(m_editor);
    layout->addWidget(m_status);

    connect(m_send, &QPushButton::clicked, this, &TicketReplyBox::send);
    connect(support, &SupportService::outboxChanged, this, &TicketReplyBox::refreshPending);
    connect(support, &SupportService::replyQueued, this, [this](const QString &ticketId) {
        if (ticketId != m_ticketId || !m_busy)
            return;
        m_busy = false;
        m_send->setEnabled(true);
        m_text->clear();
        m_attachments->clear();
        m_status->clear();
        refreshPending();
    });
    connect(support, &SupportService::replyRejected, this, [this](const QString &ticketId, const QString &message) {
        if (ticketId != m_ticketId || !m_busy)
            return;
        m_busy = false;
        m_send->setEnabled(true);
        m_status->setText(message);
    });
}

void TicketReplyBox::setTicket(const QString &ticketId)
{
    if (ticketId == m_ticketId)
        return refreshPending();
    m_ticketId = ticketId;
    m_busy = false;
    m_send->setEnabled(true);
    m_text->clear();
    m_attachments->clear();
    m_status->clear();
    refreshPending();
}

void TicketReplyBox::setCanReply(bool canReply)
{
    m_editor->setVisible(canReply);
}

void TicketReplyBox::setScreenshotSource(QWidget *source)
{
    m_attachments->setScreenshotSource(source);
}

QString TicketReplyBox::stateText(const PendingSupportItem &item)
{
    switch (item.state) {
    case PendingSupportItem::State::Queued:
        return item.lastError.isEmpty() ? tr("Waiting to be sent") : tr("Waiting to be sent: %1").arg(item.lastError);
    case PendingSupportItem::State::Sending: return tr("Sending…");
    case PendingSupportItem::State::Sent: return tr("Sent");
    case PendingSupportItem::State::Failed: return tr("Not sent: %1").arg(item.lastError);
    }
    return {};
}

void TicketReplyBox::refreshPending()
{
    while (QLayoutItem *item = m_pending->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    if (m_ticketId.isEmpty())
        return;
    const QList<PendingSupportItem> pending = m_support->pendingReplies(m_ticketId);
    for (int i = 0; i < pending.size(); ++i) {
        const PendingSupportItem &item = pending.at(i);
        auto *row = new QWidget(this);
        row->setObjectName(QStringLiteral("ticketPendingReply%1").arg(i));
        auto *label = new QLabel(row);
        label->setObjectName(QStringLiteral("ticketPendingReplyText%1").arg(i));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        QString body = item.body.simplified();
        if (body.size() > 120)
            body = body.left(119) + QChar(0x2026);
        label->setText(tr("Your reply “%1” — %2").arg(body, stateText(item)));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(label, 1);
        if (item.state == PendingSupportItem::State::Failed) {
            auto *retry = new QPushButton(tr("Try again"), row);
            retry->setObjectName(QStringLiteral("ticketReplyRetry%1").arg(i));
            auto *discard = new QPushButton(tr("Discard"), row);
            discard->setObjectName(QStringLiteral("ticketReplyDiscard%1").arg(i));
            const QString id = item.outboxId;
            connect(retry, &QPushButton::clicked, this, [this, id] { m_support->retry(id); });
            connect(discard, &QPushButton::clicked, this, [this, id] { m_support->discard(id); });
            rowLayout->addWidget(retry);
            rowLayout->addWidget(discard);
        }
        m_pending->addWidget(row);
    }
}

void TicketReplyBox::send()
{
    QString text = m_text->toPlainText().trimmed();
    if (m_busy || m_ticketId.isEmpty())
        return;
    if (text.isEmpty()) {
        m_status->setText(tr("Write your reply first."));
        return;
    }
    if (m_attachments->isChecking()) {
        m_status->setText(tr("Wait until the files are checked."));
        return;
    }
    if (m_confirmSend && !m_confirmSend(&text)) {
        m_status->setText(tr("Not sent. Edit your reply, then send it again."));
        return;
    }
    m_busy = true;
    m_send->setEnabled(false);
    m_status->setText(tr("Saving your reply…"));
    m_support->reply(m_ticketId, text, m_attachments->attachments());
}

} // namespace okpay
