#include "ui/help/faqhistory.h"

namespace okpay {

namespace {
constexpr qsizetype kMaxEntries = 100;
}

void FaqHistory::visit(const QString &id)
{
    if (current() == id)
        return;
    m_ids.resize(m_index + 1);
    m_ids.append(id);
    if (m_ids.size() > kMaxEntries)
        m_ids.removeFirst();
    m_index = m_ids.size() - 1;
}

QString FaqHistory::back()
{
    if (!canGoBack())
        return {};
    return m_ids.at(--m_index);
}

QString FaqHistory::forward()
{
    if (!canGoForward())
        return {};
    return m_ids.at(++m_index);
}

void FaqHistory::clear()
{
    m_ids.clear();
    m_index = -1;
}

} // namespace okpay
