#include "ui/funding/payoutdestinationpicker.h"

#include "ui/dialogs/payoutdestinationdialog.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace okpay {

PayoutDestinationPicker::PayoutDestinationPicker(const QString &prefix, FundingService *funding, bool secondFactorOn, QWidget *parent)
    : QWidget(parent), m_funding(funding), m_secondFactorOn(secondFactorOn), m_combo(new QComboBox(this)),
      m_add(new QPushButton(tr("Add…"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_error(new FieldErrorLabel(prefix + QStringLiteral("DestinationError"), this))
{
    m_combo->setObjectName(prefix + QStringLiteral("Destination"));
    m_combo->setAccessibleName(tr("Payout destination"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_add->setObjectName(prefix + QStringLiteral("DestinationAdd"));
    m_add->setAccessibleName(tr("Add a payout destination"));
    m_remove->setObjectName(prefix + QStringLiteral("DestinationRemove"));
    m_remove->setAccessibleName(tr("Remove this payout destination"));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &PayoutDestinationPicker::add);
    connect(m_remove, &QPushButton::clicked, this, &PayoutDestinationPicker::askRemove);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { m_remove->setEnabled(!currentId().isEmpty()); });
    connect(m_funding, &FundingService::destinationsLoaded, this, [this](const QList<PayoutDestination> &destinations) {
        m_destinations = destinations;
        m_state = State::Loaded;
        m_error->setError({});
        showDestinations();
    });
    connect(m_funding, &FundingService::destinationsFailed, this, [this](const QString &message) {
        m_state = State::Failed;
        m_error->setError(message);
        showDestinations();
    });
    connect(m_funding, &FundingService::destinationRemoved, this, [this] { reload(); });
    connect(m_funding, &FundingService::destinationRemoveFailed, this, [this](const QString &message) {
        m_error->setError(message);
        showDestinations();
    });
    showDestinations();
}

void PayoutDestinationPicker::reload()
{
    if (m_state != State::Loaded) {
        m_state = State::Loading;
        showDestinations();
    }
    m_funding->loadDestinations();
}

void PayoutDestinationPicker::setFilter(const QString &kind, const QString &currency)
{
    m_kind = kind;
    m_currency = currency;
    showDestinations();
}

QString PayoutDestinationPicker::currentId() const
{
    return m_combo->currentData().toString();
}

QString PayoutDestinationPicker::currentText() const
{
    return m_combo->currentText();
}

// Only the destinations of the method's kind and the page's currency; the empty, loading and failed states say so.
void PayoutDestinationPicker::showDestinations()
{
    const QString keep = m_select.isEmpty() ? currentId() : m_select;
    m_combo->clear();
    for (const PayoutDestination &d : std::as_const(m_destinations))
        if (d.kind == m_kind && d.currency == m_currency)
            m_combo->addItem(d.label, d.id);
    if (m_combo->count() == 0) {
        switch (m_state) {
        case State::Loading:
            m_combo->addItem(tr("Loading your saved destinations…"), QString());
            break;
        case State::Failed:
            m_combo->addItem(tr("Saved destinations could not be loaded"), QString());
            break;
        case State::Loaded:
            m_combo->addItem(tr("No saved destination for this method and currency: add one"), QString());
            break;
        }
    }
    if (const int index = m_combo->findData(keep); index >= 0 && !keep.isEmpty())
        m_combo->setCurrentIndex(index);
    if (m_state == State::Loaded)
        m_select.clear();
    m_combo->setEnabled(!currentId().isEmpty());
    m_add->setEnabled(!m_kind.isEmpty() && !m_currency.isEmpty());
    m_remove->setEnabled(!currentId().isEmpty());
}

void PayoutDestinationPicker::add()
{
    auto *dialog = new PayoutDestinationDialog(m_funding, m_kind, m_currency, m_secondFactorOn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PayoutDestinationDialog::saved, this, [this](const PayoutDestination &destination) {
        m_select = destination.id;
        m_error->setError({});
        reload();
    });
    dialog->open();
}

void PayoutDestinationPicker::askRemove()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove payout destination"),
                                tr("Remove “%1” from your saved destinations? Withdrawals already sent to it are not affected.")
                                    .arg(currentText()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeDestinationConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeDestinationConfirmButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("removeDestinationCancelButton"));
    box->setDefaultButton(cancel);  // a stray Enter keeps the destination
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, remove](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        m_remove->setEnabled(false);
        m_error->setError({});
        m_funding->removeDestination(id);
    });
    box->open();
}

} // namespace okpay
