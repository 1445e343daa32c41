#include "support/supportroutes.h"

#include "support/supportroutegroups.h"
#include "support/supportschema.h"

namespace okpay::server {

void registerSupportRoutes(ApiRouter &router)
{
    registerFaqRoutes(router);
    registerContactChannelRoutes(router);
    registerSupportEmailRoutes(router);
    registerAttachmentRoutes(router);
    registerTicketRoutes(router);
    registerTicketActionRoutes(router);
    registerAgentTicketRoutes(router);
}

QList<Migration> supportMigrations()
{
    return supportSchemaMigrations();
}

} // namespace okpay::server
