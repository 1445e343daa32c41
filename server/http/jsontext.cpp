#include "http/jsontext.h"

#include <cstdio>

namespace okpay::server::JsonText {

void appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    for (const char c : text.toUtf8()) {  // bytes of multi-byte UTF-8 sequences are all >= 0x80: never escaped
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out.append(escaped);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendMoney(QByteArray &out, qint64 amount, QStringView currency)
{
    out.append("{\"amount\":").append(QByteArray::number(amount)).append(",\"currency\":");
    appendString(out, currency);
    out.append('}');
}

} // namespace okpay::server::JsonText
