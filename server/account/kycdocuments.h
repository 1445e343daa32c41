#pragma once
#include "storage/migrations.h"

#include <QJsonArray>
#include <QSqlDatabase>

namespace okpay::server {

class ApiRouter;

// Identity documents for KYC review: a separate channel from support tickets (only compliance sees them), stored
// under random ids in dataDir/kyc, PNG/JPEG/PDF only as decided from the bytes. Migrations 150–159.
void registerKycDocumentRoutes(ApiRouter &router);
QList<Migration> kycDocumentMigrations();
// The user's documents (newest first) and the review state they add up to: none, pending, approved or rejected.
QJsonArray kycDocumentsOf(const QSqlDatabase &db, const QString &userId);
QString kycReviewStatus(const QJsonArray &documents);

} // namespace okpay::server
