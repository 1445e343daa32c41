#include "services/syncengine.h"

#include "api/apiclient.h"
#include "api/dtoreader.h"
#include "api/ticketdto.h"
#include "api/walletdto.h"
#include "services/faqsync.h"
#include "store/ticketstore.h"
#include "store/transactionstore.h"
#include "store/walletcache.h"

#include <QJsonArray>

namespace okpay {

namespace {
const QStringList kFaqLocales{QStringLiteral("en"), QStringLiteral("zh_CN")};
const QString kLastSynced = QStringLiteral("last_synced");
const QString kTransactionsSince = QStringLiteral("transactions_updated_since");
const QString kTicketsSince = QStringLiteral("tickets_updated_since");

ApiError malformed(const QString &path, const QString &why)
{
    ApiError e = ApiError::transport(ApiError::Kind::Malformed, why);
    e.method = "GET";
    e.path = path;
    return e;
}
} // namespace

SyncEngine::SyncEngine(ApiClient *client, WalletCache *wallet, TransactionStore *transactions, FaqStore *faq,
                       TicketStore *tickets, QObject *parent)
    : QObject(parent), m_client(client), m_wallet(wallet), m_transactions(transactions), m_tickets(tickets),
      m_faqSync(std::make_unique<FaqSync>(client, faq, wallet))
{
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine() = default;

SyncEngine::State SyncEngine::stateFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return State::Offline;
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureUrl:
        return State::TlsError;
    case ApiError::Kind::Http:
        if (error.httpStatus == 401)
            return State::SignedOut;
        return error.httpStatus == 503 ? State::Maintenance : State::ServerError;
    case ApiError::Kind::Malformed:
    case ApiError::Kind::TooLarge:
    case ApiError::Kind::Cancelled:
        return State::ServerError;
    }
    return State::ServerError;
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    if (!signedIn)
        setState(State::SignedOut);
}

QDateTime SyncEngine::lastSynced() const
{
    const auto value = m_wallet->syncValue(kLastSynced);
    return value ? QDateTime::fromString(*value, Qt::ISODateWithMs) : QDateTime();
}

void SyncEngine::startTimer(int intervalMs)
{
    m_intervalMs = intervalMs;
    m_timer.start(intervalMs);
}

void SyncEngine::syncNow()
{
    if (m_running)
        return;
    m_running = true;
    if (m_state != State::Online)
        setState(State::Connecting);
    if (m_signedIn)
        syncBalances();
    else
        syncFaq(0);  // the help center works signed out too
}

void SyncEngine::fail(const ApiError &error)
{
    m_running = false;
    setState(stateFor(error));
    emit roundFinished();  // what did arrive before the failure is in the cache; show it
    // Offline: try again soon, then less and less often (5 s, 10 s, 20 s … up to the normal interval), so coming
    // back online is noticed quickly without hammering a dead network.
    if (m_state == State::Offline && m_timer.isActive()) {
        ++m_offlineRounds;
        m_timer.start(qMin(m_intervalMs, 5000 << qMin(m_offlineRounds - 1, 10)));
    }
}

void SyncEngine::syncBalances()
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/wallet/balances");
    m_client->send(spec, this, [this, spec](const ApiResult &result) {
        if (!result.ok())
            return fail(*result.error);
        QString why;
        const auto list = WalletDto::balances(result.json.object(), &why);
        if (!list)
            return fail(malformed(spec.path, why));
        QList<CachedBalance> balances;
        for (const Balance &b : list->items)
            balances.append(CachedBalance{b.available, b.pending, b.updatedAt});
        m_wallet->replaceBalances(balances);
        m_roundServerTime = list->serverTime.toString(Qt::ISODateWithMs);
        syncTransactions();
    });
}

// One delta list (updated_since), page by page: storePage parses and stores a page and returns its next cursor and
// server time (nullopt with *why when the page breaks the contract); `then` runs when the list is complete.
void SyncEngine::syncDelta(const DeltaList &list, const QString &cursor, const QString &since)
{
    ApiRequestSpec spec;
    spec.path = list.path;
    spec.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (!since.isEmpty())
        spec.query.addQueryItem(QStringLiteral("updated_since"), since);
    if (!cursor.isEmpty())
        spec.query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_client->send(spec, this, [this, list, since](const ApiResult &result) {
        if (!result.ok())
            return fail(*result.error);
        QString why;
        const auto page = list.storePage(result.json.object(), &why);
        if (!page)
            return fail(malformed(list.path, why));
        if (!page->first.isEmpty())
            return syncDelta(list, page->first, since);
        // Complete: next time ask only for what changed since this server time.
        m_wallet->setSyncValue(list.sinceKey, page->second.toString(Qt::ISODateWithMs));
        list.then();
    });
}

void SyncEngine::syncTransactions()
{
    DeltaList list{QStringLiteral("/v1/wallet/transactions"), kTransactionsSince,
                   [this](const QJsonObject &json, QString *why) -> std::optional<std::pair<QString, QDateTime>> {
                       const auto page = WalletDto::transactions(json, why);
                       if (!page)
                           return std::nullopt;
                       m_transactions->upsert(page->items);
                       return std::pair{page->nextCursor, page->serverTime};
                   },
                   [this] { m_tickets ? syncTickets() : syncHistory(0); }};
    syncDelta(list, {}, m_wallet->syncValue(kTransactionsSince).value_or(QString()));
}

void SyncEngine::syncTickets()
{
    DeltaList list{QStringLiteral("/v1/support/tickets"), kTicketsSince,
                   [this](const QJsonObject &json, QString *why) -> std::optional<std::pair<QString, QDateTime>> {
                       const auto page = TicketDto::page(json, why);
                       if (!page)
                           return std::nullopt;
                       m_tickets->upsert(page->items);
                       return std::pair{page->nextCursor, page->serverTime};
                   },
                   [this] { syncHistory(0); }};
    syncDelta(list, {}, m_wallet->syncValue(kTicketsSince).value_or(QString()));
}

// A year of daily balances per wallet currency, for the chart.
void SyncEngine::syncHistory(int currencyIndex)
{
    const QList<Currency> &currencies = Currency::walletCurrencies();
    if (currencyIndex >= currencies.size())
        return syncFaq(0);
    const Currency currency = currencies.at(currencyIndex);
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/wallet/balance-history");
    spec.query.addQueryItem(QStringLiteral("currency"), currency.code());
    // 360 days back: the server's "today" may already be tomorrow in the user's timezone, and it caps a range at 366 days.
    spec.query.addQueryItem(QStringLiteral("from"), QDate::currentDate().addDays(-360).toString(Qt::ISODate));
    m_client->send(spec, this, [this, spec, currency, currencyIndex](const ApiResult &result) {
        if (!result.ok())
            return fail(*result.error);
        QList<QPair<QDate, qint64>> points;
        for (const QJsonValue &v : result.json.object().value(u"points").toArray()) {
            DtoReader point(v.toObject(), QStringLiteral("point"));
            const QDate day = QDate::fromString(point.string(QStringLiteral("date"), 10, 10), Qt::ISODate);
            const Money balance = point.money(QStringLiteral("balance"));
            if (!point.ok() || !day.isValid() || !(balance.currency() == currency))
                return fail(malformed(spec.path, point.ok() ? QStringLiteral("balance history point") : point.error()));
            points.append({day, balance.minor()});
        }
        m_wallet->replaceHistory(currency, points);
        syncHistory(currencyIndex + 1);
    });
}

void SyncEngine::syncFaq(int localeIndex)
{
    if (localeIndex >= kFaqLocales.size()) {
        m_running = false;
        if (m_offlineRounds > 0 && m_timer.isActive())
            m_timer.start(m_intervalMs);  // back to the normal pace
        m_offlineRounds = 0;
        m_wallet->setSyncValue(kLastSynced, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        setState(m_signedIn ? State::Online : State::SignedOut);
        emit synced();
        emit roundFinished();
        return;
    }
    m_faqSync->syncLocale(kFaqLocales.at(localeIndex), this, [this, localeIndex](const std::optional<ApiError> &error, bool) {
        if (error)
            return fail(*error);
        syncFaq(localeIndex + 1);
    });
}

} // namespace okpay
