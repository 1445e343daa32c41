#pragma once
#include <QByteArray>
#include <QString>

namespace okpay {

// What went wrong with a request, as one value: the transport failure or the server's error body
// ({"error": {"code", "message", "field"}}), with what the request was, for diagnostics.
struct ApiError
{
    enum class Kind {
        Http,         // the server answered with an error status (code/message/field from its body)
        Network,      // no answer: refused, reset, host not found, offline
        Timeout,      // the transfer timeout passed
        Tls,          // the TLS handshake failed or the certificate or pin was refused
        Malformed,    // a success status with a body that is not what the contract promises
        TooLarge,     // the response was larger than the client accepts
        InsecureUrl,  // plain HTTP to a host that is not loopback: never sent
        Cancelled,
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString code;     // machine-readable, e.g. "insufficient_funds"; "malformed_error" when the body was unusable
    QString message;  // the server's English text or the transport's, for logs and as a last-resort display
    QString field;    // the request field at fault, may be empty
    QByteArray method;
    QString path;       // without the query string (it may hold cursors, never secrets, but stays short)
    int retryAfterSecs = 0;  // from Retry-After on 429/503

    // Never fails: a body that is not the documented shape (HTML from a proxy, truncated JSON, huge or hostile
    // values) yields code "malformed_error" with the status kept. Strings are capped so a hostile server cannot
    // flood the UI.
    static ApiError fromReply(int httpStatus, const QByteArray &body);
    static ApiError transport(Kind kind, const QString &detail);
};

} // namespace okpay
