#include "ui/help/ticketratingbox.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace okpay {

TicketRatingBox::TicketRatingBox(QWidget *parent)
    : QGroupBox(tr("How did we do?"), parent), m_stars(new QButtonGroup(this)), m_comment(new QLineEdit(this)),
      m_send(new QPushButton(tr("Send rating"), this)), m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("ticketRating"));
    auto *stars = new QHBoxLayout;
    for (int score = 1; score <= 5; ++score) {
        auto *star = new QToolButton(this);
        star->setObjectName(QStringLiteral("ticketRatingStar%1").arg(score));
        star->setText(QString(score, QChar(0x2605)));
        star->setAccessibleName(tr("%n star(s)", nullptr, score));
        star->setToolTip(star->accessibleName());
        star->setCheckable(true);
        m_stars->addButton(star, score);
        stars->addWidget(star);
    }
    stars->addStretch();
    m_comment->setObjectName(QStringLiteral("ticketRatingComment"));
    m_comment->setAccessibleName(tr("Comment on the answer"));
    m_comment->setPlaceholderText(tr("Comment (optional)"));
    m_comment->setMaxLength(2000);
    m_send->setObjectName(QStringLiteral("ticketRatingSend"));
    m_send->setEnabled(false);
    m_state->setObjectName(QStringLiteral("ticketRatingState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    auto *row = new QHBoxLayout;
    row->addWidget(m_comment, 1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stars);
    layout->addLayout(row);
    layout->addWidget(m_state);
    connect(m_stars, &QButtonGroup::idClicked, this, [this] { m_send->setEnabled(true); });
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (chosenScore() > 0)
            emit rateRequested(chosenScore(), m_comment->text().trimmed());
    });
}

int TicketRatingBox::chosenScore() const
{
    return qMax(0, m_stars->checkedId());
}

void TicketRatingBox::setRating(int score, const QString &comment)
{
    m_stars->setExclusive(false);  // an exclusive group cannot uncheck its last button
    for (QAbstractButton *star : m_stars->buttons())
        star->setChecked(m_stars->id(star) == score);
    m_stars->setExclusive(true);
    m_comment->setText(comment);
    m_send->setEnabled(score > 0);
    m_state->setText(score > 0 ? tr("You rated this answer %1 of 5. You can change your rating.").arg(score)
                               : tr("Your rating helps us improve."));
}

void TicketRatingBox::setBusy(bool busy)
{
    m_send->setEnabled(!busy && chosenScore() > 0);
    if (busy)
        m_state->setText(tr("Sending your rating…"));
}

void TicketRatingBox::setMessage(const QString &message)
{
    m_state->setText(message);
}

} // namespace okpay
