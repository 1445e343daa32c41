#pragma once
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;

namespace okpay {

class WalletCache;

// The balance over time of one currency (from the cache), over the last month, six months or year.
class BalanceChart : public QWidget
{
    Q_OBJECT

public:
    explicit BalanceChart(QWidget *parent = nullptr);
    void setCache(WalletCache *cache);  // nullptr when signed out
    void refresh();
    int pointCount() const { return m_points; }  // for tests

private:
    WalletCache *m_cache = nullptr;
    QComboBox *m_currency;
    QButtonGroup *m_range;
    QWidget *m_view;
    QLabel *m_empty;
    int m_points = 0;
};

} // namespace okpay
