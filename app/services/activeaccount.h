#pragma once
#include "services/signedinaccount.h"

#include <QObject>
#include <functional>
#include <memory>

namespace okpay {

class ApiClient;
class SessionService;

// Which account's data is open: follows the session (opens the account's cache and starts its sync at sign-in,
// closes it at sign-out) and can open a remembered account's cache before the session is confirmed, for the first
// paint. cacheFileFor maps a user id to its cache file.
class ActiveAccount : public QObject
{
    Q_OBJECT

public:
    ActiveAccount(SessionService *session, ApiClient *client, std::function<QString(const QString &userId)> cacheFileFor,
                  QObject *parent = nullptr);
    ~ActiveAccount() override;

    void openCached(const QString &userId);
    SignedInAccount *current() const { return m_account.get(); }

signals:
    void changed(okpay::SignedInAccount *account);  // nullptr when signed out

private:
    void open(const QString &userId);
    void close();
    SessionService *m_session;
    ApiClient *m_client;
    std::function<QString(const QString &)> m_cacheFileFor;
    std::unique_ptr<SignedInAccount> m_account;
    QString m_userId;
};

} // namespace okpay
