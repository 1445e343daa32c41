#include "support/attachmentstore.h"
#include "support/multipartfile.h"
#include "support/supportroutegroups.h"
#include "support/supportthrottle.h"

#include "config/serverconfig.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAttachments, "okpay.support.attachments")

namespace okpay::server {

namespace {
using Method = QHttpServerRequest::Method;

const QStringList &acceptedTypes()
{
    static const QStringList types{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                   QStringLiteral("application/pdf"), QStringLiteral("text/plain")};
    return types;
}

QString defaultName(const QString &type)
{
    if (type == u"image/png")
        return QStringLiteral("attachment.png");
    if (type == u"image/jpeg")
        return QStringLiteral("attachment.jpg");
    if (type == u"application/pdf")
        return QStringLiteral("attachment.pdf");
    return QStringLiteral("attachment.txt");
}

QHttpServerResponse unsupported()
{
    return errorResponse(Status::UnsupportedMediaType, QStringLiteral("unsupported_media_type"),
                         QStringLiteral("Only PNG, JPEG, PDF and plain UTF-8 text files are accepted"),
                         QStringLiteral("file"));
}

// Uploads nobody referenced within 24 hours are abandoned drafts: drop them and their bytes.
void purgeAbandoned(const ApiRequest &r)
{
    const QSqlDatabase db = r.db();
    const QString cutoff = sqlTime(r.env->clock->now().addSecs(-24 * 3600));
    QSqlQuery q = sqlExec(db,
                          QStringLiteral("SELECT id FROM support_attachments a WHERE a.created_at < :c AND NOT EXISTS "
                                         "(SELECT 1 FROM support_attachment_links l WHERE l.attachment_id = a.id) LIMIT 20"),
                          {{":c", cutoff}});
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    const QDir dir(AttachmentStore::directory(*r.env->config));
    for (const QString &id : std::as_const(ids)) {
        sqlExec(db, QStringLiteral("DELETE FROM support_attachments WHERE id = :id AND NOT EXISTS (SELECT 1 FROM "
                                   "support_attachment_links l WHERE l.attachment_id = :id2)"),
                {{":id", id}, {":id2", id}});
        QFile::remove(dir.filePath(id));
    }
}

QHttpServerResponse upload(const ApiRequest &r)
{
    const QString clientId = r.queryValue(QStringLiteral("client_id")).toLower();
    if (clientId.size() != 36 || QUuid::fromString(clientId).isNull())
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                             QStringLiteral("client_id must be a UUID"), QStringLiteral("client_id"));
    AttachmentStore store(r.db());
    if (auto existing = store.findByClientId(r.userId(), clientId))
        return jsonResponse(*existing, Status::Ok);
    if (auto limited = SupportThrottle::check(r, QStringLiteral("attachment-upload"), 200))
        return std::move(*limited);

    QString filename = r.queryValue(QStringLiteral("filename"));
    QByteArray declared = r.header("content-type").split(';').first().trimmed().toLower();
    QByteArray data;
    if (declared == "multipart/form-data") {
        auto part = MultipartFile::extract(r.header("content-type"), r.body, "file");
        if (!part)
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                                 QStringLiteral("Send the file as the multipart part \"file\""), QStringLiteral("file"));
        filename = part->filename;
        declared = part->contentType.split(';').first().trimmed().toLower();
        data = std::move(part->data);
    } else {
        data = r.body;
    }
    if (data.size() > AttachmentStore::MaxBytes)
        return errorResponse(Status::PayloadTooLarge, QStringLiteral("payload_too_large"),
                             QStringLiteral("Files may be at most 10 MiB"), QStringLiteral("file"));
    if (data.isEmpty())
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("The file is empty"),
                             QStringLiteral("file"));
    // The bytes decide the type; a declared type that disagrees with them is refused rather than trusted.
    const QString type = AttachmentStore::sniffContentType(data);
    if (type.isEmpty() || (acceptedTypes().contains(QString::fromLatin1(declared)) && QString::fromLatin1(declared) != type))
        return unsupported();
    static const QRegularExpression badName(QStringLiteral("[/\\\\\\x00-\\x1f\\x7f]"));
    if (!filename.isEmpty() && (filename.size() > 255 || badName.match(filename).hasMatch()))
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                             QStringLiteral("filename must be 1 to 255 characters without slashes or control characters"),
                             QStringLiteral("filename"));
    if (filename.isEmpty())
        filename = defaultName(type);

    purgeAbandoned(r);
    const QString id = Ids::newId("att");
    const QDir dir(AttachmentStore::directory(*r.env->config));
    if (!QDir().mkpath(dir.path()))
        throw SqlError("attachment directory cannot be created");
    QSaveFile file(dir.filePath(id));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw SqlError("attachment could not be stored");
    const QSqlDatabase db = r.db();
    const QSqlQuery insert = sqlExec(
        db,
        QStringLiteral("INSERT INTO support_attachments (id, owner_id, client_id, filename, content_type, size_bytes, "
                       "sha256, created_at) VALUES (:id, :o, :c, :f, :t, :s, :h, :at) ON CONFLICT DO NOTHING"),
        {{":id", id}, {":o", r.userId()}, {":c", clientId}, {":f", filename}, {":t", type},
         {":s", qint64(data.size())},
         {":h", QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())},
         {":at", sqlTime(r.env->clock->now())}});
    if (insert.numRowsAffected() != 1) {  // a concurrent resend with the same client_id won
        QFile::remove(dir.filePath(id));
        if (auto existing = store.findByClientId(r.userId(), clientId))
            return jsonResponse(*existing, Status::Ok);
        throw SqlError("attachment insert conflicted");
    }
    qCInfo(lcAttachments).noquote() << QStringLiteral("event=attachment_stored id=%1 type=%2 bytes=%3").arg(id, type).arg(data.size());
    return jsonResponse(*store.findByClientId(r.userId(), clientId), Status::Created);
}

// RFC 6266: an ASCII fallback plus the exact UTF-8 name.
QByteArray contentDisposition(const QString &filename)
{
    QString ascii;
    for (const QChar c : filename)
        ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\') ? c : u'_';
    return QByteArrayLiteral("attachment; filename=\"") + ascii.toLatin1() + QByteArrayLiteral("\"; filename*=UTF-8''")
           + filename.toUtf8().toPercentEncoding();
}

QHttpServerResponse download(const ApiRequest &r, const QString &id)
{
    const auto attachment = AttachmentStore(r.db()).find(id);
    if (!attachment || (attachment->value(u"owner_id").toString() != r.userId() && !r.auth->isAgent()))
        return notFound(QStringLiteral("No such attachment"));
    QFile file(QDir(AttachmentStore::directory(*r.env->config)).filePath(id));
    if (!file.open(QIODevice::ReadOnly))
        return notFound(QStringLiteral("No such attachment"));
    QString type = attachment->value(u"content_type").toString();
    if (type == u"text/plain")
        type += QStringLiteral("; charset=utf-8");
    QHttpServerResponse response(type.toLatin1(), file.readAll(), Status::Ok);
    response.setHeader(QByteArrayLiteral("Content-Disposition"), contentDisposition(attachment->value(u"filename").toString()));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-store"));
    return response;
}
} // namespace

void registerAttachmentRoutes(ApiRouter &router)
{
    router.add(Method::Post, QStringLiteral("/v1/support/attachments"), Access::User, upload, BodyKind::Any,
               AttachmentStore::MaxBytes + 64 * 1024);
    router.addWithId(Method::Get, QStringLiteral("/v1/support/attachments/<arg>"), Access::User, download);
}

} // namespace okpay::server
