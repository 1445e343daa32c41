#include "ui/help/chatbubble.h"

#include "services/chatmessagemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace okpay {

namespace {
constexpr auto kUnofficialScheme = "okpay-unofficial";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}
} // namespace

ChatBubble::ChatBubble(const QPersistentModelIndex &index, const OfficialLinks *links, QWidget *parent)
    : QFrame(parent), m_index(index), m_links(links), m_author(new QLabel(this)), m_body(new QLabel(this)),
      m_files(new QLabel(this)), m_meta(new QLabel(this)), m_retry(new QPushButton(tr("Try again"), this)),
      m_discard(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("chatBubble"));
    m_mine = index.data(ChatMessageModel::AuthorRoleRole).toString() == u"user";
    setProperty("mine", m_mine);
    m_author->setObjectName(QStringLiteral("chatBubbleAuthor"));
    m_author->setTextFormat(Qt::PlainText);
    m_body->setObjectName(QStringLiteral("chatBubbleBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_body->setOpenExternalLinks(false);  // every click goes through activateLink
    m_files->setObjectName(QStringLiteral("chatBubbleFiles"));
    m_files->setTextFormat(Qt::PlainText);
    m_files->setWordWrap(true);
    m_meta->setObjectName(QStringLiteral("chatBubbleMeta"));
    m_meta->setTextFormat(Qt::PlainText);
    QFont small = m_meta->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_meta->setFont(small);
    m_author->setFont(small);
    m_retry->setObjectName(QStringLiteral("chatBubbleRetry"));
    m_retry->setAccessibleName(tr("Send this message again"));
    m_discard->setObjectName(QStringLiteral("chatBubbleDiscard"));
    m_discard->setAccessibleName(tr("Delete this unsent message"));
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    if (m_mine)
        footer->addStretch();
    footer->addWidget(m_meta);
    footer->addWidget(m_retry);
    footer->addWidget(m_discard);
    if (!m_mine)
        footer->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_author);
    layout->addWidget(m_body);
    layout->addWidget(m_files);
    layout->addLayout(footer);
    connect(m_body, &QLabel::linkActivated, this, &ChatBubble::activateLink);
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_index.data(ChatMessageModel::OutboxIdRole).toString()); });
    connect(m_discard, &QPushButton::clicked, this, [this] { emit discardRequested(m_index.data(ChatMessageModel::OutboxIdRole).toString()); });
    refresh();
}

void ChatBubble::refresh()
{
    if (!m_index.isValid())
        return;
    const QString author = m_index.data(ChatMessageModel::AuthorNameRole).toString();
    m_author->setText(author);
    m_author->setVisible(!m_mine && !author.isEmpty());
    m_unofficial.clear();
    m_body->setText(toHtml(m_index.data(Qt::DisplayRole).toString(), *m_links, !m_mine, &m_unofficial));
    const QStringList files = m_index.data(ChatMessageModel::AttachmentsRole).toStringList();
    m_files->setText(files.isEmpty() ? QString() : tr("Image: %1").arg(files.join(QStringLiteral(", "))));
    m_files->setVisible(!files.isEmpty());
    const auto delivery = ChatMessageModel::Delivery(m_index.data(ChatMessageModel::DeliveryStateRole).toInt());
    const QString time = m_index.data(ChatMessageModel::TimeRole).toString();
    QString state = m_index.data(ChatMessageModel::DeliveryRole).toString();
    if (delivery == ChatMessageModel::Delivery::Sent)
        state = QStringLiteral("✓ ") + state;
    else if (delivery == ChatMessageModel::Delivery::Read)
        state = QStringLiteral("✓✓ ") + state;
    m_meta->setText(state.isEmpty() ? time : time.isEmpty() ? state : tr("%1 · %2").arg(time, state));
    const QString error = m_index.data(ChatMessageModel::ErrorRole).toString();
    m_meta->setToolTip(error);
    const bool failed = delivery == ChatMessageModel::Delivery::Failed;
    const bool outboxed = !m_index.data(ChatMessageModel::OutboxIdRole).toString().isEmpty();
    m_retry->setVisible(failed && outboxed);
    m_discard->setVisible(failed && outboxed);
    setAccessibleName(m_mine ? tr("Your message, %1").arg(m_meta->text()) : tr("Message from %1, %2").arg(author, time));
    fitWidth(m_maxWidth);
}

void ChatBubble::fitWidth(int maxWidth)
{
    m_maxWidth = maxWidth;
    QTextDocument doc;
    doc.setDefaultFont(m_body->font());
    doc.setDocumentMargin(0);
    doc.setHtml(m_body->text());
    int natural = int(std::ceil(doc.idealWidth())) + 4;
    int footer = m_meta->sizeHint().width();
    for (const QWidget *button : {static_cast<QWidget *>(m_retry), static_cast<QWidget *>(m_discard)})
        if (!button->isHidden())
            footer += button->sizeHint().width() + 6;
    natural = std::max({natural, footer, m_author->isHidden() ? 0 : m_author->sizeHint().width(),
                    m_files->isHidden() ? 0 : m_files->fontMetrics().horizontalAdvance(m_files->text()) + 4});
    const QMargins margins = layout()->contentsMargins();
    setFixedWidth(qMin(maxWidth, natural + margins.left() + margins.right() + 2 * frameWidth()));
}

QString ChatBubble::bodyHtml() const
{
    return m_body->text();
}

QString ChatBubble::toHtml(const QString &text, const OfficialLinks &links, bool linkify, QList<QUrl> *unofficial)
{
    if (!linkify)
        return escaped(text);
    QString html;
    qsizetype at = 0;
    for (const OfficialLinks::Link &link : links.find(text)) {
        html += escaped(text.mid(at, link.start - at));
        const QString shown = escaped(text.mid(link.start, link.length));
        if (link.official) {
            html += QStringLiteral("<a href=\"%1\">%2</a>").arg(QString::fromUtf8(link.url.toEncoded()).toHtmlEscaped(), shown);
        } else {
            html += QStringLiteral("<a href=\"%1:%2\" style=\"color:#b45309;\">%3</a> <span style=\"color:#b45309;\">%4</span>")
                        .arg(QLatin1String(kUnofficialScheme)).arg(unofficial->size()).arg(shown, tr("⚠ not an official OKPay link"));
            unofficial->append(link.url);
        }
        at = link.start + link.length;
    }
    return html + escaped(text.mid(at));
}

void ChatBubble::activateLink(const QString &href)
{
    const QString prefix = QLatin1String(kUnofficialScheme) + u':';
    if (href.startsWith(prefix)) {
        bool ok = false;
        const int i = href.mid(prefix.size()).toInt(&ok);
        if (ok && i >= 0 && i < m_unofficial.size())
            emit linkClicked(m_unofficial.at(i), false);
        return;
    }
    const QUrl url(href);
    emit linkClicked(url, m_links->isOfficial(url));  // checked again: only a link we made official counts
}

} // namespace okpay
