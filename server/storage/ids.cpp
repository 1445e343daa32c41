#include "storage/ids.h"

#include <QCryptographicHash>
#include <openssl/rand.h>

namespace okpay::server {

QByteArray Ids::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("OpenSSL RAND_bytes failed");
    return bytes;
}

QString Ids::newId(const char *prefix)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    const QByteArray bytes = randomBytes(20);
    QString id = QString::fromLatin1(prefix) + u'_';
    for (const char b : bytes)
        id += QLatin1Char(alphabet[quint8(b) & 31]);
    return id;
}

QString Ids::newToken(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Ids::sha256Hex(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace okpay::server
