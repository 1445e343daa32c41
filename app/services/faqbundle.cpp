#include "services/faqbundle.h"

#include "core/faqarticlefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace okpay {

QString FaqBundle::defaultRoot()
{
    return QStringLiteral(":/okpay-help/faq");
}

const QStringList &FaqBundle::locales()
{
    static const QStringList locales{QStringLiteral("en"), QStringLiteral("zh_CN")};
    return locales;
}

QStringList FaqBundle::files(const QString &locale) const
{
    const QDir dir(m_root + u'/' + locale);
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

QList<FaqArticleRecord> FaqBundle::articles(const QString &locale, QStringList *errors) const
{
    QList<FaqArticleRecord> records;
    for (const QString &path : files(locale)) {
        QFile file(path);
        QString error;
        std::optional<FaqArticleFile> article;
        if (file.open(QIODevice::ReadOnly))
            article = FaqArticleFile::parse(QFileInfo(path).completeBaseName(), locale, file.read(FaqArticleFile::kMaxBytes + 1), &error);
        else
            error = QStringLiteral("cannot read %1").arg(path);
        if (!article) {
            if (errors)
                errors->append(error);
            continue;
        }
        records.append(FaqArticleRecord{article->id, locale, article->categoryId, article->title, article->body,
                                        article->tags, article->position, 0,
                                        QDateTime(article->updated, QTime(0, 0), QTimeZone::utc()), article->categoryTitle});
    }
    return records;
}

QString FaqBundle::contentHash(const QString &locale) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : files(locale)) {
        QFile file(path);
        hash.addData(QFileInfo(path).fileName().toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.read(FaqArticleFile::kMaxBytes + 1));
        hash.addData(QByteArrayView("\0", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace okpay
