#include "http/apirequest.h"

#include "http/apienv.h"

namespace okpay::server {

ApiRequest ApiRequest::from(const QHttpServerRequest &request)
{
    ApiRequest r;
    r.method = request.method();
    r.path = request.url().path();
    r.query = request.query();
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
