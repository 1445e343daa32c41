#include "services/faqsnippet.h"

#include <QRegularExpression>

namespace okpay {

QString FaqSnippet::plainText(const QString &markdown)
{
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression lineStart(QStringLiteral("(?m)^\\s*(#{1,6}\\s+|>\\s*|[-*+]\\s+|\\d+[.)]\\s+)"));
    static const QRegularExpression emphasis(QStringLiteral("\\*{1,3}|`+|~~"));
    static const QRegularExpression boldLine(QStringLiteral("(?m)^\\*\\*([^*\n]+)\\*\\*[ \\t]*$"));  // a heading in bold
    static const QRegularExpression tableRule(QStringLiteral("(?m)^[ \\t|:-]*-[ \\t|:-]*$"));  // |---|:--| and --- rules
    QString text = markdown.left(20000);
    text.replace(image, QStringLiteral("\\1"));
    text.replace(link, QStringLiteral("\\1"));
    // "**How it works**" on its own line reads "How it works:" in one line of text.
    for (auto it = boldLine.globalMatch(markdown.left(20000)); it.hasNext();) {
        const QString heading = it.next().captured(1).trimmed();
        const bool punctuated = !heading.isEmpty() && heading.back().isPunct();
        text.replace(u"**" + heading + u"**", punctuated ? heading : heading + u':');
    }
    text.replace(tableRule, QString());
    text.replace(lineStart, QString());
    text.replace(u'|', u' ');
    text.replace(emphasis, QString());
    return text.simplified();
}

FaqSnippet::Match FaqSnippet::firstMatch(const QString &text, const QStringList &terms, qsizetype from)
{
    Match best;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        const qsizetype at = text.indexOf(term, from, Qt::CaseInsensitive);
        if (at >= 0 && (best.at < 0 || at < best.at || (at == best.at && term.size() > best.length)))
            best = Match{at, term.size()};
    }
    return best;
}

QString FaqSnippet::highlight(const QString &text, const QStringList &terms)
{
    QString html;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const Match m = firstMatch(text, terms, pos);
        if (m.at < 0)
            break;
        html += text.mid(pos, m.at - pos).toHtmlEscaped();
        html += QStringLiteral("<b>") + text.mid(m.at, m.length).toHtmlEscaped() + QStringLiteral("</b>");
        pos = m.at + m.length;
    }
    return html + text.mid(pos).toHtmlEscaped();
}

QString FaqSnippet::excerpt(const QString &plain, const QStringList &terms, int width)
{
    const Match m = firstMatch(plain, terms, 0);
    qsizetype start = m.at < 0 ? 0 : qMax<qsizetype>(0, m.at - width / 3);
    // Start at a word for Latin text (Chinese has no spaces to look for, any character will do).
    if (start > 0) {
        const qsizetype space = plain.indexOf(u' ', start);
        if (space >= 0 && m.at >= 0 && space < m.at && space - start < 15)
            start = space + 1;
    }
    qsizetype end = qMin(plain.size(), start + width);
    if (end < plain.size()) {
        const qsizetype space = plain.lastIndexOf(u' ', end);
        if (space > start + width * 2 / 3 && (m.at < 0 || space > m.at + m.length))
            end = space;
    }
    QString html = highlight(plain.mid(start, end - start), terms);
    if (start > 0)
        html.prepend(QStringLiteral("…"));
    if (end < plain.size())
        html.append(QStringLiteral("…"));
    return html;
}

} // namespace okpay
