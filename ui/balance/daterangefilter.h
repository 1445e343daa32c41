#pragma once
#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace okpay {

// The history's date range: all time, the last 7 or 30 days, this month, this year, or custom dates (inclusive).
class DateRangeFilter : public QWidget
{
    Q_OBJECT

public:
    explicit DateRangeFilter(QWidget *parent = nullptr);
    QDate from() const;  // invalid = open
    QDate to() const;
    bool isActive() const;
    void setToday(const QDate &today) { m_today = today; }  // tests pin the day

signals:
    void changed();

private:
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDate m_today = QDate::currentDate();
};

} // namespace okpay
