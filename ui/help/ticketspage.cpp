#include "ui/help/ticketspage.h"

#include "services/supportservice.h"
#include "services/ticketlistmodel.h"
#include "ui/help/ticketform.h"
#include "ui/help/ticketthreadview.h"

#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace okpay {

namespace {
// Two lines per ticket (number and subject; state and last activity), bold with a dot while an answer is unread.
class TicketRows : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        const bool unread = QIdentityProxyModel::data(index, TicketListModel::UnreadRole).toBool();
        if (role == Qt::DisplayRole) {
            const QString first = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
            const QString second = TicketsPage::tr("%1 · %2").arg(QIdentityProxyModel::data(index, TicketListModel::StatusLabelRole).toString(),
                                                                  QIdentityProxyModel::data(index, TicketListModel::UpdatedRole).toString());
            return QString((unread ? TicketsPage::tr("● New reply · %1").arg(first) : first) + u'\n' + second);
        }
        if (role == Qt::FontRole && unread) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString pendingText(const PendingSupportItem &item)
{
    switch (item.state) {
    case PendingSupportItem::State::Queued:
        return item.lastError.isEmpty() ? TicketsPage::tr("%1 — waiting to be sent").arg(item.subject)
                                        : TicketsPage::tr("%1 — waiting to be sent: %2").arg(item.subject, item.lastError);
    case PendingSupportItem::State::Sending: return TicketsPage::tr("%1 — sending…").arg(item.subject);
    case PendingSupportItem::State::Sent: return TicketsPage::tr("%1 — sent").arg(item.subject);
    case PendingSupportItem::State::Failed: return TicketsPage::tr("%1 — not sent: %2").arg(item.subject, item.lastError);
    }
    return item.subject;
}
} // namespace

TicketsPage::TicketsPage(SupportService *support, TicketListModel *tickets, QWidget *parent)
    : QWidget(parent), m_support(support), m_tickets(tickets), m_left(new QStackedWidget(this)), m_list(new QListView(this)),
      m_pending(new QListWidget(this)), m_pendingTitle(new QLabel(tr("Not sent yet"), this)), m_retry(new QPushButton(tr("Try again"), this)),
      m_discard(new QPushButton(tr("Discard"), this)), m_right(new QStackedWidget(this)),
      m_hint(new QLabel(this)),
      m_thread(new TicketThreadView(support, this)), m_form(new TicketForm(support, this))
{
    setObjectName(QStringLiteral("ticketsPage"));
    m_tickets->setLocale(locale());
    auto *rows = new TicketRows(this);
    rows->setSourceModel(tickets);
    m_list->setObjectName(QStringLiteral("ticketsList"));
    m_list->setAccessibleName(tr("My tickets"));
    m_list->setModel(rows);
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_pending->setObjectName(QStringLiteral("ticketsPending"));
    m_pending->setAccessibleName(tr("Tickets not sent yet"));
    m_pending->setMaximumHeight(80);
    m_pendingTitle->setObjectName(QStringLiteral("ticketsPendingTitle"));
    m_retry->setObjectName(QStringLiteral("ticketsPendingRetry"));
    m_discard->setObjectName(QStringLiteral("ticketsPendingDiscard"));
    m_hint->setObjectName(QStringLiteral("ticketsHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    auto *title = new QLabel(tr("My tickets"), this);
    title->setObjectName(QStringLiteral("ticketsTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto *newTicket = new QPushButton(tr("New ticket"), this);
    newTicket->setObjectName(QStringLiteral("ticketsNewTicket"));
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(newTicket);

    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("ticketsEmpty"));
    auto *emptyTitle = new QLabel(tr("No tickets yet"), empty);
    emptyTitle->setObjectName(QStringLiteral("ticketsEmptyTitle"));
    emptyTitle->setFont(big);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyText = new QLabel(tr("A question about a payment or your account? Open a ticket: the answer appears here, "
                                    "and you can follow up in the same conversation."),
                                 empty);
    emptyText->setObjectName(QStringLiteral("ticketsEmptyText"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyNew = new QPushButton(tr("New ticket"), empty);
    emptyNew->setObjectName(QStringLiteral("ticketsEmptyNewTicket"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyNew, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    auto *listPage = new QWidget(this);
    auto *pendingButtons = new QHBoxLayout;
    pendingButtons->addStretch();
    pendingButtons->addWidget(m_retry);
    pendingButtons->addWidget(m_discard);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_pendingTitle);
    listLayout->addWidget(m_pending);
    listLayout->addLayout(pendingButtons);
    listLayout->addWidget(m_list, 1);
    m_left->addWidget(empty);
    m_left->addWidget(listPage);

    auto *leftPanel = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(leftPanel);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(header);
    leftLayout->addWidget(m_left, 1);
    auto *formScroll = new QScrollArea(this);
    formScroll->setObjectName(QStringLiteral("ticketFormScroll"));
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);
    m_right->addWidget(m_hint);
    m_right->addWidget(m_thread);
    m_right->addWidget(formScroll);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("ticketsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(leftPanel);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 840});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(newTicket, &QPushButton::clicked, this, [this] { showNewTicket(); });
    connect(emptyNew, &QPushButton::clicked, this, [this] { showNewTicket(); });
    // Selection, not the current row: focusing the list makes a row current without the user choosing it, and
    // opening a ticket marks it read.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList chosen = m_list->selectionModel()->selectedRows();
        if (!chosen.isEmpty())
            selectTicket(chosen.first().data(TicketListModel::TicketIdRole).toString());
    });
    connect(m_tickets, &QAbstractItemModel::modelReset, this, &TicketsPage::refreshList);
    connect(m_support, &SupportService::outboxChanged, this, &TicketsPage::refreshPending);
    connect(m_pending, &QListWidget::currentRowChanged, this, [this] { refreshPending(); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (auto *item = m_pending->currentItem())
            m_support->retry(item->data(Qt::UserRole).toString());
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (auto *item = m_pending->currentItem())
            m_support->discard(item->data(Qt::UserRole).toString());
    });
    connect(m_thread, &TicketThreadView::backRequested, this, [this] { m_right->setCurrentWidget(m_hint); });
    connect(m_thread, &TicketThreadView::newLinkedTicketRequested, this, [this](const QString &id, const QString &number) {
        m_form->setRelatedTicket(id, number);
        showNewTicket();
    });
    m_thread->setBackVisible(false);  // the list stays beside the conversation
    connect(m_form, &TicketForm::articleRequested, this, &TicketsPage::articleRequested);
    connect(m_form, &TicketForm::closeRequested, this, [this] { m_right->setCurrentWidget(m_selected.isEmpty() ? static_cast<QWidget *>(m_hint) : m_thread); });
    connect(m_form, &TicketForm::ticketQueued, this, [this] {
        m_hint->setText(tr("Your ticket is saved and is sent as soon as OKPay can be reached. It appears in the list then."));
        m_right->setCurrentWidget(m_hint);
        refreshPending();
    });
    refreshList();
}

void TicketsPage::setScreenshotSource(QWidget *source)
{
    m_form->setScreenshotSource(source);
    m_thread->setScreenshotSource(source);
}

void TicketsPage::setConfirmSend(const std::function<bool(QString *)> &confirm)
{
    m_form->setConfirmSend(confirm);
    m_thread->setConfirmSend(confirm);
}

void TicketsPage::setSuggestionProvider(const std::function<QList<std::pair<QString, QString>>(const QString &)> &provider)
{
    m_form->setSuggestionProvider(provider);
}

void TicketsPage::showNewTicket(const QString &transactionId)
{
    if (!transactionId.isEmpty())
        m_form->setRelatedTransaction(transactionId);
    m_form->reloadTransactions();
    m_right->setCurrentIndex(2);
}

void TicketsPage::showTicket(const QString &ticketId)
{
    const int row = m_tickets->rowOf(ticketId);
    if (row >= 0)
        m_list->setCurrentIndex(m_list->model()->index(row, 0));
    selectTicket(ticketId);
}

void TicketsPage::selectTicket(const QString &ticketId)
{
    m_selected = ticketId;
    m_thread->showTicket(ticketId);
    m_right->setCurrentWidget(m_thread);
}

void TicketsPage::refreshList()
{
    // A reset (sync, a new ticket) drops the selection: put it back on the ticket being read.
    const int row = m_selected.isEmpty() ? -1 : m_tickets->rowOf(m_selected);
    if (row >= 0) {
        const QSignalBlocker quiet(m_list->selectionModel());
        m_list->setCurrentIndex(m_list->model()->index(row, 0));
    }
    refreshPending();
}

void TicketsPage::refreshPending()
{
    const QString current = m_pending->currentItem() ? m_pending->currentItem()->data(Qt::UserRole).toString() : QString();
    const QList<PendingSupportItem> pending = m_support->pendingTickets();
    {
        const QSignalBlocker quiet(m_pending);
        m_pending->clear();
        for (const PendingSupportItem &item : pending) {
            auto *row = new QListWidgetItem(pendingText(item), m_pending);
            row->setData(Qt::UserRole, item.outboxId);
            row->setData(Qt::UserRole + 1, item.state == PendingSupportItem::State::Failed);
            if (item.outboxId == current)
                m_pending->setCurrentItem(row);
        }
    }
    const bool any = !pending.isEmpty();
    m_pendingTitle->setVisible(any);
    m_pending->setVisible(any);
    const bool failed = m_pending->currentItem() && m_pending->currentItem()->data(Qt::UserRole + 1).toBool();
    m_retry->setVisible(any);
    m_discard->setVisible(any);
    m_retry->setEnabled(failed);
    m_discard->setEnabled(m_pending->currentItem() != nullptr);
    const bool empty = !any && m_tickets->rowCount() == 0;
    m_left->setCurrentIndex(empty ? 0 : 1);
    if (m_right->currentWidget() == m_hint && m_selected.isEmpty())
        m_hint->setText(empty ? tr("When you open a ticket, your conversation with support appears here.")
                              : tr("Select a ticket to read the conversation, or open a new ticket."));
}

} // namespace okpay
