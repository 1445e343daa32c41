#include "services/kycservice.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "api/dtoreader.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace okpay {

namespace {
KycStatus::Review reviewFrom(const QString &status)
{
    if (status == u"pending")
        return KycStatus::Review::Pending;
    if (status == u"approved")
        return KycStatus::Review::Approved;
    if (status == u"rejected")
        return KycStatus::Review::Rejected;
    return KycStatus::Review::None;
}

KycDocument documentFrom(DtoReader &r)
{
    KycDocument d;
    d.id = r.string(QStringLiteral("id"), 1, 64);
    d.documentType = r.string(QStringLiteral("document_type"), 1, 64);
    d.side = r.optionalString(QStringLiteral("side"), 16);
    d.status = r.oneOf(QStringLiteral("status"), {QStringLiteral("pending"), QStringLiteral("accepted"), QStringLiteral("rejected")});
    d.rejectionReason = r.optionalString(QStringLiteral("rejection_reason"), 500);
    d.uploadedAt = r.time(QStringLiteral("uploaded_at"));
    return d;
}

// What the worker thread found in the file; the bytes only when they are to be sent.
struct ReadFile
{
    KycDocumentFile::Check check = KycDocumentFile::Check::Unreadable;
    QString contentType;
    qint64 size = 0;
    QByteArray data;
};

ReadFile readFile(const QString &path, bool withContents)
{
    ReadFile out;
    out.check = KycDocumentFile::inspect(path, &out.contentType, &out.size, withContents ? &out.data : nullptr);
    return out;
}

// Runs `work` on the global thread pool and `done` on this object's thread; dropped if `context` is gone by then.
template<typename Done>
void whenRead(QObject *context, const QString &path, bool withContents, Done done)
{
    auto *watcher = new QFutureWatcher<ReadFile>(context);
    QObject::connect(watcher, &QFutureWatcher<ReadFile>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(readFile, path, withContents));
}

QByteArray formPart(const QByteArray &boundary, const QByteArray &disposition, const QByteArray &contentType, const QByteArray &data)
{
    QByteArray part = "--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n";
    if (!contentType.isEmpty())
        part += "Content-Type: " + contentType + "\r\n";
    return part + "\r\n" + data + "\r\n";
}
} // namespace

std::optional<KycLimit> KycStatus::limit(const QString &kind, const QString &currency) const
{
    for (const KycLimit &l : limits)
        if (l.kind == kind && l.limit.currency().code() == currency)
            return l;
    return std::nullopt;
}

std::optional<KycLimit> KycStatus::limitExceededBy(const QString &direction, const Money &amount) const
{
    const bool topUp = direction == u"topup";
    const QString currency = amount.currency().code();
    if (const auto single = limit(topUp ? QStringLiteral("single_topup") : QStringLiteral("single_withdrawal"), currency);
        single && amount.minor() > single->limit.minor())
        return single;
    if (const auto daily = limit(topUp ? QStringLiteral("topup") : QStringLiteral("withdrawal"), currency)) {
        const auto total = daily->used.plus(amount);
        if (!total || total->minor() > daily->limit.minor())
            return daily;
    }
    return std::nullopt;
}

QStringList KycStatus::missingDocuments() const
{
    QStringList missing;
    for (const QString &type : nextLevelRequirements) {
        const bool sent = std::any_of(documents.cbegin(), documents.cend(), [&](const KycDocument &d) {
            return d.documentType == type && d.status != u"rejected";
        });
        if (!sent)
            missing << type;
    }
    return missing;
}

KycService::KycService(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

const QStringList &KycService::documentTypes()
{
    static const QStringList types{QStringLiteral("passport"), QStringLiteral("national_id"), QStringLiteral("driving_licence"),
                                   QStringLiteral("residence_permit"), QStringLiteral("proof_of_address"), QStringLiteral("selfie")};
    return types;
}

void KycService::load()
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/account/kyc");
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit loadFailed(ApiErrorText::userMessage(*result.error));
        const QJsonObject o = result.json.object();
        DtoReader r(o, QStringLiteral("kyc"));
        KycStatus status;
        status.level = int(r.integer(QStringLiteral("level"), 0, 3));
        status.review = reviewFrom(r.oneOf(QStringLiteral("review_status"),
                                           {QStringLiteral("none"), QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected")}));
        status.rejectionReason = r.optionalString(QStringLiteral("rejection_reason"), 500);
        for (const QJsonValue &v : r.array(QStringLiteral("limits"), 100)) {
            DtoReader l(v.toObject(), QStringLiteral("kyc.limits"));
            KycLimit limit{l.string(QStringLiteral("kind"), 1, 64), l.string(QStringLiteral("period"), 1, 64),
                           l.money(QStringLiteral("limit")), l.money(QStringLiteral("used")), {}};
            if (!v.toObject().value(u"resets_at").isNull())
                limit.resetsAt = l.time(QStringLiteral("resets_at"));
            if (!l.ok())
                return emit loadFailed(tr("OKPay sent limits this version of the app does not understand."));
            status.limits.append(limit);
        }
        for (const QJsonValue &v : o.value(u"next_level_requirements").toArray())
            status.nextLevelRequirements.append(v.toString());
        for (const QJsonValue &v : r.array(QStringLiteral("documents"), 100)) {
            DtoReader d(v.toObject(), QStringLiteral("kyc.documents"));
            const KycDocument document = documentFrom(d);
            if (!d.ok())
                return emit loadFailed(tr("OKPay sent limits this version of the app does not understand."));
            status.documents.append(document);
        }
        if (!r.ok())
            return emit loadFailed(tr("OKPay sent limits this version of the app does not understand."));
        emit loaded(status);
    });
}

void KycService::inspect(const QString &path)
{
    whenRead(this, path, false, [this, path](const ReadFile &file) { emit inspected(path, file.check, file.size); });
}

void KycService::upload(const QString &documentType, const QString &side, const QString &path)
{
    whenRead(this, path, true, [this, documentType, side](const ReadFile &file) {
        if (file.check != KycDocumentFile::Check::Ok)
            return emit uploadRejected(file.check);
        send(documentType, side, file.contentType, file.data);
    });
}

void KycService::send(const QString &documentType, const QString &side, const QString &contentType, const QByteArray &data)
{
    const QByteArray boundary = "okpay-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    // A neutral file name: the user's own file name (which may say more than the document) is not sent.
    const QByteArray extension = contentType == u"image/png" ? "png" : contentType == u"image/jpeg" ? "jpg" : "pdf";
    QByteArray body = formPart(boundary, "name=\"document_type\"", {}, documentType.toUtf8());
    if (!side.isEmpty())
        body += formPart(boundary, "name=\"side\"", {}, side.toUtf8());
    body += formPart(boundary, "name=\"file\"; filename=\"document." + extension + '"', contentType.toLatin1(), data);
    body += "--" + boundary + "--\r\n";
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/account/kyc/documents");
    spec.rawBody = body;
    spec.contentType = "multipart/form-data; boundary=" + boundary;
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit uploadFailed(ApiErrorText::formMessage(*result.error), result.error->code);
        DtoReader r(result.json.object(), QStringLiteral("document"));
        const KycDocument document = documentFrom(r);
        if (!r.ok())
            return emit uploadFailed(tr("OKPay sent an answer this version of the app does not understand."), {});
        emit uploaded(document);
    });
}

} // namespace okpay
