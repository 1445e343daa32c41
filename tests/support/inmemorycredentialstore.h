#pragma once
#include "api/credentialstore.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace okpay::test {

// A CredentialStore in memory for tests; answers asynchronously like the keychain, and can pretend to be unavailable.
class InMemoryCredentialStore final : public CredentialStore
{
public:
    Status forcedStatus = Status::Ok;  // anything but Ok makes every call fail with it
    QHash<QString, QByteArray> secrets;

    void read(const CredentialKey &key, QObject *context, ReadCallback callback) override
    {
        const Status status = forcedStatus != Status::Ok ? forcedStatus : secrets.contains(key.name()) ? Status::Ok : Status::NotFound;
        const QByteArray secret = status == Status::Ok ? secrets.value(key.name()) : QByteArray();
        later(context, [=] { callback(status, secret, {}); });
    }
    void write(const CredentialKey &key, const QByteArray &secret, QObject *context, DoneCallback callback) override
    {
        if (forcedStatus == Status::Ok)
            secrets.insert(key.name(), secret);
        const Status status = forcedStatus;
        later(context, [=] { callback(status, {}); });
    }
    void remove(const CredentialKey &key, QObject *context, DoneCallback callback) override
    {
        if (forcedStatus == Status::Ok)
            secrets.remove(key.name());
        const Status status = forcedStatus;
        later(context, [=] { callback(status, {}); });
    }

private:
    static void later(QObject *context, std::function<void()> f)
    {
        QTimer::singleShot(0, context, std::move(f));
    }
};

} // namespace okpay::test
