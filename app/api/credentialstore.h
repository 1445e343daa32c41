#pragma once
#include <QByteArray>
#include <QObject>
#include <functional>

namespace okpay {

// Which secret: the refresh token of one account on one server. Keys are per server and per account so two
// accounts (or a test server and production) never overwrite each other.
struct CredentialKey
{
    QString serverHost;
    QString accountId;
    QString name() const;  // "refresh-token:<host>:<account>"
};

// Where the refresh token lives. The product uses the OS keychain (KeychainCredentialStore); tests use an in-memory
// store. Calls are asynchronous; a callback is dropped if its context object is destroyed first.
class CredentialStore
{
public:
    enum class Status {
        Ok,
        NotFound,     // no secret stored under this key
        Unavailable,  // no keychain service at all (no Secret Service, no D-Bus session)
        Locked,       // a keychain exists but is locked or the user refused access
        TimedOut,     // the keychain did not answer in time (a hung prompt, a stuck daemon)
        Failed,       // anything else; see the detail text
    };
    using ReadCallback = std::function<void(Status status, const QByteArray &secret, const QString &detail)>;
    using DoneCallback = std::function<void(Status status, const QString &detail)>;

    virtual ~CredentialStore() = default;
    virtual void read(const CredentialKey &key, QObject *context, ReadCallback callback) = 0;
    virtual void write(const CredentialKey &key, const QByteArray &secret, QObject *context, DoneCallback callback) = 0;
    virtual void remove(const CredentialKey &key, QObject *context, DoneCallback callback) = 0;
};

} // namespace okpay
