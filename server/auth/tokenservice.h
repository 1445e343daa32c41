#pragma once
#include "http/apirequest.h"

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

private:
    const Clock &m_clock;
    int m_accessTtl;
    int m_refreshTtl;
};

} // namespace okpay::server
