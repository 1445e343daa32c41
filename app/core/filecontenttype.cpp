#include "core/filecontenttype.h"

#include <QStringDecoder>

namespace okpay {

namespace {
bool isPlainUtf8Text(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0x7f)
            return false;
    }
    return true;
}
} // namespace

QString FileContentType::sniffBinary(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

QString FileContentType::sniff(const QByteArray &contents)
{
    if (const QString binary = sniffBinary(contents); !binary.isEmpty())
        return binary;
    return isPlainUtf8Text(contents) ? QStringLiteral("text/plain") : QString();
}

} // namespace okpay
