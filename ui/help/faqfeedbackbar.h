#pragma once
#include "services/helpcenter.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace okpay {

// "Was this helpful?" under an article: Yes or No, then an optional comment, then what became of the answer
// (thanks, saved until online, or refused with the reason).
class FaqFeedbackBar : public QWidget
{
    Q_OBJECT

public:
    explicit FaqFeedbackBar(QWidget *parent = nullptr);
    void reset();  // another article: ask again
    void showState(HelpCenter::FeedbackState state, const QString &reason);

signals:
    void answered(bool helpful, const QString &comment);

private:
    void choose(bool helpful);
    void send();
    QStackedWidget *m_pages;
    QLabel *m_commentPrompt;
    QLineEdit *m_comment;
    QLabel *m_result;
    bool m_helpful = false;
};

} // namespace okpay
