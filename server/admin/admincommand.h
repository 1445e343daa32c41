#pragma once
#include <QStringList>

namespace okpay::server {

// `okpay-server admin <command> --db URL ...`: operator tasks run against the database directly, without a
// running server: create-agent, load-faq, settle-topup. Returns the process exit code.
int runAdminCommand(const QStringList &arguments);

} // namespace okpay::server
