#include "ui/balance/daterangefilter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace okpay {

namespace {
enum Preset { AllTime, Last7Days, Last30Days, ThisMonth, ThisYear, Custom };
}

DateRangeFilter::DateRangeFilter(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("historyDateRange"));
    m_preset->setObjectName(QStringLiteral("historyDatePreset"));
    m_preset->setAccessibleName(tr("Date range"));
    m_preset->addItem(tr("All time"), AllTime);
    m_preset->addItem(tr("Last 7 days"), Last7Days);
    m_preset->addItem(tr("Last 30 days"), Last30Days);
    m_preset->addItem(tr("This month"), ThisMonth);
    m_preset->addItem(tr("This year"), ThisYear);
    m_preset->addItem(tr("Custom dates"), Custom);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("historyDateFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setObjectName(QStringLiteral("historyDateTo"));
    m_to->setAccessibleName(tr("To date"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_preset->currentData().toInt() == Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        emit changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeFilter::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeFilter::changed);
}

bool DateRangeFilter::isActive() const
{
    return m_preset->currentData().toInt() != AllTime;
}

QDate DateRangeFilter::from() const
{
    switch (m_preset->currentData().toInt()) {
    case Last7Days:
        return m_today.addDays(-6);
    case Last30Days:
        return m_today.addDays(-29);
    case ThisMonth:
        return QDate(m_today.year(), m_today.month(), 1);
    case ThisYear:
        return QDate(m_today.year(), 1, 1);
    case Custom:
        return qMin(m_from->date(), m_to->date());  // a reversed range still means what the user picked
    default:
        return {};
    }
}

QDate DateRangeFilter::to() const
{
    if (m_preset->currentData().toInt() == Custom)
        return qMax(m_from->date(), m_to->date());
    return isActive() ? m_today : QDate();
}

} // namespace okpay
