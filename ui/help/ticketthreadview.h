#pragma once
#include "services/ticketthread.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace okpay {

class SupportService;
class TicketRatingBox;
class TicketReplyBox;

// One ticket: its number, subject and state, the conversation (the user's and the agent's messages with times in
// the user's locale, files to download or open), the reply box, and what can be done next: close, reopen within
// 14 days of solved (or open a new ticket linked to it after that), rate a solved ticket. Shows the cached copy at
// once and offline; refreshes from the server when it can.
class TicketThreadView : public QWidget
{
    Q_OBJECT

public:
    using ConfirmSend = std::function<bool(QString *text)>;
    using SavePathPicker = std::function<QString(const QString &suggestedName)>;  // "" = cancelled
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit TicketThreadView(SupportService *support, QWidget *parent = nullptr);

    void showTicket(const QString &ticketId);  // marks it read
    QString ticketId() const { return m_ticketId; }
    void setScreenshotSource(QWidget *source);
    void setBackVisible(bool visible);  // "‹ My tickets", for a layout where the list is not beside the thread
    void setConfirmSend(ConfirmSend confirm);
    void setSavePathPicker(SavePathPicker picker) { m_pickSavePath = std::move(picker); }  // a save dialog by default
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }  // QDesktopServices by default
    void attachmentAction(const QUrl &link);  // "download:<id>" or "open:<id>", as the conversation's links are

signals:
    void newLinkedTicketRequested(const QString &ticketId, const QString &number);
    void backRequested();

private:
    void render(const TicketThread &thread);
    void renderFromCache();
    void setNotice(const QString &text);
    void confirmClose();
    std::optional<TicketAttachmentInfo> attachment(const QString &id) const;
    QString messagesHtml(const TicketThread &thread) const;
    SupportService *m_support;
    SavePathPicker m_pickSavePath;
    UrlOpener m_openUrl;
    QString m_ticketId;
    std::optional<TicketThread> m_thread;
    QString m_opening;  // the attachment downloaded to be opened, not saved
    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_notice;
    QTextBrowser *m_messages;
    TicketReplyBox *m_reply;
    QWidget *m_reopenRow;
    QLineEdit *m_reopenReason;
    QPushButton *m_reopen;
    QLabel *m_followUpText;
    QPushButton *m_followUp;
    QPushButton *m_close;
    TicketRatingBox *m_rating;
};

} // namespace okpay
