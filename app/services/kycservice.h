#pragma once
#include "core/money.h"
#include "services/kycdocumentfile.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <optional>

namespace okpay {

class ApiClient;

// One KYC limit for one currency: per transaction, or per day with what was used today.
struct KycLimit
{
    QString kind;    // single_topup, topup, single_withdrawal, withdrawal, balance
    QString period;  // transaction, day, month, none
    Money limit = Money::zero(Currency::usd());
    Money used = Money::zero(Currency::usd());
    QDateTime resetsAt;  // invalid when the limit does not reset
};

// An identity document the user sent, as compliance sees its state.
struct KycDocument
{
    QString id;
    QString documentType;  // passport, national_id, driving_licence, residence_permit, proof_of_address, selfie
    QString side;          // front, back or ""
    QString status;        // pending, accepted, rejected
    QString rejectionReason;
    QDateTime uploadedAt;
};

// The account's verification level, its limits, what the next level needs and the documents under review.
struct KycStatus
{
    enum class Review { None, Pending, Approved, Rejected };
    int level = 0;  // 0 email unconfirmed, 1 email confirmed, 2 identity verified, 3 enhanced
    Review review = Review::None;
    QString rejectionReason;
    QList<KycLimit> limits;
    QStringList nextLevelRequirements;  // document types
    QList<KycDocument> documents;       // newest first

    std::optional<KycLimit> limit(const QString &kind, const QString &currency) const;
    // The limit this amount goes over for a direction ("topup" or "withdraw"): per transaction first, then today's
    // total; nullopt when the KYC limits allow it (so another limit, such as the method's maximum, was hit).
    std::optional<KycLimit> limitExceededBy(const QString &direction, const Money &amount) const;
    // Requirements for the next level without a pending or accepted document yet.
    QStringList missingDocuments() const;
};

// The identity verification behind the funding limits: reads the level and limits (GET /v1/account/kyc) and uploads
// documents (multipart POST /v1/account/kyc/documents). Files are read and checked on a worker thread; the type is
// decided from the bytes, and a file the server would refuse is never sent.
class KycService : public QObject
{
    Q_OBJECT

public:
    explicit KycService(ApiClient *client, QObject *parent = nullptr);

    static const QStringList &documentTypes();  // as openapi.yaml enumerates them

    void load();
    void inspect(const QString &path);
    void upload(const QString &documentType, const QString &side, const QString &path);

signals:
    void loaded(const okpay::KycStatus &status);
    void loadFailed(const QString &message);
    void inspected(const QString &path, okpay::KycDocumentFile::Check check, qint64 size);
    void uploadRejected(okpay::KycDocumentFile::Check check);  // refused before sending
    void uploaded(const okpay::KycDocument &document);
    void uploadFailed(const QString &message, const QString &code);

private:
    void send(const QString &documentType, const QString &side, const QString &contentType, const QByteArray &data);
    ApiClient *m_client;
};

} // namespace okpay
