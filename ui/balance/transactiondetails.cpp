#include "ui/balance/transactiondetails.h"

#include "core/moneyformat.h"
#include "services/transactiontablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace okpay {

TransactionDetails::TransactionDetails(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_help(new QPushButton(tr("Get help with this transaction"), this))
{
    setObjectName(QStringLiteral("transactionDetails"));
    m_text->setObjectName(QStringLiteral("transactionDetailsText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_help->setObjectName(QStringLiteral("transactionHelp"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_help, 0, Qt::AlignTop);
    connect(m_help, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            emit helpRequested(m_id);
    });
    showTransaction(std::nullopt, false);
}

void TransactionDetails::showTransaction(const std::optional<Transaction> &t, bool amountsHidden)
{
    m_id = t ? t->id : QString();
    m_help->setEnabled(t.has_value());
    if (!t) {
        m_text->setText(tr("Select a transaction to see its details."));
        return;
    }
    const QLocale l = locale();
    const auto money = [&](const Money &m) { return amountsHidden ? TransactionTableModel::hiddenAmount() : MoneyFormat::withSymbol(m, l); };
    QStringList lines;
    lines << tr("%1 · %2 · %3").arg(TransactionTableModel::typeLabel(t->type), TransactionTableModel::statusLabel(t->status),
                                    l.toString(t->createdAt.toLocalTime(), QLocale::LongFormat));
    lines << tr("Amount %1 · fee %2 · total %3").arg(money(t->amount), money(t->fee), money(t->total));
    if (!t->methodKind.isEmpty())
        lines << tr("Method: %1").arg(TransactionTableModel::methodLabel(t->methodKind));
    lines << tr("Transaction ID: %1").arg(t->id);
    if (!t->reference.isEmpty())
        lines << tr("Reference: %1").arg(t->reference);
    if (!t->failureReason.isEmpty())
        lines << tr("Why it failed: %1").arg(t->failureReason);
    if (t->status == u"pending" && t->type == u"topup" && t->methodKind == u"bank_transfer")
        lines << tr("Bank transfers arrive in 1–3 business days. Use the reference above when you pay.");
    m_text->setText(lines.join(u'\n'));
}

} // namespace okpay
