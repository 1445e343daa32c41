#include "auth/tokenservice.h"

#include "core/clock.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

IssuedTokens TokenService::createSession(const QSqlDatabase &db, const QString &userId, const QString &ip,
                                         const QString &deviceName)
{
    const QDateTime now = m_clock.now();
    IssuedTokens t{Ids::newId("ses"), Ids::newToken(), Ids::newToken(), m_accessTtl, m_refreshTtl};
    sqlExec(db, QStringLiteral(
                    "INSERT INTO sessions (id, user_id, access_hash, refresh_hash, access_expires_at, refresh_expires_at, "
                    "created_at, last_seen_at, ip, device_name) VALUES (:id, :u, :a, :r, :ae, :re, :now, :now, :ip, :dev)"),
            {{":id", t.sessionId}, {":u", userId}, {":a", Ids::sha256Hex(t.accessToken)},
             {":r", Ids::sha256Hex(t.refreshToken)}, {":ae", sqlTime(now.addSecs(m_accessTtl))},
             {":re", sqlTime(now.addSecs(m_refreshTtl))}, {":now", sqlTime(now)}, {":ip", ip},
             {":dev", deviceName.left(100)}});
    return t;
}

std::optional<AuthContext> TokenService::authenticate(const QSqlDatabase &db, const QByteArray &accessToken)
{
    if (accessToken.size() < 32 || accessToken.size() > 2048)
        return std::nullopt;
    const QDateTime now = m_clock.now();
    const QString hash = Ids::sha256Hex(QString::fromLatin1(accessToken));
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto it = m_cache.constFind(hash);
        if (it != m_cache.constEnd() && now < it->validUntil)
            return it->auth;
    }
    QSqlQuery q = sqlExec(db, QStringLiteral(
                                  "SELECT s.id, s.user_id, u.role, u.email_verified, s.last_seen_at, s.access_expires_at FROM sessions s "
                                  "JOIN users u ON u.id = s.user_id WHERE s.access_hash = :h AND s.revoked_at IS NULL "
                                  "AND s.access_expires_at > :now"),
                          {{":h", hash}, {":now", sqlTime(now)}});
    if (!q.next())
        return std::nullopt;
    AuthContext auth{q.value(1).toString(), q.value(0).toString(), q.value(2).toString(), q.value(3).toInt() != 0};
    {
        QMutexLocker lock(&m_cacheMutex);
        if (m_cache.size() > 100000)
            m_cache.clear();  // bound memory; entries are cheap to rebuild
        m_cache.insert(hash, CachedAuth{auth, qMin(fromSqlTime(q.value(5).toString()), now.addSecs(CacheSecs))});
    }
    // "Last active" for the sessions list, written at most once a minute so reads stay reads.
    if (fromSqlTime(q.value(4).toString()).secsTo(now) > 60)
        sqlExec(db, QStringLiteral("UPDATE sessions SET last_seen_at = :now WHERE id = :id"),
                {{":now", sqlTime(now)}, {":id", auth.sessionId}});
    return auth;
}

TokenService::RefreshResult TokenService::refresh(const QSqlDatabase &db, const QString &refreshToken,
                                                  IssuedTokens *out)
{
    const QDateTime now = m_clock.now();
    const QString hash = Ids::sha256Hex(refreshToken);
    QSqlQuery retired = sqlExec(db, QStringLiteral("SELECT session_id FROM retired_refresh_tokens WHERE hash = :h"),
                                {{":h", hash}});
    if (retired.next()) {
        // A rotated token came back: someone holds a copy. End the whole session (the token family).
        out->sessionId = retired.value(0).toString();
        revokeSession(db, out->sessionId);
        return RefreshResult::Reused;
    }
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT id FROM sessions WHERE refresh_hash = :h AND revoked_at IS NULL "
                                             "AND refresh_expires_at > :now"),
                          {{":h", hash}, {":now", sqlTime(now)}});
    if (!q.next())
        return RefreshResult::Invalid;
    IssuedTokens t{q.value(0).toString(), Ids::newToken(), Ids::newToken(), m_accessTtl, m_refreshTtl};
    // Conditional on the old hash, so two concurrent refreshes with one token cannot both succeed.
    QSqlQuery update = sqlExec(
        db, QStringLiteral("UPDATE sessions SET access_hash = :a, refresh_hash = :r, access_expires_at = :ae, "
                           "refresh_expires_at = :re, last_seen_at = :now WHERE id = :id AND refresh_hash = :old"),
        {{":a", Ids::sha256Hex(t.accessToken)}, {":r", Ids::sha256Hex(t.refreshToken)},
         {":ae", sqlTime(now.addSecs(m_accessTtl))}, {":re", sqlTime(now.addSecs(m_refreshTtl))},
         {":now", sqlTime(now)}, {":id", t.sessionId}, {":old", hash}});
    if (update.numRowsAffected() != 1)
        return RefreshResult::Invalid;
    forgetWhere([&](const AuthContext &a) { return a.sessionId == t.sessionId; });  // the old access token ends here
    sqlExec(db, QStringLiteral("INSERT INTO retired_refresh_tokens (hash, session_id, retired_at) VALUES (:h, :s, :t)"),
            {{":h", hash}, {":s", t.sessionId}, {":t", sqlTime(now)}});
    *out = t;
    return RefreshResult::Ok;
}

void TokenService::forgetWhere(const std::function<bool(const AuthContext &)> &matches)
{
    QMutexLocker lock(&m_cacheMutex);
    for (auto it = m_cache.begin(); it != m_cache.end();)
        it = matches(it->auth) ? m_cache.erase(it) : std::next(it);
}

void TokenService::forgetUser(const QString &userId)
{
    forgetWhere([&](const AuthContext &a) { return a.userId == userId; });
}

void TokenService::revokeSession(const QSqlDatabase &db, const QString &sessionId)
{
    forgetWhere([&](const AuthContext &a) { return a.sessionId == sessionId; });
    sqlExec(db, QStringLiteral("UPDATE sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL"),
            {{":now", sqlTime(m_clock.now())}, {":id", sessionId}});
}

void TokenService::revokeAllSessions(const QSqlDatabase &db, const QString &userId, const QString &exceptSessionId)
{
    forgetWhere([&](const AuthContext &a) { return a.userId == userId && a.sessionId != exceptSessionId; });
    sqlExec(db, QStringLiteral("UPDATE sessions SET revoked_at = :now WHERE user_id = :u AND id <> :keep "
                               "AND revoked_at IS NULL"),
            {{":now", sqlTime(m_clock.now())}, {":u", userId}, {":keep", exceptSessionId}});
}

} // namespace okpay::server
