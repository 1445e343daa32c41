#include "ui/balance/balancepage.h"

#include "services/signedinaccount.h"
#include "services/transactioncsv.h"
#include "ui/balance/balancechart.h"
#include "ui/balance/daterangefilter.h"
#include "ui/balance/transactiondetails.h"

#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QFileDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>

namespace okpay {

BalancePage::BalancePage(QWidget *parent)
    : QWidget(parent), m_cards(new QWidget(this)), m_chart(new BalanceChart(this)), m_lastSynced(new QLabel(this)), m_type(new QComboBox(this)),
      m_status(new QComboBox(this)), m_search(new QLineEdit(this)), m_dates(new DateRangeFilter(this)),
      m_hideAmounts(new QCheckBox(tr("Hide amounts"), this)), m_details(new TransactionDetails(this)), m_export(new QPushButton(tr("Export CSV…"), this)), m_history(new QStackedWidget(this)),
      m_table(new QTableView(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("balancePage"));
    new QHBoxLayout(m_cards);
    m_cards->setObjectName(QStringLiteral("balanceCards"));
    m_lastSynced->setObjectName(QStringLiteral("lastSynced"));
    m_lastSynced->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_type->setObjectName(QStringLiteral("historyTypeFilter"));
    m_type->setAccessibleName(tr("Transaction type"));
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("Top-ups"), QStringLiteral("topup"));
    m_type->addItem(tr("Withdrawals"), QStringLiteral("withdrawal"));
    m_type->addItem(tr("Refunds"), QStringLiteral("refund"));
    m_status->setObjectName(QStringLiteral("historyStatusFilter"));
    m_status->setAccessibleName(tr("Transaction status"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Pending"), QStringLiteral("pending"));
    m_status->addItem(tr("Completed"), QStringLiteral("completed"));
    m_status->addItem(tr("Failed"), QStringLiteral("failed"));
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setAccessibleName(tr("Search transactions"));
    m_search->setPlaceholderText(tr("Search description or reference"));
    m_search->setClearButtonEnabled(true);

    m_hideAmounts->setObjectName(QStringLiteral("hideAmounts"));
    m_hideAmounts->setToolTip(tr("Shows dots instead of amounts, for example when sharing your screen."));

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(TransactionTableModel::DateColumn, Qt::DescendingOrder);
    m_table->setAccessibleName(tr("Transaction history"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(false);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_history->addWidget(m_table);
    m_history->addWidget(m_empty);

    auto *historyTitle = new QLabel(tr("History"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    auto *filters = new QHBoxLayout;
    filters->addWidget(historyTitle);
    filters->addStretch();
    filters->addWidget(m_type);
    filters->addWidget(m_status);
    filters->addWidget(m_dates);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_export);
    m_export->setObjectName(QStringLiteral("historyExport"));
    connect(m_export, &QPushButton::clicked, this, &BalancePage::exportCsv);

    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(m_lastSynced, 1);
    syncRow->addWidget(m_hideAmounts);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cards);
    layout->addLayout(syncRow);
    layout->addWidget(m_chart, 1);
    layout->addLayout(filters);
    layout->addWidget(m_history, 2);
    layout->addWidget(m_details);

    connect(m_type, &QComboBox::currentIndexChanged, this, &BalancePage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &BalancePage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &BalancePage::applyFilter);
    connect(m_dates, &DateRangeFilter::changed, this, &BalancePage::applyFilter);
    connect(m_details, &TransactionDetails::helpRequested, this, &BalancePage::helpRequested);
    connect(m_hideAmounts, &QCheckBox::toggled, this, [this](bool hidden) {
        if (!m_account)
            return;
        m_account->transactions().setAmountsHidden(hidden);
        rebuildCards();
        showSelected();
    });
    setAccount(nullptr);
}

void BalancePage::setAccount(SignedInAccount *account)
{
    m_account = account;
    m_table->setModel(account ? &account->transactions() : nullptr);
    m_chart->setCache(account ? &account->wallet() : nullptr);
    if (account) {
        account->balances().setLocale(locale());
        account->transactions().setLocale(locale());
        connect(&account->balances(), &QAbstractItemModel::modelReset, this, &BalancePage::rebuildCards);
        connect(&account->transactions(), &QAbstractItemModel::modelReset, this, &BalancePage::updateHistoryState);
        connect(&account->transactions(), &QAbstractItemModel::modelReset, this, &BalancePage::showSelected);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BalancePage::showSelected);
        account->transactions().setAmountsHidden(m_hideAmounts->isChecked());
        auto *header = m_table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(TransactionTableModel::DescriptionColumn, QHeaderView::Stretch);
    }
    rebuildCards();
    updateHistoryState();
    showSelected();
}

void BalancePage::showSelected()
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    m_details->showTransaction(m_account && current.isValid() ? m_account->transactions().transaction(current.row()) : std::nullopt,
                               m_hideAmounts->isChecked());
}

void BalancePage::rebuildCards()
{
    QLayout *row = m_cards->layout();
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_account)
        return;
    const BalanceListModel &balances = m_account->balances();
    for (int i = 0; i < balances.rowCount(); ++i) {
        const QModelIndex index = balances.index(i);
        auto *card = new QFrame(m_cards);
        card->setObjectName(QStringLiteral("balanceCard_") + balances.data(index, BalanceListModel::CurrencyRole).toString());
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        auto *currency = new QLabel(balances.data(index, BalanceListModel::CurrencyRole).toString(), card);
        const bool hidden = m_hideAmounts->isChecked();
        auto *available = new QLabel(hidden ? TransactionTableModel::hiddenAmount()
                                            : balances.data(index, BalanceListModel::AvailableTextRole).toString(), card);
        available->setObjectName(QStringLiteral("availableAmount"));
        QFont big = available->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        available->setFont(big);
        available->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *pending = new QLabel(tr("Pending: %1").arg(hidden ? TransactionTableModel::hiddenAmount()
                                                                : balances.data(index, BalanceListModel::PendingTextRole).toString()), card);
        pending->setObjectName(QStringLiteral("pendingAmount"));
        cardLayout->addWidget(currency);
        cardLayout->addWidget(available);
        cardLayout->addWidget(pending);
        card->setAccessibleName(tr("%1 balance: %2 available").arg(currency->text(), available->text()));
        row->addWidget(card);
    }
    m_chart->refresh();  // the cards and the chart change with each sync round
    const QDateTime synced = m_account->sync().lastSynced();
    m_lastSynced->setText(synced.isValid() ? tr("Last synced %1").arg(locale().toString(synced.toLocalTime(), QLocale::ShortFormat))
                                           : tr("Not synced yet"));
}

void BalancePage::exportCsv()
{
    if (!m_account)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/okpay-history.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const qint64 rows = file.open(QIODevice::WriteOnly)
                            ? TransactionCsv::write(m_account->transactionStore(), m_account->transactions().filter(), file)
                            : -1;
    if (rows < 0 || !file.commit())
        m_lastSynced->setText(tr("The history could not be saved to %1.").arg(path));
    else
        m_lastSynced->setText(tr("%n transaction(s) exported to %1.", nullptr, int(qMin<qint64>(rows, INT_MAX))).arg(path));
}

void BalancePage::applyFilter()
{
    if (!m_account)
        return;
    TransactionFilter filter = m_account->transactions().filter();  // keeps the sort order
    filter.type = m_type->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.text = m_search->text();
    filter.from = m_dates->from();
    filter.to = m_dates->to();
    m_account->transactions().setFilter(filter);
}

void BalancePage::updateHistoryState()
{
    const int rows = m_account ? m_account->transactions().rowCount() : 0;
    const bool filtered = m_type->currentIndex() > 0 || m_status->currentIndex() > 0 || !m_search->text().isEmpty() || m_dates->isActive();
    m_empty->setText(filtered ? tr("No transactions match these filters.")
                              : tr("No transactions yet. Top up your wallet to get started."));
    m_history->setCurrentWidget(rows > 0 ? static_cast<QWidget *>(m_table) : m_empty);
}

} // namespace okpay
