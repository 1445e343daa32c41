#include "services/activeaccount.h"

#include "services/sessionservice.h"

namespace okpay {

ActiveAccount::ActiveAccount(SessionService *session, ApiClient *client, std::function<QString(const QString &)> cacheFileFor,
                             QObject *parent)
    : QObject(parent), m_session(session), m_client(client), m_cacheFileFor(std::move(cacheFileFor))
{
    connect(session, &SessionService::stateChanged, this, [this](SessionService::State state) {
        if (state == SessionService::State::SignedIn) {
            open(m_session->userId());
            m_account->sync().setSignedIn(true);
            m_account->sync().syncNow();
            m_account->sync().startTimer();
        } else if (state == SessionService::State::SignedOut) {
            close();
        }
    });
}

ActiveAccount::~ActiveAccount()
{
    close();
}

void ActiveAccount::openCached(const QString &userId)
{
    if (!userId.isEmpty())
        open(userId);
}

void ActiveAccount::open(const QString &userId)
{
    if (m_account && m_userId == userId)
        return;
    close();
    m_account = std::make_unique<SignedInAccount>(m_cacheFileFor(userId), m_client, m_session);  // the session gives the chat its token
    m_userId = userId;
    emit changed(m_account.get());
}

void ActiveAccount::close()
{
    if (!m_account)
        return;
    emit changed(nullptr);
    m_account.reset();
    m_userId.clear();
}

} // namespace okpay
