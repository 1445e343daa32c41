#pragma once
#include <QGroupBox>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace okpay {

// "How did we do?" on a solved or closed ticket: 1 to 5 stars and an optional comment; shows the rating already
// given, which a new one replaces.
class TicketRatingBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit TicketRatingBox(QWidget *parent = nullptr);
    void setRating(int score, const QString &comment);  // 0: not rated yet
    void setBusy(bool busy);
    void setMessage(const QString &message);
    int chosenScore() const;

signals:
    void rateRequested(int score, const QString &comment);

private:
    QButtonGroup *m_stars;
    QLineEdit *m_comment;
    QPushButton *m_send;
    QLabel *m_state;
};

} // namespace okpay
