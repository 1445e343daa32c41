#pragma once
#include "api/apierror.h"
#include "store/faqstore.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

namespace okpay {

class ApiClient;
class WalletCache;

// What GET /v1/support/faq/<locale> answered, checked against the contract.
struct FaqDelta
{
    QString locale;
    qint64 revision = 0;
    bool full = false;  // a snapshot that replaces the local copy, not a delta
    QList<FaqArticleRecord> articles;
    QStringList deletedIds;
    bool isEmpty() const { return !full && articles.isEmpty() && deletedIds.isEmpty(); }
};

// Brings one locale of a FaqStore up to date with the server's public FAQ, asking only for what changed since the
// revision it holds (kept in the cache's sync state). The whole answer is checked before anything is written, so a
// malformed or hostile answer leaves the local copy as it was. Used by SyncEngine (per-user cache) and HelpCenter
// (the signed-out help cache); never sends a token.
class FaqSync
{
public:
    // done: nullopt on success (changed says whether articles were written), the error otherwise.
    using Done = std::function<void(const std::optional<ApiError> &error, bool changed)>;

    FaqSync(ApiClient *client, FaqStore *store, WalletCache *syncState);

    void syncLocale(const QString &locale, QObject *context, Done done);
    void forgetRevision(const QString &locale);  // the next sync asks for a full snapshot
    std::optional<qint64> revision(const QString &locale) const;

    static std::optional<FaqDelta> parse(const QJsonObject &json, const QString &locale, QString *why);
    bool apply(const FaqDelta &delta);

private:
    ApiClient *m_client;
    FaqStore *m_store;
    WalletCache *m_syncState;
};

} // namespace okpay
