#pragma once
#include <QByteArray>
#include <QString>

namespace okpay {

// The server's one error shape, {"error": {"code", "message", "field"}}, with the HTTP status it came with.
struct ApiError
{
    int httpStatus = 0;
    QString code;     // machine-readable, e.g. "insufficient_funds"; "malformed_error" when the body was unusable
    QString message;  // the server's English text, for logs and as a last-resort display
    QString field;    // the request field at fault, may be empty

    // Never fails: a body that is not the documented shape (HTML from a proxy, truncated JSON, huge or hostile
    // values) yields code "malformed_error" with the status kept. Strings are capped so a hostile server cannot
    // flood the UI.
    static ApiError fromReply(int httpStatus, const QByteArray &body);
};

} // namespace okpay
