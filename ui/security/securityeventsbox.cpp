#include "ui/security/securityeventsbox.h"

#include "ui/security/securityeventmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace okpay {

namespace {
// Some air between the columns: ResizeToContents otherwise makes each exactly as wide as its longest text.
class PaddedCells : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(option.fontMetrics.averageCharWidth() * 2, 0);
    }
};
} // namespace

SecurityEventsBox::SecurityEventsBox(SecurityService *security, QWidget *parent)
    : QGroupBox(tr("Recent security activity"), parent), m_security(security), m_model(new SecurityEventModel(this)),
      m_table(new QTableView(this)), m_status(new QLabel(this)), m_retry(new QPushButton(tr("Try again"), this)),
      m_loadMore(new QPushButton(tr("Load more"), this))
{
    setObjectName(QStringLiteral("securityEventsBox"));
    m_table->setObjectName(QStringLiteral("securityEvents"));
    m_table->setAccessibleName(tr("Recent security activity"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PaddedCells(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(SecurityEventModel::What, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SecurityEventModel::When, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("securityEventsStatus"));
    m_status->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("securityEventsRetry"));
    m_retry->setAccessibleName(tr("Load recent security activity again"));
    m_retry->hide();
    m_loadMore->setObjectName(QStringLiteral("securityEventsLoadMore"));
    m_loadMore->setAccessibleName(tr("Load older security events"));
    m_loadMore->hide();
    m_table->hide();  // until there is a row to show

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_loadMore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(0);  // takes the room while the table is hidden, so the message stays at the top

    connect(m_retry, &QPushButton::clicked, this, [this] { request(m_pendingCursor); });  // the page that failed
    connect(m_loadMore, &QPushButton::clicked, this, [this] { request(m_nextCursor); });
    connect(m_security, &SecurityService::eventsLoaded, this, &SecurityEventsBox::showPage);
    connect(m_security, &SecurityService::failed, this,
            [this](SecurityService::Operation operation, const QString &, const QString &message) {
                if (operation == SecurityService::Operation::Events && m_loading)
                    showError(message);
            });
}

void SecurityEventsBox::reload()
{
    request({});
}

void SecurityEventsBox::request(const QString &cursor)
{
    m_pendingCursor = cursor;
    m_loading = true;
    m_retry->hide();
    m_loadMore->setEnabled(false);
    if (cursor.isEmpty() && m_model->rowCount() == 0) {
        m_status->setText(tr("Loading recent security activity…"));
        m_status->show();
    }
    m_security->loadEvents(cursor, kPageSize);
}

void SecurityEventsBox::showPage(const QList<SecurityEvent> &events, const QString &cursor, const QString &nextCursor)
{
    if (!m_loading || cursor != m_pendingCursor)
        return;  // an answer to a request that a reload replaced
    m_loading = false;
    if (cursor.isEmpty())
        m_model->setEvents(events);
    else
        m_model->appendEvents(events);
    m_nextCursor = nextCursor;
    m_status->setText(m_pendingCursor.isEmpty() ? tr("No security events yet. Sign-ins and changes to your password and "
                                                     "two-factor authentication will appear here.")
                                               : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    m_table->setVisible(m_model->rowCount() > 0);
    m_loadMore->setVisible(!m_nextCursor.isEmpty());
    m_loadMore->setEnabled(true);
}

void SecurityEventsBox::showError(const QString &message)
{
    m_loading = false;
    m_status->setText(m_pendingCursor.isEmpty() ? tr("Recent security activity could not be loaded. %1").arg(message)
                                                : tr("Older security events could not be loaded. %1").arg(message));
    m_status->show();
    m_table->setVisible(m_model->rowCount() > 0);
    m_retry->show();
    m_loadMore->hide();
}

} // namespace okpay
