#pragma once
#include <QImage>
#include <QString>

namespace okpay {

// A QR code of a text (the otpauth:// URI an authenticator app scans), drawn with libqrencode.
class QrCodeImage
{
public:
    // Black modules on white with a quiet zone; a null image if the text cannot be encoded.
    static QImage render(const QString &text, int moduleSize = 6);
};

} // namespace okpay
