#include "core/base32.h"

namespace okpay {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'2' && u <= u'7')
        return u - u'2' + 26;
    return -1;
}
} // namespace

QString Base32::encode(QByteArrayView data, bool padded)
{
    QString out;
    out.reserve((data.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    while (padded && out.size() % 8 != 0)
        out += u'=';
    return out;
}

std::optional<QByteArray> Base32::decode(QStringView text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    qsizetype symbols = 0;
    bool paddingSeen = false;
    for (const QChar c : text) {
        if (c == u' ' || c == u'-')
            continue;
        if (c == u'=') {
            paddingSeen = true;
            continue;
        }
        const int value = valueOf(c);
        if (value < 0 || paddingSeen)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    // Valid lengths leave 0, 2, 4, 5 or 7 symbols in the last group of 8, with zero bits left over.
    const qsizetype tail = symbols % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return std::nullopt;
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

} // namespace okpay
