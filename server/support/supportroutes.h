#pragma once
#include "storage/migrations.h"

namespace okpay::server {

class ApiRouter;

// FAQ, article feedback, contact channels and hours, support email, tickets, attachments, ratings and the agent's
// ticket handling. Migrations 300–399.
void registerSupportRoutes(ApiRouter &router);
QList<Migration> supportMigrations();

} // namespace okpay::server
