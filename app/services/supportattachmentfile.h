#pragma once
#include <QByteArray>
#include <QString>

namespace okpay {

// A file ready to go with a ticket or reply: its name, the type decided from its bytes, and the bytes.
struct SupportAttachment
{
    QString fileName;
    QString contentType;
    QByteArray data;
};

// Checks a support attachment the way the server does (openapi.yaml POST /v1/support/attachments), so a file the
// server would refuse is never queued: the type comes from the content (PNG, JPEG, PDF by their magic bytes; text
// when it is valid UTF-8 without control characters), not from the name; 1 byte to 10 MiB; at most 5 per message.
class SupportAttachmentFile
{
public:
    enum class Check { Ok, Unreadable, Empty, TooLarge, WrongType };
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
    static constexpr int kMaxFiles = 5;

    // "image/png", "image/jpeg", "application/pdf", "text/plain", or "" for anything else.
    static QString sniff(const QByteArray &contents);
    static Check check(const QByteArray &contents, QString *contentType = nullptr);
    // A name the API accepts (1–255 characters, no slashes or control characters), keeping the user's if it can.
    static QString safeFileName(const QString &name, const QString &contentType);

    // Blocking file access: call from a worker thread. `out` is filled only when the file is Ok.
    static Check read(const QString &path, SupportAttachment *out);
};

} // namespace okpay
