#pragma once
#include <QByteArray>
#include <QString>

namespace okpay {

// An identity document file checked before it is uploaded, the way the server checks it: the type decided from
// the first bytes (PNG, JPEG or PDF, whatever the file is called), not empty, at most 10 MiB.
class KycDocumentFile
{
public:
    enum class Check { Ok, Unreadable, Empty, TooLarge, WrongType };
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;  // openapi.yaml: FileSize maximum, 413 above

    // The content type from the magic bytes: "image/png", "image/jpeg", "application/pdf", or "" for anything else.
    static QString sniff(const QByteArray &head);
    // Decides from the size and the first bytes only, so a picked file can be judged without reading all of it.
    static Check check(qint64 size, const QByteArray &head, QString *contentType = nullptr);

    // Blocking file access: call from a worker thread. `contents` is filled only when the file is Ok.
    static Check inspect(const QString &path, QString *contentType, qint64 *size, QByteArray *contents = nullptr);
};

} // namespace okpay
