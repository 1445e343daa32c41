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

// How many recovery codes are left, and whether two-factor authentication is on (the server's word for it).
struct RecoveryCodesStatus
{
    bool twoFactorOn = false;
    int remaining = 0;
    int total = 0;
};

// One entry of the account's security log. The view names each kind in the user's language; Other keeps the raw
// type for kinds this version does not know.
struct SecurityEvent
{
    enum class Kind {
        LoginSucceeded,
        LoginFailed,
        MfaFailed,
        RefreshTokenReused,
        PasswordChanged,
        PasswordReset,
        EmailChanged,
        TotpEnabled,
        TotpDisabled,
        RecoveryCodesRegenerated,
        RecoveryCodeUsed,
        SessionRevoked,
        PayoutDestinationAdded,
        PayoutDestinationRemoved,
        Other,
    };
    static Kind kindOf(const QString &type);

    QString id;
    Kind kind = Kind::Other;
    QString type;  // as the server sent it
    QString ipAddress;
    QString device;  // may be empty: the server does not always say
    QDateTime at;
};

// The Security tab's account operations: two-factor setup (the pending secret, its otpauth URI for the QR code,
// then the first code, which returns the recovery codes once), turning it off, recovery codes, the password, the
// signed-in devices and the security event log. Every request is asynchronous; results and failures are signals.
class SecurityService : public QObject
{
    Q_OBJECT

public:
    // What a failed request was for, so the view puts the message next to the right control.
    enum class Operation { TotpSetup, TotpEnable, TotpDisable, RecoveryStatus, RecoveryRegenerate, PasswordChange, Sessions, Events };
    Q_ENUM(Operation)

    explicit SecurityService(ApiClient *client, QObject *parent = nullptr);

    void startTotpSetup(const QString &currentPassword);
    void confirmTotp(const QString &code);
    // Both factors: the password and a current authenticator code, or an unused recovery code for a lost phone.
    void disableTotp(const QString &currentPassword, const QString &code, bool isRecoveryCode);
    void loadRecoveryStatus();
    void regenerateRecoveryCodes(const QString &totpCode);
    void changePassword(const QString &currentPassword, const QString &newPassword, const QString &totpCode);
    void loadSessions();
    void revokeSession(const QString &sessionId);
    void loadEvents(const QString &cursor = {}, int limit = 20);  // newest first; "" = the first page

signals:
    void totpSetupReady(const QString &base32Secret, const QString &otpauthUri);
    void totpEnabled(const QStringList &recoveryCodes);
    void totpDisabled();
    void recoveryStatusLoaded(const okpay::RecoveryCodesStatus &status);
    void recoveryCodesRegenerated(const QStringList &recoveryCodes);
    void sessionsLoaded(const QList<okpay::DeviceSession> &sessions);
    void passwordChanged();
    // cursor: the one asked for ("" for the first page); nextCursor: "" when there are no more.
    void eventsLoaded(const QList<okpay::SecurityEvent> &events, const QString &cursor, const QString &nextCursor);
    // field: the request field the server named ("current_password", "totp_code", …) or "".
    void failed(okpay::SecurityService::Operation operation, const QString &field, const QString &message);

private:
    ApiClient *m_client;
};

} // namespace okpay
