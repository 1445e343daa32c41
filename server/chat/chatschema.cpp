// The chat tables (migrations 400–499), declared in chatroutes.h.
#include "chat/chatroutes.h"

namespace okpay::server {

QList<Migration> chatMigrations()
{
    return {
        {400, QStringLiteral("chat sessions, messages and the per-session event log"),
         {QStringLiteral("CREATE TABLE chat_sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
                         "client_id TEXT NOT NULL, subject TEXT NOT NULL, transaction_id TEXT, locale TEXT NOT NULL, "
                         "status TEXT NOT NULL, agent_id TEXT, agent_name TEXT, last_seq BIGINT NOT NULL DEFAULT 0, "
                         "user_read_seq BIGINT NOT NULL DEFAULT 0, agent_read_seq BIGINT NOT NULL DEFAULT 0, "
                         "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, accepted_at TEXT, ended_at TEXT, "
                         "ended_by TEXT, rating_score INTEGER, rating_comment TEXT, rated_at TEXT, "
                         "UNIQUE (user_id, client_id))"),
          // At most one chat per user that is not ended, also under concurrent starts.
          QStringLiteral("CREATE UNIQUE INDEX chat_sessions_one_open ON chat_sessions (user_id) WHERE status <> 'ended'"),
          QStringLiteral("CREATE INDEX chat_sessions_queue ON chat_sessions (status, created_at, id)"),
          QStringLiteral("CREATE TABLE chat_messages (id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES "
                         "chat_sessions(id), seq BIGINT NOT NULL, client_id TEXT, author_id TEXT, "
                         "author_role TEXT NOT NULL, author_name TEXT NOT NULL, body TEXT NOT NULL, "
                         "created_at TEXT NOT NULL, UNIQUE (session_id, seq), UNIQUE (author_id, client_id))"),
          // Persisted events (message, read, agent_joined, ended); seq is allocated here, MAX+1 under the UNIQUE key.
          QStringLiteral("CREATE TABLE chat_events (session_id TEXT NOT NULL REFERENCES chat_sessions(id), "
                         "seq BIGINT NOT NULL, kind TEXT NOT NULL, message_id TEXT, data TEXT NOT NULL, "
                         "created_at TEXT NOT NULL, PRIMARY KEY (session_id, seq))")}},
        // Attachments are the support area's uploads, linked by message id; the count spares a lookup per message.
        {401, QStringLiteral("chat message attachment count"),
         {QStringLiteral("ALTER TABLE chat_messages ADD COLUMN attachment_count INTEGER NOT NULL DEFAULT 0")}},
    };
}

} // namespace okpay::server
