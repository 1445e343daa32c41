#include "support/supportschema.h"

namespace okpay::server {

QList<Migration> supportSchemaMigrations()
{
    return {
        {300, QStringLiteral("faq articles, revisions and feedback"),
         {QStringLiteral("CREATE TABLE faq_articles (locale TEXT NOT NULL, id TEXT NOT NULL, category_id TEXT NOT NULL, "
                         "category_title TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, tags TEXT NOT NULL, "
                         "position BIGINT NOT NULL, content_hash TEXT NOT NULL, revision BIGINT NOT NULL, "
                         "deleted INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, PRIMARY KEY (locale, id))"),
          QStringLiteral("CREATE INDEX faq_articles_revision ON faq_articles (locale, revision)"),
          QStringLiteral("CREATE TABLE faq_revisions (locale TEXT PRIMARY KEY, revision BIGINT NOT NULL)"),
          QStringLiteral("CREATE TABLE faq_feedback (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, "
                         "client_id TEXT NOT NULL UNIQUE, user_id TEXT, helpful INTEGER NOT NULL, comment TEXT NOT NULL, "
                         "created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX faq_feedback_user ON faq_feedback (article_id, user_id)")}},
        {301, QStringLiteral("support emails"),
         {QStringLiteral("CREATE TABLE support_emails (id TEXT PRIMARY KEY, sender_key TEXT NOT NULL, "
                         "client_id TEXT NOT NULL, user_id TEXT, from_name TEXT NOT NULL, from_email TEXT NOT NULL, "
                         "subject TEXT NOT NULL, body TEXT NOT NULL, category TEXT, transaction_id TEXT, locale TEXT, "
                         "status TEXT NOT NULL, received_at TEXT NOT NULL, UNIQUE (sender_key, client_id))")}},
        {302, QStringLiteral("tickets, messages, attachments"),
         {QStringLiteral("CREATE TABLE support_tickets (id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, "
                         "user_id TEXT NOT NULL REFERENCES users(id), client_id TEXT NOT NULL, subject TEXT NOT NULL, "
                         "category TEXT NOT NULL, status TEXT NOT NULL, transaction_id TEXT, related_ticket_id TEXT, "
                         "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, solved_at TEXT, closed_at TEXT, "
                         "rating_score INTEGER, rating_comment TEXT, rated_at TEXT, message_count BIGINT NOT NULL, "
                         "last_message_at TEXT NOT NULL, UNIQUE (user_id, client_id))"),
          QStringLiteral("CREATE INDEX support_tickets_user ON support_tickets (user_id, updated_at)"),
          QStringLiteral("CREATE INDEX support_tickets_status ON support_tickets (status, updated_at)"),
          QStringLiteral("CREATE TABLE support_ticket_messages (id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL "
                         "REFERENCES support_tickets(id), client_id TEXT, author_role TEXT NOT NULL, author_id TEXT, "
                         "author_name TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, "
                         "UNIQUE (ticket_id, client_id))"),
          QStringLiteral("CREATE INDEX support_ticket_messages_ticket ON support_ticket_messages (ticket_id, created_at)"),
          QStringLiteral("CREATE TABLE support_attachments (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL REFERENCES "
                         "users(id), client_id TEXT NOT NULL, filename TEXT NOT NULL, content_type TEXT NOT NULL, "
                         "size_bytes BIGINT NOT NULL, sha256 TEXT NOT NULL, created_at TEXT NOT NULL, "
                         "UNIQUE (owner_id, client_id))"),
          // parent_id is a ticket message or an email (ids carry their kind as a prefix).
          QStringLiteral("CREATE TABLE support_attachment_links (parent_id TEXT NOT NULL, attachment_id TEXT NOT NULL "
                         "REFERENCES support_attachments(id), position INTEGER NOT NULL, "
                         "PRIMARY KEY (parent_id, attachment_id))"),
          QStringLiteral("CREATE INDEX support_attachment_links_attachment ON support_attachment_links (attachment_id)"),
          QStringLiteral("CREATE TABLE support_counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
          QStringLiteral("INSERT INTO support_counters (name, value) VALUES ('ticket_number', 100000)")}},
    };
}

} // namespace okpay::server
