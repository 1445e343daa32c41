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
    r.headers = request.headers();
    r.body = request.body();
    r.peer = request.remoteAddress();
    return r;
}

QByteArray ApiRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers)
        if (name.compare(lowerCaseName, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QSqlDatabase ApiRequest::db() const
{
    return env->db->connection();
}

} // namespace okpay::server
