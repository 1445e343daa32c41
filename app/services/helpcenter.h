#pragma once
#include "services/faqarticle.h"
#include "services/faqsearchresult.h"

#include <QObject>
#include <memory>
#include <optional>

class QLocale;

namespace okpay {

class ApiClient;
class CacheDatabase;
class Clock;
class FaqBundle;
class FaqFeedbackQueue;
class FaqSearch;
class FaqStore;
class FaqSync;
class OutboxStore;
class SystemClock;
class WalletCache;

// The help center's FAQ for everyone, signed in or out, online or not. It keeps a cache of its own (not a user's),
// filled on first use from the articles compiled into the app (again when an update brings new ones) and updated
// from the server's public FAQ by refresh(). Search corrects typing slips and highlights what matched; suggest()
// finds articles for a ticket draft; "Was this helpful?" answers wait in the cache while offline.
class HelpCenter : public QObject
{
    Q_OBJECT

public:
    enum class FeedbackState { Sent, Queued, Failed };
    Q_ENUM(FeedbackState)

    // cacheFile: e.g. <AppData>/help.sqlite, opened on first use. client: the app's ApiClient; help requests never
    // carry the user's token. clock: nullptr for the system clock.
    HelpCenter(QString cacheFile, ApiClient *client, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~HelpCenter() override;

    static QString localeFor(const QLocale &uiLocale);  // "zh_CN" for Chinese, "en" for everything else

    QList<FaqEntry> articles(const QString &locale);  // by category, then position
    std::optional<FaqArticle> article(const QString &id, const QString &locale);
    QList<FaqSearchResult> search(const QString &text, const QString &locale, int limit = 20);
    QList<FaqSearchResult> suggest(const QString &draft, const QString &locale, int max = 3);
    // The articles this one links to, then others of its category.
    QList<FaqEntry> related(const QString &id, const QString &locale, int max = 5);

    void refresh();  // both languages from the server; refreshFinished() reports
    bool isRefreshing() const { return m_refreshing; }

    // Queued in the help cache and sent at once (or later, when offline); false if it cannot even be queued.
    bool sendFeedback(const QString &articleId, bool helpful, const QString &comment = {});
    void sendPendingFeedback();
    int pendingFeedbackCount();

    // Tests: another copy of resources/faq to seed from; call before first use.
    void setBundleRoot(const QString &root);

signals:
    void articlesChanged();  // the cached articles changed (seeded or refreshed): re-read what is shown
    void refreshFinished(bool ok, const QString &errorMessage);
    void feedbackChanged(const QString &articleId, okpay::HelpCenter::FeedbackState state, const QString &reason);

private:
    bool ensureOpen();
    bool seedFromBundle(const QString &locale);
    void refreshLocale(int index, bool changed);
    QString normalLocale(const QString &locale) const;

    QString m_cacheFile;
    ApiClient *m_client;
    std::unique_ptr<SystemClock> m_systemClock;
    const Clock &m_clock;
    std::unique_ptr<FaqBundle> m_bundle;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<FaqStore> m_faq;
    std::unique_ptr<WalletCache> m_state;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<FaqSync> m_sync;
    std::unique_ptr<FaqSearch> m_search;
    FaqFeedbackQueue *m_feedback = nullptr;
    bool m_refreshing = false;
};

} // namespace okpay
