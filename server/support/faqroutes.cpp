#include "support/faqimporter.h"
#include "support/supportroutegroups.h"
#include "support/supportthrottle.h"

#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace okpay::server {

namespace {
using Method = QHttpServerRequest::Method;

QJsonObject articleJson(const QSqlQuery &q, const QString &locale)
{
    return {{QStringLiteral("id"), q.value(0).toString()},
            {QStringLiteral("locale"), locale},
            {QStringLiteral("category"),
             QJsonObject{{QStringLiteral("id"), q.value(1).toString()}, {QStringLiteral("title"), q.value(2).toString()}}},
            {QStringLiteral("title"), q.value(3).toString()},
            {QStringLiteral("body_markdown"), q.value(4).toString()},
            {QStringLiteral("tags"), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array()},
            {QStringLiteral("position"), q.value(6).toLongLong()},
            {QStringLiteral("revision"), q.value(7).toLongLong()},
            {QStringLiteral("updated_at"), apiTime(fromSqlTime(q.value(8).toString()))}};
}

QHttpServerResponse getFaq(const ApiRequest &r, const QString &locale)
{
    if (!faqLocales().contains(locale))
        return notFound(QStringLiteral("No FAQ in this locale"));
    std::optional<qint64> since;
    if (r.query.hasQueryItem(QStringLiteral("since"))) {
        bool ok = false;
        const qint64 value = r.queryValue(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || value < 0)
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                                 QStringLiteral("since must be a revision number"), QStringLiteral("since"));
        since = value;
    }
    ensureBundledFaqLoaded(*r.env->db);
    const QSqlDatabase db = r.db();
    QSqlQuery rev = sqlExec(db, QStringLiteral("SELECT revision FROM faq_revisions WHERE locale = :l"), {{":l", locale}});
    const qint64 revision = sqlFetchOne(rev) ? rev.value(0).toLongLong() : 0;
    const QByteArray etag = QStringLiteral("\"faq-%1-%2\"").arg(locale).arg(revision).toUtf8();
    const QByteArray ifNoneMatch = r.header("if-none-match");
    if (!ifNoneMatch.isEmpty() && (ifNoneMatch.contains(etag) || ifNoneMatch.trimmed() == "*")) {
        QHttpServerResponse notModified(Status::NotModified);
        notModified.setHeader(QByteArrayLiteral("ETag"), etag);
        notModified.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        return notModified;
    }
    // A revision from the future (another server's database, a reset) cannot be diffed: send everything.
    const bool full = !since || *since > revision;
    const qint64 after = full ? -1 : *since;
    QJsonArray articles;
    QJsonArray deleted;
    QSqlQuery q = sqlExec(db,
                          QStringLiteral("SELECT id, category_id, category_title, title, body, tags, position, revision, "
                                         "updated_at, deleted FROM faq_articles WHERE locale = :l AND revision > :a "
                                         "ORDER BY category_id, position, id"),
                          {{":l", locale}, {":a", after}});
    while (q.next()) {
        if (q.value(9).toInt() != 0) {
            if (!full)
                deleted.append(q.value(0).toString());
        } else {
            articles.append(articleJson(q, locale));
        }
    }
    QHttpServerResponse response = jsonResponse({{QStringLiteral("locale"), locale},
                                                  {QStringLiteral("revision"), revision},
                                                  {QStringLiteral("full"), full},
                                                  {QStringLiteral("articles"), articles},
                                                  {QStringLiteral("deleted_ids"), deleted},
                                                  {QStringLiteral("generated_at"), apiTime(r.env->clock->now())}});
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return response;
}

QHttpServerResponse postFeedback(const ApiRequest &r, const QString &articleId)
{
    if (auto limited = SupportThrottle::check(r, QStringLiteral("faq-feedback"), 120))
        return std::move(*limited);
    JsonBody body(r.body);
    const QString clientId = body.uuid(QStringLiteral("client_id"));
    const bool helpful = body.boolean(QStringLiteral("helpful"));
    const QString comment = body.optionalString(QStringLiteral("comment"), 0, 2000).value_or(QString());
    if (auto error = body.error())
        return std::move(*error);
    ensureBundledFaqLoaded(*r.env->db);
    const QSqlDatabase db = r.db();
    QSqlQuery exists = sqlExec(db, QStringLiteral("SELECT 1 FROM faq_articles WHERE id = :id AND deleted = 0"),
                               {{":id", articleId}});
    if (!sqlFetchOne(exists))
        return notFound(QStringLiteral("No such article"));
    const QVariant userId = r.auth ? QVariant(r.auth->userId) : QVariant();
    SqlTransaction tx(db, r.env->db->dialect());
    QSqlQuery seen = sqlExec(db, QStringLiteral("SELECT 1 FROM faq_feedback WHERE client_id = :c"), {{":c", clientId}});
    if (!sqlFetchOne(seen)) {
        if (r.auth)  // a signed-in user's later answer replaces the earlier one
            sqlExec(db, QStringLiteral("DELETE FROM faq_feedback WHERE article_id = :a AND user_id = :u"),
                    {{":a", articleId}, {":u", r.auth->userId}});
        sqlExec(db,
                QStringLiteral("INSERT INTO faq_feedback (id, article_id, client_id, user_id, helpful, comment, "
                               "created_at) VALUES (:id, :a, :c, :u, :h, :m, :t) ON CONFLICT DO NOTHING"),
                {{":id", Ids::newId("fbk")}, {":a", articleId}, {":c", clientId}, {":u", userId},
                 {":h", helpful ? 1 : 0}, {":m", comment}, {":t", sqlTime(r.env->clock->now())}});
    }
    tx.commit();
    return noContent();
}
} // namespace

void registerFaqRoutes(ApiRouter &router)
{
    router.addWithId(Method::Get, QStringLiteral("/v1/support/faq/<arg>"), Access::OptionalUser, getFaq);
    router.addWithId(Method::Post, QStringLiteral("/v1/support/faq/articles/<arg>/feedback"), Access::OptionalUser,
                     postFeedback);
}

} // namespace okpay::server
