#pragma once

namespace okpay::server {

class ApiRouter;

// POST /v1/security/password, GET/DELETE /v1/security/sessions, DELETE /v1/security/sessions/{id},
// GET /v1/security/events.
void registerSecurityRoutes(ApiRouter &router);
// POST /v1/security/totp/setup|enable|disable, GET/POST /v1/security/recovery-codes.
void registerTotpRoutes(ApiRouter &router);
// GET/PATCH /v1/account/profile.
void registerProfileRoutes(ApiRouter &router);

} // namespace okpay::server
