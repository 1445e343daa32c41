#pragma once
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace okpay {

class BalanceChart;
class DateRangeFilter;
class TransactionDetails;

class SignedInAccount;

// The Balance tab: a card per currency (available and pending), when the data was last synced, and the history
// with filters. Reads the cache through the account's models, so it paints at once, also offline.
class BalancePage : public QWidget
{
    Q_OBJECT

public:
    explicit BalancePage(QWidget *parent = nullptr);
    void setAccount(SignedInAccount *account);

signals:
    void helpRequested(const QString &transactionId);  // "Get help with this transaction"

private:
    void showSelected();
    void rebuildCards();
    void applyFilter();
    void updateHistoryState();
    void exportCsv();
    SignedInAccount *m_account = nullptr;
    QWidget *m_cards;
    BalanceChart *m_chart;
    QLabel *m_lastSynced;
    QComboBox *m_type;
    QComboBox *m_status;
    QLineEdit *m_search;
    DateRangeFilter *m_dates;
    QCheckBox *m_hideAmounts;
    TransactionDetails *m_details;
    QPushButton *m_export;
    QStackedWidget *m_history;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace okpay
