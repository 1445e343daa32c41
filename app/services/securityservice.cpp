#include "services/securityservice.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"

#include <QJsonArray>

namespace okpay {

namespace {
QString messageFor(const ApiError &error)
{
    if (error.code == u"invalid_credentials")
        return SecurityService::tr("The current password is not correct.");
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
} // namespace

SecurityService::SecurityService(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void SecurityService::startTotpSetup(const QString &currentPassword)
{
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/security/totp/setup");
    spec.json = QJsonObject{{QStringLiteral("current_password"), currentPassword}};
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit failed(messageFor(*result.error));
        const QJsonObject json = result.json.object();
        emit totpSetupReady(json.value(u"secret").toString(), json.value(u"otpauth_uri").toString());
    });
}

void SecurityService::confirmTotp(const QString &code)
{
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/security/totp/enable");
    spec.json = QJsonObject{{QStringLiteral("totp_code"), code.trimmed()}};
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit failed(messageFor(*result.error));
        QStringList codes;
        for (const QJsonValue &v : result.json.object().value(u"codes").toArray())
            codes << v.toString();
        emit totpEnabled(codes);
    });
}

void SecurityService::changePassword(const QString &currentPassword, const QString &newPassword, const QString &totpCode)
{
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/security/password");
    QJsonObject body{{QStringLiteral("current_password"), currentPassword}, {QStringLiteral("new_password"), newPassword}};
    if (!totpCode.trimmed().isEmpty())
        body.insert(QStringLiteral("totp_code"), totpCode.trimmed());
    spec.json = body;
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return emit failed(messageFor(*result.error));
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
            return emit failed(messageFor(*result.error));
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
            return emit failed(messageFor(*result.error));
        loadSessions();
    });
}

} // namespace okpay
