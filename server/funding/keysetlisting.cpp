#include "funding/keysetlisting.h"

#include "http/apirouter.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QSqlError>

namespace okpay::server {

KeysetListing::KeysetListing(const ApiRequest &r)
{
    auto fail = [&](const QString &field, const QString &message, const QString &code) {
        if (!m_errorField) {
            m_errorField = field;
            m_errorMessage = message;
            m_errorCode = code;
        }
    };
    if (r.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        m_limit = r.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || m_limit < 1 || m_limit > 200)
            fail(QStringLiteral("limit"), QStringLiteral("limit must be an integer from 1 to 200"),
                 QStringLiteral("invalid_request"));
    }
    if (r.query.hasQueryItem(QStringLiteral("updated_since"))) {
        const auto since = parseTime(r.queryValue(QStringLiteral("updated_since")));
        if (!since)
            fail(QStringLiteral("updated_since"), QStringLiteral("updated_since must be an RFC 3339 timestamp"),
                 QStringLiteral("invalid_request"));
        else
            m_since = *since;
        m_delta = true;
    }
    if (r.query.hasQueryItem(QStringLiteral("cursor"))) {
        const QString raw = r.queryValue(QStringLiteral("cursor"));
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(
            raw.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QStringList parts = decoded.split(u'|');
        const bool valid = raw.size() <= 512 && parts.size() == 3 && parts[0] == (m_delta ? u"u" : u"c")
                           && parseTime(parts[1]) == parts[1] && ApiRouter::isValidId(parts[2]);
        if (!valid)
            fail(QStringLiteral("cursor"), QStringLiteral("The cursor is not valid for this query"),
                 QStringLiteral("invalid_cursor"));
        else {
            m_cursorTime = parts[1];
            m_cursorId = parts[2];
        }
    }
}

std::optional<QHttpServerResponse> KeysetListing::error() const
{
    if (!m_errorField)
        return std::nullopt;
    return badParameter(*m_errorField, *m_errorMessage, *m_errorCode);
}

QHttpServerResponse KeysetListing::badParameter(const QString &name, const QString &message, const QString &code)
{
    return errorResponse(Status::BadRequest, code, message, name);
}

std::optional<QString> KeysetListing::parseTime(const QString &text)
{
    if (text.size() < 20 || text.size() > 40)
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)  // an offset or Z is required
        return std::nullopt;
    return sqlTime(t);
}

void KeysetListing::where(const QString &condition, const QVariantMap &bindings)
{
    m_conditions.append(condition);
    m_bindings.insert(bindings);
}

QSqlQuery KeysetListing::run(const QSqlDatabase &db, const QString &columns, const QString &table, const QString &userId)
{
    QStringList conditions{QStringLiteral("user_id = :user_id")};
    conditions += m_conditions;
    QVariantMap bindings = m_bindings;
    bindings.insert(QStringLiteral(":user_id"), userId);
    QString order;
    if (m_delta) {
        conditions.append(QStringLiteral("updated_at >= :since"));
        bindings.insert(QStringLiteral(":since"), m_since);
        if (!m_cursorId.isEmpty())
            conditions.append(QStringLiteral("(updated_at > :ct OR (updated_at = :ct2 AND id > :cid))"));
        order = QStringLiteral("updated_at ASC, id ASC");
    } else {
        if (!m_cursorId.isEmpty())
            conditions.append(QStringLiteral("(created_at < :ct OR (created_at = :ct2 AND id < :cid))"));
        order = QStringLiteral("created_at DESC, id DESC");
    }
    if (!m_cursorId.isEmpty()) {
        bindings.insert(QStringLiteral(":ct"), m_cursorTime);
        bindings.insert(QStringLiteral(":ct2"), m_cursorTime);
        bindings.insert(QStringLiteral(":cid"), m_cursorId);
    }
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT %5")
                            .arg(columns, table, conditions.join(QStringLiteral(" AND ")), order)
                            .arg(m_limit + 1);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw SqlError("prepare failed: " + q.lastError().text().toStdString());
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        throw SqlError("exec failed: " + q.lastError().text().toStdString());
    return q;
}

bool KeysetListing::accept(const QString &createdAt, const QString &updatedAt, const QString &id)
{
    if (m_seen == m_limit) {
        m_more = true;
        return false;
    }
    ++m_seen;
    m_lastTime = m_delta ? updatedAt : createdAt;
    m_lastId = id;
    return true;
}

QJsonValue KeysetListing::nextCursor() const
{
    if (!m_more)
        return QJsonValue();
    const QString raw = (m_delta ? QStringLiteral("u|") : QStringLiteral("c|")) + m_lastTime + u'|' + m_lastId;
    return QString::fromLatin1(raw.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QHttpServerResponse> KeysetListing::filterByFundingStatus(const ApiRequest &request)
{
    static const QStringList statuses{QStringLiteral("pending"), QStringLiteral("processing"), QStringLiteral("completed"),
                                      QStringLiteral("failed"), QStringLiteral("cancelled")};
    if (!request.query.hasQueryItem(QStringLiteral("status")))
        return std::nullopt;
    const QString status = request.queryValue(QStringLiteral("status"));
    if (!statuses.contains(status))
        return badParameter(QStringLiteral("status"), QStringLiteral("Unknown status"));
    where(QStringLiteral("status = :status"), {{QStringLiteral(":status"), status}});
    return std::nullopt;
}

} // namespace okpay::server
