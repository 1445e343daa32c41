#include "store/cachelocation.h"

#include <QCryptographicHash>
#include <QDir>

namespace okpay {

QString CacheLocation::databaseFile(const QString &serverUrl, const QString &userId) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(serverUrl.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(userId.toUtf8());
    const QString name = QString::fromLatin1(hash.result().toHex().left(32)) + QStringLiteral(".sqlite");
    return QDir(m_dataDir).filePath(QStringLiteral("cache/") + name);
}

} // namespace okpay
