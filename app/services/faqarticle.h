#pragma once
#include <QDateTime>
#include <QStringList>

namespace okpay {

// One line of the FAQ index: what the categories tree and the related-articles list show.
struct FaqEntry
{
    QString id;
    QString title;
    QString category;       // slug, e.g. "withdrawal"
    QString categoryTitle;  // in the article's language
};

// A whole FAQ article as the help center shows it (value type, so the UI needs no store header).
struct FaqArticle
{
    QString id;
    QString locale;  // "en" or "zh_CN"
    QString title;
    QString category;
    QString categoryTitle;
    QString markdown;  // CommonMark with [text](faq:<id>) and [text](app:<action>) links
    QStringList tags;
    QDateTime updatedAt;  // invalid when unknown
};

} // namespace okpay
