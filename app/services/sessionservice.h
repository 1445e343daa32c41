#pragma once
#include "api/credentialstore.h"
#include "api/tokensource.h"
#include "core/secretguard.h"

#include <QObject>

namespace okpay {

class ApiClient;
class Settings;

// What the sign-up form sends; the password is dropped as soon as the request is built.
struct SignUpForm
{
    QString name;
    QString email;
    QString phone;
    QString password;
};

// The signed-in account: sign-in (with the TOTP step), sign-out, and restoring the session at start from the refresh
// token in the OS keychain. The access token lives only in memory; the refresh token only in the keychain (when none
// works, the user signs in at each start and is told why, once). Provides ApiClient's tokens, refreshing on demand.
class SessionService : public QObject, public TokenSource
{
    Q_OBJECT

public:
    enum class State { SignedOut, Restoring, SigningIn, NeedsSecondFactor, SignedIn };
    Q_ENUM(State)

    SessionService(CredentialStore &credentials, Settings &settings, QObject *parent = nullptr);
    void setApiClient(ApiClient *client) { m_client = client; }

    void restore();  // at start: the remembered account's refresh token → a fresh session, or SignedOut
    void signIn(const QString &email, const QString &password);
    void signUp(const SignUpForm &form);  // creates the account and signs in; the email still needs verifying
    // Off: the refresh token is not written to the keychain and the next start asks for the password again.
    void setRememberSignIn(bool remember) { m_remember = remember; }
    void submitSecondFactor(const QString &code, bool isRecoveryCode = false);
    void signOut();

    State state() const { return m_state; }
    QString userId() const { return m_userId; }
    bool secondFactorOn() const { return m_secondFactorOn; }  // withdrawals ask for the code
    void setSecondFactorOn(bool on);  // turned on or off on the Security tab, without signing in again
    Settings &settings() const { return m_settings; }  // the preferences this session was built with
    QString email() const { return m_email; }
    bool emailVerified() const { return m_emailVerified; }
    void setEmailVerified() { m_emailVerified = true; }

    // Checks what the user sends to support; knows the password typed at this sign-in (or sign-up) as a fingerprint
    // only. A session restored from the keychain never saw the password, so it finds the other secrets only.
    const SecretGuard &secretGuard() const { return m_secretGuard; }

    QString accessToken() const override { return m_accessToken; }
    void refreshAccessToken(QObject *context, std::function<void(bool)> done) override;

signals:
    void stateChanged(okpay::SessionService::State state);
    void secondFactorChanged(bool on);
    void signInFailed(const QString &message);
    void signUpFailed(const QString &field, const QString &message);  // field: "name", "email", "phone", "password" or ""
    void notice(const QString &message);  // e.g. why the sign-in cannot be remembered

private:
    void setState(State state);
    void acceptTokens(const QJsonObject &json);
    void forgetPassword() { m_secretGuard = SecretGuard(); }
    CredentialKey keyFor(const QString &userId) const;
    CredentialStore &m_credentials;
    Settings &m_settings;
    ApiClient *m_client = nullptr;
    State m_state = State::SignedOut;
    QString m_userId;
    QString m_accessToken;
    QByteArray m_refreshToken;  // in memory while signed in; the durable copy is in the keychain
    QString m_mfaToken;
    bool m_secondFactorOn = false;
    QString m_email;
    bool m_emailVerified = true;
    bool m_remember = true;
    bool m_refreshing = false;
    QList<std::function<void(bool)>> m_waitingForRefresh;
    bool m_toldAboutKeychain = false;
    SecretGuard m_secretGuard;
};

} // namespace okpay
