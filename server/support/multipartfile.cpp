#include "support/multipartfile.h"

#include <QList>

namespace okpay::server {

namespace {
// The value of `name=` in a header parameter list (quoted or not); empty when absent.
QByteArray parameter(const QByteArray &header, const QByteArray &name)
{
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &part : parts) {
        const QByteArray trimmed = part.trimmed();
        const qsizetype eq = trimmed.indexOf('=');
        if (eq <= 0 || trimmed.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray value = trimmed.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}
} // namespace

std::optional<MultipartFile> MultipartFile::extract(const QByteArray &contentTypeHeader, const QByteArray &body,
                                                    const QByteArray &partName)
{
    const QByteArray boundary = parameter(contentTypeHeader, "boundary");
    if (boundary.isEmpty() || boundary.size() > 200)
        return std::nullopt;
    const QByteArray delimiter = QByteArray("--" + boundary);
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        qsizetype start = pos + delimiter.size();
        if (body.mid(start, 2) == "--")
            return std::nullopt;  // closing delimiter: no such part
        if (body.mid(start, 2) != "\r\n")
            return std::nullopt;
        start += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", start);
        if (headersEnd < 0)
            return std::nullopt;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd + 4);
        if (next < 0)
            return std::nullopt;
        MultipartFile file;
        QByteArray disposition;
        for (const QByteArray &line : body.mid(start, headersEnd - start).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray key = line.left(colon).trimmed().toLower();
            if (key == "content-disposition")
                disposition = line.mid(colon + 1).trimmed();
            else if (key == "content-type")
                file.contentType = line.mid(colon + 1).trimmed();
        }
        if (parameter(disposition, "name") == partName) {
            file.filename = QString::fromUtf8(parameter(disposition, "filename"));
            file.data = body.mid(headersEnd + 4, next - headersEnd - 4);
            return file;
        }
        pos = next + 2;
    }
    return std::nullopt;
}

} // namespace okpay::server
