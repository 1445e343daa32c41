#pragma once
#include "services/balancelistmodel.h"
#include "services/chatservice.h"
#include "services/faqlistmodel.h"
#include "services/fundingservice.h"
#include "services/kycservice.h"
#include "services/profileservice.h"
#include "services/outboxsender.h"
#include "services/securityservice.h"
#include "services/supportservice.h"
#include "services/syncengine.h"
#include "services/ticketlistmodel.h"
#include "services/transactiontablemodel.h"
#include "store/cachedatabase.h"
#include "store/chatstore.h"
#include "core/clock.h"
#include "store/draftstore.h"
#include "store/faqstore.h"
#include "store/outboxstore.h"
#include "store/ticketstore.h"
#include "store/ticketthreadstore.h"
#include "store/transactionstore.h"
#include "store/walletcache.h"

#include <QObject>
#include <memory>

namespace okpay {

class ApiClient;
class TokenSource;

// Everything that belongs to one signed-in account: its cache file, the stores over it, the sync engine and the
// models the tabs show. Built when a user signs in (or is remembered at start, so the cache paints at once) and
// dropped at sign-out.
class SignedInAccount : public QObject
{
    Q_OBJECT

public:
    // `tokens` (the session) lets the live chat open its push channel; without it chat() is nullptr.
    SignedInAccount(const QString &cacheFile, ApiClient *client, TokenSource *tokens = nullptr, QObject *parent = nullptr);

    CacheDatabase::OpenResult openResult() const { return m_openResult; }
    SyncEngine &sync() { return *m_sync; }
    BalanceListModel &balances() { return *m_balances; }
    TransactionTableModel &transactions() { return *m_transactionModel; }
    FaqListModel &faq() { return *m_faqModel; }
    TicketListModel &tickets() { return *m_ticketModel; }
    FundingService &funding() { return *m_funding; }
    KycService &kyc() { return *m_kyc; }
    SecurityService &security() { return *m_security; }
    ProfileService &profile() { return *m_profile; }
    SupportService &support() { return *m_support; }
    ChatService *chat() { return m_chat.get(); }
    OutboxStore &outbox() { return *m_outbox; }
    OutboxSender &outboxSender() { return *m_outboxSender; }  // started by SupportService once the sync is online
    WalletCache &wallet() { return *m_wallet; }
    const TransactionStore &transactionStore() const { return *m_transactionStore; }

private:
    std::unique_ptr<CacheDatabase> m_cache;
    CacheDatabase::OpenResult m_openResult;
    std::unique_ptr<WalletCache> m_wallet;
    std::unique_ptr<TransactionStore> m_transactionStore;
    std::unique_ptr<FaqStore> m_faqStore;
    std::unique_ptr<TicketStore> m_ticketStore;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<BalanceListModel> m_balances;
    std::unique_ptr<TransactionTableModel> m_transactionModel;
    std::unique_ptr<FaqListModel> m_faqModel;
    std::unique_ptr<TicketListModel> m_ticketModel;
    std::unique_ptr<KycService> m_kyc;  // before m_funding, which refers to it
    std::unique_ptr<FundingService> m_funding;
    std::unique_ptr<SecurityService> m_security;
    std::unique_ptr<ProfileService> m_profile;
    SystemClock m_clock;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboxSender> m_outboxSender;
    std::unique_ptr<TicketThreadStore> m_ticketThreads;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SupportService> m_support;
    std::unique_ptr<ChatStore> m_chatStore;
    std::unique_ptr<ChatService> m_chat;
};

} // namespace okpay
