#pragma once
#include <QJsonArray>
#include <QSqlDatabase>

namespace okpay::server {

// The tickets part of GET /v1/agent/queues (the route itself belongs to the chat area): tickets with status `open`
// (awaiting an agent) as contract Ticket objects, oldest update first, at most `limit` (1..200).
QJsonArray openTicketsForAgents(const QSqlDatabase &db, int limit);

} // namespace okpay::server
