#include "services/sessionservice.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "services/settings.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <QPointer>

namespace okpay {

SessionService::SessionService(CredentialStore &credentials, Settings &settings, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_settings(settings)
{
}

CredentialKey SessionService::keyFor(const QString &userId) const
{
    return CredentialKey{m_settings.serverUrl().host(), userId};
}

void SessionService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SessionService::acceptTokens(const QJsonObject &json)
{
    m_accessToken = json.value(u"access_token").toString();
    m_refreshToken = json.value(u"refresh_token").toString().toLatin1();
    m_userId = json.value(u"user").toObject().value(u"id").toString();
    m_secondFactorOn = json.value(u"user").toObject().value(u"totp_enabled").toBool();
    m_email = json.value(u"user").toObject().value(u"email").toString();
    m_emailVerified = json.value(u"user").toObject().value(u"email_verified").toBool(true);
    if (!m_remember) {
        m_settings.setLastUser({});
        m_credentials.remove(keyFor(m_userId), this, [](CredentialStore::Status, const QString &) {});
        return setState(State::SignedIn);
    }
    m_settings.setLastUser(m_userId);  // an id, not a secret
    m_credentials.write(keyFor(m_userId), m_refreshToken, this, [this](CredentialStore::Status status, const QString &) {
        if (status != CredentialStore::Status::Ok && !m_toldAboutKeychain) {
            m_toldAboutKeychain = true;
            emit notice(tr("Your sign-in cannot be remembered on this computer because no keychain is available. "
                           "You will be asked to sign in again next time."));
        }
    });
    setState(State::SignedIn);
}

void SessionService::setSecondFactorOn(bool on)
{
    if (m_secondFactorOn == on)
        return;
    m_secondFactorOn = on;
    emit secondFactorChanged(on);
}

void SessionService::restore()
{
    const QString userId = m_settings.lastUser();
    if (userId.isEmpty())
        return setState(State::SignedOut);
    setState(State::Restoring);
    m_credentials.read(keyFor(userId), this, [this, userId](CredentialStore::Status status, const QByteArray &secret, const QString &) {
        if (status != CredentialStore::Status::Ok || secret.isEmpty()) {
            if (status != CredentialStore::Status::NotFound && !m_toldAboutKeychain) {
                m_toldAboutKeychain = true;
                emit notice(tr("The keychain could not be opened, so please sign in again."));
            }
            return setState(State::SignedOut);
        }
        m_userId = userId;
        m_refreshToken = secret;
        refreshAccessToken(this, [this](bool ok) { setState(ok ? State::SignedIn : State::SignedOut); });
    });
}

void SessionService::signIn(const QString &email, const QString &password)
{
    setState(State::SigningIn);
    // Kept only if the password turns out to be right; the fingerprint is not the password (see PasswordFingerprint).
    PasswordFingerprint fingerprint(password);
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/auth/login");
    spec.authenticated = false;
    spec.json = QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password},
                            {QStringLiteral("device_name"), QStringLiteral("OKPay Desktop")}};
    m_client->send(spec, this, [this, fingerprint](const ApiResult &result) {
        if (!result.ok()) {
            setState(State::SignedOut);
            emit signInFailed(result.error->httpStatus == 401 ? tr("The email address or password is not correct.")
                                                              : ApiErrorText::userMessage(*result.error));
            return;
        }
        m_secretGuard = SecretGuard(fingerprint);
        const QJsonObject json = result.json.object();
        if (json.value(u"status").toString() == u"mfa_required") {
            m_mfaToken = json.value(u"mfa_token").toString();
            return setState(State::NeedsSecondFactor);
        }
        acceptTokens(json);
    });
}

void SessionService::signUp(const SignUpForm &form)
{
    setState(State::SigningIn);
    PasswordFingerprint fingerprint(form.password);
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/auth/register");
    spec.authenticated = false;
    spec.json = QJsonObject{{QStringLiteral("name"), form.name},
                            {QStringLiteral("email"), form.email},
                            {QStringLiteral("phone"), form.phone},
                            {QStringLiteral("password"), form.password},
                            {QStringLiteral("locale"), QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")},
                            {QStringLiteral("timezone"), QString::fromUtf8(QTimeZone::systemTimeZoneId())},
                            {QStringLiteral("device_name"), QStringLiteral("OKPay Desktop")}};
    m_client->send(spec, this, [this, fingerprint](const ApiResult &result) {
        if (!result.ok()) {
            setState(State::SignedOut);
            emit signUpFailed(result.error->field, ApiErrorText::formMessage(*result.error));
            return;
        }
        m_secretGuard = SecretGuard(fingerprint);
        acceptTokens(result.json.object());
    });
}

void SessionService::submitSecondFactor(const QString &code, bool isRecoveryCode)
{
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/auth/login/mfa");
    spec.authenticated = false;
    spec.json = QJsonObject{{QStringLiteral("mfa_token"), m_mfaToken},
                            {isRecoveryCode ? QStringLiteral("recovery_code") : QStringLiteral("totp_code"), code.trimmed()}};
    m_client->send(spec, this, [this](const ApiResult &result) {
        if (result.ok()) {
            m_mfaToken.clear();
            return acceptTokens(result.json.object());
        }
        if (result.error->code == u"mfa_token_expired") {
            m_mfaToken.clear();
            setState(State::SignedOut);
            emit signInFailed(tr("The sign-in took too long. Please sign in again."));
            return;
        }
        emit signInFailed(result.error->httpStatus == 401 ? tr("The code is not correct. Check the time on your phone and try again.")
                                                          : ApiErrorText::userMessage(*result.error));
    });
}

void SessionService::refreshAccessToken(QObject *context, std::function<void(bool)> done)
{
    QPointer<QObject> guard(context);
    m_waitingForRefresh.append([guard, done](bool ok) {
        if (guard)
            done(ok);
    });
    if (m_refreshing)
        return;  // one refresh answers everyone waiting
    if (m_refreshToken.isEmpty()) {
        for (const auto &waiting : std::exchange(m_waitingForRefresh, {}))
            waiting(false);
        return;
    }
    m_refreshing = true;
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/auth/refresh");
    spec.authenticated = false;
    spec.json = QJsonObject{{QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)}};
    m_client->send(spec, this, [this](const ApiResult &result) {
        m_refreshing = false;
        const bool ok = result.ok();
        if (ok) {
            acceptTokens(result.json.object());
        } else if (result.error->httpStatus == 401) {
            // The refresh token is dead (expired, revoked, or reused elsewhere): forget it everywhere.
            m_accessToken.clear();
            m_refreshToken.clear();
            forgetPassword();
            m_credentials.remove(keyFor(m_userId), this, [](CredentialStore::Status, const QString &) {});
            setState(State::SignedOut);
        }
        for (const auto &waiting : std::exchange(m_waitingForRefresh, {}))
            waiting(ok);
    });
}

void SessionService::signOut()
{
    if (!m_accessToken.isEmpty()) {
        ApiRequestSpec spec;
        spec.method = "POST";
        spec.path = QStringLiteral("/v1/auth/logout");
        m_client->send(spec, nullptr, [](const ApiResult &) {});  // best effort; the local sign-out happens anyway
    }
    m_credentials.remove(keyFor(m_userId), this, [](CredentialStore::Status, const QString &) {});
    m_accessToken.clear();
    m_refreshToken.clear();
    m_userId.clear();
    forgetPassword();
    m_settings.setLastUser({});
    setState(State::SignedOut);
}

} // namespace okpay
