#include "ui/help/chatbubblelist.h"

#include "ui/help/chatbubble.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace okpay {

namespace {
// Bubbles take at most this share of the width, so a long message still reads as one side's.
constexpr double kBubbleShare = 0.78;
} // namespace

ChatBubbleList::ChatBubbleList(QAbstractItemModel *model, QWidget *parent)
    : QScrollArea(parent), m_model(model), m_column(new QWidget), m_layout(new QVBoxLayout(m_column)), m_empty(new QLabel(m_column))
{
    setObjectName(QStringLiteral("chatMessages"));
    setAccessibleName(tr("Conversation"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_column->setObjectName(QStringLiteral("chatMessagesColumn"));
    m_column->setStyleSheet(QStringLiteral(
        "QFrame#chatBubble { border-radius: 10px; border: 1px solid palette(mid); background-color: palette(alternate-base); }"
        "QFrame#chatBubble[mine=\"true\"] { border-color: rgba(37, 99, 235, 0.45); background-color: rgba(37, 99, 235, 0.13); }"));
    m_empty->setObjectName(QStringLiteral("chatMessagesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setText(tr("Ask us anything about your wallet. An agent usually answers within a few minutes."));
    m_layout->setSpacing(8);
    m_layout->addWidget(m_empty);
    m_layout->addStretch();
    setWidget(m_column);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) { m_atBottom = value >= verticalScrollBar()->maximum() - 4; });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_atBottom)
            verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChatBubbleList::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) { insert(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) { remove(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &a, const QModelIndex &b) { changed(a.row(), b.row()); });
    rebuild();
}

void ChatBubbleList::setOfficialDomains(const QStringList &domains)
{
    m_links = OfficialLinks(domains);
    changed(0, int(m_bubbles.size()) - 1);
}

void ChatBubbleList::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void ChatBubbleList::rebuild()
{
    remove(0, int(m_bubbles.size()) - 1);
    if (m_model->rowCount() > 0)
        insert(0, m_model->rowCount() - 1);
    updateEmpty();
}

void ChatBubbleList::insert(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        auto *bubble = new ChatBubble(QPersistentModelIndex(m_model->index(row, 0)), &m_links);
        connect(bubble, &ChatBubble::linkClicked, this, &ChatBubbleList::linkClicked);
        connect(bubble, &ChatBubble::retryRequested, this, &ChatBubbleList::retryRequested);
        connect(bubble, &ChatBubble::discardRequested, this, &ChatBubbleList::discardRequested);
        place(bubble, row);
    }
    updateEmpty();
    followNewest();
}

void ChatBubbleList::place(ChatBubble *bubble, int row)
{
    auto *line = new QWidget(m_column);
    line->setObjectName(QStringLiteral("chatBubbleRow"));
    auto *h = new QHBoxLayout(line);
    h->setContentsMargins(0, 0, 0, 0);
    if (bubble->isMine())
        h->addStretch();
    h->addWidget(bubble);
    if (!bubble->isMine())
        h->addStretch();
    bubble->fitWidth(int(viewport()->width() * kBubbleShare));
    // Layout positions: the empty hint first, then one line per row, then the stretch.
    m_layout->insertWidget(row + 1, line);
    m_bubbles.insert(row, bubble);
    m_rows.insert(row, line);
}

void ChatBubbleList::remove(int first, int last)
{
    for (int row = last; row >= first && row < m_rows.size(); --row) {
        delete m_rows.takeAt(row);
        m_bubbles.removeAt(row);
    }
    updateEmpty();
}

void ChatBubbleList::changed(int first, int last)
{
    for (int row = qMax(0, first); row <= last && row < m_bubbles.size(); ++row)
        m_bubbles.at(row)->refresh();
}

void ChatBubbleList::followNewest()
{
    if (m_atBottom)
        QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

void ChatBubbleList::updateEmpty()
{
    m_empty->setVisible(m_bubbles.isEmpty());
}

void ChatBubbleList::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    for (ChatBubble *bubble : std::as_const(m_bubbles))
        bubble->fitWidth(int(viewport()->width() * kBubbleShare));
}

} // namespace okpay
