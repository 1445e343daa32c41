#include "support/supportroutes.h"

namespace okpay::server {

void registerSupportRoutes(ApiRouter &)
{
}

QList<Migration> supportMigrations()
{
    return {};
}

} // namespace okpay::server
