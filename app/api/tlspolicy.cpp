#include "api/tlspolicy.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkReply>
#include <QSslKey>

namespace okpay {

bool TlsPolicy::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

TlsPolicy::UrlCheck TlsPolicy::checkServerUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return UrlCheck::Invalid;
    if (url.scheme() == u"https")
        return UrlCheck::Ok;
    if (url.scheme() == u"http")
        return isLoopback(url) ? UrlCheck::Ok : UrlCheck::InsecureScheme;
    return UrlCheck::Invalid;
}

QSslConfiguration TlsPolicy::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty())
        config.addCaCertificates(m_extraCas);
    return config;
}

QByteArray TlsPolicy::spkiPin(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64();
}

bool TlsPolicy::chainMatchesPins(const QList<QSslCertificate> &chain) const
{
    if (m_pins.isEmpty())
        return true;
    for (const QSslCertificate &certificate : chain) {
        if (m_pins.contains(spkiPin(certificate)))
            return true;
    }
    return false;
}

void TlsPolicy::watch(QNetworkReply *reply) const
{
    if (m_pins.isEmpty())
        return;
    const TlsPolicy policy = *this;
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, policy] {
        if (!policy.chainMatchesPins(reply->sslConfiguration().peerCertificateChain())) {
            reply->setProperty("okpayPinMismatch", true);
            reply->abort();
        }
    });
}

} // namespace okpay
