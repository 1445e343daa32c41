#pragma once
#include "http/apirequest.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <optional>

namespace okpay {
class Clock;
}

namespace okpay::server {

struct IssuedTokens
{
    QString sessionId;
    QString accessToken;
    QString refreshToken;
    int accessTtlSecs = 0;
    int refreshTtlSecs = 0;
};

// Sessions and their tokens. Access tokens (15 min) and refresh tokens (30 days, single use, rotated on every
// refresh) are random and stored only as SHA-256 hashes. Presenting a rotated refresh token again revokes the session.
class TokenService
{
public:
    explicit TokenService(const Clock &clock, int accessTtlSecs = 900, int refreshTtlSecs = 30 * 86400)
        : m_clock(clock), m_accessTtl(accessTtlSecs), m_refreshTtl(refreshTtlSecs)
    {
    }

    IssuedTokens createSession(const QSqlDatabase &db, const QString &userId, const QString &ip,
                               const QString &deviceName);
    std::optional<AuthContext> authenticate(const QSqlDatabase &db, const QByteArray &accessToken);

    enum class RefreshResult { Ok, Invalid, Reused };
    // On Reused, out->sessionId names the session that was revoked.
    RefreshResult refresh(const QSqlDatabase &db, const QString &refreshToken, IssuedTokens *out);
    void revokeSession(const QSqlDatabase &db, const QString &sessionId);
    void revokeAllSessions(const QSqlDatabase &db, const QString &userId, const QString &exceptSessionId = {});
    // Drops cached identities of a user whose role or verification changed.
    void forgetUser(const QString &userId);

    // How long a verified access token is trusted without asking the database again. Revocations through this
    // instance take effect at once; through another instance of a multi-server deployment within this time.
    static constexpr int CacheSecs = 5;

private:
    struct CachedAuth
    {
        AuthContext auth;
        QDateTime validUntil;  // min(access token expiry, cached at + CacheSecs)
    };
    void forgetWhere(const std::function<bool(const AuthContext &)> &matches);
    QMutex m_cacheMutex;
    QHash<QString, CachedAuth> m_cache;  // by token hash
    const Clock &m_clock;
    int m_accessTtl;
    int m_refreshTtl;
};

} // namespace okpay::server
