#include "support/contactchannels.h"
#include "support/supportroutegroups.h"

#include "config/localizedtext.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"

namespace okpay::server {

namespace {
QHttpServerResponse listChannels(const ApiRequest &r)
{
    QByteArray etag;
    const QString locale = LocalizedText::localeOf(r.header("accept-language"));
    const QJsonObject body = ContactChannels::fromConfig(*r.env->config, locale).toJson(r.env->clock->now(), &etag);
    // The ETag covers hours, holidays and addresses: the live status is recomputed by clients from those.
    const QByteArray ifNoneMatch = r.header("if-none-match");
    QHttpServerResponse response = !ifNoneMatch.isEmpty() && ifNoneMatch.contains(etag)
        ? QHttpServerResponse(Status::NotModified)
        : jsonResponse(body);
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Language"));
    return response;
}
} // namespace

void registerContactChannelRoutes(ApiRouter &router)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/v1/support/contact-channels"), Access::OptionalUser,
               listChannels);
}

} // namespace okpay::server
