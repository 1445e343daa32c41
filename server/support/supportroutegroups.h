#pragma once

namespace okpay::server {

class ApiRouter;

// The support area's route groups, registered together by registerSupportRoutes().
void registerFaqRoutes(ApiRouter &router);
void registerContactChannelRoutes(ApiRouter &router);
void registerSupportEmailRoutes(ApiRouter &router);
void registerTicketRoutes(ApiRouter &router);
void registerTicketActionRoutes(ApiRouter &router);
void registerAgentTicketRoutes(ApiRouter &router);
void registerAttachmentRoutes(ApiRouter &router);

} // namespace okpay::server
