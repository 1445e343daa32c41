#pragma once
#include "storage/migrations.h"

namespace okpay::server {

// Users, sessions, refresh-token reuse detection, email verification, password reset, MFA challenges, recovery
// codes and security events (versions 100–199).
QList<Migration> authMigrations();

} // namespace okpay::server
