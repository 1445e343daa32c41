#include "store/cacheschema.h"

namespace okpay {

const QList<QStringList> &cacheSchemaSteps()
{
    static const QList<QStringList> steps{
        // 1: balances, transactions, history, sync state, outbox
        {QStringLiteral("CREATE TABLE balances (currency TEXT PRIMARY KEY, available INTEGER NOT NULL, "
                        "pending INTEGER NOT NULL, updated_at TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE transactions (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                        "type TEXT NOT NULL, direction TEXT NOT NULL, status TEXT NOT NULL, currency TEXT NOT NULL, "
                        "amount INTEGER NOT NULL, fee INTEGER NOT NULL, total INTEGER NOT NULL, description TEXT NOT NULL, "
                        "method_kind TEXT, reference TEXT, failure_reason TEXT)"),
         QStringLiteral("CREATE INDEX transactions_by_time ON transactions (created_at DESC, id DESC)"),
         QStringLiteral("CREATE TABLE balance_history (currency TEXT NOT NULL, day TEXT NOT NULL, available INTEGER NOT NULL, "
                        "PRIMARY KEY (currency, day))"),
         QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE outbox (id TEXT PRIMARY KEY, kind TEXT NOT NULL, client_id TEXT NOT NULL UNIQUE, "
                        "payload BLOB NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                        "last_error TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")},
        // 2: FAQ with a trigram full-text index (finds text inside runs of Chinese characters), tickets, chat
        {QStringLiteral("CREATE TABLE faq_articles (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, locale TEXT NOT NULL, "
                        "category TEXT NOT NULL, category_title TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, body TEXT NOT NULL, tags TEXT NOT NULL, "
                        "position INTEGER NOT NULL, revision INTEGER NOT NULL, updated_at TEXT NOT NULL, UNIQUE (id, locale))"),
         // Lower-cased text for short-query scans, narrow and in its own table so a title scan never reads bodies.
         QStringLiteral("CREATE TABLE faq_search (rowid INTEGER PRIMARY KEY, locale TEXT NOT NULL, head TEXT NOT NULL, "
                        "text TEXT NOT NULL)"),
         QStringLiteral("CREATE VIRTUAL TABLE faq_fts USING fts5(title, body, tags, content='faq_articles', "
                        "content_rowid='rowid', tokenize='trigram')"),
         QStringLiteral("CREATE TRIGGER faq_ai AFTER INSERT ON faq_articles BEGIN INSERT INTO faq_fts(rowid, title, body, tags) "
                        "VALUES (new.rowid, new.title, new.body, new.tags); END"),
         QStringLiteral("CREATE TRIGGER faq_ad AFTER DELETE ON faq_articles BEGIN INSERT INTO faq_fts(faq_fts, rowid, title, "
                        "body, tags) VALUES ('delete', old.rowid, old.title, old.body, old.tags); END"),
         QStringLiteral("CREATE TRIGGER faq_au AFTER UPDATE ON faq_articles BEGIN INSERT INTO faq_fts(faq_fts, rowid, title, "
                        "body, tags) VALUES ('delete', old.rowid, old.title, old.body, old.tags); INSERT INTO faq_fts(rowid, "
                        "title, body, tags) VALUES (new.rowid, new.title, new.body, new.tags); END"),
         QStringLiteral("CREATE TABLE tickets (id TEXT PRIMARY KEY, number TEXT, subject TEXT NOT NULL, status TEXT NOT NULL, "
                        "category TEXT NOT NULL, updated_at TEXT NOT NULL, json TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE chat_messages (session_id TEXT NOT NULL, seq INTEGER NOT NULL, client_id TEXT, "
                        "author TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (session_id, seq))")},
        // 3: where each outbox item goes and when it may be tried again
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN path TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN result_id TEXT")},
        // 4: history sorted by amount pages on an index too
        {QStringLiteral("CREATE INDEX transactions_by_amount ON transactions (amount DESC, id DESC)")},
        // 5: ticket conversations for offline reading, when the user last read each ticket, and unsent form drafts
        {QStringLiteral("CREATE TABLE ticket_messages (ticket_id TEXT NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, "
                        "created_at TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (ticket_id, position))"),
         QStringLiteral("CREATE TABLE ticket_reads (ticket_id TEXT PRIMARY KEY, last_message_at TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE drafts (name TEXT PRIMARY KEY, json TEXT NOT NULL, updated_at TEXT NOT NULL)")},
        // 6: live chats: the session as the server last described it, how far its events were read, its transcript;
        // each message's full JSON (author name, attachments) next to the columns of step 2
        {QStringLiteral("CREATE TABLE chat_sessions (id TEXT PRIMARY KEY, status TEXT NOT NULL, json TEXT NOT NULL, "
                        "last_seq INTEGER NOT NULL DEFAULT 0, agent_read_seq INTEGER NOT NULL DEFAULT 0, transcript TEXT, "
                        "updated_at TEXT NOT NULL)"),
         QStringLiteral("ALTER TABLE chat_messages ADD COLUMN json TEXT NOT NULL DEFAULT '{}'")},
        // 7: 1–2 character Chinese queries on an index instead of a scan: each CJK character is a token of its own
        // (FaqStore writes the spaced copies), so a two-character word is a phrase of two adjacent tokens. A table
        // of its own, so the narrow faq_search stays fast to scan. FAQ rows written before have no such copy: the FAQ
        // is emptied and comes back from the bundle and the server.
        {QStringLiteral("CREATE VIRTUAL TABLE faq_cjk USING fts5(head_cjk, text_cjk, tokenize='unicode61')"),
         QStringLiteral("CREATE TRIGGER faq_cjk_ad AFTER DELETE ON faq_search BEGIN DELETE FROM faq_cjk WHERE rowid = old.rowid; END"),
         QStringLiteral("DELETE FROM faq_search"),
         QStringLiteral("DELETE FROM faq_articles"),
         QStringLiteral("DELETE FROM sync_state WHERE key LIKE 'faq\\_%' ESCAPE '\\'")},
        // 8: the card of a card top-up, so the history describes it in the app's language ("…ending 4242"); the
        // next sync fetches the history again to fill it in (rows are replaced, none is lost meanwhile)
        {QStringLiteral("ALTER TABLE transactions ADD COLUMN card_last4 TEXT"),
         QStringLiteral("DELETE FROM sync_state WHERE key = 'transactions_updated_since'")},
    };
    return steps;
}

} // namespace okpay
