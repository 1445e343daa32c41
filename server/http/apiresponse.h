#pragma once
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

namespace okpay::server {

using Status = QHttpServerResponse::StatusCode;

// JSON responses in the contract's shapes; every error is {"error": {"code", "message", "field"?}}.
QHttpServerResponse jsonResponse(const QJsonObject &body, Status status = Status::Ok);
QHttpServerResponse jsonResponse(QByteArray body, Status status = Status::Ok);  // already JSON text (JsonText)
QHttpServerResponse errorResponse(Status status, const QString &code, const QString &message,
                                  const QString &field = {});
QHttpServerResponse noContent();
// 429 with Retry-After (seconds).
QHttpServerResponse tooManyRequests(int retryAfterSecs);

// Common errors.
QHttpServerResponse notFound(const QString &what = QStringLiteral("not found"));
QHttpServerResponse validationError(const QString &field, const QString &message,
                                    const QString &code = QStringLiteral("validation_failed"));

} // namespace okpay::server
