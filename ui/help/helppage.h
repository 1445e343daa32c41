#pragma once
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace okpay {

// The Help tab: questions and answers, the contact channels, the email form, the user's tickets and the live chat,
// chosen from a list on the left. Works signed out and offline; the sections that need an account say so.
class HelpPage : public QWidget
{
    Q_OBJECT

public:
    enum class Section { Questions, Contact, Email, Tickets, Chat };
    explicit HelpPage(QWidget *parent = nullptr);

    // Each section's widget; the page takes ownership and deletes the one it replaces. nullptr: the placeholder.
    void setSection(Section section, QWidget *widget);
    QWidget *section(Section section) const;
    void showSection(Section section);
    Section currentSection() const;
    void setTicketsBadge(int unread);  // "My tickets (2)"

signals:
    void sectionShown(okpay::HelpPage::Section section);

private:
    QString title(Section section) const;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QList<QWidget *> m_widgets;
    int m_unread = 0;
};

} // namespace okpay
