#pragma once

namespace okpay::server {

class ApiRouter;

// POST /v1/auth/register, verify-email, password-reset, password-reset/confirm.
void registerAccountCreationRoutes(ApiRouter &router);
// POST /v1/auth/login, login/mfa, refresh, logout.
void registerLoginRoutes(ApiRouter &router);

} // namespace okpay::server
