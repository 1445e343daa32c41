#pragma once
#include "storage/database.h"

#include <QList>
#include <QStringList>

namespace okpay::server {

// One schema step. Each area of the server owns a version range (auth 100–199, wallet/funding 200–299,
// support 300–399, chat 400–499, agent/ops 500–599) so areas add migrations without colliding. Statements must run
// unchanged on SQLite and PostgreSQL: TEXT ids, BIGINT money and counters, TEXT timestamps (RFC 3339 UTC),
// INTEGER 0/1 booleans; no AUTOINCREMENT/SERIAL.
struct Migration
{
    int version;
    QString name;
    QStringList statements;
};

class Migrations
{
public:
    // Applies, in version order and each in its own transaction, the migrations not yet recorded in
    // schema_migrations. Safe to run from several server instances at once on PostgreSQL (advisory lock).
    static bool apply(const Database &db, QList<Migration> migrations, QString *error);
};

} // namespace okpay::server
