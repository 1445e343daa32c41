#include "account/kycdocuments.h"

#include "auth/ratelimiter.h"
#include "config/serverconfig.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"
#include "support/attachmentstore.h"
#include "support/multipartfile.h"

#include <QDir>
#include <QSaveFile>

namespace okpay::server {

namespace {
constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
const QStringList kTypes{QStringLiteral("passport"), QStringLiteral("national_id"), QStringLiteral("driving_licence"),
                         QStringLiteral("residence_permit"), QStringLiteral("proof_of_address"), QStringLiteral("selfie")};

QJsonObject documentJson(const QSqlQuery &q)
{
    return {{QStringLiteral("id"), q.value(0).toString()},
            {QStringLiteral("document_type"), q.value(1).toString()},
            {QStringLiteral("side"), q.value(2).toString().isEmpty() ? QJsonValue() : QJsonValue(q.value(2).toString())},
            {QStringLiteral("status"), q.value(3).toString()},
            {QStringLiteral("rejection_reason"), q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toString())},
            {QStringLiteral("content_type"), q.value(5).toString()},
            {QStringLiteral("size_bytes"), q.value(6).toLongLong()},
            {QStringLiteral("uploaded_at"), apiTime(fromSqlTime(q.value(7).toString()))}};
}

QString textPart(const ApiRequest &r, const QByteArray &name)
{
    const auto part = MultipartFile::extract(r.header("content-type"), r.body, name);
    return part ? QString::fromUtf8(part->data).trimmed().left(64) : QString();
}

QHttpServerResponse upload(const ApiRequest &r)
{
    const QDateTime now = r.env->clock->now();
    const QString limitKey = QStringLiteral("kyc-upload:") + r.userId();
    if (const int wait = r.env->rateLimiter->retryAfter(limitKey, 20, 86400, now))
        return tooManyRequests(wait);
    if (!r.header("content-type").toLower().startsWith("multipart/form-data"))
        return errorResponse(Status::UnsupportedMediaType, QStringLiteral("unsupported_media_type"),
                             QStringLiteral("Send the document as multipart/form-data"));
    const auto file = MultipartFile::extract(r.header("content-type"), r.body, "file");
    if (!file)
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                             QStringLiteral("The form needs a file part named \"file\""), QStringLiteral("file"));
    const QString type = textPart(r, "document_type");
    const QString side = textPart(r, "side");
    if (!kTypes.contains(type))
        return validationError(QStringLiteral("document_type"), QStringLiteral("document_type must be one of: %1").arg(kTypes.join(QStringLiteral(", "))));
    if (!side.isEmpty() && side != u"front" && side != u"back")
        return validationError(QStringLiteral("side"), QStringLiteral("side must be front or back"));
    if (file->data.isEmpty())
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("The file is empty"), QStringLiteral("file"));
    if (file->data.size() > kMaxBytes)
        return errorResponse(Status::PayloadTooLarge, QStringLiteral("payload_too_large"), QStringLiteral("Documents can be at most 10 MiB"));
    // Decided from the bytes, never from the declared type; plain text is no identity document.
    const QString contentType = AttachmentStore::sniffContentType(file->data);
    if (contentType.isEmpty() || contentType == u"text/plain")
        return errorResponse(Status::UnsupportedMediaType, QStringLiteral("unsupported_media_type"),
                             QStringLiteral("Upload a PNG or JPEG photo or a PDF"), QStringLiteral("file"));

    const QString id = Ids::newId("kyc");
    const QString dir = QDir(r.env->config->dataDir).filePath(QStringLiteral("kyc"));
    QSaveFile out(QDir(dir).filePath(id));
    if (!QDir().mkpath(dir) || !out.open(QIODevice::WriteOnly) || out.write(file->data) != file->data.size() || !out.commit())
        throw SqlError("could not store a KYC document");  // becomes a 500 without details
    r.env->rateLimiter->recordFailure(limitKey, now);  // counts uploads
    sqlExec(r.db(), QStringLiteral("INSERT INTO kyc_documents (id, user_id, document_type, side, status, content_type, size_bytes, "
                                   "uploaded_at) VALUES (:id, :u, :t, :s, 'pending', :ct, :n, :now)"),
            {{":id", id}, {":u", r.userId()}, {":t", type}, {":s", side}, {":ct", contentType},
             {":n", qint64(file->data.size())}, {":now", sqlTime(now)}});
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT id, document_type, side, status, rejection_reason, content_type, size_bytes, "
                                                 "uploaded_at FROM kyc_documents WHERE id = :id"), {{":id", id}});
    q.next();
    return jsonResponse(documentJson(q), Status::Created);
}
} // namespace

QJsonArray kycDocumentsOf(const QSqlDatabase &db, const QString &userId)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT id, document_type, side, status, rejection_reason, content_type, size_bytes, "
                                             "uploaded_at FROM kyc_documents WHERE user_id = :u ORDER BY uploaded_at DESC, id DESC LIMIT 50"),
                          {{":u", userId}});
    QJsonArray documents;
    while (q.next())
        documents.append(documentJson(q));
    return documents;
}

QString kycReviewStatus(const QJsonArray &documents)
{
    if (documents.isEmpty())
        return QStringLiteral("none");
    QSet<QString> statuses;
    for (const QJsonValue &d : documents)
        statuses.insert(d.toObject().value(u"status").toString());
    if (statuses.contains(QStringLiteral("pending")))
        return QStringLiteral("pending");
    if (statuses.contains(QStringLiteral("rejected")) && !statuses.contains(QStringLiteral("accepted")))
        return QStringLiteral("rejected");
    return QStringLiteral("approved");
}

QList<Migration> kycDocumentMigrations()
{
    return {{150, QStringLiteral("kyc documents"),
             {QStringLiteral("CREATE TABLE kyc_documents (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
                             "document_type TEXT NOT NULL, side TEXT NOT NULL, status TEXT NOT NULL, rejection_reason TEXT, "
                             "content_type TEXT NOT NULL, size_bytes BIGINT NOT NULL, uploaded_at TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX kyc_documents_user ON kyc_documents (user_id, uploaded_at)")}}};
}

void registerKycDocumentRoutes(ApiRouter &router)
{
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/v1/account/kyc/documents"), Access::User, upload,
               BodyKind::Any, kMaxBytes + 64 * 1024);
}

} // namespace okpay::server
