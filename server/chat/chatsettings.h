#pragma once
#include "core/businesshours.h"

namespace okpay::server {

struct ServerConfig;

// The "chat" section of the server configuration: chat hours (Mon–Fri 09:00–18:00 by default, in the support
// timezone, minus the support holidays, unless "chat" sets its own; always open in demo mode), the fallback wait
// estimate, the long-poll cap and the WebSocket ping interval.
struct ChatSettings
{
    BusinessHours hours = BusinessHours::standard(QTimeZone("Asia/Shanghai"));
    bool alwaysOpen = false;
    int waitPerPositionSecs = 120;
    int longPollMaxSecs = 25;
    int pingSecs = 30;

    static ChatSettings from(const ServerConfig &config);
};

} // namespace okpay::server
