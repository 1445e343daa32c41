#pragma once
#include <QList>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkReply;

namespace okpay {

// The client's transport rules: HTTPS for every host that is not loopback, TLS 1.2 or later, certificate errors
// never ignored, and optional SPKI SHA-256 pins that refuse any other key even when a CA vouches for it.
class TlsPolicy
{
public:
    enum class UrlCheck { Ok, Invalid, InsecureScheme };
    static UrlCheck checkServerUrl(const QUrl &url);
    static bool isLoopback(const QUrl &url);

    // Pins: base64 of SHA-256 over the DER SubjectPublicKeyInfo (as `openssl pkey -pubin -outform der | sha256`).
    void setPins(const QList<QByteArray> &base64Pins) { m_pins = base64Pins; }
    // Extra trusted roots (a self-hosted server's own CA); added to, never replacing, the system roots.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCas = certificates; }

    QSslConfiguration sslConfiguration() const;
    // Aborts the reply during the handshake when pins are set and no certificate in the chain matches.
    void watch(QNetworkReply *reply) const;
    bool chainMatchesPins(const QList<QSslCertificate> &chain) const;
    static QByteArray spkiPin(const QSslCertificate &certificate);

private:
    QList<QByteArray> m_pins;
    QList<QSslCertificate> m_extraCas;
};

} // namespace okpay
