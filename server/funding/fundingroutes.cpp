#include "funding/fundingroutes.h"

namespace okpay::server {

void registerFundingRoutes(ApiRouter &)
{
}

QList<Migration> fundingMigrations()
{
    return {};
}

} // namespace okpay::server
