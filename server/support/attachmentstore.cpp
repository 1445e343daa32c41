#include "support/attachmentstore.h"

#include "config/serverconfig.h"
#include "core/filecontenttype.h"
#include "http/jsonbody.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace okpay::server {

namespace {
} // namespace

QString AttachmentStore::sniffContentType(const QByteArray &data)
{
    return FileContentType::sniff(data);
}

QString AttachmentStore::directory(const ServerConfig &config)
{
    return QDir(config.dataDir).filePath(QStringLiteral("attachments"));
}

QStringList AttachmentStore::idsFromBody(JsonBody &body)
{
    const QString key = QStringLiteral("attachment_ids");
    if (!body.has(key) || body.object().value(key).isNull())
        return {};
    if (!body.object().value(key).isArray()) {
        body.fail(key, QStringLiteral("attachment_ids must be an array of ids"));
        return {};
    }
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QJsonArray array = body.object().value(key).toArray();
    if (array.size() > MaxPerMessage) {
        body.fail(key, QStringLiteral("At most %1 attachments per message").arg(MaxPerMessage));
        return {};
    }
    QStringList ids;
    for (const QJsonValue &v : array) {
        if (!v.isString() || !idPattern.match(v.toString()).hasMatch() || ids.contains(v.toString())) {
            body.fail(key, QStringLiteral("attachment_ids must be distinct attachment ids"));
            return {};
        }
        ids.append(v.toString());
    }
    return ids;
}

QString AttachmentStore::columns()
{
    return QStringLiteral("a.id, a.client_id, a.filename, a.content_type, a.size_bytes, a.sha256, a.created_at");
}

QJsonObject AttachmentStore::toJson(const QSqlQuery &row)
{
    return {{QStringLiteral("id"), row.value(0).toString()},
            {QStringLiteral("client_id"), row.value(1).toString()},
            {QStringLiteral("filename"), row.value(2).toString()},
            {QStringLiteral("content_type"), row.value(3).toString()},
            {QStringLiteral("size_bytes"), row.value(4).toLongLong()},
            {QStringLiteral("sha256"), row.value(5).toString()},
            {QStringLiteral("created_at"), apiTime(fromSqlTime(row.value(6).toString()))}};
}

std::optional<QJsonObject> AttachmentStore::find(const QString &id) const
{
    QSqlQuery q = sqlExec(m_db, QStringLiteral("SELECT %1, a.owner_id FROM support_attachments a WHERE a.id = :id").arg(columns()),
                          {{":id", id}});
    if (!sqlFetchOne(q))
        return std::nullopt;
    QJsonObject json = toJson(q);
    json.insert(QStringLiteral("owner_id"), q.value(7).toString());  // internal; stripped before it is sent
    return json;
}

std::optional<QJsonObject> AttachmentStore::findByClientId(const QString &ownerId, const QString &clientId) const
{
    QSqlQuery q = sqlExec(m_db,
                          QStringLiteral("SELECT %1 FROM support_attachments a WHERE a.owner_id = :o AND a.client_id = :c")
                              .arg(columns()),
                          {{":o", ownerId}, {":c", clientId}});
    if (!sqlFetchOne(q))
        return std::nullopt;
    return toJson(q);
}

bool AttachmentStore::allOwnedBy(const QStringList &ids, const QString &ownerId) const
{
    for (const QString &id : ids) {
        QSqlQuery q = sqlExec(m_db, QStringLiteral("SELECT 1 FROM support_attachments WHERE id = :id AND owner_id = :o"),
                              {{":id", id}, {":o", ownerId}});
        if (!sqlFetchOne(q))
            return false;
    }
    return true;
}

void AttachmentStore::link(const QString &parentId, const QStringList &ids) const
{
    for (int i = 0; i < ids.size(); ++i)
        sqlExec(m_db,
                QStringLiteral("INSERT INTO support_attachment_links (parent_id, attachment_id, position) "
                               "VALUES (:p, :a, :i) ON CONFLICT DO NOTHING"),
                {{":p", parentId}, {":a", ids.at(i)}, {":i", i}});
}

QJsonArray AttachmentStore::linkedTo(const QString &parentId) const
{
    QSqlQuery q = sqlExec(m_db,
                          QStringLiteral("SELECT %1 FROM support_attachments a JOIN support_attachment_links l ON "
                                         "l.attachment_id = a.id WHERE l.parent_id = :p ORDER BY l.position")
                              .arg(columns()),
                          {{":p", parentId}});
    QJsonArray result;
    while (q.next())
        result.append(toJson(q));
    return result;
}

} // namespace okpay::server
