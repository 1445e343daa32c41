#pragma once
#include <QList>
#include <QStringList>
#include <QUrl>

namespace okpay {

// Links in a support message checked against OKPay's official domains: only https to one of those domains or
// their subdomains is official. Hosts are compared in their ASCII (punycode) form, so a look-alike name with
// Cyrillic letters, a user-info trick ("okpay.example@evil.test") or "okpay.example.evil.test" is not official.
class OfficialLinks
{
public:
    struct Link
    {
        qsizetype start = 0;  // position of the link text in the message
        qsizetype length = 0;
        QUrl url;
        bool official = false;
    };

    explicit OfficialLinks(QStringList domains = defaultDomains());
    static QStringList defaultDomains();  // okpay.example

    bool isOfficial(const QUrl &url) const;
    // Every http(s):// or www. link in the text, in order; trailing punctuation is not part of a link.
    QList<Link> find(const QString &text) const;
    const QStringList &domains() const { return m_domains; }

private:
    QStringList m_domains;  // lower-case ASCII
};

} // namespace okpay
