#pragma once
#include "http/apirequest.h"
#include "http/apiresponse.h"

#include <QSqlQuery>
#include <QVariantMap>
#include <optional>

namespace okpay::server {

// A user's list with keyset pagination (never OFFSET) and optional updated_since delta, as the contract describes:
// newest first by (created_at, id), or with updated_since ascending by (updated_at, id). The cursor is opaque
// base64url of "mode|timestamp|id". Filters are added as SQL conditions with named bindings.
class KeysetListing
{
public:
    // Reads limit, cursor and updated_since; on bad input the 400 response is in error().
    explicit KeysetListing(const ApiRequest &request);
    std::optional<QHttpServerResponse> error() const;

    // Adds "AND <condition>" with its bindings (names must be unique).
    void where(const QString &condition, const QVariantMap &bindings = {});
    // ?status= of a top-up or withdrawal list (pending, processing, completed, failed, cancelled): adds the condition,
    // or returns the 400 for an unknown value.
    std::optional<QHttpServerResponse> filterByFundingStatus(const ApiRequest &request);
    // Runs SELECT <columns> FROM <table> WHERE user_id = :user_id ... with the keyset bounds and limit + 1 rows.
    QSqlQuery run(const QSqlDatabase &db, const QString &columns, const QString &table, const QString &userId);
    // Call with each row's (created_at, updated_at, id) in order; false once the page is full (that row is extra).
    bool accept(const QString &createdAt, const QString &updatedAt, const QString &id);
    QJsonValue nextCursor() const;

    // Parses a query timestamp (RFC 3339) into the stored text form; nullopt when malformed.
    static std::optional<QString> parseTime(const QString &text);
    static QHttpServerResponse badParameter(const QString &name, const QString &message,
                                            const QString &code = QStringLiteral("invalid_request"));

private:
    bool m_delta = false;
    int m_limit = 50;
    QString m_cursorTime, m_cursorId;
    QString m_since;
    QStringList m_conditions;
    QVariantMap m_bindings;
    int m_seen = 0;
    QString m_lastTime, m_lastId;
    bool m_more = false;
    std::optional<QString> m_errorField, m_errorMessage, m_errorCode;
};

} // namespace okpay::server
