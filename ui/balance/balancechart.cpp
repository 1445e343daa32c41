#include "ui/balance/balancechart.h"

#include "core/moneyformat.h"
#include "store/walletcache.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QValueAxis>

namespace okpay {

BalanceChart::BalanceChart(QWidget *parent)
    : QWidget(parent), m_currency(new QComboBox(this)), m_range(new QButtonGroup(this)), m_view(new QChartView(this)),
      m_empty(new QLabel(tr("The chart appears once your wallet has a balance."), this))
{
    setObjectName(QStringLiteral("balanceChart"));
    for (const Currency &c : Currency::walletCurrencies())
        m_currency->addItem(c.code(), c.code());
    m_currency->setObjectName(QStringLiteral("chartCurrency"));
    m_currency->setAccessibleName(tr("Chart currency"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Balance over time"), this));
    controls->addStretch();
    controls->addWidget(m_currency);
    const struct
    {
        QString label;
        int days;
    } ranges[] = {{tr("1M"), 31}, {tr("6M"), 183}, {tr("1Y"), 366}};
    for (const auto &range : ranges) {
        auto *button = new QPushButton(range.label, this);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("chartRange%1").arg(range.days));
        m_range->addButton(button, range.days);
        controls->addWidget(button);
    }
    m_range->button(183)->setChecked(true);
    auto *chartView = static_cast<QChartView *>(m_view);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(180);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &BalanceChart::refresh);
    connect(m_range, &QButtonGroup::idClicked, this, &BalanceChart::refresh);
    refresh();
}

void BalanceChart::setCache(WalletCache *cache)
{
    m_cache = cache;
    refresh();
}

void BalanceChart::refresh()
{
    const Currency currency = *Currency::fromCode(m_currency->currentData().toString());
    const QDate since = QDate::currentDate().addDays(-m_range->checkedId());
    auto *series = new QLineSeries;
    m_points = 0;
    qint64 lowest = 0;
    qint64 highest = 0;
    if (m_cache) {
        for (const auto &[day, minor] : m_cache->history(currency)) {
            if (day < since)
                continue;
            // Plotting needs a real axis; the amounts themselves stay exact minor units everywhere else.
            series->append(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch(), qreal(minor) / qreal(currency.minorPerMajor()));
            lowest = m_points == 0 ? minor : qMin(lowest, minor);
            highest = m_points == 0 ? minor : qMax(highest, minor);
            ++m_points;
        }
    }
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(highest - lowest < 10 * currency.minorPerMajor() ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    y->setTitleText(MoneyFormat::symbol(currency, locale()));
    const qreal span = qMax<qreal>(1, qreal(highest - lowest) / qreal(currency.minorPerMajor()));
    const qreal bottom = qreal(lowest) / qreal(currency.minorPerMajor()) - span * 0.1;
    y->setRange(lowest >= 0 ? qMax<qreal>(0, bottom) : bottom, qreal(highest) / qreal(currency.minorPerMajor()) + span * 0.1);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    static_cast<QChartView *>(m_view)->setChart(chart);  // the view owns and deletes the previous chart
    const bool worthAChart = m_points > 1 && highest > 0;  // a flat line at zero says nothing
    m_view->setVisible(worthAChart);
    m_empty->setVisible(!worthAChart);
}

} // namespace okpay
