#include "ui/dialogs/moneyconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace okpay {

MoneyConfirmDialog::MoneyConfirmDialog(const QString &title, const QString &summary, QWidget *parent, int countdownSecs)
    : QDialog(parent), m_left(countdownSecs)
{
    setObjectName(QStringLiteral("moneyConfirmDialog"));
    setWindowTitle(title);
    setMinimumWidth(380);
    auto *text = new QLabel(summary, this);
    text->setObjectName(QStringLiteral("confirmSummary"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("confirmCancel"));
    m_confirm = buttons->addButton(tr("Confirm"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setEnabled(false);
    m_confirm->setAutoDefault(false);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    connect(&m_timer, &QTimer::timeout, this, &MoneyConfirmDialog::tick);
    tick();
    m_timer.start(1000);
}

void MoneyConfirmDialog::tick()
{
    if (m_left <= 0) {
        m_timer.stop();
        m_confirm->setText(tr("Confirm"));
        m_confirm->setEnabled(true);
        return;
    }
    m_confirm->setText(tr("Confirm (%1)").arg(m_left));
    --m_left;
}

} // namespace okpay
