#include "http/pagination.h"

namespace okpay::server {

QString encodeCursor(const QString &key, const QString &id)
{
    return QString::fromLatin1((key + u'\n' + id).toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<PageRequest> readPageRequest(const ApiRequest &request, std::optional<QHttpServerResponse> *error)
{
    PageRequest page;
    const QString limit = request.queryValue(QStringLiteral("limit"));
    if (!limit.isEmpty()) {
        bool ok = false;
        page.limit = limit.toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > 200) {
            *error = errorResponse(Status::BadRequest, QStringLiteral("invalid_parameter"),
                                   QStringLiteral("limit must be 1 to 200"), QStringLiteral("limit"));
            return std::nullopt;
        }
    }
    const QString cursor = request.queryValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QStringList parts = decoded ? QString::fromUtf8(*decoded).split(u'\n') : QStringList();
        if (cursor.size() > 512 || parts.size() != 2 || parts.at(1).isEmpty()) {
            *error = errorResponse(Status::BadRequest, QStringLiteral("invalid_cursor"),
                                   QStringLiteral("cursor is not one this server issued"), QStringLiteral("cursor"));
            return std::nullopt;
        }
        page.afterKey = parts.at(0);
        page.afterId = parts.at(1);
    }
    return page;
}

} // namespace okpay::server
