#include "auth/passwordhasher.h"

#include "storage/ids.h"

#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace okpay::server {

namespace {
QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        qFatal("PBKDF2 failed");
    return out;
}
} // namespace

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray salt = Ids::randomBytes(16);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(Iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derive(password, salt, Iterations).toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != 32)
        return false;
    const QByteArray actual = derive(password, salt, iterations);
    return CRYPTO_memcmp(actual.constData(), expected.constData(), 32) == 0;
}

const QString &PasswordHasher::dummyHash()
{
    static const QString dummy = hash(Ids::newToken());
    return dummy;
}

} // namespace okpay::server
