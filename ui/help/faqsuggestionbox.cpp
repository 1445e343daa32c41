#include "ui/help/faqsuggestionbox.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace okpay {

FaqSuggestionBox::FaqSuggestionBox(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(tr("These articles may answer your question:"), this)), m_links(new QVBoxLayout)
{
    setObjectName(QStringLiteral("ticketSuggestions"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("ticketSuggestionsTitle"));
    m_title->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_links);
    m_links->setSpacing(0);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &FaqSuggestionBox::lookUpNow);
    setVisible(false);
}

void FaqSuggestionBox::setProvider(Provider provider)
{
    m_provider = std::move(provider);
    lookUpNow();
}

void FaqSuggestionBox::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_debounce.start();
}

void FaqSuggestionBox::lookUpNow()
{
    m_debounce.stop();
    QList<std::pair<QString, QString>> found;
    if (m_provider && !m_text.trimmed().isEmpty())
        found = m_provider(m_text.trimmed()).mid(0, 3);
    if (found == m_shown)
        return;
    m_shown = found;
    while (QLayoutItem *item = m_links->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_shown.size(); ++i) {
        const auto &[id, title] = m_shown.at(i);
        auto *link = new QCommandLinkButton(title, this);
        link->setObjectName(QStringLiteral("ticketSuggestion%1").arg(i));
        link->setAccessibleName(tr("Read the article “%1”").arg(title));
        link->setToolTip(tr("Opens the article; your ticket stays as you left it"));
        const QString articleId = id;
        connect(link, &QCommandLinkButton::clicked, this, [this, articleId] { emit articleRequested(articleId); });
        m_links->addWidget(link);
    }
    setVisible(!m_shown.isEmpty());
}

} // namespace okpay
