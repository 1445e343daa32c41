#pragma once
#include "storage/migrations.h"

namespace okpay::server {

// Tables of the support area (versions 300–399): FAQ, feedback, emails, tickets, messages, attachments.
QList<Migration> supportSchemaMigrations();

} // namespace okpay::server
