#include "funding/fundingroutes.h"

namespace okpay::server {

// The ledger (wallet_balances mirrors the user accounts of the journal for fast, conditional updates), the
// user-facing records (transactions, quotes, top-ups, withdrawals, payout destinations) and idempotency keys.
QList<Migration> fundingMigrations()
{
    return {
        {200, QStringLiteral("ledger and wallet"),
         {QStringLiteral("CREATE TABLE wallet_balances (user_id TEXT NOT NULL REFERENCES users(id), currency TEXT NOT NULL, "
                         "available BIGINT NOT NULL DEFAULT 0, pending BIGINT NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, "
                         "PRIMARY KEY (user_id, currency), CHECK (available >= 0), CHECK (pending >= 0))"),
          QStringLiteral("CREATE TABLE journal_entries (id TEXT PRIMARY KEY, transaction_id TEXT NOT NULL, kind TEXT NOT NULL, "
                         "currency TEXT NOT NULL, created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE postings (id TEXT PRIMARY KEY, entry_id TEXT NOT NULL REFERENCES journal_entries(id), "
                         "account TEXT NOT NULL, currency TEXT NOT NULL, amount BIGINT NOT NULL, created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX postings_account ON postings (account, currency, created_at)"),
          QStringLiteral("CREATE TABLE transactions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
                         "type TEXT NOT NULL, direction TEXT NOT NULL, status TEXT NOT NULL, currency TEXT NOT NULL, "
                         "amount BIGINT NOT NULL, fee BIGINT NOT NULL, total BIGINT NOT NULL, description TEXT NOT NULL, "
                         "method_id TEXT, method_kind TEXT, topup_id TEXT, withdrawal_id TEXT, promotion_id TEXT, "
                         "reference TEXT, failure_reason TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                         "completed_at TEXT)"),
          QStringLiteral("CREATE INDEX transactions_created ON transactions (user_id, created_at, id)"),
          QStringLiteral("CREATE INDEX transactions_updated ON transactions (user_id, updated_at, id)")}},
        {201, QStringLiteral("quotes, top-ups, withdrawals, payout destinations, idempotency keys"),
         {QStringLiteral("CREATE TABLE funding_quotes (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
                         "method_id TEXT NOT NULL, direction TEXT NOT NULL, kind TEXT NOT NULL, currency TEXT NOT NULL, "
                         "amount BIGINT NOT NULL, fee BIGINT NOT NULL, fee_before BIGINT NOT NULL, promotion_id TEXT, "
                         "expires_at TEXT NOT NULL, used_at TEXT, created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE topups (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
                         "quote_id TEXT NOT NULL UNIQUE, method_id TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, "
                         "currency TEXT NOT NULL, amount BIGINT NOT NULL, fee BIGINT NOT NULL, fee_before BIGINT NOT NULL, "
                         "promotion_id TEXT, transaction_id TEXT NOT NULL, reference TEXT, card_brand TEXT, card_last4 TEXT, "
                         "failure_reason TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, completed_at TEXT)"),
          QStringLiteral("CREATE INDEX topups_user_created ON topups (user_id, created_at, id)"),
          QStringLiteral("CREATE INDEX topups_user_updated ON topups (user_id, updated_at, id)"),
          QStringLiteral("CREATE TABLE withdrawals (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
                         "quote_id TEXT NOT NULL UNIQUE, method_id TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, "
                         "currency TEXT NOT NULL, amount BIGINT NOT NULL, fee BIGINT NOT NULL, fee_before BIGINT NOT NULL, "
                         "promotion_id TEXT, transaction_id TEXT NOT NULL, destination TEXT NOT NULL, failure_reason TEXT, "
                         "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, completed_at TEXT)"),
          QStringLiteral("CREATE INDEX withdrawals_user_created ON withdrawals (user_id, created_at, id)"),
          QStringLiteral("CREATE INDEX withdrawals_user_updated ON withdrawals (user_id, updated_at, id)"),
          QStringLiteral("CREATE TABLE payout_destinations (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
                         "kind TEXT NOT NULL, currency TEXT NOT NULL, fingerprint TEXT NOT NULL, snapshot TEXT NOT NULL, "
                         "created_at TEXT NOT NULL, UNIQUE (user_id, fingerprint))"),
          QStringLiteral("CREATE TABLE idempotency_keys (user_id TEXT NOT NULL, idem_key TEXT NOT NULL, "
                         "request_hash TEXT NOT NULL, status INTEGER, response TEXT, created_at TEXT NOT NULL, "
                         "PRIMARY KEY (user_id, idem_key))")}},
    };
}

} // namespace okpay::server
