#include "services/supportattachmentfile.h"

#include "core/filecontenttype.h"

#include <QFile>
#include <QFileInfo>

namespace okpay {

namespace {

QString extensionFor(const QString &contentType)
{
    if (contentType == u"image/png")
        return QStringLiteral("png");
    if (contentType == u"image/jpeg")
        return QStringLiteral("jpg");
    if (contentType == u"application/pdf")
        return QStringLiteral("pdf");
    return QStringLiteral("txt");
}
} // namespace

QString SupportAttachmentFile::sniff(const QByteArray &contents)
{
    return FileContentType::sniff(contents);
}

SupportAttachmentFile::Check SupportAttachmentFile::check(const QByteArray &contents, QString *contentType)
{
    if (contents.isEmpty())
        return Check::Empty;
    if (contents.size() > kMaxBytes)
        return Check::TooLarge;
    const QString type = sniff(contents);
    if (contentType)
        *contentType = type;
    return type.isEmpty() ? Check::WrongType : Check::Ok;
}

QString SupportAttachmentFile::safeFileName(const QString &name, const QString &contentType)
{
    QString safe;
    for (const QChar c : QFileInfo(name).fileName()) {
        if (c == u'/' || c == u'\\' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            continue;
        safe.append(c);
    }
    safe = safe.trimmed();
    if (safe.isEmpty() || safe == u"." || safe == u"..")
        safe = QStringLiteral("attachment.") + extensionFor(contentType);
    if (safe.size() > 255)
        safe = safe.right(255);  // keeps the extension
    return safe;
}

SupportAttachmentFile::Check SupportAttachmentFile::read(const QString &path, SupportAttachment *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Check::Unreadable;
    if (file.size() > kMaxBytes)
        return Check::TooLarge;  // judged without reading a huge file
    const QByteArray contents = file.read(kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Check::Unreadable;
    QString type;
    const Check result = check(contents, &type);
    if (result == Check::Ok)
        *out = SupportAttachment{safeFileName(path, type), type, contents};
    return result;
}

} // namespace okpay
