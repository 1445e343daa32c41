#pragma once
#include <QDate>
#include <QStringList>
#include <optional>

namespace okpay {

// One FAQ article as written in resources/faq/<locale>/<id>.md: a front matter block (title, category,
// category_title, keywords, position, updated) between "---" lines, then CommonMark. The server imports these files
// and the wallet ships them as its offline copy; both parse them here, so they agree on what an article is.
struct FaqArticleFile
{
    static constexpr int kMaxBytes = 50000;

    QString id;
    QString locale;
    QString categoryId;
    QString categoryTitle;
    QString title;
    QString body;
    QStringList tags;
    int position = 0;
    QDate updated;  // "updated: 2026-11-25"; invalid when missing (not part of the content hash)

    // nullopt with a reason for a file without the required front matter.
    static std::optional<FaqArticleFile> parse(const QString &id, const QString &locale, const QByteArray &text,
                                               QString *error);
    QString contentHash() const;  // SHA-256 hex of what readers see; equal content, equal hash

    // The article ids a Markdown body links to with [text](faq:<id>), in order, without duplicates.
    static QStringList linkedArticleIds(const QString &markdown);
};

} // namespace okpay
