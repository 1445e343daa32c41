#include "ui/help/helppage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

namespace okpay {

namespace {
constexpr int kSections = 5;

QWidget *placeholder(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("helpPlaceholder"));
    return label;
}
} // namespace

HelpPage::HelpPage(QWidget *parent) : QWidget(parent), m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("helpPage"));
    m_nav->setObjectName(QStringLiteral("helpSections"));
    m_nav->setAccessibleName(tr("Help sections"));
    m_nav->setMaximumWidth(240);
    m_pages->setObjectName(QStringLiteral("helpPages"));
    for (int i = 0; i < kSections; ++i) {
        const auto section = Section(i);
        auto *item = new QListWidgetItem(title(section), m_nav);
        item->setData(Qt::UserRole, i);
        QWidget *empty = placeholder(section == Section::Tickets || section == Section::Chat
                                         ? tr("Sign in to see your tickets and chat with us. Questions and answers, the contact "
                                              "channels and the email form work without an account.")
                                         : tr("Loading…"),
                                     m_pages);
        m_widgets.append(empty);
        m_pages->addWidget(empty);
    }
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= kSections)
            return;
        m_pages->setCurrentIndex(row);
        emit sectionShown(Section(row));
    });
    m_nav->setCurrentRow(0);
}

QString HelpPage::title(Section section) const
{
    switch (section) {
    case Section::Questions:
        return tr("Questions and answers");
    case Section::Contact:
        return tr("Contact us");
    case Section::Email:
        return tr("Email us");
    case Section::Tickets:
        return m_unread > 0 ? tr("My tickets (%1)").arg(m_unread) : tr("My tickets");
    case Section::Chat:
        return tr("Live chat");
    }
    return {};
}

void HelpPage::setSection(Section section, QWidget *widget)
{
    const int index = int(section);
    QWidget *replacement = widget ? widget
                                  : placeholder(tr("Sign in to see your tickets and chat with us. Questions and answers, the "
                                                   "contact channels and the email form work without an account."),
                                                m_pages);
    QWidget *old = m_widgets.at(index);
    const bool wasCurrent = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, replacement);
    m_pages->removeWidget(old);
    m_widgets[index] = replacement;
    if (old != replacement)
        delete old;  // at once: a signed-out account's page must not outlive the account it shows
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
}

QWidget *HelpPage::section(Section section) const
{
    return m_widgets.at(int(section));
}

void HelpPage::showSection(Section section)
{
    m_nav->setCurrentRow(int(section));
}

HelpPage::Section HelpPage::currentSection() const
{
    return Section(qMax(0, m_nav->currentRow()));
}

void HelpPage::setTicketsBadge(int unread)
{
    m_unread = qMax(0, unread);
    m_nav->item(int(Section::Tickets))->setText(title(Section::Tickets));
}

} // namespace okpay
