#pragma once
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace okpay::server {

// One FAQ article as written in resources/faq/<locale>/<id>.md: a front matter block (title, category,
// category_title, keywords, position, updated) between "---" lines, then CommonMark.
struct FaqArticleFile
{
    QString id;
    QString locale;
    QString categoryId;
    QString categoryTitle;
    QString title;
    QString body;
    QStringList tags;
    int position = 0;

    // nullopt with a reason for a file without the required front matter.
    static std::optional<FaqArticleFile> parse(const QString &id, const QString &locale, const QByteArray &text,
                                               QString *error);
    QString contentHash() const;
};

struct FaqLoadStats
{
    int added = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
};

// Brings the FAQ tables in line with a directory holding <locale>/<id>.md for the supported locales: new and changed
// articles get the locale's next revision, articles no longer present are marked deleted (so `since` deltas can
// report them). Idempotent: loading the same content again changes nothing.
std::optional<FaqLoadStats> loadFaqFromDirectory(const Database &db, const QString &dir, QString *error = nullptr);

// Loads the FAQ compiled into the server (":/okpay-faq") if the FAQ tables are still empty.
void ensureBundledFaqLoaded(const Database &db);

const QStringList &faqLocales();  // en, zh_CN

} // namespace okpay::server
