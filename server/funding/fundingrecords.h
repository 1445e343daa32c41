#pragma once
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

namespace okpay::server {

// Rows of transactions, top-ups and withdrawals in the contract's JSON shapes. Each *Columns() string is the SELECT
// list the matching *Json() reads by position; created_at, updated_at and id come first for keyset paging.
namespace FundingRecords {

QJsonObject money(qint64 amount, const QString &currency);
QJsonValue nullable(const QVariant &value);

QString transactionColumns();
QJsonObject transactionJson(const QSqlQuery &row);

QString topupColumns();
// bankInstructions: the configured collection account; added (with the reference and a pay-by time) while pending.
QJsonObject topupJson(const QSqlQuery &row, const QJsonObject &bankInstructions);

QString withdrawalColumns();
QJsonObject withdrawalJson(const QSqlQuery &row);

} // namespace FundingRecords
} // namespace okpay::server
