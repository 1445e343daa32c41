#include "core/otpauthuri.h"

#include "core/base32.h"

#include <QUrlQuery>

namespace okpay {

namespace {
QString algorithmName(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return QStringLiteral("SHA1");
    case OtpAlgorithm::Sha256:
        return QStringLiteral("SHA256");
    case OtpAlgorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    return {};
}

std::optional<OtpAlgorithm> algorithmFromName(const QString &name)
{
    if (name.isEmpty() || name.compare(u"SHA1", Qt::CaseInsensitive) == 0)
        return OtpAlgorithm::Sha1;
    if (name.compare(u"SHA256", Qt::CaseInsensitive) == 0)
        return OtpAlgorithm::Sha256;
    if (name.compare(u"SHA512", Qt::CaseInsensitive) == 0)
        return OtpAlgorithm::Sha512;
    return std::nullopt;
}
} // namespace

QUrl OtpAuthUri::build(const Totp::Params &params, const QString &issuer, const QString &account)
{
    QUrl url;
    url.setScheme(QStringLiteral("otpauth"));
    url.setHost(QStringLiteral("totp"));
    url.setPath(u'/' + issuer + u':' + account);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), Base32::encode(params.secret));
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("algorithm"), algorithmName(params.algorithm));
    query.addQueryItem(QStringLiteral("digits"), QString::number(params.digits));
    query.addQueryItem(QStringLiteral("period"), QString::number(params.periodSecs));
    url.setQuery(query);
    return url;
}

std::optional<OtpAuthUri::Parsed> OtpAuthUri::parse(const QUrl &uri)
{
    if (uri.scheme() != u"otpauth" || uri.host() != u"totp")
        return std::nullopt;
    const QUrlQuery query(uri);
    const auto secret = Base32::decode(query.queryItemValue(QStringLiteral("secret"), QUrl::FullyDecoded));
    const auto algorithm = algorithmFromName(query.queryItemValue(QStringLiteral("algorithm")));
    bool digitsOk = true;
    bool periodOk = true;
    const QString digitsText = query.queryItemValue(QStringLiteral("digits"));
    const QString periodText = query.queryItemValue(QStringLiteral("period"));
    const int digits = digitsText.isEmpty() ? 6 : digitsText.toInt(&digitsOk);
    const int period = periodText.isEmpty() ? 30 : periodText.toInt(&periodOk);
    if (!secret || secret->isEmpty() || !algorithm || !digitsOk || !periodOk || (digits != 6 && digits != 8)
        || period < 1 || period > 300)
        return std::nullopt;

    Parsed parsed{Totp::Params{*secret, digits, period, *algorithm}, {}, {}};
    const QString label = uri.path(QUrl::FullyDecoded).mid(1);
    const qsizetype colon = label.indexOf(u':');
    parsed.account = colon < 0 ? label : label.mid(colon + 1).trimmed();
    parsed.issuer = query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded);
    if (parsed.issuer.isEmpty() && colon >= 0)
        parsed.issuer = label.left(colon);
    return parsed;
}

} // namespace okpay
