#pragma once
#include <QStringList>

namespace okpay {

// Back/forward through the FAQ articles read, like a web browser: visiting an article after going back drops the
// articles that were ahead.
class FaqHistory
{
public:
    void visit(const QString &id);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_ids.size(); }
    QString back();     // the article to show, or "" when there is none
    QString forward();
    QString current() const { return m_index >= 0 ? m_ids.at(m_index) : QString(); }
    void clear();

private:
    QStringList m_ids;
    qsizetype m_index = -1;
};

} // namespace okpay
