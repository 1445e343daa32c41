#include "ui/help/chatratingdialog.h"

#include "services/chatfollowup.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace okpay {

ChatRatingDialog::ChatRatingDialog(ChatFollowUp *followUp, const QString &agentName, QWidget *parent)
    : QDialog(parent), m_followUp(followUp), m_stars(new QButtonGroup(this)), m_comment(new QPlainTextEdit(this)),
      m_state(new QLabel(this)), m_send(new QPushButton(tr("Send rating"), this)), m_save(new QPushButton(tr("Save transcript…"), this)),
      m_close(new QPushButton(tr("Skip"), this))
{
    setObjectName(QStringLiteral("chatRatingDialog"));
    setWindowTitle(tr("Rate this chat"));
    setMinimumWidth(440);
    auto *question = new QLabel(agentName.isEmpty() ? tr("How was your chat with OKPay support?")
                                                    : tr("How was your chat with %1?").arg(agentName), this);
    question->setObjectName(QStringLiteral("chatRatingQuestion"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    auto *stars = new QHBoxLayout;
    for (int score = 1; score <= 5; ++score) {
        auto *star = new QToolButton(this);
        star->setObjectName(QStringLiteral("chatRatingStar%1").arg(score));
        star->setText(QString(score, QChar(0x2605)));
        star->setAccessibleName(tr("%n star(s)", nullptr, score));
        star->setToolTip(star->accessibleName());
        star->setCheckable(true);
        m_stars->addButton(star, score);
        stars->addWidget(star);
    }
    stars->addStretch();
    m_comment->setObjectName(QStringLiteral("chatRatingComment"));
    m_comment->setAccessibleName(tr("Comment on the chat"));
    m_comment->setPlaceholderText(tr("What went well, what could be better? (optional)"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    m_state->setObjectName(QStringLiteral("chatRatingState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_send->setObjectName(QStringLiteral("chatRatingSend"));
    m_send->setEnabled(false);
    m_send->setDefault(true);
    m_save->setObjectName(QStringLiteral("chatRatingSaveTranscript"));
    m_save->setToolTip(tr("Keep the whole conversation as a text file"));
    m_close->setObjectName(QStringLiteral("chatRatingClose"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(stars);
    layout->addWidget(m_comment);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    connect(m_stars, &QButtonGroup::idClicked, this, [this] { m_send->setEnabled(!m_busy); });
    connect(m_send, &QPushButton::clicked, this, &ChatRatingDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ChatRatingDialog::saveTranscriptRequested);
    connect(m_followUp, &ChatFollowUp::ratingSaved, this, [this](int score) {
        m_busy = false;
        m_state->setText(tr("Thank you! You rated this chat %1 of 5.").arg(score));
        m_send->setEnabled(true);
        m_send->setText(tr("Change rating"));
        m_close->setText(tr("Close"));
    });
    connect(m_followUp, &ChatFollowUp::ratingFailed, this, [this](const QString &message) {
        m_busy = false;
        m_send->setEnabled(true);
        m_state->setText(tr("Your rating was not sent. %1").arg(message));
    });
}

void ChatRatingDialog::choose(int score)
{
    if (QAbstractButton *star = m_stars->button(score))
        star->click();
}

void ChatRatingDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

void ChatRatingDialog::submit()
{
    const int score = m_stars->checkedId();
    if (score < 1 || m_busy)
        return;
    m_busy = true;
    m_send->setEnabled(false);
    m_state->setText(tr("Sending your rating…"));
    m_followUp->rate(score, m_comment->toPlainText().left(2000));
}

} // namespace okpay
