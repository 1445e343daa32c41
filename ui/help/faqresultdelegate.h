#pragma once
#include <QStyledItemDelegate>

class QTextDocument;

namespace okpay {

// Draws a FAQ search hit as rich text: the title with the matched words in bold, its category, and the highlighted
// excerpt below, wrapped to the list's width. The item's DisplayRole stays plain text for screen readers.
class FaqResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { TitleHtmlRole = Qt::UserRole + 10, SnippetHtmlRole, CategoryTitleRole };
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index, bool selected) const;
};

} // namespace okpay
