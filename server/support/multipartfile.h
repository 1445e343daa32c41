#pragma once
#include <QByteArray>
#include <QString>
#include <optional>

namespace okpay::server {

// One file part of a multipart/form-data body (RFC 7578), just enough for the attachment upload: the part's
// declared file name and content type, and its bytes.
struct MultipartFile
{
    QString filename;
    QByteArray contentType;
    QByteArray data;

    // nullopt when the body is not well-formed multipart or has no part with this name.
    static std::optional<MultipartFile> extract(const QByteArray &contentTypeHeader, const QByteArray &body,
                                                const QByteArray &partName);
};

} // namespace okpay::server
