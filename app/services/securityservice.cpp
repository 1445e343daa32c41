#include "services/securityservice.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"

#include <QHash>
#include <QJsonArray>

namespace okpay {

namespace {
QString messageFor(const ApiError &error)
{
    if (error.code == u"invalid_credentials")
        return SecurityService::tr("The current password is not correct.");
    if (error.code == u"invalid_mfa_code" && error.field == u"recovery_code")
        return SecurityService::tr("This recovery code is not correct or was already used.");
    if (error.code == u"invalid_mfa_code")
        return SecurityService::tr("The code is not correct. Check the time on your phone and try again.");
    if (error.code == u"weak_password")
        return SecurityService::tr("Choose a stronger password: 12 or more characters with letters, digits and special characters, hard to guess.");
    if (error.code == u"mfa_required")
        return SecurityService::tr("Enter the code from your authenticator app.");
    if (error.code == u"totp_already_enabled")
        return SecurityService::tr("Two-factor authentication is already on.");
    return ApiErrorText::userMessage(error);
}

QStringList codesFrom(const QJsonDocument &json)
{
    QStringList codes;
    for (const QJsonValue &v : json.object().value(u"codes").toArray())
        codes << v.toString().left(32);
    return codes;
}

ApiRequestSpec post(const QString &path, const QJsonObject &body)
{
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = path;
    spec.json = body;
    return spec;
}
} // namespace

SecurityEvent::Kind SecurityEvent::kindOf(const QString &type)
{
    static const QHash<QString, Kind> kinds{
        {QStringLiteral("login_succeeded"), Kind::LoginSucceeded},
        {QStringLiteral("login_failed"), Kind::LoginFailed},
        {QStringLiteral("mfa_failed"), Kind::MfaFailed},
        {QStringLiteral("refresh_token_reused"), Kind::RefreshTokenReused},
        {QStringLiteral("password_changed"), Kind::PasswordChanged},
        {QStringLiteral("password_reset"), Kind::PasswordReset},
        {QStringLiteral("email_changed"), Kind::EmailChanged},
        {QStringLiteral("totp_enabled"), Kind::TotpEnabled},
        {QStringLiteral("totp_disabled"), Kind::TotpDisabled},
        {QStringLiteral("recovery_codes_regenerated"), Kind::RecoveryCodesRegenerated},
        {QStringLiteral("recovery_code_used"), Kind::RecoveryCodeUsed},
        {QStringLiteral("session_revoked"), Kind::SessionRevoked},
        {QStringLiteral("payout_destination_added"), Kind::PayoutDestinationAdded},
        {QStringLiteral("payout_destination_removed"), Kind::PayoutDestinationRemoved},
    };
    return kinds.value(type, Kind::Other);
}

SecurityService::SecurityService(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void SecurityService::startTotpSetup(const QString &currentPassword)
{
    m_client->send(post(QStringLiteral("/v1/security/totp/setup"), {{QStringLiteral("current_password"), currentPassword}}), this,
                   [this](const ApiResult &result) {
                       if (!result.ok())
                           return emit failed(Operation::TotpSetup, result.error->field, messageFor(*result.error));
                       const QJsonObject json = result.json.object();
                       emit totpSetupReady(json.value(u"secret").toString(), json.value(u"otpauth_uri").toString());
                   });
}

void SecurityService::confirmTotp(const QString &code)
{
    m_client->send(post(QStringLiteral("/v1/security/totp/enable"), {{QStringLiteral("totp_code"), code.trimmed()}}), this,
                   [this](const ApiResult &result) {
                       if (!result.ok())
                           return emit failed(Operation::TotpEnable, result.error->field, messageFor(*result.error));
                       emit totpEnabled(codesFrom(result.json));
                   });
}

void SecurityService::disableTotp(const QString &currentPassword, const QString &code, bool isRecoveryCode)
{
    const QJsonObject body{{QStringLiteral("current_password"), currentPassword},
                           {isRecoveryCode ? QStringLiteral("recovery_code") : QStringLiteral("totp_code"), code.trimmed()}};
    m_client->send(post(QStringLiteral("/v1/security/totp/disable"), body), this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit failed(Operation::TotpDisable, result.error->field, messageFor(*result.error));
        emit totpDisabled();
    });
}

void SecurityService::loadRecoveryStatus()
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/security/recovery-codes");
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit failed(Operation::RecoveryStatus, result.error->field, messageFor(*result.error));
        const QJsonObject json = result.json.object();
        emit recoveryStatusLoaded(RecoveryCodesStatus{json.value(u"enabled").toBool(), qBound(0, json.value(u"remaining").toInt(), 1000),
                                                      qBound(0, json.value(u"total").toInt(), 1000)});
    });
}

void SecurityService::regenerateRecoveryCodes(const QString &totpCode)
{
    m_client->send(post(QStringLiteral("/v1/security/recovery-codes"), {{QStringLiteral("totp_code"), totpCode.trimmed()}}), this,
                   [this](const ApiResult &result) {
                       if (!result.ok())
                           return emit failed(Operation::RecoveryRegenerate, result.error->field, messageFor(*result.error));
                       emit recoveryCodesRegenerated(codesFrom(result.json));
                   });
}

void SecurityService::changePassword(const QString &currentPassword, const QString &newPassword, const QString &totpCode)
{
    QJsonObject body{{QStringLiteral("current_password"), currentPassword}, {QStringLiteral("new_password"), newPassword}};
    if (!totpCode.trimmed().isEmpty())
        body.insert(QStringLiteral("totp_code"), totpCode.trimmed());
    m_client->send(post(QStringLiteral("/v1/security/password"), body), this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit failed(Operation::PasswordChange, result.error->field, messageFor(*result.error));
        emit passwordChanged();
        loadSessions();  // the server signed out the other devices
    });
}

void SecurityService::loadSessions()
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/security/sessions");
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit failed(Operation::Sessions, result.error->field, messageFor(*result.error));
        QList<DeviceSession> sessions;
        for (const QJsonValue &v : result.json.object().value(u"items").toArray()) {
            const QJsonObject s = v.toObject();
            sessions.append(DeviceSession{s.value(u"id").toString(), s.value(u"device_name").toString().left(100),
                                          s.value(u"ip_address").toString().left(45),
                                          QDateTime::fromString(s.value(u"last_seen_at").toString(), Qt::ISODate),
                                          s.value(u"current").toBool()});
        }
        emit sessionsLoaded(sessions);
    });
}

void SecurityService::revokeSession(const QString &sessionId)
{
    ApiRequestSpec spec;
    spec.method = "DELETE";
    spec.path = QStringLiteral("/v1/security/sessions/") + sessionId;
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit failed(Operation::Sessions, result.error->field, messageFor(*result.error));
        loadSessions();
    });
}

void SecurityService::loadEvents(const QString &cursor, int limit)
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/security/events");
    spec.query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, 200)));
    if (!cursor.isEmpty())
        spec.query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_client->send(spec, this, [this, cursor](const ApiResult &result) {
        if (!result.ok())
            return emit failed(Operation::Events, result.error->field, messageFor(*result.error));
        const QJsonObject json = result.json.object();
        QList<SecurityEvent> events;
        for (const QJsonValue &v : json.value(u"items").toArray()) {
            const QJsonObject e = v.toObject();
            SecurityEvent event;
            event.id = e.value(u"id").toString().left(64);
            event.type = e.value(u"type").toString().left(64);
            event.kind = SecurityEvent::kindOf(event.type);
            event.ipAddress = e.value(u"ip_address").toString().left(45);
            // Not in every server version's answer; the user agent is the closest thing when the name is missing.
            event.device = e.value(u"device_name").toString().left(100);
            if (event.device.isEmpty())
                event.device = e.value(u"user_agent").toString().left(100);
            event.at = QDateTime::fromString(e.value(u"created_at").toString(), Qt::ISODateWithMs);
            events.append(event);
        }
        emit eventsLoaded(events, cursor, json.value(u"next_cursor").toString().left(512));
    });
}

} // namespace okpay
