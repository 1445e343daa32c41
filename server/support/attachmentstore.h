#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace okpay::server {

class JsonBody;
struct ServerConfig;

// Uploaded support files: their rows, where their bytes live (config dataDir/attachments, never a served path), what
// type their content really is, and their links to ticket messages and emails.
class AttachmentStore
{
public:
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;
    static constexpr int MaxPerMessage = 5;

    explicit AttachmentStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // The type decided from the bytes (magic numbers, or strict UTF-8 text); empty when it is none we accept.
    static QString sniffContentType(const QByteArray &data);
    static QString directory(const ServerConfig &config);
    // Reads "attachment_ids" (optional array of ids, unique, at most MaxPerMessage) from a request body.
    static QStringList idsFromBody(JsonBody &body);

    // Selects the columns toJson() expects.
    static QString columns();
    static QJsonObject toJson(const class QSqlQuery &row);

    std::optional<QJsonObject> find(const QString &id) const;
    std::optional<QJsonObject> findByClientId(const QString &ownerId, const QString &clientId) const;
    // True when every id is an attachment uploaded by ownerId.
    bool allOwnedBy(const QStringList &ids, const QString &ownerId) const;
    void link(const QString &parentId, const QStringList &ids) const;
    QJsonArray linkedTo(const QString &parentId) const;

private:
    QSqlDatabase m_db;
};

} // namespace okpay::server
