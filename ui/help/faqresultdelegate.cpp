#include "ui/help/faqresultdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace okpay {

namespace {
constexpr int kMargin = 6;

int textWidth(const QStyleOptionViewItem &option)
{
    const int width = option.widget ? option.widget->width() - 24 : option.rect.width();
    return qMax(120, width - 2 * kMargin);
}
} // namespace

void FaqResultDelegate::layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index, bool selected) const
{
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QColor text = option.palette.color(QPalette::Active, textRole);
    QColor muted = text;
    muted.setAlphaF(0.7f);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(option.font);
    doc.setDefaultStyleSheet(QStringLiteral("body { color: %1; } .muted { color: %2; }").arg(text.name(), muted.name(QColor::HexArgb)));
    // The HTML parts come from FaqSnippet: escaped text with <b> marks only.
    doc.setHtml(QStringLiteral("<body>%1<br><span class=\"muted\">%2 · %3</span></body>")
                    .arg(index.data(TitleHtmlRole).toString(), index.data(CategoryTitleRole).toString().toHtmlEscaped(),
                         index.data(SnippetHtmlRole).toString()));
    doc.setTextWidth(textWidth(option));
}

void FaqResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    layout(doc, option, index, option.state & QStyle::State_Selected);
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kMargin, kMargin));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size() - QSize(kMargin, kMargin)));
    doc.documentLayout()->draw(painter, QAbstractTextDocumentLayout::PaintContext());
    painter->restore();
}

QSize FaqResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    layout(doc, option, index, false);
    return QSize(textWidth(option) + 2 * kMargin, int(doc.size().height()) + 2 * kMargin);
}

} // namespace okpay
