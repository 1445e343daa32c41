#pragma once
#include <QFrame>
#include <QTimer>

#include <functional>
#include <utility>

class QLabel;
class QVBoxLayout;

namespace okpay {

// "These articles may answer your question": up to three FAQ articles for what the user is typing, looked up a
// moment after the typing stops. The lookup is the lead's FAQ search, plugged in as a provider of (id, title).
class FaqSuggestionBox : public QFrame
{
    Q_OBJECT

public:
    using Provider = std::function<QList<std::pair<QString, QString>>(const QString &text)>;

    explicit FaqSuggestionBox(QWidget *parent = nullptr);
    void setProvider(Provider provider);
    void setText(const QString &text);  // looks up after a short pause
    void lookUpNow();
    int count() const { return int(m_shown.size()); }

signals:
    void articleRequested(const QString &articleId);

private:
    Provider m_provider;
    QString m_text;
    QTimer m_debounce;
    QLabel *m_title;
    QVBoxLayout *m_links;
    QList<std::pair<QString, QString>> m_shown;
};

} // namespace okpay
