#include "support/contactchannels.h"
#include "support/supportroutegroups.h"

#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"

namespace okpay::server {

namespace {
QHttpServerResponse listChannels(const ApiRequest &r)
{
    QByteArray etag;
    const QJsonObject body = ContactChannels::fromConfig(*r.env->config).toJson(r.env->clock->now(), &etag);
    // The ETag covers hours, holidays and addresses: the live status is recomputed by clients from those.
    const QByteArray ifNoneMatch = r.header("if-none-match");
    QHttpServerResponse response = !ifNoneMatch.isEmpty() && ifNoneMatch.contains(etag)
        ? QHttpServerResponse(Status::NotModified)
        : jsonResponse(body);
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return response;
}
} // namespace

void registerContactChannelRoutes(ApiRouter &router)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/v1/support/contact-channels"), Access::OptionalUser,
               listChannels);
}

} // namespace okpay::server
