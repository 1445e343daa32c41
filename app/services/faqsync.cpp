#include "services/faqsync.h"

#include "api/apiclient.h"
#include "api/dtoreader.h"
#include "core/faqarticlefile.h"
#include "store/walletcache.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace okpay {

namespace {
constexpr int kMaxArticles = 5000;
constexpr qint64 kMaxRevision = 9007199254740991LL;

QString revisionKey(const QString &locale)
{
    return QStringLiteral("faq_revision_") + locale;
}

bool isArticleId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

std::optional<FaqArticleRecord> parseArticle(const QJsonValue &value, const QString &locale, int index, QString *why)
{
    const QString context = QStringLiteral("articles[%1]").arg(index);
    if (!value.isObject()) {
        *why = context + QStringLiteral(": not an object");
        return std::nullopt;
    }
    DtoReader a(value.toObject(), context);
    FaqArticleRecord record;
    record.id = a.string(QStringLiteral("id"), 1, 64);
    record.locale = locale;
    DtoReader category(a.object(QStringLiteral("category")), context + QStringLiteral(".category"));
    record.title = a.string(QStringLiteral("title"), 1, 200);
    record.body = a.string(QStringLiteral("body_markdown"), 1, FaqArticleFile::kMaxBytes);
    record.position = int(a.integer(QStringLiteral("position"), 0, 100000));
    record.revision = a.integer(QStringLiteral("revision"), 0, kMaxRevision);
    record.updatedAt = a.time(QStringLiteral("updated_at"));
    const QJsonArray tags = a.array(QStringLiteral("tags"), 20);
    if (!a.ok()) {
        *why = a.error();
        return std::nullopt;
    }
    record.category = category.string(QStringLiteral("id"), 1, 64);
    record.categoryTitle = category.string(QStringLiteral("title"), 0, 200);
    if (!category.ok()) {
        *why = category.error();
        return std::nullopt;
    }
    for (const QJsonValue &tag : tags) {
        if (!tag.isString() || tag.toString().size() > 50) {
            *why = context + QStringLiteral(".tags: not a short string");
            return std::nullopt;
        }
        // Stored space-separated in the cache: a tag of several words is still found by each of them.
        record.tags << tag.toString().simplified();
    }
    if (!isArticleId(record.id) || record.title.trimmed().isEmpty()) {
        *why = context + QStringLiteral(": invalid id or empty title");
        return std::nullopt;
    }
    if (record.categoryTitle.isEmpty())
        record.categoryTitle = record.category;
    return record;
}
} // namespace

FaqSync::FaqSync(ApiClient *client, FaqStore *store, WalletCache *syncState)
    : m_client(client), m_store(store), m_syncState(syncState)
{
}

std::optional<qint64> FaqSync::revision(const QString &locale) const
{
    const auto value = m_syncState->syncValue(revisionKey(locale));
    bool ok = false;
    const qint64 revision = value ? value->toLongLong(&ok) : 0;
    return ok ? std::optional<qint64>(revision) : std::nullopt;
}

void FaqSync::forgetRevision(const QString &locale)
{
    m_syncState->setSyncValue(revisionKey(locale), QString());
}

std::optional<FaqDelta> FaqSync::parse(const QJsonObject &json, const QString &locale, QString *why)
{
    DtoReader top(json, QStringLiteral("faq"));
    FaqDelta delta;
    delta.locale = top.string(QStringLiteral("locale"), 1, 16);
    delta.revision = top.integer(QStringLiteral("revision"), 0, kMaxRevision);
    delta.full = top.boolean(QStringLiteral("full"));
    const QJsonArray articles = top.array(QStringLiteral("articles"), kMaxArticles);
    const QJsonArray deleted = top.array(QStringLiteral("deleted_ids"), kMaxArticles * 4);
    if (!top.ok()) {
        *why = top.error();
        return std::nullopt;
    }
    if (delta.locale != locale) {
        *why = QStringLiteral("faq.locale: %1 asked, another answered").arg(locale);
        return std::nullopt;
    }
    for (int i = 0; i < articles.size(); ++i) {
        auto record = parseArticle(articles.at(i), locale, i, why);
        if (!record)
            return std::nullopt;
        delta.articles.append(*record);
    }
    for (const QJsonValue &id : deleted) {
        if (!isArticleId(id.toString())) {
            *why = QStringLiteral("faq.deleted_ids: not an article id");
            return std::nullopt;
        }
        delta.deletedIds << id.toString();
    }
    // A snapshot with nothing in it would erase the offline FAQ: never what the server means.
    if (delta.full && delta.articles.isEmpty()) {
        *why = QStringLiteral("faq: an empty full snapshot");
        return std::nullopt;
    }
    return delta;
}

bool FaqSync::apply(const FaqDelta &delta)
{
    if (delta.full && !m_store->clearLocale(delta.locale))
        return false;
    const bool written = m_store->upsert(delta.articles) && m_store->remove(delta.deletedIds, delta.locale);
    // Only a locale brought fully up to date remembers the revision; otherwise the next sync starts over.
    m_syncState->setSyncValue(revisionKey(delta.locale), written ? QString::number(delta.revision) : QString());
    return written;
}

void FaqSync::syncLocale(const QString &locale, QObject *context, Done done)
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/support/faq/") + locale;
    spec.authenticated = false;
    if (const auto since = revision(locale))
        spec.query.addQueryItem(QStringLiteral("since"), QString::number(*since));
    m_client->send(spec, context, [this, spec, locale, done](const ApiResult &result) {
        if (!result.ok())
            return done(result.error, false);
        QString why;
        const auto delta = parse(result.json.object(), locale, &why);
        if (!delta || !apply(*delta)) {
            ApiError error = ApiError::transport(ApiError::Kind::Malformed, delta ? QStringLiteral("the FAQ could not be stored") : why);
            error.method = spec.method;
            error.path = spec.path;
            return done(error, false);
        }
        done(std::nullopt, !delta->isEmpty());
    });
}

} // namespace okpay
