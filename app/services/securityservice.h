#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace okpay {

class ApiClient;

// A signed-in device of the account, for the sessions list.
struct DeviceSession
{
    QString id;
    QString deviceName;
    QString ipAddress;
    QDateTime lastSeen;
    bool current = false;
};

// The Security tab's account operations: two-factor setup (the pending secret, its otpauth URI for the QR code,
// then the first code, which returns the recovery codes once) and the signed-in devices.
class SecurityService : public QObject
{
    Q_OBJECT

public:
    explicit SecurityService(ApiClient *client, QObject *parent = nullptr);

    void startTotpSetup(const QString &currentPassword);
    void confirmTotp(const QString &code);
    void changePassword(const QString &currentPassword, const QString &newPassword, const QString &totpCode);
    void loadSessions();
    void revokeSession(const QString &sessionId);

signals:
    void totpSetupReady(const QString &base32Secret, const QString &otpauthUri);
    void totpEnabled(const QStringList &recoveryCodes);
    void sessionsLoaded(const QList<okpay::DeviceSession> &sessions);
    void passwordChanged();
    void failed(const QString &message);

private:
    ApiClient *m_client;
};

} // namespace okpay
