#include "auth/authschema.h"

namespace okpay::server {

QList<Migration> authMigrations()
{
    return {
        {100, QStringLiteral("users and sessions"),
         {QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                         "phone TEXT NOT NULL, password_hash TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'user', "
                         "email_verified INTEGER NOT NULL DEFAULT 0, locale TEXT NOT NULL DEFAULT 'en', "
                         "timezone TEXT NOT NULL DEFAULT 'UTC', kyc_level INTEGER NOT NULL DEFAULT 0, "
                         "totp_secret TEXT, totp_pending_secret TEXT, totp_enabled INTEGER NOT NULL DEFAULT 0, "
                         "totp_last_step BIGINT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
                         "access_hash TEXT NOT NULL UNIQUE, refresh_hash TEXT NOT NULL UNIQUE, "
                         "access_expires_at TEXT NOT NULL, refresh_expires_at TEXT NOT NULL, created_at TEXT NOT NULL, "
                         "last_seen_at TEXT NOT NULL, revoked_at TEXT, ip TEXT NOT NULL, device_name TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX sessions_user ON sessions (user_id)"),
          QStringLiteral("CREATE TABLE retired_refresh_tokens (hash TEXT PRIMARY KEY, session_id TEXT NOT NULL, "
                         "retired_at TEXT NOT NULL)")}},
        {101, QStringLiteral("email verification, password reset, mfa, recovery codes, security events"),
         {QStringLiteral("CREATE TABLE email_tokens (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES "
                         "users(id), purpose TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT)"),
          QStringLiteral("CREATE TABLE mfa_challenges (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES "
                         "users(id), expires_at TEXT NOT NULL, failures INTEGER NOT NULL DEFAULT 0, used_at TEXT, "
                         "device_name TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE recovery_codes (user_id TEXT NOT NULL REFERENCES users(id), code_hash TEXT NOT "
                         "NULL, used_at TEXT, PRIMARY KEY (user_id, code_hash))"),
          QStringLiteral("CREATE TABLE security_events (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES "
                         "users(id), kind TEXT NOT NULL, ip TEXT NOT NULL, device_name TEXT NOT NULL, "
                         "created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX security_events_user ON security_events (user_id, created_at)")}},
        {102, QStringLiteral("totp pending expiry, recovery code generation time"),
         {QStringLiteral("ALTER TABLE users ADD COLUMN totp_pending_expires_at TEXT"),
          QStringLiteral("ALTER TABLE recovery_codes ADD COLUMN generated_at TEXT")}},
    };
}

} // namespace okpay::server
