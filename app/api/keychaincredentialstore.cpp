#include "api/keychaincredentialstore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace okpay {

namespace {
enum class Op { Read, Write, Remove };

// Runs one keychain job with a timeout and at most one retry; reports exactly once, unless the context died.
void runJob(const QString &service, int timeoutMs, Op op, const CredentialKey &key, const QByteArray &secret,
            QObject *context, std::function<void(CredentialStore::Status, const QByteArray &, const QString &)> report,
            int attempt = 0)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setBinaryData(secret);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key.name());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // a token in a plain file is worse than signing in again

    QPointer<QObject> guard(context);
    auto reported = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, [guard, reported, report] {
        if (*reported || !guard)
            return;
        *reported = true;
        report(CredentialStore::Status::TimedOut, {}, QStringLiteral("The keychain did not answer"));
    });
    QObject::connect(job, &QKeychain::Job::finished, [=](QKeychain::Job *finished) {
        if (*reported || !guard)
            return;
        const CredentialStore::Status status = KeychainCredentialStore::classify(finished->error(), finished->errorString());
        if (status == CredentialStore::Status::Failed && attempt == 0) {
            *reported = true;  // this job is over; the retry reports instead
            runJob(service, timeoutMs, op, key, secret, guard, report, 1);
            return;
        }
        *reported = true;
        QByteArray data;
        if (op == Op::Read && status == CredentialStore::Status::Ok)
            data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
        report(status, data, status == CredentialStore::Status::Ok ? QString() : finished->errorString());
    });
    timer->start(timeoutMs);
    job->start();
}
} // namespace

CredentialStore::Status KeychainCredentialStore::classify(int keychainError, const QString &message)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Status::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // Secret Service reports a missing daemon or session bus and a locked collection as OtherError with a message.
    const QString m = message.toLower();
    if (m.contains(u"org.freedesktop.secrets") || m.contains(u"d-bus") || m.contains(u"dbus") || m.contains(u"$display")
        || m.contains(u"could not connect") || m.contains(u"not connected"))
        return Status::Unavailable;
    if (m.contains(u"locked") || m.contains(u"collection") || m.contains(u"dismissed") || m.contains(u"denied"))
        return Status::Locked;
    return Status::Failed;
}

void KeychainCredentialStore::read(const CredentialKey &key, QObject *context, ReadCallback callback)
{
    runJob(m_service, m_timeoutMs, Op::Read, key, {}, context, callback);
}

void KeychainCredentialStore::write(const CredentialKey &key, const QByteArray &secret, QObject *context, DoneCallback callback)
{
    runJob(m_service, m_timeoutMs, Op::Write, key, secret, context,
           [callback](Status s, const QByteArray &, const QString &detail) { callback(s, detail); });
}

void KeychainCredentialStore::remove(const CredentialKey &key, QObject *context, DoneCallback callback)
{
    runJob(m_service, m_timeoutMs, Op::Remove, key, {}, context, [callback](Status s, const QByteArray &, const QString &detail) {
        // Removing what is not there is success: the goal state holds.
        callback(s == Status::NotFound ? Status::Ok : s, detail);
    });
}

} // namespace okpay
