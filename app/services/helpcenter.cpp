#include "services/helpcenter.h"

#include "api/apierrortext.h"
#include "core/clock.h"
#include "core/faqarticlefile.h"
#include "services/faqbundle.h"
#include "services/faqfeedbackqueue.h"
#include "services/faqsearch.h"
#include "services/faqsync.h"
#include "store/cachedatabase.h"
#include "store/faqstore.h"
#include "store/outboxstore.h"
#include "store/walletcache.h"

#include <QLocale>
#include <QSet>

namespace okpay {

namespace {
QString bundleHashKey(const QString &locale)
{
    return QStringLiteral("faq_bundle_hash_") + locale;
}
} // namespace

HelpCenter::HelpCenter(QString cacheFile, ApiClient *client, const Clock *clock, QObject *parent)
    : QObject(parent), m_cacheFile(std::move(cacheFile)), m_client(client),
      m_systemClock(clock ? nullptr : std::make_unique<SystemClock>()), m_clock(clock ? *clock : *m_systemClock),
      m_bundle(std::make_unique<FaqBundle>())
{
}

HelpCenter::~HelpCenter() = default;

QString HelpCenter::localeFor(const QLocale &uiLocale)
{
    return uiLocale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString HelpCenter::normalLocale(const QString &locale) const
{
    return FaqBundle::locales().contains(locale) ? locale : QStringLiteral("en");
}

void HelpCenter::setBundleRoot(const QString &root)
{
    m_bundle = std::make_unique<FaqBundle>(root);
}

bool HelpCenter::ensureOpen()
{
    if (m_cache)
        return m_faq != nullptr;
    m_cache = std::make_unique<CacheDatabase>(m_cacheFile);
    if (m_cache->open() == CacheDatabase::OpenResult::Failed) {
        // An unwritable disk: the help center still works for this run from a cache in memory.
        qWarning("help cache %s cannot be opened (%s); using memory", qPrintable(m_cacheFile), qPrintable(m_cache->lastError()));
        m_cache = std::make_unique<CacheDatabase>(QStringLiteral(":memory:"));
        if (m_cache->open() == CacheDatabase::OpenResult::Failed)
            return false;
    }
    m_faq = std::make_unique<FaqStore>(m_cache->db());
    m_state = std::make_unique<WalletCache>(m_cache->db());
    m_outbox = std::make_unique<OutboxStore>(m_cache->db());
    m_sync = std::make_unique<FaqSync>(m_client, m_faq.get(), m_state.get());
    m_search = std::make_unique<FaqSearch>(m_faq.get());
    m_feedback = new FaqFeedbackQueue(m_outbox.get(), m_client, m_clock, this);
    connect(m_feedback, &FaqFeedbackQueue::sent, this, [this](const QString &id) { emit feedbackChanged(id, FeedbackState::Sent, {}); });
    connect(m_feedback, &FaqFeedbackQueue::queued, this,
            [this](const QString &id, const QString &reason) { emit feedbackChanged(id, FeedbackState::Queued, reason); });
    connect(m_feedback, &FaqFeedbackQueue::failed, this,
            [this](const QString &id, const QString &reason) { emit feedbackChanged(id, FeedbackState::Failed, reason); });
    m_outbox->recoverInterrupted(m_clock.now());
    for (const QString &locale : FaqBundle::locales())
        seedFromBundle(locale);
    m_feedback->sendDue();  // answers left from an earlier offline run
    return true;
}

// The bundled copy goes in on first use, when an app update brings different articles, and whenever the cached
// locale is empty. The server's copy is then fetched whole on the next refresh: it stays the authority.
bool HelpCenter::seedFromBundle(const QString &locale)
{
    const QString hash = m_bundle->contentHash(locale);
    if (m_state->syncValue(bundleHashKey(locale)) == hash && m_faq->count(locale) > 0)
        return false;
    QStringList errors;
    const QList<FaqArticleRecord> records = m_bundle->articles(locale, &errors);
    for (const QString &error : std::as_const(errors))
        qWarning("bundled FAQ article skipped: %s", qPrintable(error));
    if (records.isEmpty() || !m_faq->clearLocale(locale) || !m_faq->upsert(records))
        return false;
    m_sync->forgetRevision(locale);
    m_state->setSyncValue(bundleHashKey(locale), hash);
    m_search->invalidate();
    return true;
}

QList<FaqEntry> HelpCenter::articles(const QString &locale)
{
    QList<FaqEntry> entries;
    if (!ensureOpen())
        return entries;
    for (const FaqHit &hit : m_faq->byCategory(normalLocale(locale)))
        entries.append(FaqEntry{hit.id, hit.title, hit.category, hit.categoryTitle});
    return entries;
}

std::optional<FaqArticle> HelpCenter::article(const QString &id, const QString &locale)
{
    if (!ensureOpen())
        return std::nullopt;
    const auto record = m_faq->article(id, normalLocale(locale));
    if (!record)
        return std::nullopt;
    return FaqArticle{record->id, record->locale, record->title, record->category, record->categoryTitle, record->body,
                      record->tags, record->updatedAt};
}

QList<FaqSearchResult> HelpCenter::search(const QString &text, const QString &locale, int limit)
{
    return ensureOpen() ? m_search->search(text, normalLocale(locale), limit) : QList<FaqSearchResult>();
}

QList<FaqSearchResult> HelpCenter::suggest(const QString &draft, const QString &locale, int max)
{
    return ensureOpen() ? m_search->suggest(draft, normalLocale(locale), max) : QList<FaqSearchResult>();
}

QList<FaqEntry> HelpCenter::related(const QString &id, const QString &locale, int max)
{
    const auto current = article(id, locale);
    if (!current)
        return {};
    const QList<FaqEntry> all = articles(locale);
    QList<FaqEntry> result;
    QSet<QString> taken{id};
    auto take = [&](const FaqEntry &entry) {
        if (result.size() < max && !taken.contains(entry.id)) {
            taken.insert(entry.id);
            result.append(entry);
        }
    };
    for (const QString &linked : FaqArticleFile::linkedArticleIds(current->markdown))
        for (const FaqEntry &entry : all)
            if (entry.id == linked)
                take(entry);
    for (const FaqEntry &entry : all)
        if (entry.category == current->category)
            take(entry);
    return result;
}

void HelpCenter::refresh()
{
    if (m_refreshing)
        return;
    if (!ensureOpen()) {
        emit refreshFinished(false, tr("The help cache cannot be opened."));
        return;
    }
    m_refreshing = true;
    refreshLocale(0, false);
}

void HelpCenter::refreshLocale(int index, bool changed)
{
    const QStringList &locales = FaqBundle::locales();
    if (index >= locales.size()) {
        m_refreshing = false;
        if (changed) {
            m_search->invalidate();
            emit articlesChanged();
        }
        m_feedback->sendDue();  // the server answers: a good moment for answers that waited
        emit refreshFinished(true, {});
        return;
    }
    m_sync->syncLocale(locales.at(index), this, [this, index, changed](const std::optional<ApiError> &error, bool localeChanged) {
        if (!error)
            return refreshLocale(index + 1, changed || localeChanged);
        m_refreshing = false;
        // Whatever failed, the FAQ stays readable: an emptied locale gets the bundled copy back.
        bool reseeded = false;
        for (const QString &locale : FaqBundle::locales())
            if (m_faq->count(locale) == 0)
                reseeded = seedFromBundle(locale) || reseeded;
        if (changed || reseeded) {
            m_search->invalidate();
            emit articlesChanged();
        }
        emit refreshFinished(false, ApiErrorText::userMessage(*error));
    });
}

bool HelpCenter::sendFeedback(const QString &articleId, bool helpful, const QString &comment)
{
    return ensureOpen() && m_feedback->add(articleId, helpful, comment);
}

void HelpCenter::sendPendingFeedback()
{
    if (ensureOpen())
        m_feedback->sendDue();
}

int HelpCenter::pendingFeedbackCount()
{
    return ensureOpen() ? m_feedback->pendingCount() : 0;
}

} // namespace okpay
