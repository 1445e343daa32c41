#pragma once
#include "services/ticketoutbox.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace okpay {

class SupportService;
class TicketAttachmentList;

// The reply under a ticket's conversation: text and files, queued in the outbox; below it the replies still on
// their way with their state (waiting, sending, sent, failed with the reason and "Try again" / "Discard").
class TicketReplyBox : public QWidget
{
    Q_OBJECT

public:
    using ConfirmSend = std::function<bool(QString *text)>;

    explicit TicketReplyBox(SupportService *support, QWidget *parent = nullptr);
    void setTicket(const QString &ticketId);
    void setCanReply(bool canReply);  // open and pending tickets take replies; the pending list always shows
    void setScreenshotSource(QWidget *source);
    void setConfirmSend(ConfirmSend confirm) { m_confirmSend = std::move(confirm); }
    void refreshPending();

private:
    void send();
    static QString stateText(const PendingSupportItem &item);
    SupportService *m_support;
    ConfirmSend m_confirmSend;
    QString m_ticketId;
    bool m_busy = false;
    QWidget *m_editor;
    QPlainTextEdit *m_text;
    TicketAttachmentList *m_attachments;
    QPushButton *m_send;
    QLabel *m_status;
    QVBoxLayout *m_pending;
};

} // namespace okpay
