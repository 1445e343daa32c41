#include "services/signedinaccount.h"

namespace okpay {

SignedInAccount::SignedInAccount(const QString &cacheFile, ApiClient *client, TokenSource *tokens, QObject *parent)
    : QObject(parent), m_cache(std::make_unique<CacheDatabase>(cacheFile))
{
    m_openResult = m_cache->open();
    m_wallet = std::make_unique<WalletCache>(m_cache->db());
    m_transactionStore = std::make_unique<TransactionStore>(m_cache->db());
    m_faqStore = std::make_unique<FaqStore>(m_cache->db());
    m_ticketStore = std::make_unique<TicketStore>(m_cache->db());
    m_sync = std::make_unique<SyncEngine>(client, m_wallet.get(), m_transactionStore.get(), m_faqStore.get(), m_ticketStore.get());
    m_balances = std::make_unique<BalanceListModel>(m_wallet.get());
    m_transactionModel = std::make_unique<TransactionTableModel>(m_transactionStore.get());
    m_faqModel = std::make_unique<FaqListModel>(m_faqStore.get());
    m_ticketModel = std::make_unique<TicketListModel>(m_ticketStore.get());
    m_kyc = std::make_unique<KycService>(client);
    m_funding = std::make_unique<FundingService>(client, m_kyc.get());
    m_security = std::make_unique<SecurityService>(client);
    m_profile = std::make_unique<ProfileService>(client);
    m_outbox = std::make_unique<OutboxStore>(m_cache->db());
    m_outboxSender = std::make_unique<OutboxSender>(m_outbox.get(), client, m_clock);
    m_ticketThreads = std::make_unique<TicketThreadStore>(m_cache->db());
    m_drafts = std::make_unique<DraftStore>(m_cache->db());
    const SupportService::Stores supportStores{m_ticketStore.get(), m_ticketThreads.get(), m_drafts.get(), m_outbox.get(),
                                               m_transactionStore.get(), m_cache->db()};
    m_support = std::make_unique<SupportService>(client, supportStores, m_outboxSender.get(), m_sync.get(), m_clock);
    m_ticketModel->setUnreadTicketIds(m_support->unreadTicketIds());
    connect(m_support.get(), &SupportService::ticketsChanged, m_ticketModel.get(), &TicketListModel::reload);
    connect(m_support.get(), &SupportService::unreadTicketsChanged, m_ticketModel.get(), &TicketListModel::setUnreadTicketIds);
    m_chatStore = std::make_unique<ChatStore>(m_cache->db());
    if (tokens)
        m_chat = std::make_unique<ChatService>(client, tokens, m_chatStore.get(), m_outbox.get(), m_outboxSender.get(), m_clock);
    // After each sync round the views re-read the cache.
    connect(m_sync.get(), &SyncEngine::roundFinished, this, [this] {
        m_balances->reload();
        m_transactionModel->reload();
        m_faqModel->reload();
        m_ticketModel->reload();
    });
}

} // namespace okpay
