#include "core/faqarticlefile.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace okpay {

std::optional<FaqArticleFile> FaqArticleFile::parse(const QString &id, const QString &locale, const QByteArray &text,
                                                    QString *error)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QString ignored;
    QString &reason = error ? *error : ignored;
    const QString content = QString::fromUtf8(text).remove(u'\r');
    if (!idPattern.match(id).hasMatch() || text.size() > kMaxBytes || !content.startsWith(u"---\n")) {
        reason = QStringLiteral("%1/%2: needs a valid id, front matter and at most %3 bytes").arg(locale, id).arg(kMaxBytes);
        return std::nullopt;
    }
    const qsizetype end = content.indexOf(u"\n---\n", 3);
    if (end < 0) {
        reason = QStringLiteral("%1/%2: front matter is not closed").arg(locale, id);
        return std::nullopt;
    }
    FaqArticleFile article;
    article.id = id;
    article.locale = locale;
    const QStringList lines = content.mid(4, end - 4 + 1).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == u"title")
            article.title = value;
        else if (key == u"category")
            article.categoryId = value;
        else if (key == u"category_title")
            article.categoryTitle = value;
        else if (key == u"position")
            article.position = qBound(0, value.toInt(), 100000);
        else if (key == u"updated")
            article.updated = QDate::fromString(value, Qt::ISODate);
        else if (key == u"keywords")
            for (const QString &tag : value.split(u',', Qt::SkipEmptyParts))
                if (!tag.trimmed().isEmpty() && article.tags.size() < 20)
                    article.tags.append(tag.trimmed().left(50));
    }
    article.body = content.mid(end + 5).trimmed();
    if (article.categoryTitle.isEmpty())
        article.categoryTitle = article.categoryId;
    if (article.title.isEmpty() || article.title.size() > 200 || !slugPattern.match(article.categoryId).hasMatch()
        || article.categoryTitle.size() > 200 || article.body.isEmpty()) {
        reason = QStringLiteral("%1/%2: title, category (a slug) and a body are required").arg(locale, id);
        return std::nullopt;
    }
    return article;
}

QString FaqArticleFile::contentHash() const
{
    const QJsonObject all{{QStringLiteral("c"), categoryId}, {QStringLiteral("ct"), categoryTitle},
                          {QStringLiteral("t"), title}, {QStringLiteral("b"), body},
                          {QStringLiteral("k"), QJsonArray::fromStringList(tags)}, {QStringLiteral("p"), position}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

QStringList FaqArticleFile::linkedArticleIds(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral("\\]\\(faq:([A-Za-z0-9_-]{1,64})\\)"));
    QStringList ids;
    for (auto it = link.globalMatch(markdown); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace okpay
