#pragma once
#include "core/transaction.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace okpay {

// The selected transaction in full under the history: amounts, method, status with the failure reason, the
// reference to quote to support, and "Get help with this transaction".
class TransactionDetails : public QWidget
{
    Q_OBJECT

public:
    explicit TransactionDetails(QWidget *parent = nullptr);
    void showTransaction(const std::optional<Transaction> &transaction, bool amountsHidden);

signals:
    void helpRequested(const QString &transactionId);

private:
    QLabel *m_text;
    QPushButton *m_help;
    QString m_id;
};

} // namespace okpay
