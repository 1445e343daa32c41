#include "http/apirequest.h"

#include "http/apienv.h"

namespace okpay::server {

ApiRequest ApiRequest::from(const QHttpServerRequest &request)
{
    ApiRequest r;
    r.method = request.method();
    const QUrl url = request.url();
    r.path = url.path();
    if (url.hasQuery())  // most GETs have none: no QUrlQuery to build on the event loop
        r.query = QUrlQuery(url);
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    r.peer = request.remoteAddress();
    return r;
}

QSqlDatabase ApiRequest::db() const
{
    return env->db->connection();
}

} // namespace okpay::server
