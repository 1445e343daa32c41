#pragma once
#include <QStringList>

namespace okpay {

// The highlighted texts of a FAQ search hit: Markdown reduced to plain text, an excerpt around the first match and
// the matched words in <b>…</b>. Everything else is HTML-escaped, so article text can never inject markup.
class FaqSnippet
{
public:
    static QString plainText(const QString &markdown);
    // HTML: text escaped, every case-insensitive occurrence of a term in <b>…</b> (longest term first on overlaps).
    static QString highlight(const QString &text, const QStringList &terms);
    // HTML: about `width` characters of `plain` around the first term found (its start when none is).
    static QString excerpt(const QString &plain, const QStringList &terms, int width = 100);

private:
    struct Match
    {
        qsizetype at = -1;
        qsizetype length = 0;
    };
    static Match firstMatch(const QString &text, const QStringList &terms, qsizetype from);
};

} // namespace okpay
