#include "services/officiallinks.h"

#include <QRegularExpression>

namespace okpay {

namespace {
QString asciiHost(const QString &host)
{
    QString ace = QString::fromLatin1(QUrl::toAce(host)).toLower();
    if (ace.endsWith(u'.'))
        ace.chop(1);
    return ace;
}
} // namespace

OfficialLinks::OfficialLinks(QStringList domains)
{
    for (const QString &domain : domains) {
        const QString ace = asciiHost(domain.trimmed());
        if (!ace.isEmpty())
            m_domains << ace;
    }
}

QStringList OfficialLinks::defaultDomains()
{
    return {QStringLiteral("okpay.example")};
}

bool OfficialLinks::isOfficial(const QUrl &url) const
{
    if (!url.isValid() || url.scheme() != u"https" || !url.userInfo().isEmpty())
        return false;
    const QString host = asciiHost(url.host());
    if (host.isEmpty())
        return false;
    for (const QString &domain : m_domains) {
        if (host == domain || host.endsWith(u'.' + domain))
            return true;
    }
    return false;
}

QList<OfficialLinks::Link> OfficialLinks::find(const QString &text) const
{
    // Up to whitespace, angle brackets, quotes or CJK punctuation; "www." links are read as https.
    static const QRegularExpression pattern(QStringLiteral("(?:\\b[hH][tT][tT][pP][sS]?://|\\bwww\\.)[^\\s<>\"'，。！？、；：（）【】《》]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QString trailing = QStringLiteral(".,;:!?)]}*_~");
    QList<Link> links;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString raw = match.captured();
        while (!raw.isEmpty() && trailing.contains(raw.back()))
            raw.chop(1);
        if (raw.size() < 8)
            continue;
        const QUrl url = QUrl(raw.startsWith(u"www.", Qt::CaseInsensitive) ? QStringLiteral("https://") + raw : raw, QUrl::TolerantMode);
        if (!url.isValid() || url.host().isEmpty())
            continue;
        links.append(Link{match.capturedStart(), raw.size(), url, isOfficial(url)});
    }
    return links;
}

} // namespace okpay
