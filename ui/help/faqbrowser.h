#pragma once
#include "ui/help/faqhistory.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeWidget;

namespace okpay {

class FaqArticleView;
class FaqFeedbackBar;
class HelpCenter;

// The offline FAQ: topics by category, search as you type (Chinese and English, typos forgiven, matches
// highlighted), the article with back/forward, related articles, "Was this helpful?" and a way on to contact support.
// Articles are in the app's language; links to app screens are handed to whoever shows the browser.
class FaqBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit FaqBrowser(HelpCenter *help, QWidget *parent = nullptr);

    void openArticle(const QString &id);    // deep link, e.g. from an error dialog's "Learn more"
    void setLocale(const QString &locale);  // "en" or "zh_CN"; by default the app's language
    QString locale() const { return m_locale; }
    QString currentArticle() const { return m_history.current(); }

signals:
    void appActionRequested(const QString &action);  // security, balance, topup, withdraw, contact, new-ticket, chat, email, tickets
    void contactRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildArticlePane();
    void reloadTopics();
    void runSearch();
    void presentArticle(const QString &id);
    void goBack();
    void goForward();
    void updateNavigation();

    HelpCenter *m_help;
    QString m_locale;
    FaqHistory m_history;
    QTimer m_searchDelay;
    bool m_refreshed = false;
    QLineEdit *m_search;
    QStackedWidget *m_listPages;
    QTreeWidget *m_topics;
    QListWidget *m_results;
    QLabel *m_noResults;
    QToolButton *m_back;
    QToolButton *m_forward;
    QLabel *m_place;
    QLabel *m_linkWarning;
    FaqArticleView *m_view;
    QLabel *m_related;
    FaqFeedbackBar *m_feedback;
    QPushButton *m_contact;
};

} // namespace okpay
