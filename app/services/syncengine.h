#pragma once
#include "api/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace okpay {

class ApiClient;
class FaqStore;
class FaqSync;
class TicketStore;
class TransactionStore;
class WalletCache;

// Brings the cache up to date with the server: balances, transactions and tickets (deltas by updated_since, page by
// page) and the FAQ in both languages (ETag, so an unchanged FAQ costs a 304). Its connection state drives the one status
// banner; it never blocks the window: everything is asynchronous and the views read the cache.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, Connecting, Online, Offline, ServerError, TlsError, Maintenance };
    Q_ENUM(State)

    SyncEngine(ApiClient *client, WalletCache *wallet, TransactionStore *transactions, FaqStore *faq,
               TicketStore *tickets = nullptr, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setSignedIn(bool signedIn);
    void syncNow();
    void startTimer(int intervalMs = 60'000);
    State state() const { return m_state; }
    QDateTime lastSynced() const;
    static State stateFor(const ApiError &error);

signals:
    void stateChanged(okpay::SyncEngine::State state);
    void synced();         // a full round succeeded
    void roundFinished();  // a round ended, fully or not: models re-read the cache

private:
    void syncBalances();
    struct DeltaList
    {
        QString path;
        QString sinceKey;
        std::function<std::optional<std::pair<QString, QDateTime>>(const QJsonObject &, QString *why)> storePage;
        std::function<void()> then;
    };
    void syncDelta(const DeltaList &list, const QString &cursor, const QString &since);
    void syncTransactions();
    void syncTickets();
    void syncHistory(int currencyIndex);
    void syncFaq(int localeIndex);
    void fail(const ApiError &error);
    void setState(State state);

    ApiClient *m_client;
    WalletCache *m_wallet;
    TransactionStore *m_transactions;
    TicketStore *m_tickets;
    std::unique_ptr<FaqSync> m_faqSync;
    QTimer m_timer;
    State m_state = State::SignedOut;
    bool m_signedIn = false;
    bool m_running = false;
    QString m_roundServerTime;
    int m_intervalMs = 60'000;
    int m_offlineRounds = 0;  // consecutive rounds that ended offline: the next try waits longer
};

} // namespace okpay
