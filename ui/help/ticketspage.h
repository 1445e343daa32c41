#pragma once
#include <QWidget>

#include <functional>
#include <utility>

class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace okpay {

class SupportService;
class TicketForm;
class TicketListModel;
class TicketThreadView;

// "My tickets" on the Help tab: the user's tickets from the cache (readable offline) with their state and an unread
// mark, tickets still waiting in the outbox, an empty state, and beside the list the selected ticket's conversation
// or the new-ticket form.
class TicketsPage : public QWidget
{
    Q_OBJECT

public:
    TicketsPage(SupportService *support, TicketListModel *tickets, QWidget *parent = nullptr);

    TicketForm *form() const { return m_form; }
    TicketThreadView *thread() const { return m_thread; }
    void showNewTicket(const QString &transactionId = {});  // "" keeps whatever the draft has
    void showTicket(const QString &ticketId);
    void setScreenshotSource(QWidget *source);
    void setConfirmSend(const std::function<bool(QString *text)> &confirm);
    void setSuggestionProvider(const std::function<QList<std::pair<QString, QString>>(const QString &)> &provider);

signals:
    void articleRequested(const QString &articleId);

private:
    void refreshList();
    void refreshPending();
    void selectTicket(const QString &ticketId);
    SupportService *m_support;
    TicketListModel *m_tickets;
    QString m_selected;
    QStackedWidget *m_left;
    QListView *m_list;
    QListWidget *m_pending;
    QLabel *m_pendingTitle;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QStackedWidget *m_right;
    QLabel *m_hint;
    TicketThreadView *m_thread;
    TicketForm *m_form;
};

} // namespace okpay
