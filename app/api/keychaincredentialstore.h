#pragma once
#include "api/credentialstore.h"

namespace okpay {

// CredentialStore on the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager).
// Never falls back to plain-text storage. Each job gets a timeout (QtKeychain has none) and one retry for transient
// D-Bus errors; errors are sorted into NotFound / Unavailable / Locked / TimedOut / Failed.
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("OKPay Desktop"), int timeoutMs = 8000)
        : m_service(std::move(service)), m_timeoutMs(timeoutMs)
    {
    }
    void read(const CredentialKey &key, QObject *context, ReadCallback callback) override;
    void write(const CredentialKey &key, const QByteArray &secret, QObject *context, DoneCallback callback) override;
    void remove(const CredentialKey &key, QObject *context, DoneCallback callback) override;

    // How QtKeychain's error code and message map to a Status (public for tests).
    static Status classify(int keychainError, const QString &message);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace okpay
