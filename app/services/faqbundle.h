#pragma once
#include "store/faqstore.h"

namespace okpay {

// The FAQ compiled into the wallet (resources/faq/<locale>/*.md, the files the server loads too), the offline copy
// for a first start without network. Parsed with the server's FaqArticleFile; a file that does not parse is skipped
// and reported, so one broken article never hides the others.
class FaqBundle
{
public:
    explicit FaqBundle(QString root = defaultRoot()) : m_root(std::move(root)) {}

    static QString defaultRoot();  // ":/okpay-help/faq"
    static const QStringList &locales();  // en, zh_CN

    QList<FaqArticleRecord> articles(const QString &locale, QStringList *errors = nullptr) const;
    // SHA-256 over the locale's file names and bytes: changes when an app update changes the articles.
    QString contentHash(const QString &locale) const;

private:
    QStringList files(const QString &locale) const;
    QString m_root;
};

} // namespace okpay
