#include "ui/help/faqfeedbackbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

namespace okpay {

namespace {
QPushButton *button(const QString &text, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}
} // namespace

FaqFeedbackBar::FaqFeedbackBar(QWidget *parent)
    : QWidget(parent), m_pages(new QStackedWidget(this)), m_commentPrompt(new QLabel(this)), m_comment(new QLineEdit(this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("faqFeedbackBar"));

    auto *ask = new QWidget(m_pages);
    auto *question = new QLabel(tr("Was this article helpful?"), ask);
    question->setObjectName(QStringLiteral("faqFeedbackQuestion"));
    auto *yes = button(tr("Yes"), QStringLiteral("faqFeedbackYes"), tr("Yes, this article was helpful"), ask);
    auto *no = button(tr("No"), QStringLiteral("faqFeedbackNo"), tr("No, this article was not helpful"), ask);
    auto *askLayout = new QHBoxLayout(ask);
    askLayout->setContentsMargins(0, 0, 0, 0);
    askLayout->addWidget(question);
    askLayout->addWidget(yes);
    askLayout->addWidget(no);
    askLayout->addStretch(1);

    auto *comment = new QWidget(m_pages);
    m_commentPrompt->setObjectName(QStringLiteral("faqFeedbackCommentPrompt"));
    m_commentPrompt->setParent(comment);
    m_comment->setParent(comment);
    m_comment->setObjectName(QStringLiteral("faqFeedbackComment"));
    m_comment->setAccessibleName(tr("Comment on this article (optional)"));
    m_comment->setPlaceholderText(tr("Optional comment"));
    m_comment->setMaxLength(2000);
    m_commentPrompt->setBuddy(m_comment);
    auto *sendButton = button(tr("Send"), QStringLiteral("faqFeedbackSend"), tr("Send your feedback"), comment);
    auto *commentLayout = new QHBoxLayout(comment);
    commentLayout->setContentsMargins(0, 0, 0, 0);
    commentLayout->addWidget(m_commentPrompt);
    commentLayout->addWidget(m_comment, 1);
    commentLayout->addWidget(sendButton);

    m_result->setParent(m_pages);
    m_result->setObjectName(QStringLiteral("faqFeedbackResult"));
    m_result->setWordWrap(true);

    m_pages->addWidget(ask);
    m_pages->addWidget(comment);
    m_pages->addWidget(m_result);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(yes, &QPushButton::clicked, this, [this] { choose(true); });
    connect(no, &QPushButton::clicked, this, [this] { choose(false); });
    connect(sendButton, &QPushButton::clicked, this, &FaqFeedbackBar::send);
    connect(m_comment, &QLineEdit::returnPressed, this, &FaqFeedbackBar::send);
}

void FaqFeedbackBar::reset()
{
    m_comment->clear();
    m_result->clear();
    m_pages->setCurrentIndex(0);
}

void FaqFeedbackBar::choose(bool helpful)
{
    m_helpful = helpful;
    m_commentPrompt->setText(helpful ? tr("Thanks! Anything to add?") : tr("Sorry about that. What was missing?"));
    m_pages->setCurrentIndex(1);
    m_comment->setFocus();
}

void FaqFeedbackBar::send()
{
    m_result->setText(tr("Sending your feedback…"));
    m_pages->setCurrentIndex(2);
    emit answered(m_helpful, m_comment->text().trimmed());
}

void FaqFeedbackBar::showState(HelpCenter::FeedbackState state, const QString &reason)
{
    switch (state) {
    case HelpCenter::FeedbackState::Sent:
        m_result->setText(tr("Thank you for your feedback."));
        break;
    case HelpCenter::FeedbackState::Queued:
        m_result->setText(tr("Thank you. Your feedback is saved and will be sent when the connection is back."));
        break;
    case HelpCenter::FeedbackState::Failed:
        m_result->setText(tr("Your feedback could not be sent: %1").arg(reason));
        break;
    }
    m_pages->setCurrentIndex(2);
}

} // namespace okpay
