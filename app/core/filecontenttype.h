#pragma once
#include <QByteArray>
#include <QString>

namespace okpay {

// What a file really is, from its bytes rather than its name: the one check the wallet (before an upload) and the
// server (when it stores one) both make, so they never disagree.
class FileContentType
{
public:
    // "image/png", "image/jpeg", "application/pdf", "text/plain" (valid UTF-8 without control characters other
    // than tab, newlines and form feed), or "" for anything else.
    static QString sniff(const QByteArray &contents);
    // The same without the text check, for the first bytes of a file that must be an image or a PDF.
    static QString sniffBinary(const QByteArray &head);
};

} // namespace okpay
