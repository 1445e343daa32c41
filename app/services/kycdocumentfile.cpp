#include "services/kycdocumentfile.h"

#include "core/filecontenttype.h"

#include <QFile>

namespace okpay {

QString KycDocumentFile::sniff(const QByteArray &head)
{
    return FileContentType::sniffBinary(head);
}

KycDocumentFile::Check KycDocumentFile::check(qint64 size, const QByteArray &head, QString *contentType)
{
    if (size <= 0)
        return Check::Empty;
    if (size > kMaxBytes)
        return Check::TooLarge;
    const QString type = sniff(head);
    if (contentType)
        *contentType = type;
    return type.isEmpty() ? Check::WrongType : Check::Ok;
}

KycDocumentFile::Check KycDocumentFile::inspect(const QString &path, QString *contentType, qint64 *size, QByteArray *contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Check::Unreadable;
    *size = file.size();
    const Check result = check(*size, file.peek(16), contentType);
    if (result != Check::Ok || !contents)
        return result;
    *contents = file.read(kMaxBytes + 1);
    // The file may have changed since it was picked: judge what is actually sent.
    if (file.error() != QFileDevice::NoError)
        return Check::Unreadable;
    *size = contents->size();
    return check(*size, contents->left(16), contentType);
}

} // namespace okpay
