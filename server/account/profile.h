#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace okpay::server {

// The Profile object of the contract, read from the users table.
std::optional<QJsonObject> loadProfile(const QSqlDatabase &db, const QString &userId);

} // namespace okpay::server
